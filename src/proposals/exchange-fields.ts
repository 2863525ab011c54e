import { PROPOSAL_FIELDS, type FieldKey } from './fields';

/**
 * The one table of what exchange files hold: each field, the column name the app writes (Dutch,
 * as coordinators read them; a proposal's own fields take theirs from fields.ts) and the other names it reads (the app's English GeoJSON keys, older
 * exports, uMap, QGIS and hand-made spreadsheets). Every reader and writer uses this table.
 */
const PROPOSAL_COLUMNS: Record<FieldKey, { column: string; aliases: readonly string[] }> =
  PROPOSAL_FIELDS;

export const EXCHANGE_FIELDS = {
  /** The device's edit secret: only in a device backup. `id` is what older exports called it. */
  secret: { column: 'geheime_sleutel', aliases: ['id', 'secret'] },
  number: { column: 'nummer', aliases: ['number', 'nr', 'servernumber'] },
  /** The proposal's own fields: their columns live in the field table (fields.ts). */
  ...PROPOSAL_COLUMNS,
  gemeente: { column: 'gemeente', aliases: [] },
  gemeenteName: { column: 'gemeente_naam', aliases: ['gemeentename', 'gemeentenaam'] },
  wijk: { column: 'wijk', aliases: [] },
  wijkName: { column: 'wijk_naam', aliases: ['wijkname', 'wijknaam'] },
  status: { column: 'status', aliases: [] },
  reason: { column: 'reden', aliases: ['reason'] },
  createdAt: { column: 'aangemaakt', aliases: ['createdat', 'created'] },
  updatedAt: { column: 'bijgewerkt', aliases: ['updatedat', 'updated'] },
  approvedAt: { column: 'goedgekeurd', aliases: ['approvedat'] },
  receivedAt: { column: 'ontvangen', aliases: ['receivedat'] },
  decidedAt: { column: 'besluit', aliases: ['decidedat'] },
} satisfies Record<string, { column: string; aliases: readonly string[] }>;

export type ExchangeField = keyof typeof EXCHANGE_FIELDS;

/** Names the app writes in its own GeoJSON (English, like its JSON API). */
export const GEOJSON_KEYS: Partial<Record<ExchangeField, string>> = {
  secret: 'id',
  gemeenteName: 'gemeenteName',
  wijkName: 'wijkName',
};

const FIELD_BY_NAME = new Map<string, ExchangeField>();
for (const [field, { column, aliases }] of Object.entries(EXCHANGE_FIELDS)) {
  for (const name of [column, field, ...aliases]) {
    FIELD_BY_NAME.set(name.toLowerCase(), field as ExchangeField);
  }
}

/** The field a column (or GeoJSON property) of an imported file holds, whatever tool named it. */
export function fieldOfColumn(name: string): ExchangeField | undefined {
  return FIELD_BY_NAME.get(name.trim().toLowerCase());
}

/** Municipality and wijk names beside their CBS codes, so a file is readable without a lookup. */
export type PlaceNames = (code: string) => string | undefined;
