import { parseProposalFile, type ImportedRow } from './exchange';
import type { Locate } from './locate';
import {
  newProposalId,
  PROPOSAL_STATUSES,
  type Proposal,
  type ProposalProblem,
  type ProposalStatus,
} from './proposal';
import { validateProposal } from './validate';

export interface RejectedRow {
  row: number;
  fields: Record<string, unknown>;
  problems: ProposalProblem[] | [{ field: 'id'; code: 'duplicate' }];
}

export type ImportReport =
  | { ok: true; accepted: Proposal[]; rejected: RejectedRow[] }
  | { ok: false; reason: 'empty' | 'unreadable' | 'noColumns' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isoOr = (value: unknown, fallback: string) =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value))
    ? new Date(value).toISOString()
    : fallback;

/**
 * Reads an exported (or hand-made) CSV or GeoJSON file. Every row is checked like the form; good rows
 * become proposals (keeping their id and status when they have one), the others are reported with
 * their reasons and kept as they were, so they can be downloaded and fixed.
 */
export function importProposals(
  name: string,
  text: string,
  locate: Locate,
  existingIds: ReadonlySet<string>,
  now = new Date(),
): ImportReport {
  const parsed = parseProposalFile(name, text);
  if (!parsed.ok) return parsed;
  const accepted: Proposal[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Set(existingIds);
  for (const { row, fields } of parsed.rows as ImportedRow[]) {
    const result = validateProposal(fields, locate);
    if (!result.ok) {
      rejected.push({ row, fields, problems: result.problems });
      continue;
    }
    const id =
      typeof fields.id === 'string' && UUID.test(fields.id)
        ? fields.id.toLowerCase()
        : newProposalId();
    if (seen.has(id)) {
      rejected.push({ row, fields, problems: [{ field: 'id', code: 'duplicate' }] });
      continue;
    }
    seen.add(id);
    const status = (PROPOSAL_STATUSES as readonly unknown[]).includes(fields.status)
      ? (fields.status as ProposalStatus)
      : 'lokaal';
    const stamp = now.toISOString();
    accepted.push({
      ...result.value,
      id,
      status,
      createdAt: isoOr(fields.createdAt, stamp),
      updatedAt: isoOr(fields.updatedAt, stamp),
    });
  }
  return { ok: true, accepted, rejected };
}
