import { describe, expect, it } from 'vitest';
import { mergeList } from '../../src/beheer/merge-list';
import type { ModeratedProposal } from '../../src/proposals/contract';

const proposal = (number: number, updatedAt = '2026-11-24T10:00:00.000Z'): ModeratedProposal => ({
  number,
  name: `Voorstel ${number}`,
  description: 'Een beschrijving van het voorstel.',
  kind: 'ontmoeting',
  knelpunten: [],
  lng: 5.27,
  lat: 52.37,
  gemeente: 'GM0034',
  status: 'ingediend',
  receivedAt: '2026-11-24T10:00:00.000Z',
  updatedAt,
});

describe('the moderator list refreshing itself', () => {
  it('keeps the cards of unchanged proposals, adds new ones and drops decided ones', () => {
    const one = proposal(1);
    const two = proposal(2);
    const current = [one, two];
    const merged = mergeList(current, [
      proposal(1),
      proposal(2, '2026-11-24T10:05:00.000Z'),
      proposal(3),
    ]);
    expect(merged.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(merged[0]).toBe(one); // the same object: its card, and an edit in it, stay
    expect(merged[1]).not.toBe(two); // changed on the server: shown as it is now
    expect(mergeList(current, [proposal(2)])).toEqual([two]);
  });
});
