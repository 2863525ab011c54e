import type { LiveEvent, PublicProposal } from './contract';

/**
 * The live wall's pure part: what an event from `/api/live` does to the list of approved proposals,
 * and which proposals count as new on the presentation screen.
 */

const isProposal = (value: unknown): value is PublicProposal =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as PublicProposal).number === 'number' &&
  typeof (value as PublicProposal).name === 'string' &&
  typeof (value as PublicProposal).lng === 'number' &&
  typeof (value as PublicProposal).lat === 'number';

/**
 * Reads one server-sent event. The data is the LiveEvent as JSON; a bare proposal (for `approved`)
 * or `{ number }` (for `removed`) is understood too. Anything else is ignored (undefined).
 */
export function parseLiveEvent(type: string, data: string): LiveEvent | undefined {
  let body: unknown;
  try {
    body = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (typeof body !== 'object' || body === null) return undefined;
  const event = body as Partial<{ type: string; proposal: unknown; number: unknown }>;
  const kind = typeof event.type === 'string' ? event.type : type;
  if (kind === 'approved') {
    const proposal = 'proposal' in event ? event.proposal : body;
    return isProposal(proposal) ? { type: 'approved', proposal } : undefined;
  }
  if (kind === 'removed' && typeof event.number === 'number')
    return { type: 'removed', number: event.number };
  return undefined;
}

/** The approved list after an event: an approval adds (or replaces) one, a removal takes it out. */
export function applyLiveEvent(list: PublicProposal[], event: LiveEvent): PublicProposal[] {
  if (event.type === 'removed') return list.filter((p) => p.number !== event.number);
  return [...list.filter((p) => p.number !== event.proposal.number), event.proposal];
}

/**
 * Which proposals are new since the wall started: in the list now, not in the list it started with,
 * and (with a meeting code) proposed at this meeting. Numbers keep the order they arrived in.
 */
export function newSince(
  baseline: ReadonlySet<number>,
  list: PublicProposal[],
  meetingCode: string | undefined,
  seen: readonly number[] = [],
): number[] {
  const present = new Set(list.map((p) => p.number));
  const kept = seen.filter((n) => present.has(n));
  const added = list
    .filter(
      (p) =>
        !baseline.has(p.number) &&
        !kept.includes(p.number) &&
        (!meetingCode || p.meetingCode?.toUpperCase() === meetingCode.toUpperCase()),
    )
    .map((p) => p.number);
  return [...kept, ...added];
}
