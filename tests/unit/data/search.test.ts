import { describe, expect, it } from 'vitest';
import {
  createSearchIndex,
  lazySearchIndex,
  normalize,
  type SearchEntry,
} from '../../../src/data/search';

const search = createSearchIndex([
  {
    kind: 'initiatief',
    key: 'havenhart-2-0',
    label: 'HavenHart 2.0',
    detail: 'Almere Haven, Almere',
  },
  {
    kind: 'initiatief',
    key: 'poort-sociaal',
    label: 'Poort Sociaal',
    detail: 'Almere Poort, Almere',
  },
  { kind: 'gemeente', key: 'GM0034', label: 'Almere' },
  { kind: 'gemeente', key: 'GM0184', label: 'Urk' },
  { kind: 'stadsdeel', key: 'SD0034-haven', label: 'Almere Haven', detail: 'Almere' },
  { kind: 'wijk', key: 'WK017105', label: 'Wijk 05 Kraggenburg', detail: 'Noordoostpolder' },
  { kind: 'wijk', key: 'WKtest', label: 'Café Ærø', detail: 'Test' },
]);

describe('search', () => {
  it('ignores case, diacritics and hyphens', () => {
    expect(normalize('Almere-Haven')).toBe('almere haven');
    expect(normalize('Café')).toBe('cafe');
    expect(search('havenhart').map((r) => r.key)).toEqual(['havenhart-2-0']);
    expect(search('HAVENHART')[0]!.key).toBe('havenhart-2-0');
    expect(search('cafe')[0]!.key).toBe('WKtest');
    expect(search('almere-haven').map((r) => r.key)).toEqual(['SD0034-haven', 'havenhart-2-0']);
  });

  it('matches word starts, not the middle of words', () => {
    expect(search('burg').map((r) => r.key)).toEqual([]);
    expect(search('kragg').map((r) => r.key)).toEqual(['WK017105']);
  });

  it('puts an exact name first', () => {
    expect(search('urk')[0]).toMatchObject({ kind: 'gemeente', key: 'GM0184' });
    expect(search('almere')[0]).toMatchObject({ kind: 'gemeente', key: 'GM0034' });
  });

  it('returns nothing for an empty query and never throws on odd input', () => {
    expect(search('')).toEqual([]);
    expect(search('   ')).toEqual([]);
    expect(search('<script>alert(1)</script>')).toEqual([]);
  });

  it('the start-up index sorts and normalises nothing until the first query, then finds the same', () => {
    const entries: SearchEntry[] = [{ kind: 'gemeente', key: 'GM0184', label: 'Urk' }];
    const lazy = lazySearchIndex(entries);
    // The search box's empty text at start-up does not count as the first query.
    expect(lazy('')).toEqual([]);
    expect(lazy(' - ')).toEqual([]);
    // Built at the first query, so what the list holds by then counts (an eager index missed it).
    entries.push({ kind: 'gemeente', key: 'GM0303', label: 'Dronten' });
    expect(lazy('dronten').map((r) => r.key)).toEqual(['GM0303']);
    expect(lazy('urk', 8)).toEqual(createSearchIndex(entries)('urk', 8));
  });
});
