import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { featureEn, featureNl } from '../../../src/i18n/feature-text';
import { nl } from '../../../src/i18n/nl';
import { serverEn } from '../../../src/i18n/server-en';
import { serverNl } from '../../../src/i18n/server-nl';
import { FIELD_ORDER } from '../../../src/propose/form-items';
import { draftOf, FORM_LIST_FIELDS, FORM_TEXT_FIELDS } from '../../../src/propose/form-draft';
import { FORM_ITEMS } from '../../../src/propose/form-items';
import { importProposals } from '../../../src/propose/import-proposals';
import { proposalsToXlsx } from '../../../src/propose/xlsx';
import { proposalsToCsv, proposalsToGeoJson } from '../../../src/proposals/exchange';
import { EXCHANGE_FIELDS } from '../../../src/proposals/exchange-fields';
import {
  FIELD_KEYS,
  MODERATOR_EDITS,
  PERSONAL_FIELDS,
  PROPOSAL_FIELDS,
  type FieldKey,
} from '../../../src/proposals/fields';
import type { Proposal } from '../../../src/proposals/proposal';
import { validateProposal } from '../../../src/proposals/validate';
import { moderatedCsv, publicCsv, toGeoJson } from '../../../src/server/exports';
import { ProposalBodySchema, PublicProposalSchema } from '../../../src/server/schemas';
import { MIGRATIONS } from '../../../src/server/store/migrations';
import { toModerated, toPublic, type ProposalRecord } from '../../../src/server/store/repository';
import { CONTENT_COLUMNS, contentValues, fromRow } from '../../../src/server/store/rows';
import { locate, PLACES } from '../../support/locator';

/**
 * Every field of the table (src/proposals/fields.ts) filled in, as validation would store it. A
 * field added to the table without a value here fails the first test, so each consumer below is
 * checked for the new field too.
 */
const FULL: Record<FieldKey, unknown> = {
  name: 'Buurtkamer De Steiger',
  description: 'Een plek waar buren elkaar\nelke week ontmoeten.',
  kind: 'ontmoeting',
  lng: PLACES.almereHaven.lng,
  lat: PLACES.almereHaven.lat,
  website: 'https://steiger.example.nl',
  contact: 'Anna, 06 12345678',
  knelpunten: ['relationeel', 'bestuurlijk'],
  meetingCode: 'VF2026',
};

const valid = () => {
  const result = validateProposal(FULL, locate);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
};
const proposal = (): Proposal => ({
  ...valid(),
  id: '0b6f7a9e-2f39-4c47-9a43-5d2f7c1a8e10',
  status: 'lokaal',
  createdAt: '2026-11-24T10:00:00.000Z',
  updatedAt: '2026-11-24T10:00:00.000Z',
});
const record = (): ProposalRecord => ({
  ...valid(),
  number: 12,
  id: 'client-id-12345',
  fingerprint: 'f',
  status: 'goedgekeurd',
  receivedAt: '2026-11-24T10:00:00.000Z',
  updatedAt: '2026-11-24T10:00:00.000Z',
  decidedAt: '2026-11-24T11:00:00.000Z',
  approvedAt: '2026-11-24T11:00:00.000Z',
});
const pick = (value: object, keys: readonly FieldKey[]) =>
  Object.fromEntries(keys.map((k) => [k, (value as Record<string, unknown>)[k]]));
const headerOf = (csv: string) => csv.replace('\uFEFF', '').split('\r\n')[0]!.split(';');
const names = (code: string) => `naam van ${code}`;

describe('the field table', () => {
  it('has a filled-in example for every field, and validation keeps every one', () => {
    expect(Object.keys(FULL).sort()).toEqual([...FIELD_KEYS].sort());
    expect(pick(valid(), FIELD_KEYS)).toEqual(FULL);
  });

  it('names a column, a database column and a label for every field, each once', () => {
    for (const key of ['column', 'db'] as const) {
      const values = FIELD_KEYS.map((k) => PROPOSAL_FIELDS[k][key]);
      expect(new Set(values).size, key).toBe(values.length);
    }
  });
});

