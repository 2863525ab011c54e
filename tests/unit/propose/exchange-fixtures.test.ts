import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exchangeNl } from '../../../src/i18n/exchange';
import { nl } from '../../../src/i18n/nl';
import { importProposals } from '../../../src/propose/import-proposals';
import { rejectedRowsCsv, rowProblemText } from '../../../src/propose/rejected-rows';
import { parseCsv } from '../../../src/proposals/csv';
import { FIXTURES } from '../../fixtures/exchange/expected';
import { locate, PLACES } from '../../support/locator';

const fixture = (file: string) =>
  new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/exchange', file)));

async function read(file: string) {
  const report = await importProposals(file, fixture(file), locate, []);
  if (!report.ok) throw new Error(`${file}: ${report.reason}`);
  return report;
}

describe('files as other tools write them', () => {
  for (const expected of FIXTURES) {
    it(`${expected.file}: the expected rows, and messages that name the field`, async () => {
      const report = await read(expected.file);
      expect(report.accepted.map((p) => p.name)).toEqual(expected.accepted);
      expect(
        report.rejected.map((r) => ({
          row: r.row,
          message: r.problems.map((p) => rowProblemText(p, nl, exchangeNl)).join(' '),
        })),
      ).toEqual(expected.rejected);
      expect(report.notes).toEqual(expected.note ? [expected.note] : []);
      expect(report.fromServer).toEqual([]);
    });
  }

  it('Dutch Excel: labels, lists, decimal commas and dd-mm-yyyy dates are read right', async () => {
    for (const file of ['excel-nl-utf8-bom.csv', 'excel-nl-windows1252.csv']) {
      const [cafe, kruispunt, groep] = (await read(file)).accepted;
      expect(cafe).toMatchObject({
        name: 'Café Ölla',
        kind: 'ontmoeting',
        knelpunten: ['relationeel', 'bestuurlijk'],
        website: 'www.voorbeeld.nl',
        ...PLACES.almereHaven,
        createdAt: new Date(2026, 11, 1).toISOString(),
      });
      expect(kruispunt).toMatchObject({ kind: 'ontmoeting', lat: 52.508 });
      expect(groep).toMatchObject({
        kind: 'activiteit',
        createdAt: new Date(2026, 2, 2).toISOString(),
      });
    }
  });

  it('RD New is converted to the same places, within a metre', async () => {
    const [rd, wgs] = [await read('rd-new.geojson'), await read('qgis-dutch.geojson')];
    rd.accepted.forEach((p, i) => {
      expect(Math.abs(p.lng - wgs.accepted[i]!.lng)).toBeLessThan(2e-5);
      expect(Math.abs(p.lat - wgs.accepted[i]!.lat)).toBeLessThan(1e-5);
      expect(p.gemeente).toBe(wgs.accepted[i]!.gemeente);
    });
  });

  it('RD New numbers without a crs are recognised and converted too', async () => {
    const csv =
      'naam;beschrijving;soort;x;y\nBuurtkamer;Elke woensdag koffie voor iedereen;ontmoeting;143501,68;483132,64\n';
    const report = await importProposals('rd.csv', new TextEncoder().encode(csv), locate, []);
    if (!report.ok) throw new Error(report.reason);
    expect(report.notes).toEqual(['rdNew']);
    expect(report.accepted[0]!.lng).toBeCloseTo(PLACES.almereHaven.lng, 4);
    expect(report.accepted[0]!.lat).toBeCloseTo(PLACES.almereHaven.lat, 4);
  });

  it('a GeoPackage round trip keeps knelpunten, dates and apostrophes', async () => {
    for (const file of ['gpkg-roundtrip.geojson', 'gpkg-roundtrip.csv']) {
      const [werven, kruispunt] = (await read(file)).accepted;
      expect(werven).toMatchObject({
        knelpunten: ['relationeel', 'bestuurlijk'],
        meetingCode: 'VF2026',
        createdAt: '2026-11-24T10:00:00.000Z',
        updatedAt: '2026-11-24T10:05:00.000Z',
      });
      expect(kruispunt).toMatchObject({ name: "'t Kruispunt", knelpunten: [] });
    }
  });

  it('the rejected rows download uses the file’s own columns and guards formulas', async () => {
    const umap = await read('umap-export.geojson');
    const csv = rejectedRowsCsv(umap.rejected, nl, exchangeNl);
    expect(csv).not.toContain('[object Object]');
    const [header, row] = parseCsv(csv);
    expect(header).toEqual(['regel', 'reden', 'name', 'description', '_umap_options']);
    expect(row).toEqual([
      '3',
      "'soort' ontbreekt.",
      'Markt zonder soort',
      'Een buurtmarkt op het plein, elke maand',
      '{"iconClass":"Circle"}',
    ]);
    const formula = await importProposals(
      'f.csv',
      new TextEncoder().encode('naam;soort\n=HYPERLINK("x");ontmoeting\n'),
      locate,
      [],
    );
    if (!formula.ok) throw new Error(formula.reason);
    const [, formulaRow] = parseCsv(rejectedRowsCsv(formula.rejected, nl, exchangeNl));
    // Guarded once, as in every export: read in again it is the same text.
    expect(formulaRow?.[2]).toBe(`'=HYPERLINK("x")`);
  });
});
