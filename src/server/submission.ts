import { createHash } from 'node:crypto';
import type { ProposalProblem } from '../propose/proposal';
import { validateProposal } from '../propose/validate';
import type { Locate } from '../propose/locate';
import type { ValidProposal } from './store/repository';

/** A proposal id as the app makes them (crypto.randomUUID), with some room. */
export const PROPOSAL_ID = /^[A-Za-z0-9-]{8,64}$/;

export type Submission =
  | { ok: true; id: string; value: ValidProposal; fingerprint: string }
  | { ok: false; problems: ProposalProblem[]; message: string };

/** A stable digest of a proposal's content: a retry has the same one, an edit a different one. */
export function fingerprintOf(value: ValidProposal): string {
  const canonical = JSON.stringify(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256').update(canonical).digest('base64url');
}

/**
 * Checks a submitted proposal with exactly the app's own validation (same limits, same boundaries),
 * plus the client id that makes retries idempotent.
 */
export function parseSubmission(body: unknown, locate: Locate): Submission {
  const id = (body as { id?: unknown } | null)?.id;
  const result = validateProposal(body, locate);
  if (typeof id !== 'string' || !PROPOSAL_ID.test(id)) {
    return {
      ok: false,
      problems: result.ok ? [] : result.problems,
      message: 'Het voorstel heeft geen geldig id.',
    };
  }
  if (!result.ok)
    return { ok: false, problems: result.problems, message: 'Het voorstel is niet compleet.' };
  return { ok: true, id, value: result.value, fingerprint: fingerprintOf(result.value) };
}
