/**
 * What the Samen Buurten server and the app say to each other over HTTP (JSON). The app imports
 * only types and a few constants from here, so nothing of the server ends up in the browser bundle.
 *
 * Public:
 *   GET  /api/status                      → ServerStatus
 *   GET  /api/health                      → ServerHealth · 503 when the database does not answer
 *   GET  /api/openapi.json                → this API as OpenAPI 3.1 (from src/server/schemas.ts)
 *   POST /api/voorstellen                 body: Proposal (the client's, with its stable `id`)
 *        201 SubmitReceipt (new) · 200 SubmitReceipt (same id again: a retry or an edit)
 *        422 { problems: ProposalProblem[] } · 413 too large · 415 not JSON · 429 rate limit
 *   POST /api/voorstellen/status          body: { ids: string[] } (≤ 100 of the device's own ids)
 *        → ProposalStatusReport[] for the ids the server knows (ids are secret: no GET)
 *   POST /api/voorstellen/intrekken       body: { id } (the device's own id) → WithdrawReceipt;
 *        the proposal and its content are deleted; a later submission with that id is 410
 *   GET  /api/privacy                     → PrivacyInfo (retention periods, whom to contact)
 *   GET  /api/voorstellen                 → PublicProposal[] (approved only; ETag / 304)
 *   GET  /api/voorstellen.geojson | .csv  → approved proposals as a file
 *   GET  /api/initiatieven                → the published initiatives (GeoJSON; ETag / 304)
 *   GET  /api/live?vergadering=CODE       → text/event-stream of LiveEvent (event: approved | removed)
 *        503 too many screens · 429 too many screens from one client address
 * Moderation (header `Authorization: Bearer <token>`, 401 without or with a revoked token):
 *   GET    /api/beheer/sessie             → 204 when the token is right
 *   GET    /api/beheer/voorstellen?status=ingediend|goedgekeurd|afgewezen → ModeratedProposal[]
 *   PATCH  /api/beheer/voorstellen/:number   body: proposal fields → ModeratedProposal | 422
 *   DELETE /api/beheer/voorstellen/:number   → 204: erased entirely (audit log: that, not what)
 *   POST   /api/beheer/voorstellen/:number/goedkeuren           → ModeratedProposal
 *   POST   /api/beheer/voorstellen/:number/afwijzen  { reason } → ModeratedProposal
 *   GET    /api/beheer/export.csv | export.geojson  → every proposal, with its status
 *   GET    /api/beheer/vergaderingen      → Meeting[]
 *   POST   /api/beheer/vergaderingen  { title } → Meeting (201)
 *   GET    /api/beheer/vergaderingen/:code/verslag.csv → meeting report
 *   GET    /api/beheer/logboek            → AuditEntry[] (newest first) · /logboek.csv as a file
 * Moderators have their own tokens (`npm run moderator -- add NAME`); ADMIN_TOKEN is the first
 * administrator. Every moderator answer carries Cache-Control: no-store.
 * Errors are always JSON: { error: ErrorCode, message: string }.
 */
import type { PersonalFieldKey } from './fields';
import type { ProposalInput, ProposalProblem } from './proposal';

export const SERVER_NAME = 'samen-buurten';

/** Where a proposal is on the server. */
export const MODERATION_STATUSES = ['ingediend', 'goedgekeurd', 'afgewezen'] as const;
export type ModerationStatus = (typeof MODERATION_STATUSES)[number];

export interface ServerStatus {
  server: typeof SERVER_NAME;
  version: string;
  /** Whether a moderator token is configured (the /beheer view can be used). */
  moderation: boolean;
  /** Where phones reach the app (PUBLIC_URL), for the QR code; absent when not configured. */
  publicUrl?: string;
}

/** GET /api/health: the database answers (503 with an ErrorBody when it does not). */
export interface ServerHealth {
  status: 'ok';
  database: 'ok';
  /** Live-wall screens connected to this process. */
  liveScreens: number;
}

export interface SubmitReceipt {
  id: string;
  /** The proposal's public number, as moderators and the meeting report name it. */
  number: number;
  status: ModerationStatus;
}

/** What became of one of the device's own proposals, with the moderator's reason if rejected. */
export interface ProposalStatusReport {
  id: string;
  number: number;
  status: ModerationStatus;
  reason?: string;
}

/** An approved proposal as everyone may see it: no personal data (fields.ts), no client id. */
export type PublicProposal = Omit<ProposalInput, PersonalFieldKey> & {
  number: number;
  gemeente: string;
  wijk?: string;
  approvedAt: string;
};

/** A proposal as the moderator sees it: with the personal data. */
export type ModeratedProposal = Omit<PublicProposal, 'approvedAt'> &
  Pick<ProposalInput, PersonalFieldKey> & {
    status: ModerationStatus;
    reason?: string;
    receivedAt: string;
    updatedAt: string;
    decidedAt?: string;
  };

/** The answer to a withdrawal: whether the server still held the proposal (it holds it no more). */
export interface WithdrawReceipt {
  id: string;
  withdrawn: boolean;
}

/** What the privacy page shows from the server's configuration. */
export interface PrivacyInfo {
  /** Days after the moderator's decision that contact details are kept. */
  contactRetentionDays: number;
  /** Days after a rejection that the rejected proposal is kept. */
  rejectedRetentionDays: number;
  /** Whom to contact about personal data (PRIVACY_CONTACT), when configured. */
  contact?: string;
}

export interface Meeting {
  code: string;
  title: string;
  createdAt: string;
}

/** What a moderator did; 'erase' is recorded by the privacy routes. */
export type AuditAction = 'approve' | 'reject' | 'edit' | 'erase' | 'meeting' | (string & {});

/** One line of the audit log: who did what to which proposal, and when. Never personal data. */
export interface AuditEntry {
  id: number;
  /** ISO timestamp. */
  at: string;
  /** The moderator's name (the ADMIN_TOKEN holder is ADMIN_NAME, 'beheerder' by default). */
  actor: string;
  action: AuditAction;
  /** The proposal's public number, when the action concerns one. */
  proposalId?: number;
  /** What changed (field names, a meeting code): never contact details or other personal data. */
  detail?: string;
}

export type LiveEvent =
  | { type: 'approved'; proposal: PublicProposal }
  /** An approved proposal that is no longer shown (rejected after all, or edited and back in review). */
  | { type: 'removed'; number: number };

export type ErrorCode =
  | 'invalid'
  | 'not-json'
  | 'too-large'
  | 'rate-limited'
  | 'unauthorized'
  | 'not-found'
  | 'conflict'
  | 'gone'
  | 'unavailable'
  | 'internal';

export interface ErrorBody {
  error: ErrorCode;
  message: string;
  problems?: ProposalProblem[];
}
