/**
 * The one table of what a proposal holds. Every reader of proposal fields uses it: the validation,
 * the TypeScript type (ProposalInput), the propose form, the moderator's edit form, the device's
 * exports and imports (CSV, XLSX, GeoJSON), the server's exports, its API schema (OpenAPI) and its
 * database rows. Adding a field is one entry here plus its label in the dictionaries (see README,
 * "Adding a field to proposals"). The order is the form's; exports put coordinates after the other
 * fields and personal data last.
 */

/**
 * How a field's value is typed, checked and written:
 * - text: one line of text; longText: text with line breaks; url: a web address
 * - kind: one of PROPOSAL_KINDS; levels: a list of knelpunten levels (LEVEL_IDS), never absent
 * - code: a meeting code (letters, digits, `-`; upper case); coordinate: WGS84 degrees
 */
export type FieldType = 'text' | 'longText' | 'url' | 'kind' | 'levels' | 'code' | 'coordinate';

export interface FieldSpec {
  type: FieldType;
  /** The person must fill it in (otherwise: may be left empty). */
  required: boolean;
  /** Length in characters after cleaning (the code's length for `code`). */
  limits?: { readonly min?: number; readonly max: number };
  /**
   * The label's key in the app's dictionaries (src/i18n/nl.ts and feature-text.ts; for fields the
   * moderator edits also src/i18n/server-nl.ts). Each field also has a short name for error
   * messages in feature-text.ts `errorFieldNames` (lng/lat share `location`).
   */
  label: string;
  /** The column the app writes in CSV/XLSX (Dutch, as coordinators read them), and others it reads. */
  column: string;
  aliases: readonly string[];
  /** The column in the server's `proposals` table (a new one needs a migration: migrations.ts). */
  db: string;
  /** Personal data: never public, not in public exports, deleted after the retention period. */
  personal: boolean;
  /** A moderator may change it in the moderation view (beheer). */
  moderatorEdits: boolean;
  /** What the API document (OpenAPI) says about the value. */
  doc: string;
}

export const PROPOSAL_FIELDS = {
  name: {
    type: 'text',
    required: true,
    limits: { min: 3, max: 100 },
    label: 'fieldName',
    column: 'naam',
    aliases: ['name', 'titel', 'title'],
    db: 'name',
    personal: false,
    moderatorEdits: true,
    doc: '3–100 characters after trimming',
  },
  description: {
    type: 'longText',
    required: true,
    limits: { min: 10, max: 1000 },
    label: 'fieldDescription',
    column: 'beschrijving',
    aliases: ['description', 'omschrijving'],
    db: 'description',
    personal: false,
    moderatorEdits: true,
    doc: '10–1000 characters after trimming',
  },
  kind: {
    type: 'kind',
    required: true,
    label: 'fieldKind',
    column: 'soort',
    aliases: ['kind', 'type', 'categorie', 'category'],
    db: 'kind',
    personal: false,
    moderatorEdits: true,
    doc: 'what kind of initiative',
  },
  lng: {
    type: 'coordinate',
    required: true,
    label: 'locationLegend',
    column: 'lengtegraad',
    aliases: ['lng', 'lon', 'longitude', 'x'],
    db: 'lng',
    personal: false,
    moderatorEdits: false,
    doc: 'WGS84 longitude, inside Flevoland',
  },
  lat: {
    type: 'coordinate',
    required: true,
    label: 'locationLegend',
    column: 'breedtegraad',
    aliases: ['lat', 'latitude', 'y'],
    db: 'lat',
    personal: false,
    moderatorEdits: false,
    doc: 'WGS84 latitude, inside Flevoland',
  },
  website: {
    type: 'url',
    required: false,
    limits: { max: 300 },
    label: 'fieldWebsite',
    column: 'website',
    aliases: ['url', 'webadres', 'link'],
    db: 'website',
    personal: false,
    moderatorEdits: true,
    doc: 'an http(s) address, at most 300 characters',
  },
  contact: {
    type: 'text',
    required: false,
    limits: { max: 200 },
    label: 'fieldContact',
    column: 'contact',
    aliases: ['contactgegevens', 'e-mail', 'email'],
    db: 'contact',
    personal: true,
    moderatorEdits: true,
    doc: 'at most 200 characters; moderators only',
  },
  knelpunten: {
    type: 'levels',
    required: false,
    label: 'fieldKnelpunten',
    column: 'knelpunten',
    aliases: ['levels', 'bottlenecks'],
    db: 'knelpunten',
    personal: false,
    moderatorEdits: false,
    doc: 'the knelpunten levels it helps with',
  },
  meetingCode: {
    type: 'code',
    required: false,
    limits: { min: 4, max: 12 },
    label: 'fieldMeetingCode',
    column: 'vergadercode',
    aliases: ['meetingcode', 'meeting_code'],
    db: 'meeting_code',
    personal: false,
    moderatorEdits: false,
    doc: 'a meeting code (4–12 letters or digits)',
  },
} as const satisfies Record<string, FieldSpec>;

export type FieldKey = keyof typeof PROPOSAL_FIELDS;
type Fields = typeof PROPOSAL_FIELDS;

export const FIELD_KEYS = Object.keys(PROPOSAL_FIELDS) as FieldKey[];
export const fieldSpec = (key: FieldKey): FieldSpec => PROPOSAL_FIELDS[key];

/** Keys of the fields the person may leave out (absent, not empty, in a stored proposal). */
export type OptionalFieldKey = {
  [K in FieldKey]: Fields[K]['required'] extends true
    ? never
    : Fields[K]['type'] extends 'levels'
      ? never
      : K;
}[FieldKey];
export type PersonalFieldKey = {
  [K in FieldKey]: Fields[K]['personal'] extends true ? K : never;
}[FieldKey];

export type ModeratorEditKey = {
  [K in FieldKey]: Fields[K]['moderatorEdits'] extends true ? K : never;
}[FieldKey];

/** The fields whose value may be absent: optional and not a list (a list is empty instead). */
export const isOptional = (key: FieldKey) =>
  !PROPOSAL_FIELDS[key].required && PROPOSAL_FIELDS[key].type !== 'levels';

/** The fields in the order exports write them: coordinates after the other fields. */
export const EXPORT_ORDER: readonly FieldKey[] = [
  ...FIELD_KEYS.filter((k) => PROPOSAL_FIELDS[k].type !== 'coordinate'),
  ...FIELD_KEYS.filter((k) => PROPOSAL_FIELDS[k].type === 'coordinate'),
];
/** What everyone may see of an approved proposal, in export order. */
export const PUBLIC_FIELDS = EXPORT_ORDER.filter((k) => !PROPOSAL_FIELDS[k].personal);
/** Personal data (moderators only), in export order. */
export const PERSONAL_FIELDS = EXPORT_ORDER.filter((k) => PROPOSAL_FIELDS[k].personal);
/** What the moderator may change in the moderation view. */
export const MODERATOR_EDITS = FIELD_KEYS.filter(
  (k): k is ModeratorEditKey => PROPOSAL_FIELDS[k].moderatorEdits,
);
/** Text a person typed: cleaned like text, guarded against spreadsheet formulas in CSV. */
export const isTextField = (key: FieldKey) =>
  ['text', 'longText', 'url', 'code'].includes(PROPOSAL_FIELDS[key].type);
