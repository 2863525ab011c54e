import { describe, expect, it } from 'vitest';
import { countByGemeente, isFiltered, matchesFilters } from '../../../src/state/filters';
import type { InitiatiefProperties } from '../../../src/data/schemas';

const base: InitiatiefProperties = {
  id: 'x',
  name: 'X',
  gemeente: 'GM0034',
  precision: 'gemeente',
  placeBasis: 'bron',
  mentions: 1,
  status: 'genoemd',
  source: 's',
  seedLine: 1,
  seedText: 'X',
};
const items = [
  { properties: { ...base, id: 'a', stadsdeel: 'SD0034-haven' } },
  { properties: { ...base, id: 'b', stadsdeel: 'SD0034-haven', wijk: 'WK003414', mentions: 2 } },
  { properties: { ...base, id: 'c', gemeente: 'GM0184', status: 'toekomstig' as const } },
  { properties: { ...base, id: 'd', gemeente: null, precision: 'provincie' as const } },
];
const ids = (f: Parameters<typeof matchesFilters>[1]) =>
  items.filter((i) => matchesFilters(i.properties, f)).map((i) => i.properties.id);

describe('filters', () => {
  it('shows everything without filters', () => {
    expect(ids({})).toEqual(['a', 'b', 'c', 'd']);
    expect(isFiltered({})).toBe(false);
  });

  it('narrows to a municipality, then to a stadsdeel or wijk inside it', () => {
    expect(ids({ gemeente: 'GM0034' })).toEqual(['a', 'b']);
    expect(ids({ gemeente: 'GM0034', area: 'SD0034-haven' })).toEqual(['a', 'b']);
    expect(ids({ gemeente: 'GM0034', area: 'WK003414' })).toEqual(['b']);
  });

  it('filters by status and by how often an initiative was mentioned', () => {
    expect(ids({ status: 'toekomstig' })).toEqual(['c']);
    expect(ids({ minMentions: 2 })).toEqual(['b']);
  });

  it('counts per municipality with the other filters applied', () => {
    expect([...countByGemeente(items, {})]).toEqual([
      ['GM0034', 2],
      ['GM0184', 1],
    ]);
    expect([...countByGemeente(items, { minMentions: 2, gemeente: 'GM0184' })]).toEqual([
      ['GM0034', 1],
    ]);
  });
});
