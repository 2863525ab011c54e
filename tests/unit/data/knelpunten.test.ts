import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { KnelpuntenSchema } from '../../../src/data/schemas';
import { readGeo, readSeed } from '../../support/geo-files';

const knelpunten = v.parse(KnelpuntenSchema, readGeo('knelpunten.json'));
const level = (id: string) => knelpunten.levels.find((l) => l.id === id)!;

describe('knelpunten.json, checked against the seed', () => {
  it('has the four levels in the seed order with the survey N of each', () => {
    expect(knelpunten.levels.map((l) => [l.id, l.n])).toEqual([
      ['maatschappelijk', 77],
      ['bestuurlijk', 76],
      ['relationeel', 77],
      ['professioneel', 77],
    ]);
  });

  it('gives percentages only for the relationeel chart, exactly as the seed', () => {
    expect(level('relationeel').items.map((i) => i.percent)).toEqual([
      69, 60, 47, 39, 36, 32, 32, 32, 31,
    ]);
    for (const id of ['maatschappelijk', 'bestuurlijk', 'professioneel']) {
      expect(level(id).items.every((i) => i.percent === undefined)).toBe(true);
    }
  });

  it('keeps the survey items of each level', () => {
    expect(knelpunten.levels.map((l) => l.items.length)).toEqual([8, 10, 9, 7]);
    expect(level('relationeel').items[0]!.text).toMatch(/^Er wordt teveel vóór inwoners gedacht/);
  });

  it('has the guiding questions, two for professioneel', () => {
    expect(level('maatschappelijk').questions).toEqual([
      'Waar knelt het door ontwikkelingen in de samenleving?',
    ]);
    expect(level('professioneel').questions).toHaveLength(2);
  });

  it('names the local remarks of every municipality, and says so where nothing is known', () => {
    const byName = Object.fromEntries(knelpunten.lokaal.gemeenten.map((g) => [g.name, g]));
    expect(Object.keys(byName).sort()).toEqual([
      'Almere',
      'Dronten',
      'Lelystad',
      'Noordoostpolder',
      'Urk',
      'Zeewolde',
    ]);
    expect(byName.Almere!.remarks).toHaveLength(2);
    expect(byName.Urk!.remarks[0]).toContain('zeer hechte samenleving, maar niet altijd inclusief');
    for (const name of ['Dronten', 'Lelystad', 'Zeewolde']) {
      expect(byName[name]!.remarks[0]).toContain('nog geen sterke traditie van samenlevingsopbouw');
    }
    expect(byName.Noordoostpolder!.remarks).toEqual([]);
    expect(byName.Noordoostpolder!.noneKnown).toBeTruthy();
    expect(knelpunten.lokaal.caveat).toBe('Weinig kennis over specifieke knelpunten in Flevoland.');
  });

  it('quotes only text that stands in the seed', () => {
    const seed = readSeed('001_dfa104194b7f0337.txt');
    const flat = (s: string) => s.replace(/\s+/g, ' ').replace(/[’‘]/g, "'");
    const text = flat(seed);
    for (const l of knelpunten.levels) {
      for (const item of l.items) expect(text).toContain(flat(item.text).replace(/\.$/, ''));
      expect(text).toContain(`(N=${l.n})`);
    }
    for (const g of knelpunten.lokaal.gemeenten)
      for (const r of g.remarks) expect(text).toContain(flat(r));
  });
});