describe('every field reaches every reader', () => {
  for (const [format, write] of [
    ['CSV', async (list: Proposal[]) => new TextEncoder().encode(proposalsToCsv(list, names))],
    [
      'XLSX',
      async (list: Proposal[]) =>
        new Uint8Array(await (await proposalsToXlsx(list, names)).arrayBuffer()),
    ],
    [
      'GeoJSON',
      async (list: Proposal[]) => new TextEncoder().encode(proposalsToGeoJson(list, names)),
    ],
  ] as const) {
    it(`the device's ${format} export and import carry every field`, async () => {
      const report = await importProposals(
        `v.${format.toLowerCase()}`,
        await write([proposal()]),
        locate,
        [],
      );
      if (!report.ok) throw new Error(report.reason);
      expect(report.rejected).toEqual([]);
      expect(pick(report.accepted[0]!, FIELD_KEYS)).toEqual(FULL);
    });
  }

  it('the device CSV has a column for every field, by the name the table gives it', () => {
    const header = headerOf(proposalsToCsv([proposal()]));
    for (const key of FIELD_KEYS) expect(header).toContain(PROPOSAL_FIELDS[key].column);
  });

  it('the server stores every field in its own column and reads it back', () => {
    const value = valid();
    const values = contentValues(value, 'f');
    expect(values).toHaveLength(CONTENT_COLUMNS.length);
    const row = Object.fromEntries(CONTENT_COLUMNS.map((column, i) => [column, values[i]]));
    const back = fromRow({
      ...row,
      number: 12,
      id: 'client-id-12345',
      status: 'ingediend',
      reason: null,
      received_at: '2026-11-24T10:00:00.000Z',
      updated_at: '2026-11-24T10:00:00.000Z',
      decided_at: null,
      approved_at: null,
    } as Parameters<typeof fromRow>[0]);
    expect(pick(back, FIELD_KEYS)).toEqual(FULL);
  });

  it("the database's migrations create every field's column, in SQLite and PostgreSQL", () => {
    for (const database of ['sqlite', 'postgres'] as const) {
      const sql = MIGRATIONS.map((m) => m[database]).join('\n');
      for (const key of FIELD_KEYS)
        expect(sql, `${database}: ${key}`).toMatch(
          new RegExp(`(CREATE TABLE proposals[^;]*|ADD COLUMN )\\b${PROPOSAL_FIELDS[key].db}\\b`),
        );
    }
  });

  it('the public answer and exports hold every field except personal data', () => {
    expect(PERSONAL_FIELDS).toContain('contact');
    const open = toPublic(record());
    const publicKeys = FIELD_KEYS.filter((k) => !PROPOSAL_FIELDS[k].personal);
    expect(pick(open, publicKeys)).toEqual(pick(FULL, publicKeys));
    for (const key of PERSONAL_FIELDS) expect(open).not.toHaveProperty(key);
    const header = headerOf(publicCsv([open], names));
    for (const key of FIELD_KEYS)
      expect(header.includes(PROPOSAL_FIELDS[key].column), key).toBe(
        !PROPOSAL_FIELDS[key].personal,
      );
    const feature = JSON.parse(toGeoJson([open], names)).features[0];
    for (const key of PERSONAL_FIELDS) expect(feature.properties).not.toHaveProperty(key);
    expect(PublicProposalSchema.entries).not.toHaveProperty('contact');
  });

  it("the moderators' export holds every field", () => {
    const header = headerOf(moderatedCsv([toModerated(record())], names));
    for (const key of FIELD_KEYS) expect(header).toContain(EXCHANGE_FIELDS[key].column);
  });

  it('the API accepts every field (and documents it)', () => {
    for (const key of FIELD_KEYS) expect(ProposalBodySchema.entries).toHaveProperty(key);
  });
});

describe('every field has its place on the forms and its words', () => {
  it('the propose form has a place for every field, in the order of the table', () => {
    const placed = FORM_ITEMS.flatMap((item) =>
      item.type === 'location'
        ? FIELD_KEYS.filter((k) => PROPOSAL_FIELDS[k].type === 'coordinate')
        : item.type === 'personal'
          ? item.fields
          : [item.field],
    );
    expect([...placed].sort()).toEqual([...FIELD_KEYS].sort());
    expect([...FORM_TEXT_FIELDS, ...FORM_LIST_FIELDS].sort()).toEqual(
      FIELD_KEYS.filter((k) => PROPOSAL_FIELDS[k].type !== 'coordinate').sort(),
    );
    expect(Object.keys(draftOf(undefined)).sort()).toEqual(
      [...FORM_TEXT_FIELDS, ...FORM_LIST_FIELDS].sort(),
    );
  });

  it('every field has a label and an error name in Dutch and English', () => {
    for (const [language, words] of [
      ['nl', { ...nl, ...featureNl }],
      ['en', { ...en, ...featureEn }],
    ] as const) {
      for (const key of FIELD_KEYS) {
        const label = (words as Record<string, unknown>)[PROPOSAL_FIELDS[key].label];
        expect(typeof label === 'string' && label.length > 0, `${language}: ${key}`).toBe(true);
      }
      for (const field of FIELD_ORDER)
        expect(words.errorFieldNames[field], `${language}: ${field}`).toBeTruthy();
    }
  });

  it('the moderator can edit the fields the table marks, with a label in both languages', () => {
    expect(MODERATOR_EDITS).toEqual(expect.arrayContaining(['name', 'description', 'kind']));
    for (const text of [serverNl, serverEn])
      for (const key of MODERATOR_EDITS) expect(text[PROPOSAL_FIELDS[key].label]).toBeTruthy();
  });
});
