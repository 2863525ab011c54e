import type { Feature, FeatureCollection, Point } from 'geojson';
import { parseCsv, protectCell, toCsv } from './csv';
import {
  EXCHANGE_FIELDS,
  fieldOfColumn,
  GEOJSON_KEYS,
  type ExchangeField,
  type PlaceNames,
} from './exchange-fields';
import { EXPORT_ORDER, FIELD_KEYS, isTextField } from './fields';
import type { Proposal } from './proposal';
import { namesRdNew } from './rd-new';
import { writeDecimal } from './read-values';

/** What the device's exports hold, in order. The edit secret only goes into a backup. */
const EXPORT_FIELDS = [
  'number',
  ...EXPORT_ORDER,
  'gemeente',
  'gemeenteName',
  'wijk',
  'wijkName',
  'status',
  'reason',
  'createdAt',
  'updatedAt',
] as const satisfies readonly ExchangeField[];

type ExportField = (typeof EXPORT_FIELDS)[number] | 'secret';
export type ExportValue = string | number | string[] | undefined;

const noNames: PlaceNames = () => undefined;

/** A proposal's value for one export field, typed (numbers stay numbers, lists stay lists). */
export function exportValue(p: Proposal, field: ExportField, names: PlaceNames): ExportValue {
  switch (field) {
    case 'secret':
      return p.id;
    case 'number':
      return p.serverNumber;
    case 'gemeenteName':
      return names(p.gemeente);
    case 'wijkName':
      return p.wijk ? names(p.wijk) : undefined;
    default:
      return p[field];
  }
}

export const exportFields = (withSecret: boolean): readonly ExportField[] =>
  withSecret ? ['secret', ...EXPORT_FIELDS] : EXPORT_FIELDS;

const TEXT_FIELDS = new Set<ExportField>([...FIELD_KEYS.filter(isTextField), 'reason']);

/** A cell as a Dutch spreadsheet reads it right: decimal commas, lists joined by `|`. */
export function csvCell(field: ExportField, value: ExportValue): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join('|');
  if (typeof value === 'number') return field === 'number' ? String(value) : writeDecimal(value);
  return TEXT_FIELDS.has(field) ? protectCell(value) : value;
}

export function proposalsToCsv(proposals: Proposal[], names: PlaceNames = noNames): string {
  const fields = exportFields(false);
  return toCsv(
    fields.map((f) => EXCHANGE_FIELDS[f].column),
    proposals.map((p) => fields.map((f) => csvCell(f, exportValue(p, f, names)))),
  );
}

/**
 * GeoJSON for QGIS, GDAL and uMap. `withSecret` makes a device backup: with each proposal's edit
 * secret, which lets whoever holds the file change the proposal on the server.
 */
export function proposalsToGeoJson(
  proposals: Proposal[],
  names: PlaceNames = noNames,
  withSecret = false,
): string {
  const fields = exportFields(withSecret).filter((f) => f !== 'lng' && f !== 'lat');
  const collection: FeatureCollection<Point> = {
    type: 'FeatureCollection',
    features: proposals.map((p): Feature<Point> => {
      const properties: Record<string, unknown> = {};
      for (const field of fields) {
        const value = exportValue(p, field, names);
        // Lists as `a|b` text: GeoPackage and CSV have no list type (GDAL warns and rewrites them).
        if (value !== undefined)
          properties[GEOJSON_KEYS[field] ?? field] = Array.isArray(value) ? value.join('|') : value;
      }
      return {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [p.lng, p.lat] },
        properties,
      };
    }),
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

/** One row of an imported file, with its place in the file. */
export interface ImportedRow {
  row: number;
  /** The row as the file has it, by the file's own column names. */
  raw: Record<string, unknown>;
  /** The same values by the app's field names. */
  fields: Partial<Record<ExchangeField, unknown>>;
  /** The file's name for each field, to name it in messages. */
  columns: Partial<Record<ExchangeField, string>>;
}

export type ParseFailure = 'empty' | 'unreadable' | 'noColumns';
export type ParseResult =
  | { ok: true; rows: ImportedRow[]; kind: 'csv' | 'xlsx' | 'geojson'; rdNew?: boolean }
  | { ok: false; reason: ParseFailure };

function rowOf(row: number, raw: Record<string, unknown>): ImportedRow {
  const fields: ImportedRow['fields'] = {};
  const columns: ImportedRow['columns'] = {};
  for (const [column, value] of Object.entries(raw)) {
    const field = fieldOfColumn(column);
    // The first column naming a field wins; a second one (e.g. `id` beside `geheime_sleutel`) is kept raw.
    if (!field || field in fields) continue;
    fields[field] = value;
    columns[field] = column;
  }
  return { row, raw, fields, columns };
}

/** A table (CSV or a spreadsheet's first sheet): a header row, then one proposal a row. */
export function parseTable(table: unknown[][], kind: 'csv' | 'xlsx'): ParseResult {
  const [header, ...body] = table;
  if (!header) return { ok: false, reason: 'empty' };
  const names = header.map((cell) => (cell === null || cell === undefined ? '' : String(cell)));
  if (!names.some((n) => fieldOfColumn(n) === 'name')) return { ok: false, reason: 'noColumns' };
  return {
    ok: true,
    kind,
    rows: body.map((cells, i) => {
      const raw: Record<string, unknown> = {};
      names.forEach((column, c) => {
        if (column.trim()) raw[column] = cells[c] ?? '';
      });
      return rowOf(i + 2, raw);
    }),
  };
}

export const parseCsvProposals = (text: string): ParseResult => parseTable(parseCsv(text), 'csv');

export function parseGeoJsonProposals(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const collection = json as {
    type?: unknown;
    features?: unknown;
    crs?: unknown;
    layers?: unknown;
  } | null;
  // uMap's own map file holds its layers' feature collections.
  const features =
    collection?.type === 'umap' && Array.isArray(collection.layers)
      ? (collection.layers as { features?: unknown }[]).flatMap((l) =>
          Array.isArray(l?.features) ? (l.features as unknown[]) : [],
        )
      : collection?.features;
  if (
    !['FeatureCollection', 'umap'].includes(collection?.type as string) ||
    !Array.isArray(features)
  )
    return { ok: false, reason: 'unreadable' };
  if (features.length === 0) return { ok: false, reason: 'empty' };
  return {
    ok: true,
    kind: 'geojson',
    rdNew: namesRdNew(collection?.crs),
    rows: features.map((feature: unknown, i) => {
      const f = (feature ?? {}) as {
        properties?: unknown;
        geometry?: { type?: unknown; coordinates?: unknown };
      };
      const properties = (
        f.properties && typeof f.properties === 'object' ? f.properties : {}
      ) as Record<string, unknown>;
      const row = rowOf(i + 1, properties);
      const coordinates =
        f.geometry?.type === 'Point' && Array.isArray(f.geometry.coordinates)
          ? (f.geometry.coordinates as unknown[])
          : undefined;
      if (coordinates) {
        row.fields.lng = coordinates[0];
        row.fields.lat = coordinates[1];
        row.columns.lng = row.columns.lat = 'geometry';
      } else if (row.fields.lng === undefined) {
        row.columns.lng = row.columns.lat = 'geometry';
      }
      return row;
    }),
  };
}

export function parseProposalFile(name: string, text: string): ParseResult {
  const looksJson = /\.(geo)?json$/i.test(name) || /^\s*[{[]/.test(text);
  return looksJson ? parseGeoJsonProposals(text) : parseCsvProposals(text);
}
