/**
 * The API's bodies as valibot schemas: requests are checked with them (the routes and
 * submission.ts), and /api/openapi.json is generated from them, so the document cannot drift from
 * what the server accepts. Content rules (lengths after trimming, the place in Flevoland) stay in
 * the app's own validation (src/proposals/validate.ts), which runs after these.
 */
import * as v from 'valibot';
import { LEVEL_IDS } from '../data/schemas';
import {
  FIELD_KEYS,
  PERSONAL_FIELDS,
  PROPOSAL_FIELDS,
  PUBLIC_FIELDS,
  isOptional,
  type FieldKey,
} from '../proposals/fields';
import { PROPOSAL_KINDS } from '../proposals/proposal';
import { MODERATION_STATUSES, SERVER_NAME } from '../proposals/contract';

/** A proposal id as the app makes them (crypto.randomUUID), with some room. */
export const PROPOSAL_ID = /^[A-Za-z0-9-]{8,64}$/;
export const MAX_STATUS_IDS = 100;

const text = (description: string) => v.pipe(v.string(), v.description(description));
const level = v.picklist(LEVEL_IDS);
const kind = v.picklist(PROPOSAL_KINDS);
const status = v.picklist(MODERATION_STATUSES);
const isoTime = v.pipe(v.string(), v.isoTimestamp());

/** A field's value as JSON, from its type in the field table. */
function valueSchema(key: FieldKey) {
  const { type, doc } = PROPOSAL_FIELDS[key];
  if (type === 'kind') return v.pipe(kind, v.description(doc));
  if (type === 'levels') return v.pipe(v.array(level), v.description(doc));
  if (type === 'coordinate') return v.pipe(v.number(), v.description(doc));
  return text(doc);
}

/** What a request may send: optional fields may also be null. */
const proposalFields = Object.fromEntries(
  FIELD_KEYS.map((key) => [key, isOptional(key) ? v.nullish(valueSchema(key)) : valueSchema(key)]),
) as Record<string, v.GenericSchema>;

/** POST /api/voorstellen: the device's proposal with its stable id (other fields are ignored). */
export const ProposalBodySchema = v.looseObject({
  id: v.pipe(v.string(), v.regex(PROPOSAL_ID), v.description("the device's secret, stable id")),
  ...proposalFields,
});

/** PATCH /api/beheer/voorstellen/:number: the fields to change. */
export const ProposalEditSchema = v.partial(v.object(proposalFields));

export const StatusRequestSchema = v.object({
  ids: v.pipe(v.array(v.pipe(v.string(), v.regex(PROPOSAL_ID))), v.maxLength(MAX_STATUS_IDS)),
});
export const WithdrawRequestSchema = v.object({
  id: v.pipe(
    v.string(),
    v.regex(PROPOSAL_ID),
    v.description("the device's secret id of the proposal"),
  ),
});
export const RejectBodySchema = v.object({
  reason: text('3–500 characters; shown to the person who proposed'),
});
export const MeetingBodySchema = v.object({ title: text('2–120 characters') });

// Answers: documented with the same library, from the same field lists.
const answerFields = (keys: readonly FieldKey[]) =>
  Object.fromEntries(
    keys.map((key) => [key, isOptional(key) ? v.optional(valueSchema(key)) : valueSchema(key)]),
  ) as Record<string, v.GenericSchema>;
const publicFields = {
  number: v.number(),
  ...answerFields(PUBLIC_FIELDS),
  gemeente: v.pipe(v.string(), v.description('CBS municipality code, e.g. GM0034')),
  wijk: v.optional(v.pipe(v.string(), v.description('CBS wijk code, e.g. WK003401'))),
};
export const PublicProposalSchema = v.object({ ...publicFields, approvedAt: isoTime });
export const ModeratedProposalSchema = v.object({
  ...publicFields,
  ...answerFields(PERSONAL_FIELDS),
  status,
  reason: v.optional(v.string()),
  receivedAt: isoTime,
  updatedAt: isoTime,
  decidedAt: v.optional(isoTime),
});
export const SubmitReceiptSchema = v.object({ id: v.string(), number: v.number(), status });
export const StatusReportSchema = v.object({
  id: v.string(),
  number: v.number(),
  status,
  reason: v.optional(v.string()),
});
export const ServerStatusSchema = v.object({
  server: v.literal(SERVER_NAME),
  version: v.string(),
  moderation: v.boolean(),
  publicUrl: v.optional(v.string()),
});
export const ServerHealthSchema = v.object({
  status: v.literal('ok'),
  database: v.literal('ok'),
  liveScreens: v.number(),
});
export const MeetingSchema = v.object({ code: v.string(), title: v.string(), createdAt: isoTime });
export const AuditEntrySchema = v.object({
  id: v.number(),
  at: isoTime,
  actor: v.string(),
  action: v.string(),
  proposalId: v.optional(v.number()),
  detail: v.optional(v.string()),
});
export const WithdrawReceiptSchema = v.object({
  id: v.string(),
  withdrawn: v.pipe(
    v.boolean(),
    v.description('whether the server still held it (it no longer does)'),
  ),
});
export const PrivacyInfoSchema = v.object({
  contactRetentionDays: v.number(),
  rejectedRetentionDays: v.number(),
  contact: v.optional(v.string()),
});
export const ErrorBodySchema = v.object({
  error: v.string(),
  message: v.pipe(v.string(), v.description('a plain Dutch sentence for the person')),
  problems: v.optional(
    v.array(v.object({ field: v.string(), code: v.string(), limit: v.optional(v.number()) })),
  ),
});
