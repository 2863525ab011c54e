import type { Feature, FeatureCollection, Point } from 'geojson';
import { protectCell, toCsv } from '../proposals/csv';
import type { PlaceNames } from '../proposals/exchange-fields';
import { writeDecimal } from '../proposals/read-values';
import type { AuditEntry, ModeratedProposal, PublicProposal } from '../proposals/contract';

type Column<T> = readonly [
  header: string,
  cell: (p: T, names: PlaceNames) => string | number | undefined,
];

const text = (value: string | undefined) => (value ? protectCell(value) : '');

/** The columns both exports share: the proposal and where it is. */
const COMMON_COLUMNS: readonly Column<PublicProposal | ModeratedProposal>[] = [
  ['nummer', (p) => p.number],
  ['naam', (p) => text(p.name)],
  ['beschrijving', (p) => text(p.description)],
  ['soort', (p) => p.kind],
  ['website', (p) => text(p.website)],
  ['knelpunten', (p) => p.knelpunten.join('|')],
  ['vergadercode', (p) => text(p.meetingCode)],
  // Decimal commas: a Dutch spreadsheet reads 52.525 as 52525.
  ['lengtegraad', (p) => writeDecimal(p.lng)],
  ['breedtegraad', (p) => writeDecimal(p.lat)],
  ['gemeente', (p) => p.gemeente],
  ['gemeente_naam', (p, names) => names(p.gemeente)],
  ['wijk', (p) => p.wijk],
  ['wijk_naam', (p, names) => (p.wijk ? names(p.wijk) : undefined)],
];

const PUBLIC_COLUMNS: readonly Column<PublicProposal>[] = [
  ...COMMON_COLUMNS,
  ['goedgekeurd', (p) => p.approvedAt],
];

const MODERATED_COLUMNS: readonly Column<ModeratedProposal>[] = [
  ...COMMON_COLUMNS,
  ['contact', (p) => text(p.contact)],
  ['status', (p) => p.status],
  ['reden', (p) => text(p.reason)],
  ['ontvangen', (p) => p.receivedAt],
  ['besluit', (p) => p.decidedAt],
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
    features: rows.map(({ lng, lat, knelpunten, ...properties }): Feature<Point> => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lng, lat] },
      properties: {
        ...properties,
        // Lists as `a|b` text: GeoPackage and CSV have no list type (GDAL warns and rewrites them).
        knelpunten: knelpunten.join('|'),
        gemeenteName: names(properties.gemeente),
        ...(properties.wijk && { wijkName: names(properties.wijk) }),
      },
    })),
  };
  return JSON.stringify(collection);
}
