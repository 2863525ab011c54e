import {
  FIELD_KEYS,
  PERSONAL_FIELDS,
  PROPOSAL_FIELDS,
  type FieldKey,
} from '../../proposals/fields';
import type { ModerationStatus } from '../../proposals/contract';
import type { ProposalRecord, ValidProposal } from './repository';

/** A proposals row as either database hands it back (PostgreSQL: Date, JSONB, BIGINT as text). */
export type ProposalRow = {
  number: number | string;
  id: string;
  fingerprint: string;
  gemeente: string;
  wijk: string | null;
  status: string;
  reason: string | null;
  received_at: string | Date;
  updated_at: string | Date;
  decided_at: string | Date | null;
  approved_at: string | Date | null;
} & Record<string, unknown>;

const iso = (value: string | Date) => (value instanceof Date ? value.toISOString() : value);

/** A field's value from its column: lists are JSON (text in SQLite, JSONB in PostgreSQL). */
function fieldFromRow(key: FieldKey, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (PROPOSAL_FIELDS[key].type === 'levels')
    return typeof value === 'string' ? JSON.parse(value) : value;
  // SQLite hands back REAL as number; a PostgreSQL driver may give text for a numeric type.
  if (PROPOSAL_FIELDS[key].type === 'coordinate') return Number(value);
  return value;
}

export function fromRow(row: ProposalRow): ProposalRecord {
  const fields: Record<string, unknown> = {};
  for (const key of FIELD_KEYS) {
    const value = fieldFromRow(key, row[PROPOSAL_FIELDS[key].db]);
    // An empty optional text is stored as NULL; '' would be the same.
    if (value !== undefined && value !== '') fields[key] = value;
  }
  const record = {
    number: Number(row.number),
    id: row.id,
    fingerprint: row.fingerprint,
    ...fields,
    gemeente: row.gemeente,
    status: row.status as ModerationStatus,
    receivedAt: iso(row.received_at),
    updatedAt: iso(row.updated_at),
  } as ProposalRecord;
  if (row.wijk) record.wijk = row.wijk;
  if (row.reason) record.reason = row.reason;
  if (row.decided_at) record.decidedAt = iso(row.decided_at);
  if (row.approved_at) record.approvedAt = iso(row.approved_at);
  return record;
}

/** The content columns of a proposal, in the order of contentValues. */
export const CONTENT_COLUMNS = [
  'fingerprint',
  ...FIELD_KEYS.map((key) => PROPOSAL_FIELDS[key].db),
  'gemeente',
  'wijk',
] as const;

/** Personal data: kept until the retention period after the decision ends (retention.ts). */
export const PERSONAL_COLUMNS = PERSONAL_FIELDS.map((key) => PROPOSAL_FIELDS[key].db);
/** SQL: the proposal still holds personal data. */
export const HAS_PERSONAL = `(${PERSONAL_COLUMNS.map((c) => `${c} IS NOT NULL`).join(' OR ')})`;
/** SQL: its personal data deleted. */
export const CLEAR_PERSONAL = PERSONAL_COLUMNS.map((c) => `${c} = NULL`).join(', ');

export function contentValues(value: ValidProposal, fingerprint: string) {
  const fields = value as Partial<Record<FieldKey, unknown>>;
  return [
    fingerprint,
    ...FIELD_KEYS.map((key) =>
      PROPOSAL_FIELDS[key].type === 'levels'
        ? JSON.stringify(fields[key] ?? [])
        : (fields[key] ?? null),
    ),
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
