import type { ModeratedProposal } from '../proposals/contract';

/**
 * The fresh list, keeping the very objects of proposals that did not change: their cards (and an
 * edit in progress in one) stay as they are.
 */
export function mergeList(
  current: ModeratedProposal[],
  fresh: ModeratedProposal[],
): ModeratedProposal[] {
  const known = new Map(current.map((p) => [p.number, p]));
  return fresh.map((p) => {
    const old = known.get(p.number);
    return old && old.updatedAt === p.updatedAt ? old : p;
  });
}
