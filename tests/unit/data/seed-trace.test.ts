/**
 * Every initiative traces to its line in the seed presentation: its name, the places it claims, how
 * precise its pin is, how often it was named and what the seed says of it. A place the seed line does
 * not name may only be there when it is marked derived.
 */
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { InitiatievenSchema, type InitiatiefProperties } from '../../../src/data/schemas';
import { readAppData, readSeed } from '../../support/geo-files';

const data = readAppData();
const seed = readSeed('000_d06b75ff64e8c0a4.txt');
const section = seed.split('# Positieve voorbeelden in Flevoland')[1]!;
const seedLines = section
  .split('\n')
  .filter((l) => l.startsWith('- '))
  .map((l) => l.slice(2).trim());

/** Lower case, hyphens as spaces: "Almere-Haven" and "Almere Haven" are the same place name. */
const norm = (s: string) => s.toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ');
const nameOf = (features: { properties: { code: string; name: string } }[], code: string) =>
  features.find((f) => f.properties.code === code)?.properties.name ?? `unknown ${code}`;

/** The part of a seed line about this entry (one bullet names two festivals, joined by " en "). */
function segmentFor(p: InitiatiefProperties): string {
  const line = seedLines[p.seedLine - 1]!;
  const parts = line.split(' en ');
  return parts.length > 1 ? (parts.find((s) => norm(s).includes(norm(p.name))) ?? line) : line;
}

/** The areas an entry claims, with their names, smallest first. */
function claimedAreas(p: InitiatiefProperties): { level: string; name: string }[] {
  return [
    ...(p.wijk ? [{ level: 'wijk', name: nameOf(data.wijken.features, p.wijk) }] : []),
    ...(p.stadsdeel
      ? [{ level: 'stadsdeel', name: nameOf(data.stadsdelen.features, p.stadsdeel) }]
      : []),
    ...(p.gemeente
      ? [{ level: 'gemeente', name: nameOf(data.gemeenten.features, p.gemeente) }]
      : []),
  ];
}

const entries = data.initiatieven.features.map((f) => f.properties);

describe('initiatives traced to the seed', () => {
  it.each(entries.map((p) => [p.id, p] as const))('%s: name from its seed line', (_id, p) => {
    const line = norm(seedLines[p.seedLine - 1] ?? '');
    expect(p.seedText).toBe(seedLines[p.seedLine - 1]);
    const words = (text: string) => text.split(/[\s:,()]+/).filter(Boolean);
    for (const word of words(norm(p.name))) expect(words(line)).toContain(word);
  });

  it.each(entries.map((p) => [p.id, p] as const))(
    '%s: claims only places its seed line names, unless marked derived',
    (_id, p) => {
      const segment = norm(segmentFor(p));
      const areas = claimedAreas(p);
      // An area is given by the seed when the line names it or a smaller area inside it ("Almere
      // Haven" gives Almere; the wijk Oosterwold gives its stadsdeel): containment is CBS data.
      const given = areas.map((_, i) =>
        areas.slice(0, i + 1).some((a) => segment.includes(norm(a.name))),
      );
      const notGiven = areas.filter((_, i) => !given[i]).map((a) => `${a.level} ${a.name}`);
      if (p.placeBasis === 'bron') expect(notGiven).toEqual([]);
      else
        expect(notGiven.length, 'derived must be a place the seed does not give').toBeGreaterThan(
          0,
        );
    },
  );

  it.each(entries.map((p) => [p.id, p] as const))(
    '%s: precision is the level of the smallest area it claims',
    (_id, p) => {
      const smallest = claimedAreas(p)[0]?.level ?? 'provincie';
      expect(p.precision).toBe(smallest);
    },
  );

  it.each(entries.map((p) => [p.id, p] as const))(
    '%s: mentions and status as the seed says',
    (_id, p) => {
      const line = seedLines[p.seedLine - 1]!;
      expect(p.mentions).toBe(line.includes('(2x genoemd)') ? 2 : 1);
      expect(p.status).toBe(
        line.includes('toekomstige kansrijke ontwikkeling') ? 'toekomstig' : 'genoemd',
      );
    },
  );

  it('covers all 13 bullets with 14 entries (one bullet names two festivals)', () => {
    expect(seedLines).toHaveLength(13);
    expect(new Set(entries.map((p) => p.seedLine))).toEqual(
      new Set(seedLines.map((_, i) => i + 1)),
    );
    expect(entries).toHaveLength(14);
  });

  it('places examples in the three municipalities the seed names, and marks what is derived', () => {
    const bySource = entries.filter((p) => p.placeBasis === 'bron' && p.gemeente);
    expect(new Set(bySource.map((p) => nameOf(data.gemeenten.features, p.gemeente!)))).toEqual(
      new Set(['Almere', 'Dronten', 'Lelystad']),
    );
    expect(entries.filter((p) => p.placeBasis === 'afgeleid').map((p) => p.id)).toEqual([
      'homerushuis',
    ]);
  });

  it('rejects data whose precision is not the level of the areas it gives', () => {
    const feature = data.initiatieven.features.find((f) => f.properties.id === 'havenhart-2-0')!;
    const asGemeente = { ...feature, properties: { ...feature.properties, precision: 'gemeente' } };
    const result = v.safeParse(InitiatievenSchema, {
      type: 'FeatureCollection',
      features: [asGemeente],
    });
    expect(result.success).toBe(false);
  });
});
