import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { KnelpuntenSchema } from '../../../src/data/schemas';
import { itemResult, tally } from '../../../src/survey/results';
import { checkResponse, checkSetup } from '../../../src/survey/validate';
import { readGeo } from '../../support/geo-files';

const knelpunten = v.parse(KnelpuntenSchema, readGeo('knelpunten.json'));
const almere = { gemeente: 'GM0034', levels: ['relationeel' as const], openQuestion: true };
const gemeenteOf = (wijk: string) => ({ WK003401: 'GM0034', WK030301: 'GM0303' })[wijk];
const nine = (first: 'ja' | 'nee') => [first, ...Array<null>(8).fill(null)];

describe('the share recognised, with N', () => {
  it('counts everyone who answered an item as N, and says no percentage below five', () => {
    expect(itemResult(['ja', 'nee', 'weet-niet', null, 'ja'])).toEqual({
      ja: 2,
      nee: 1,
      weetNiet: 1,
      n: 4,
    });
    expect(itemResult(['ja', 'nee', 'weet-niet', 'ja', 'ja', null]).percent).toBe(60);
  });

  it('tallies only the levels asked, one result per seed item', () => {
    const levels = tally([{ answers: { relationeel: nine('ja') } }], almere, knelpunten);
    expect(levels.map((l) => l.id)).toEqual(['relationeel']);
    expect(levels[0]!.items).toHaveLength(9);
    expect(levels[0]!.items[0]!.ja).toBe(1);
  });
});

describe('checking a survey answer', () => {
  const check = (body: object) => checkResponse(body, almere, knelpunten, gemeenteOf);
  it('accepts an anonymous answer with a wijk of the municipality and an open answer', () => {
    const result = check({
      device: 'device-1234',
      answers: { relationeel: nine('ja') },
      wijk: 'WK003401',
      open: '  Te weinig ruimte. ',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        device: 'device-1234',
        answers: { relationeel: nine('ja') },
        wijk: 'WK003401',
        open: 'Te weinig ruimte.',
      },
    });
  });

  it.each([
    ['a name', { naam: 'Jan' }],
    ['a wijk elsewhere', { wijk: 'WK030301' }],
    ['a level not asked', { answers: { professioneel: Array(7).fill('ja') } }],
    ['an item too many', { answers: { relationeel: [...nine('ja'), 'ja'] } }],
  ])('refuses %s', (_, change) => {
    expect(
      check({ device: 'device-1234', answers: { relationeel: nine('nee') }, ...change }).ok,
    ).toBe(false);
  });

  it('keeps the levels of a setup in the seed order', () => {
    const setup = checkSetup(
      { gemeente: null, levels: ['professioneel', 'maatschappelijk'], openQuestion: false },
      knelpunten,
      () => true,
    );
    expect(setup.ok && setup.value.levels).toEqual(['maatschappelijk', 'professioneel']);
  });
});
