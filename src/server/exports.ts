import type { Feature, FeatureCollection, Point } from 'geojson';
import { protectCell, toCsv } from '../propose/csv';
import type { AuditEntry, ModeratedProposal, PublicProposal } from './contract';

type Column<T> = readonly [header: string, cell: (p: T) => string | number | undefined];

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
  ['lengtegraad', (p) => p.lng],
  ['breedtegraad', (p) => p.lat],
  ['gemeente', (p) => p.gemeente],
  ['wijk', (p) => p.wijk],
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

function csvOf<T>(columns: readonly Column<T>[], rows: T[]): string {
  return toCsv(
    columns.map(([header]) => header),
    rows.map((row) => columns.map(([, cell]) => String(cell(row) ?? ''))),
  );
}

export const publicCsv = (rows: PublicProposal[]) => csvOf(PUBLIC_COLUMNS, rows);
/** Every proposal with its status: the moderators' export and the meeting report. */
export const moderatedCsv = (rows: ModeratedProposal[]) => csvOf(MODERATED_COLUMNS, rows);

const AUDIT_COLUMNS: readonly Column<AuditEntry>[] = [
  ['id', (e) => e.id],
  ['tijd', (e) => e.at],
  ['wie', (e) => text(e.actor)],
  ['actie', (e) => e.action],
  ['voorstel', (e) => e.proposalId],
  ['details', (e) => text(e.detail)],
];

/** The audit log as a file: who approved, rejected or edited what, and when. */
export const auditCsv = (rows: AuditEntry[]) => csvOf(AUDIT_COLUMNS, rows);

export function toGeoJson(rows: (PublicProposal | ModeratedProposal)[]): string {
  const collection: FeatureCollection<Point> = {
    type: 'FeatureCollection',
    features: rows.map(({ lng, lat, ...properties }): Feature<Point> => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lng, lat] },
      properties,
    })),
  };
  return JSON.stringify(collection);
}
