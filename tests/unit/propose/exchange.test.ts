import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsv, protectCell, toCsv, unprotectCell } from '../../../src/proposals/csv';
import { proposalsToCsv, proposalsToGeoJson } from '../../../src/proposals/exchange';
import { importProposals } from '../../../src/propose/import-proposals';
import type { Proposal } from '../../../src/proposals/proposal';
import { locate, PLACES } from '../../support/locator';

const bytes = (text: string) => new TextEncoder().encode(text);
const names = (code: string) => ({ GM0034: 'Almere', GM0184: 'Urk' })[code];

export const tricky: Proposal = {
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

  it('is Excel friendly: BOM, semicolons, CRLF, decimal commas, formulas shown as text', () => {
    const csv = proposalsToCsv([tricky], names);
    expect(csv.startsWith('\uFEFFnummer;naam;beschrijving;')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(csv).toContain(`'=HYPERLINK`);
    const [header, row] = parseCsv(csv);
    const cell = (column: string) => row![header!.indexOf(column)];
    expect(cell('lengtegraad')).toBe('5,2185');
    expect(cell('breedtegraad')).toBe('52,336');
    expect([cell('gemeente'), cell('gemeente_naam')]).toEqual(['GM0034', 'Almere']);
  });

  it('reads a file with commas too', () => {
    expect(parseCsv('naam,beschrijving\r\n"a,b",c\n')).toEqual([
      ['naam', 'beschrijving'],
      ['a,b', 'c'],
    ]);
  });
});

describe('formula guard', () => {
  it('guards only what a spreadsheet would run, and undoes only that', () => {
    expect(protectCell("'t Kruispunt")).toBe("'t Kruispunt");
    expect(protectCell('-50+ groep')).toBe('-50+ groep');
    expect(protectCell('+31 6 12345678')).toBe('+31 6 12345678');
    expect(protectCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(protectCell('@cmd')).toBe("'@cmd");
    expect(protectCell("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(unprotectCell("'t Kruispunt")).toBe("'t Kruispunt");
    expect(unprotectCell("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(unprotectCell(protectCell("'=x"))).toBe("'=x");
  });

  it('round-trips any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(unprotectCell(protectCell(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('edit secrets', () => {
  it('are in no export but the explicit device backup', () => {
    expect(proposalsToCsv([tricky])).not.toContain(tricky.id);
    expect(proposalsToGeoJson([tricky])).not.toContain(tricky.id);
    expect(proposalsToGeoJson([tricky], names, true)).toContain(tricky.id);
  });

  it('a backup restores the device exactly, status and server number included', async () => {
    const sent: Proposal = { ...tricky, status: 'afgewezen', serverNumber: 7, reason: 'Dubbel' };
    const report = await importProposals(
      'reservekopie.geojson',
      bytes(proposalsToGeoJson([sent], names, true)),
      locate,
      [],
    );
    expect(report.ok && report.accepted).toEqual([{ ...sent, wijk: expect.any(String) }]);
  });

  it('a plain export comes back as a new proposal with a new secret; once only', async () => {
    const file = bytes(proposalsToCsv([tricky]));
    const report = await importProposals('v.csv', file, locate, []);
    if (!report.ok) throw new Error(report.reason);
    const [again] = report.accepted;
    expect(again!.id).not.toBe(tricky.id);
    const twice = await importProposals('v.csv', file, locate, report.accepted);
    expect(twice.ok && twice.accepted).toEqual([]);
    expect(twice.ok && twice.rejected[0]?.problems).toEqual([{ field: 'id', code: 'duplicate' }]);
  });
});

describe('export then import', () => {
  it('accepts the 3 good rows of 5, reports the 2 bad ones with reasons and keeps them', async () => {
    const csv = [
      'naam;beschrijving;soort;lengtegraad;breedtegraad',
      'Buurtkamer;Elke woensdag koffie voor iedereen;ontmoeting;5.2185;52.336',
      'Moestuin Urk;Samen groenten kweken in de wijk;buurtproject;5.601;52.662',
      'Te kort;kort;ontmoeting;5.2185;52.336',
      'In het meer;Een initiatief midden in het Markermeer;activiteit;5.3;52.55',
      'Taalcafé;Nederlands oefenen met buren;activiteit;5,748;52,71',
    ].join('\n');
    const report = await importProposals('lijst.csv', bytes(csv), locate, []);
    if (!report.ok) throw new Error(report.reason);
    expect(report.accepted.map((p) => [p.name, p.gemeente])).toEqual([
      ['Buurtkamer', 'GM0034'],
      ['Moestuin Urk', 'GM0184'],
      ['Taalcafé', 'GM0171'],
    ]);
    expect(report.rejected.map((r) => [r.row, r.name, r.problems])).toEqual([
      [
        4,
        'Te kort',
        [{ field: 'description', code: 'tooShort', limit: 10, column: 'beschrijving' }],
      ],
      [
        5,
        'In het meer',
        [{ field: 'location', code: 'outsideFlevoland', column: 'lengtegraad/breedtegraad' }],
      ],
    ]);
  });

  it('says what is wrong with a file that is not a list of proposals', async () => {
    expect(await importProposals('x.geojson', bytes('{ kapot'), locate, [])).toEqual({
      ok: false,
      reason: 'unreadable',
    });
    expect(await importProposals('x.csv', bytes(''), locate, [])).toEqual({
      ok: false,
      reason: 'empty',
    });
    expect(await importProposals('x.csv', bytes('a;b\n1;2'), locate, [])).toEqual({
      ok: false,
      reason: 'noColumns',
    });
  });
});
