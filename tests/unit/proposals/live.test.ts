import { describe, expect, it } from 'vitest';
import { applyLiveEvent, newSince, parseLiveEvent } from '../../../src/proposals/live';
import { serverNl } from '../../../src/i18n/server-nl';
import { serverEn } from '../../../src/i18n/server-en';
import type { PublicProposal } from '../../../src/proposals/contract';

const proposal = (number: number, meetingCode?: string): PublicProposal => ({
  number,
  name: `Voorstel ${number}`,
  description: 'Een buurtkamer voor iedereen',
  kind: 'ontmoeting',
  knelpunten: [],
  lng: 5.2,
  lat: 52.4,
  gemeente: 'GM0034',
  approvedAt: '2026-11-24T10:00:00.000Z',
  ...(meetingCode && { meetingCode }),
});

describe('the live wall', () => {
  it('reads approved and removed events, and ignores what it does not understand', () => {
    const p = proposal(7);
    expect(parseLiveEvent('approved', JSON.stringify({ type: 'approved', proposal: p }))).toEqual({
      type: 'approved',
      proposal: p,
    });
    expect(parseLiveEvent('approved', JSON.stringify(p))).toEqual({
      type: 'approved',
      proposal: p,
    });
    expect(parseLiveEvent('removed', '{"type":"removed","number":7}')).toEqual({
      type: 'removed',
      number: 7,
    });
    expect(parseLiveEvent('removed', '{"number":7}')).toEqual({ type: 'removed', number: 7 });
    expect(parseLiveEvent('approved', 'not json')).toBe(undefined);
    expect(parseLiveEvent('approved', '{"number":"7"}')).toBe(undefined);
    expect(parseLiveEvent('ping', '{}')).toBe(undefined);
  });

  it('an approval adds the pin once, a removal takes it away', () => {
    let list = [proposal(1)];
    list = applyLiveEvent(list, { type: 'approved', proposal: proposal(2) });
    list = applyLiveEvent(list, { type: 'approved', proposal: { ...proposal(2), name: 'Nieuw' } });
    expect(list.map((p) => [p.number, p.name])).toEqual([
      [1, 'Voorstel 1'],
      [2, 'Nieuw'],
    ]);
    expect(applyLiveEvent(list, { type: 'removed', number: 1 }).map((p) => p.number)).toEqual([2]);
  });

  it('counts what arrived since the wall started, for this meeting only', () => {
    const baseline = new Set([1]);
    const list = [proposal(1, 'VF2026'), proposal(2, 'VF2026'), proposal(3, 'ANDERS'), proposal(4)];
    expect(newSince(baseline, list, 'vf2026')).toEqual([2]);
    expect(newSince(baseline, list, undefined)).toEqual([2, 3, 4]);
  });

  it('a refetch after a reconnect adds what was missed, and keeps the order of arrival', () => {
    const baseline = new Set<number>();
    const seen = newSince(baseline, [proposal(5)], undefined);
    expect(newSince(baseline, [proposal(4), proposal(5), proposal(6)], undefined, seen)).toEqual([
      5, 4, 6,
    ]);
  });

  it('a removed proposal no longer counts as new', () => {
    expect(newSince(new Set(), [proposal(6)], undefined, [5, 6])).toEqual([6]);
  });

  it('says how many new proposals there are, in plain words', () => {
    expect(serverNl.liveNew(1)).toBe('1 nieuw voorstel');
    expect(serverNl.liveNew(3)).toBe('3 nieuwe voorstellen');
    expect(serverEn.liveNew(1)).toBe('1 new proposal');
    expect(serverEn.liveNew(3)).toBe('3 new proposals');
  });
});
