import type { Feature, FeatureCollection, Point } from 'geojson';
import { parseCsv, protectCell, toCsv, unprotectCell } from './csv';
import type { Proposal } from './proposal';

/** Column names in exported files (Dutch, as the coordinators read them) and the fields they hold. */
export const COLUMNS = [
  ['id', 'id'],
  ['naam', 'name'],
  ['beschrijving', 'description'],
  ['soort', 'kind'],
  ['website', 'website'],
  ['contact', 'contact'],
  ['knelpunten', 'knelpunten'],
  ['vergadercode', 'meetingCode'],
  ['lengtegraad', 'lng'],
  ['breedtegraad', 'lat'],
  ['gemeente', 'gemeente'],
  ['wijk', 'wijk'],
  ['status', 'status'],
  ['aangemaakt', 'createdAt'],
  ['bijgewerkt', 'updatedAt'],
] as const satisfies readonly (readonly [string, keyof Proposal])[];

const TEXT_FIELDS = new Set<keyof Proposal>([
  'name',
  'description',
  'website',
  'contact',
  'meetingCode',
]);

function cellOf(proposal: Proposal, field: keyof Proposal): string {
  const value = proposal[field];
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join('|');
  const text = String(value);
  return TEXT_FIELDS.has(field) ? protectCell(text) : text;
}

export function proposalsToCsv(proposals: Proposal[]): string {
  return toCsv(
    COLUMNS.map(([column]) => column),
    proposals.map((p) => COLUMNS.map(([, field]) => cellOf(p, field))),
  );
}

export function proposalsToGeoJson(proposals: Proposal[]): string {
  const collection: FeatureCollection<Point> = {
    type: 'FeatureCollection',
    features: proposals.map(({ lng, lat, ...properties }): Feature<Point> => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lng, lat] },
      properties,
    })),
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

/** One row of an imported file, as loose fields for validation, with its place in the file. */
export interface ImportedRow {
  row: number;
  fields: Record<string, unknown>;
}

export type ParseResult =
  { ok: true; rows: ImportedRow[] } | { ok: false; reason: 'empty' | 'unreadable' | 'noColumns' };

const FIELD_BY_COLUMN = new Map<string, string>([
  ...COLUMNS.map(([column, field]) => [column, field] as [string, string]),
  ...COLUMNS.map(([, field]) => [field.toLowerCase(), field] as [string, string]),
]);

export function parseCsvProposals(text: string): ParseResult {
  const [header, ...body] = parseCsv(text);
  if (!header) return { ok: false, reason: 'empty' };
  const fields = header.map((column) => FIELD_BY_COLUMN.get(column.trim().toLowerCase()));
  if (!fields.includes('name')) return { ok: false, reason: 'noColumns' };
  return {
    ok: true,
    rows: body.map((cells, i) => {
      const record: Record<string, unknown> = {};
      fields.forEach((field, column) => {
        if (!field) return;
        const value = cells[column] ?? '';
        record[field] = TEXT_FIELDS.has(field as keyof Proposal) ? unprotectCell(value) : value;
      });
      if (typeof record.knelpunten === 'string')
        record.knelpunten = record.knelpunten.split('|').filter(Boolean);
      return { row: i + 2, fields: record };
    }),
  };
}

export function parseGeoJsonProposals(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const features = (json as { type?: unknown; features?: unknown })?.features;
  if ((json as { type?: unknown })?.type !== 'FeatureCollection' || !Array.isArray(features)) {
    return { ok: false, reason: 'unreadable' };
  }
  if (features.length === 0) return { ok: false, reason: 'empty' };
  return {
    ok: true,
    rows: features.map((feature: unknown, i) => {
      const f = (feature ?? {}) as {
        properties?: unknown;
        geometry?: { type?: unknown; coordinates?: unknown };
      };
      const properties = f.properties && typeof f.properties === 'object' ? f.properties : {};
      const coordinates =
        f.geometry?.type === 'Point' && Array.isArray(f.geometry.coordinates)
          ? f.geometry.coordinates
          : [];
      return { row: i + 1, fields: { ...properties, lng: coordinates[0], lat: coordinates[1] } };
    }),
  };
}

export function parseProposalFile(name: string, text: string): ParseResult {
  const looksJson = /\.(geo)?json$/i.test(name) || /^\s*[{[]/.test(text);
  return looksJson ? parseGeoJsonProposals(text) : parseCsvProposals(text);
}
