import type { Feature, FeatureCollection, Point } from 'geojson';
import { protectCell, toCsv } from '../proposals/csv';
import { csvCell, type ExportValue } from '../proposals/exchange';
import { EXCHANGE_FIELDS, type ExchangeField, type PlaceNames } from '../proposals/exchange-fields';
import { PERSONAL_FIELDS, PUBLIC_FIELDS, type FieldKey } from '../proposals/fields';
import type { AuditEntry, ModeratedProposal, PublicProposal } from '../proposals/contract';

type Column<T> = readonly [
  header: string,
  cell: (p: T, names: PlaceNames) => string | number | undefined,
];

const text = (value: string | undefined) => (value ? protectCell(value) : '');

const column = <T>(field: ExchangeField, cell: Column<T>[1]): Column<T> => [
  EXCHANGE_FIELDS[field].column,
  cell,
];
/** A proposal field's column, written as the device's exports write it (fields.ts). */
const fieldColumn = (key: FieldKey): Column<PublicProposal | ModeratedProposal> =>
  column(key, (p) => csvCell(key, (p as Partial<Record<FieldKey, ExportValue>>)[key]));

/** The columns both exports share: the public fields and where the proposal is. */
const COMMON_COLUMNS: readonly Column<PublicProposal | ModeratedProposal>[] = [
  column('number', (p) => p.number),
  // Decimal commas in coordinates: a Dutch spreadsheet reads 52.525 as 52525.
  ...PUBLIC_FIELDS.map(fieldColumn),
  column('gemeente', (p) => p.gemeente),
  column('gemeenteName', (p, names) => names(p.gemeente)),
  column('wijk', (p) => p.wijk),
  column('wijkName', (p, names) => (p.wijk ? names(p.wijk) : undefined)),
];

const PUBLIC_COLUMNS: readonly Column<PublicProposal>[] = [
  ...COMMON_COLUMNS,
  column('approvedAt', (p) => p.approvedAt),
];

const MODERATED_COLUMNS: readonly Column<ModeratedProposal>[] = [
  ...COMMON_COLUMNS,
  ...PERSONAL_FIELDS.map(fieldColumn),
  column('status', (p) => p.status),
  column('reason', (p) => text(p.reason)),
  column('receivedAt', (p) => p.receivedAt),
  column('decidedAt', (p) => p.decidedAt),
];

function csvOf<T>(columns: readonly Column<T>[], rows: T[], names: PlaceNames): string {
  return toCsv(
    columns.map(([header]) => header),
    rows.map((row) => columns.map(([, cell]) => String(cell(row, names) ?? ''))),
  );
}

export const publicCsv = (rows: PublicProposal[], names: PlaceNames) =>
  csvOf(PUBLIC_COLUMNS, rows, names);
/** Every proposal with its status: the moderators' export and the meeting report. */
export const moderatedCsv = (rows: ModeratedProposal[], names: PlaceNames) =>
  csvOf(MODERATED_COLUMNS, rows, names);

const AUDIT_COLUMNS: readonly Column<AuditEntry>[] = [
  ['id', (e) => e.id],
  ['tijd', (e) => e.at],
  ['wie', (e) => text(e.actor)],
  ['actie', (e) => e.action],
  ['voorstel', (e) => e.proposalId],
  ['details', (e) => text(e.detail)],
];

/** The audit log as a file: who approved, rejected or edited what, and when. */
export const auditCsv = (rows: AuditEntry[]) => csvOf(AUDIT_COLUMNS, rows, (code) => code);

export function toGeoJson(rows: (PublicProposal | ModeratedProposal)[], names: PlaceNames): string {
  const collection: FeatureCollection<Point> = {
    type: 'FeatureCollection',
    features: rows.map(({ lng, lat, ...properties }): Feature<Point> => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lng, lat] },
      properties: {
        // Lists as `a|b` text: GeoPackage and CSV have no list type (GDAL warns and rewrites them).
        ...Object.fromEntries(
          Object.entries(properties).map(([k, v]) => [k, Array.isArray(v) ? v.join('|') : v]),
        ),
        gemeenteName: names(properties.gemeente),
        ...(properties.wijk && { wijkName: names(properties.wijk) }),
      },
    })),
  };
  return JSON.stringify(collection);
}
