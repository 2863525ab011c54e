import type {
  AuditEntry,
  LiveEvent,
  Meeting,
  ModeratedProposal,
  ModerationStatus,
  PublicProposal,
} from '../../proposals/contract';
import { PUBLIC_FIELDS } from '../../proposals/fields';
import type { ProposalInput } from '../../proposals/proposal';
import type { SurveyStore } from './survey-store';

/** A named moderator; the token itself is never stored, only its SHA-256. */
export interface ModeratorRecord {
  name: string;
  createdAt: string;
  revokedAt?: string;
}

export interface AuditInput {
  actor: string;
  action: AuditEntry['action'];
  /** The proposal's public number. */
  proposalId?: number;
  detail?: string;
  /** Defaults to now. */
  at?: string;
}

/** A proposal that passed validation: the input plus the area it lies in. */
export type ValidProposal = ProposalInput & { gemeente: string; wijk?: string };

/** A proposal as stored: what moderators see, plus the submitter's id and a content fingerprint. */
export interface ProposalRecord extends ModeratedProposal {
  id: string;
  fingerprint: string;
  approvedAt?: string;
}

export type SubmitOutcome = 'created' | 'unchanged' | 'updated';

export type Decision = { status: 'goedgekeurd' } | { status: 'afgewezen'; reason: string };

/** Who stands in the audit log for what the submitter or the server itself did. */
export const SUBMITTER_ACTOR = 'indiener';
export const RETENTION_ACTOR = 'bewaartermijn';

/** Decisions taken before these moments have had their time (see src/server/retention.ts). */
export interface RetentionCutoffs {
  /** Contact details of proposals decided before this are deleted. */
  contactDecidedBefore: string;
  /** Rejected proposals decided before this are erased entirely. */
  rejectedDecidedBefore: string;
}
export interface RetentionResult {
  contactsErased: number;
  rejectedErased: number;
}

/**
 * Storage of proposals and meetings. SQLite and PostgreSQL implement the same contract; every write
 * is committed before the promise resolves, so an acknowledged proposal is on disk.
 */
export interface Repository extends SurveyStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Stores a proposal by its client id: new, the same again (a retry), or changed (an edit). */
  submit(
    id: string,
    value: ValidProposal,
    fingerprint: string,
    now: string,
  ): Promise<{ outcome: SubmitOutcome; record: ProposalRecord }>;
  list(status?: ModerationStatus): Promise<ProposalRecord[]>;
  byNumber(number: number): Promise<ProposalRecord | undefined>;
  /** The proposals with these client ids (unknown ids are left out). */
  byIds(ids: string[]): Promise<ProposalRecord[]>;
  edit(
    number: number,
    value: ValidProposal,
    fingerprint: string,
    now: string,
  ): Promise<ProposalRecord | undefined>;
  decide(number: number, decision: Decision, now: string): Promise<ProposalRecord | undefined>;
  /**
   * The submitter takes a proposal back (by its secret client id): it is deleted with all its
   * content, and its id is remembered so a late retry cannot bring it back. undefined: not held.
   */
  withdraw(id: string, now: string): Promise<ProposalRecord | undefined>;
  wasWithdrawn(id: string): Promise<boolean>;
  /** A moderator erases a proposal entirely; the audit log keeps only that it happened. */
  erase(number: number, actor: string, now: string): Promise<ProposalRecord | undefined>;
  /** Deletes contact details and rejected proposals whose time is up; says how many. */
  applyRetention(cutoffs: RetentionCutoffs, now: string): Promise<RetentionResult>;
  /** false when the code is taken. */
  createMeeting(meeting: Meeting): Promise<boolean>;
  meetings(): Promise<Meeting[]>;
  meeting(code: string): Promise<Meeting | undefined>;
  forMeeting(code: string): Promise<ProposalRecord[]>;
  /** false when an active moderator has this name. */
  addModerator(name: string, tokenHash: string, now: string): Promise<boolean>;
  /** false when there is no active moderator of this name. */
  revokeModerator(name: string, now: string): Promise<boolean>;
  moderators(): Promise<ModeratorRecord[]>;
  /** The active moderator whose token has this hash. */
  moderatorByTokenHash(tokenHash: string): Promise<string | undefined>;
  recordAudit(entry: AuditInput): Promise<void>;
  /** Newest first. */
  auditLog(limit?: number): Promise<AuditEntry[]>;
  /** Throws when the database does not answer (SELECT 1). */
  ping(): Promise<void>;
  /** Changes that the live wall shows, from this process and (PostgreSQL) from its siblings. */
  subscribe(listener: (event: LiveEvent) => void): () => void;
  close(): Promise<void>;
}

/** What everyone may see: the public fields of fields.ts, never personal data or the client id. */
export function toPublic(r: ProposalRecord): PublicProposal {
  const fields: Record<string, unknown> = {};
  for (const key of PUBLIC_FIELDS) if (r[key] !== undefined) fields[key] = r[key];
  const p = {
    number: r.number,
    ...fields,
    gemeente: r.gemeente,
    approvedAt: r.approvedAt ?? r.decidedAt ?? r.updatedAt,
  } as PublicProposal;
  if (r.wijk) p.wijk = r.wijk;
  return p;
}

export function toModerated(r: ProposalRecord): ModeratedProposal {
  const moderated: ModeratedProposal & Partial<ProposalRecord> = { ...r };
  delete moderated.id;
  delete moderated.fingerprint;
  delete moderated.approvedAt;
  return moderated;
}

/** What the live wall must hear about a change from `before` to `after`, if anything. */
export function liveEventFor(
  before: ProposalRecord | undefined,
  after: ProposalRecord,
): LiveEvent | undefined {
  if (after.status === 'goedgekeurd') {
    const unchanged = before?.status === 'goedgekeurd' && before.fingerprint === after.fingerprint;
    return unchanged ? undefined : { type: 'approved', proposal: toPublic(after) };
  }
  return before?.status === 'goedgekeurd' ? { type: 'removed', number: after.number } : undefined;
}

/** The live wall hears of a deleted proposal only when it was on the map. */
export const removedEventFor = (before: ProposalRecord | undefined): LiveEvent | undefined =>
  before?.status === 'goedgekeurd' ? { type: 'removed', number: before.number } : undefined;

/** Plain in-process fan-out of live events. */
export function createListeners() {
  const listeners = new Set<(event: LiveEvent) => void>();
  return {
    subscribe(listener: (event: LiveEvent) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    emit(event: LiveEvent | undefined) {
      if (!event) return;
      for (const listener of listeners) listener(event);
    },
  };
}

export interface AuditRow {
  id: number | string;
  at: string;
  actor: string;
  action: string;
  proposal_id: number | string | null;
  detail: string | null;
}

export function auditFromRow(row: AuditRow): AuditEntry {
  const entry: AuditEntry = {
    id: Number(row.id),
    at: row.at,
    actor: row.actor,
    action: row.action,
  };
  if (row.proposal_id !== null) entry.proposalId = Number(row.proposal_id);
  if (row.detail !== null) entry.detail = row.detail;
  return entry;
}

export interface ModeratorRow {
  name: string;
  created_at: string;
  revoked_at: string | null;
}

export function moderatorFromRow(row: ModeratorRow): ModeratorRecord {
  return row.revoked_at
    ? { name: row.name, createdAt: row.created_at, revokedAt: row.revoked_at }
    : { name: row.name, createdAt: row.created_at };
}
