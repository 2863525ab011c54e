import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { proposalsToCsv, proposalsToGeoJson } from '../../../src/proposals/exchange';
import { importProposals } from '../../../src/propose/import-proposals';
import type { Proposal } from '../../../src/proposals/proposal';
import { proposalsToXlsx } from '../../../src/propose/xlsx';
import { moderatedCsv, publicCsv, toGeoJson } from '../../../src/server/exports';
import type { ModeratedProposal } from '../../../src/proposals/contract';
import { locate, PLACES } from '../../support/locator';

/**
 * The real GDAL (Debian's gdal-bin, installed by `npm test`): what QGIS and ogr2ogr users get.
 * Every export is read by ogrinfo without a warning, goes to a GeoPackage and back, and reads
 * into the app again with nothing lost or changed.
 */
const dir = mkdtempSync(join(tmpdir(), 'exchange-gdal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function gdal(tool: 'ogrinfo' | 'ogr2ogr', args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  if (result.error)
    throw new Error(`${tool} is missing (Debian package gdal-bin): ${result.error.message}`);
  expect(result.status, result.stderr).toBe(0);
  // GDAL prints warnings ("Warning 1: …") and errors on stderr.
  expect(result.stderr).toBe('');
  return result.stdout;
}

const names = (code: string) =>
  ({ GM0034: 'Almere', GM0184: 'Urk', GM0171: 'Noordoostpolder' })[code];
const stamp = { createdAt: '2026-11-24T10:00:00.000Z', updatedAt: '2026-11-24T10:05:00.000Z' };
const proposals: Proposal[] = [
  {
    ...stamp,
    id: '3f2c1d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
    name: 'Café "De Haven"; buurt, kamer',
    description: 'Regel een\nRegel twee met ; en , en "quotes" — ☕',
    kind: 'ontmoeting',
    website: 'https://example.org/a?b=1,2',
    contact: '=HYPERLINK("http://evil")',
    knelpunten: ['relationeel', 'bestuurlijk'],
    meetingCode: 'VF2026',
    ...PLACES.almereHaven,
    gemeente: 'GM0034',
    wijk: locate(PLACES.almereHaven.lng, PLACES.almereHaven.lat).wijk,
    status: 'lokaal',
  },
  {
    ...stamp,
    id: '4f2c1d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
    name: "'t Kruispunt",
    description: '-50+ groep: wandelen en praten',
    kind: 'anders',
    knelpunten: [],
    ...PLACES.urk,
    gemeente: 'GM0184',
    wijk: locate(PLACES.urk.lng, PLACES.urk.lat).wijk,
    status: 'lokaal',
  },
];
const withoutSecret = (p: Proposal) => {
  const { id, ...rest } = p;
  void id;
  return rest;
};

async function reimport(path: string) {
  const report = await importProposals(path, new Uint8Array(readFileSync(path)), locate, []);
  if (!report.ok) throw new Error(`${path}: ${report.reason}`);
  return report;
}

describe('device exports through GDAL', () => {
  const exports = {
    'voorstellen.csv': async () => proposalsToCsv(proposals, names),
    'voorstellen.geojson': async () => proposalsToGeoJson(proposals, names),
    'voorstellen.xlsx': async () =>
      Buffer.from(await (await proposalsToXlsx(proposals, names)).arrayBuffer()),
  };
  for (const [file, write] of Object.entries(exports)) {
    it(`${file}: ogrinfo reads it without warnings, GeoPackage round trip, same proposals back`, async () => {
      const path = join(dir, file);
      writeFileSync(path, await write());
      const info = gdal('ogrinfo', ['-ro', '-al', '-so', path]);
      expect(info).toContain('Feature Count: 2');

      const gpkg = join(dir, `${file}.gpkg`);
      gdal('ogr2ogr', ['-f', 'GPKG', gpkg, path, '-nln', 'voorstellen']);
      const back = join(dir, `terug-${file}`);
      const format = { '.csv': 'CSV', '.geojson': 'GeoJSON', '.xlsx': 'XLSX' }[
        file.slice(file.lastIndexOf('.')) as '.csv'
      ];
      gdal('ogr2ogr', ['-f', format, back, gpkg]);

      for (const copy of [path, back]) {
        const report = await reimport(copy);
        expect(report.rejected).toEqual([]);
        expect(report.accepted.map(withoutSecret)).toEqual(proposals.map(withoutSecret));
      }
    });
  }
});

describe('server exports through GDAL', () => {
  const moderated: ModeratedProposal[] = proposals.map((p, i) => ({
    number: i + 1,
    name: p.name,
    description: p.description,
    kind: p.kind,
    knelpunten: p.knelpunten,
    lng: p.lng,
    lat: p.lat,
    gemeente: p.gemeente,
    ...(p.wijk && { wijk: p.wijk }),
    ...(p.contact && { contact: p.contact }),
    status: 'goedgekeurd',
    receivedAt: p.createdAt,
    updatedAt: p.updatedAt,
    decidedAt: p.updatedAt,
  }));
  const files = {
    'server.csv': publicCsv(
      moderated.map((p) => ({
        number: p.number,
        name: p.name,
        description: p.description,
        kind: p.kind,
        knelpunten: p.knelpunten,
        lng: p.lng,
        lat: p.lat,
        gemeente: p.gemeente,
        ...(p.wijk && { wijk: p.wijk }),
        approvedAt: p.decidedAt!,
      })),
      names,
    ),
    'beheer.csv': moderatedCsv(moderated, names),
    'server.geojson': toGeoJson(moderated, names),
  };
  for (const [file, text] of Object.entries(files)) {
    it(`${file}: ogrinfo reads it without warnings; read in, it is recognised as the server's`, async () => {
      const path = join(dir, file);
      writeFileSync(path, text);
      expect(gdal('ogrinfo', ['-ro', '-al', '-so', path])).toContain('Feature Count: 2');
      const gpkg = join(dir, `${file}.gpkg`);
      gdal('ogr2ogr', ['-f', 'GPKG', gpkg, path]);
      expect(gdal('ogrinfo', ['-ro', '-al', '-so', gpkg])).toContain('Feature Count: 2');
      const report = await reimport(path);
      expect(report.accepted).toEqual([]);
      expect(report.fromServer.map((r) => [r.number, r.name])).toEqual([
        [1, proposals[0]!.name],
        [2, proposals[1]!.name],
      ]);
    });
  }
});
