import type { LevelId } from '../../data/schemas';
import type { ProposalKind } from '../../proposals/proposal';
import type { ModerationStatus } from '../../proposals/contract';
import type { ProposalRecord, ValidProposal } from './repository';

/** A proposals row as either database hands it back (PostgreSQL: Date, JSONB, BIGINT as text). */
export interface ProposalRow {
  number: number | string;
  id: string;
  fingerprint: string;
  name: string;
  description: string;
  kind: string;
  website: string | null;
  contact: string | null;
  knelpunten: string | string[];
  meeting_code: string | null;
  lng: number;
  lat: number;
  gemeente: string;
  wijk: string | null;
  status: string;
  reason: string | null;
  received_at: string | Date;
  updated_at: string | Date;
  decided_at: string | Date | null;
  approved_at: string | Date | null;
}

const iso = (value: string | Date) => (value instanceof Date ? value.toISOString() : value);

export function fromRow(row: ProposalRow): ProposalRecord {
  const record: ProposalRecord = {
    number: Number(row.number),
    id: row.id,
    fingerprint: row.fingerprint,
    name: row.name,
    description: row.description,
    kind: row.kind as ProposalKind,
    knelpunten: (typeof row.knelpunten === 'string'
      ? JSON.parse(row.knelpunten)
      : row.knelpunten) as LevelId[],
    lng: row.lng,
    lat: row.lat,
    gemeente: row.gemeente,
    status: row.status as ModerationStatus,
    receivedAt: iso(row.received_at),
    updatedAt: iso(row.updated_at),
  };
  if (row.website) record.website = row.website;
  if (row.contact) record.contact = row.contact;
  if (row.meeting_code) record.meetingCode = row.meeting_code;
  if (row.wijk) record.wijk = row.wijk;
  if (row.reason) record.reason = row.reason;
  if (row.decided_at) record.decidedAt = iso(row.decided_at);
  if (row.approved_at) record.approvedAt = iso(row.approved_at);
  return record;
}

/** The content columns of a proposal, in the order of CONTENT_COLUMNS. */
export const CONTENT_COLUMNS = [
  'fingerprint',
  'name',
  'description',
  'kind',
  'website',
  'contact',
  'knelpunten',
  'meeting_code',
  'lng',
  'lat',
  'gemeente',
  'wijk',
] as const;

export function contentValues(value: ValidProposal, fingerprint: string) {
  return [
    fingerprint,
    value.name,
    value.description,
    value.kind,
    value.website ?? null,
    value.contact ?? null,
    JSON.stringify(value.knelpunten),
    value.meetingCode ?? null,
    value.lng,
    value.lat,
    value.gemeente,
    value.wijk ?? null,
  ];
}

/**
 * A new moderator, or a revoked one given a new token; nothing when an active moderator has the
 * name ($1 name, $2 token hash, $3 now).
 */
export const ADD_MODERATOR = `INSERT INTO moderators (name, token_hash, created_at) VALUES ($1, $2, $3)
  ON CONFLICT (name) DO UPDATE SET token_hash = excluded.token_hash,
    created_at = excluded.created_at, revoked_at = NULL
  WHERE moderators.revoked_at IS NOT NULL`;
