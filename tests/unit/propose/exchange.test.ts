import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsv, toCsv } from '../../../src/propose/csv';
import { proposalsToCsv, proposalsToGeoJson } from '../../../src/propose/exchange';
import { importProposals } from '../../../src/propose/import-proposals';
import type { Proposal } from '../../../src/propose/proposal';
import { locate, PLACES } from '../../support/locator';

const tricky: Proposal = {
  id: '3f2c1d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  name: 'Café "De Haven"; buurt, kamer',
  description: 'Regel een\nRegel twee met ; en , en "quotes"\n— 日本語, العربية, Ελληνικά, ☕',
  kind: 'ontmoeting',
  website: 'https://example.org/a?b=1,2',
  contact: '=HYPERLINK("http://evil")',
  knelpunten: ['relationeel', 'bestuurlijk'],
  meetingCode: 'VF2026',
  lng: PLACES.almereHaven.lng,
  lat: PLACES.almereHaven.lat,
  gemeente: 'GM0034',
  status: 'lokaal',
  createdAt: '2026-11-24T10:00:00.000Z',
  updatedAt: '2026-11-24T10:05:00.000Z',
};

describe('CSV', () => {
  it('round-trips any cell text, separators, quotes and line breaks included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 3, maxLength: 3 }), { maxLength: 5 }),
        (rows) => {
          const header = ['a', 'b', 'c'];
          const nonEmpty = rows.filter((r) => r.some((c) => c.trim() !== ''));
          expect(parseCsv(toCsv(header, nonEmpty))).toEqual([header, ...nonEmpty]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is Excel friendly: BOM, semicolons, CRLF, formulas shown as text', () => {
    const csv = proposalsToCsv([tricky]);
    expect(csv.startsWith('\uFEFFid;naam;beschrijving;')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(csv).toContain(`'=HYPERLINK`);
  });

  it('reads a file with commas too', () => {
    expect(parseCsv('naam,beschrijving\r\n"a,b",c\n')).toEqual([
      ['naam', 'beschrijving'],
      ['a,b', 'c'],
    ]);
  });
});

describe('export then import', () => {
  for (const [format, file, text] of [
    ['CSV', 'voorstellen.csv', proposalsToCsv([tricky])],
    ['GeoJSON', 'voorstellen.geojson', proposalsToGeoJson([tricky])],
  ] as const) {
    it(`gives back the same proposal (${format})`, () => {
      const report = importProposals(file, text, locate, new Set());
      expect(report.ok && report.rejected).toEqual([]);
      expect(report.ok && report.accepted).toEqual([
        { ...tricky, wijk: report.ok ? report.accepted[0]!.wijk : undefined },
      ]);
    });
  }

  it('accepts the 3 good rows of 5, reports the 2 bad ones with reasons and keeps them', () => {
    const csv = [
      'naam;beschrijving;soort;lengtegraad;breedtegraad',
      'Buurtkamer;Elke woensdag koffie voor iedereen;ontmoeting;5.2185;52.336',
      'Moestuin Urk;Samen groenten kweken in de wijk;buurtproject;5.601;52.662',
      'Te kort;kort;ontmoeting;5.2185;52.336',
      'In het meer;Een initiatief midden in het Markermeer;activiteit;5.3;52.55',
      'Taalcafé;Nederlands oefenen met buren;activiteit;5,748;52,71',
    ].join('\n');
    const report = importProposals('lijst.csv', csv, locate, new Set());
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    expect(report.accepted.map((p) => [p.name, p.gemeente])).toEqual([
      ['Buurtkamer', 'GM0034'],
      ['Moestuin Urk', 'GM0184'],
      ['Taalcafé', 'GM0171'],
    ]);
    expect(report.rejected.map((r) => [r.row, r.fields.name, r.problems])).toEqual([
      [4, 'Te kort', [{ field: 'description', code: 'tooShort', limit: 10 }]],
      [5, 'In het meer', [{ field: 'location', code: 'outsideFlevoland' }]],
    ]);
  });

  it('says what is wrong with a file that is not a list of proposals', () => {
    expect(importProposals('x.geojson', '{ kapot', locate, new Set())).toEqual({
      ok: false,
      reason: 'unreadable',
    });
    expect(importProposals('x.csv', '', locate, new Set())).toEqual({ ok: false, reason: 'empty' });
    expect(importProposals('x.csv', 'a;b\n1;2', locate, new Set())).toEqual({
      ok: false,
      reason: 'noColumns',
    });
  });

  it('does not import the same proposal twice', () => {
    const report = importProposals('v.csv', proposalsToCsv([tricky]), locate, new Set([tricky.id]));
    expect(report.ok && report.rejected[0]?.problems).toEqual([{ field: 'id', code: 'duplicate' }]);
  });
});
