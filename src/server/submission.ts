import { createHash } from 'node:crypto';
import * as v from 'valibot';
import type { ProposalField, ProposalProblem } from '../proposals/proposal';
import { validateProposal } from '../proposals/validate';
import type { Locate } from '../proposals/locate';
import type { ValidProposal } from './store/repository';
import { ProposalBodySchema } from './schemas';

export type Submission =
  | { ok: true; id: string; value: ValidProposal; fingerprint: string }
  | { ok: false; problems: ProposalProblem[]; message: string };

/** A stable digest of a proposal's content: a retry has the same one, an edit a different one. */
export function fingerprintOf(value: ValidProposal): string {
  const canonical = JSON.stringify(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256').update(canonical).digest('base64url');
}

const LOCATION_KEYS = new Set(['lng', 'lat']);

/** The fields whose JSON type is not what the API document says, as the form's problems. */
export function typeProblems(issues: v.BaseIssue<unknown>[], known: ProposalProblem[]) {
  const problems: ProposalProblem[] = [];
  const seen = new Set<string>(known.map((p) => p.field));
  for (const issue of issues) {
    const key = issue.path?.[0]?.key;
    if (typeof key !== 'string' || key === 'id') continue;
    const field = (LOCATION_KEYS.has(key) ? 'location' : key) as ProposalField;
    if (seen.has(field)) continue;
    seen.add(field);
    problems.push(
      issue.input === undefined ? { field, code: 'required' } : { field, code: 'invalid' },
    );
  }
  return problems;
}

/**
 * Checks a submitted proposal against the API's schema (ProposalBodySchema, also the OpenAPI
 * document's) and then with exactly the app's own validation (same limits, same boundaries).
 */
export function parseSubmission(body: unknown, locate: Locate): Submission {
  const shape = v.safeParse(ProposalBodySchema, body);
  const result = validateProposal(body, locate);
  const problems = [
    ...(result.ok ? [] : result.problems),
    ...(shape.success ? [] : typeProblems(shape.issues, result.ok ? [] : result.problems)),
  ];
  const idIssue = !shape.success && shape.issues.some((i) => i.path?.[0]?.key === 'id');
  const notAnObject = !shape.success && !shape.issues.some((i) => i.path?.length);
  if (idIssue || notAnObject)
    return { ok: false, problems, message: 'Het voorstel heeft geen geldig id.' };
  if (!shape.success || !result.ok || problems.length > 0)
    return { ok: false, problems, message: 'Het voorstel is niet compleet.' };
  return {
    ok: true,
    id: shape.output.id,
    value: result.value,
    fingerprint: fingerprintOf(result.value),
  };
}
