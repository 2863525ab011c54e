import { unprotectCell } from '../proposals/csv';
import { decodeText } from './decode';
import { EXCHANGE_FIELDS, type ExchangeField } from '../proposals/exchange-fields';
import {
  parseProposalFile,
  parseTable,
  type ImportedRow,
  type ParseResult,
} from '../proposals/exchange';
import { FIELD_KEYS, isTextField } from '../proposals/fields';
import type { Locate } from '../proposals/locate';
import {
  newProposalId,
  PROPOSAL_STATUSES,
  type Proposal,
  type ProposalProblem,
  type ProposalStatus,
} from '../proposals/proposal';
import { loadRdNewToWgs84, looksLikeRdNew } from '../proposals/rd-new';
import { readDate, readKind, readKnelpunten, readNumber } from '../proposals/read-values';
import { validateProposal } from '../proposals/validate';
import { looksLikeZip, readXlsxTable } from './xlsx';

/** A problem with one field of a row, with the file's own name for that field. */
export type RowProblem = (ProposalProblem | { field: 'id'; code: 'duplicate' }) & {
  column?: string;
};

export interface RejectedRow {
  row: number;
  /** The row as it was in the file, to download, fix and read in again. */
  raw: Record<string, unknown>;
  name?: string;
  problems: RowProblem[];
}

/** A row a server already holds (it has a number or a server status): shown, never sent again. */
export interface ServerRow {
  row: number;
  name: string;
  number?: number;
  status?: string;
}

/** What the person is told about the file as a whole. */
export type ImportNote = 'windows1252' | 'rdNew';

export type ImportReport =
  | {
      ok: true;
      accepted: Proposal[];
      rejected: RejectedRow[];
      fromServer: ServerRow[];
      notes: ImportNote[];
    }
  | { ok: false; reason: 'empty' | 'unreadable' | 'noColumns' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Statuses that say a server has (had) the proposal, the device's and the server's words. */
const SENT_STATUSES = ['verzonden', 'goedgekeurd', 'afgewezen', 'ingediend'];
const TEXT_FIELDS: ExchangeField[] = [...FIELD_KEYS.filter(isTextField), 'reason'];

type Existing = Pick<Proposal, 'id' | 'name' | 'description' | 'lng' | 'lat'>;
const contentKey = (p: Omit<Existing, 'id'>) =>
  JSON.stringify([p.name, p.description, p.lng, p.lat]);

/** Cells as the app's validation reads them: guards undone, labels and lists understood. */
function normalise(row: ImportedRow, guarded: boolean): Record<string, unknown> {
  const values: Record<string, unknown> = { ...row.fields };
  for (const field of TEXT_FIELDS) {
    let value = values[field];
    if (typeof value === 'number') value = String(value);
    if (typeof value === 'string' && guarded) value = unprotectCell(value);
    values[field] = value;
  }
  values.kind = readKind(values.kind);
  values.knelpunten = readKnelpunten(values.knelpunten);
  for (const field of ['lng', 'lat'] as const)
    values[field] = readNumber(values[field]) ?? values[field];
  return values;
}

function columnOf(row: ImportedRow, field: RowProblem['field']): string | undefined {
  if (field === 'id') return undefined;
  if (field === 'location') {
    const lng = row.columns.lng ?? EXCHANGE_FIELDS.lng.column;
    const lat = row.columns.lat ?? EXCHANGE_FIELDS.lat.column;
    return lng === lat ? lng : `${lng}/${lat}`;
  }
  return row.columns[field] ?? EXCHANGE_FIELDS[field].column;
}

const unguarded = (raw: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(raw).map(([k, v]) => [k, typeof v === 'string' ? unprotectCell(v) : v]),
  );

const textOf = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** Converts rows in RD New (named by the file's crs, or by their numbers) to longitude/latitude. */
async function convertRdNew(rows: Record<string, unknown>[], wholeFile: boolean): Promise<boolean> {
  const inRd = rows.filter((values) => {
    const [x, y] = [values.lng, values.lat];
    return typeof x === 'number' && typeof y === 'number' && (wholeFile || looksLikeRdNew(x, y));
  });
  if (inRd.length === 0) return false;
  const toWgs84 = await loadRdNewToWgs84();
  for (const values of inRd) {
    [values.lng, values.lat] = toWgs84(values.lng as number, values.lat as number);
  }
  return true;
}

async function parseBytes(
  name: string,
  bytes: Uint8Array,
  notes: ImportNote[],
): Promise<ParseResult> {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (/\.xlsx$/i.test(name) || looksLikeZip(bytes)) {
    try {
      const copy = bytes.slice().buffer;
      return parseTable(await readXlsxTable(copy), 'xlsx');
    } catch {
      return { ok: false, reason: 'unreadable' };
    }
  }
  const { text, encoding } = decodeText(bytes);
  if (encoding === 'windows-1252') notes.push('windows1252');
  return parseProposalFile(name, text);
}

/**
 * Reads a CSV, XLSX or GeoJSON file, from this app, a server, a spreadsheet, QGIS/GDAL or uMap.
 * Every row is checked like the form. A row with the device backup's secret comes back as it was;
 * a row a server already holds is shown as such and never becomes this device's proposal; other
 * good rows become new proposals on this device. Bad rows are reported, naming the field, and
 * kept as they were so they can be downloaded and fixed.
 */
export async function importProposals(
  name: string,
  bytes: Uint8Array,
  locate: Locate,
  existing: readonly Existing[],
  now = new Date(),
): Promise<ImportReport> {
  const notes: ImportNote[] = [];
  const parsed = await parseBytes(name, bytes, notes);
  if (!parsed.ok) return parsed;
  // Only CSV has formula guards to undo: a workbook's text cells are text, GeoJSON is not a sheet.
  const guarded = parsed.kind === 'csv';
  const normalised = parsed.rows.map((row) => normalise(row, guarded));
  if (await convertRdNew(normalised, parsed.rdNew === true)) notes.push('rdNew');

  const accepted: Proposal[] = [];
  const rejected: RejectedRow[] = [];
  const fromServer: ServerRow[] = [];
  const ids = new Set(existing.map((p) => p.id));
  const contents = new Set(existing.map(contentKey));
  parsed.rows.forEach((row, i) => {
    const values = normalised[i]!;
    const secret = textOf(values.secret);
    const ownBackup = UUID.test(secret);
    const number = readNumber(values.number);
    const status = textOf(values.status).toLowerCase();
    const reject = (problems: RowProblem[]) =>
      rejected.push({
        row: row.row,
        // A CSV cell's value as a spreadsheet shows it: the download guards it again.
        raw: guarded ? unguarded(row.raw) : row.raw,
        name: textOf(values.name) || undefined,
        problems: problems.map((p) => ({ ...p, column: columnOf(row, p.field) })),
      });

    if (
      !ownBackup &&
      (number !== undefined ||
        SENT_STATUSES.includes(status) ||
        [values.approvedAt, values.receivedAt, values.decidedAt].some(
          (v) => textOf(v) || v instanceof Date,
        ))
    ) {
      fromServer.push({
        row: row.row,
        name: textOf(values.name),
        ...(number !== undefined && { number }),
        ...(status && { status }),
      });
      return;
    }
    const result = validateProposal(values, locate);
    if (!result.ok) return reject(result.problems);
    const id = ownBackup ? secret.toLowerCase() : newProposalId();
    const key = contentKey(result.value);
    if (ids.has(id) || (!ownBackup && contents.has(key)))
      return reject([{ field: 'id', code: 'duplicate' }]);
    ids.add(id);
    contents.add(key);
    const stamp = now.toISOString();
    const proposal: Proposal = {
      ...result.value,
      id,
      status: 'lokaal',
      createdAt: readDate(values.createdAt) ?? stamp,
      updatedAt: readDate(values.updatedAt) ?? stamp,
    };
    if (ownBackup) {
      // The device's own record of what its server said; 'lokaal' ones are sent again.
      if ((PROPOSAL_STATUSES as readonly string[]).includes(status))
        proposal.status = status as ProposalStatus;
      else if (status === 'ingediend') proposal.status = 'verzonden';
      if (number !== undefined) proposal.serverNumber = number;
      const reason = textOf(values.reason);
      if (reason && proposal.status === 'afgewezen') proposal.reason = reason;
    }
    accepted.push(proposal);
  });
  return { ok: true, accepted, rejected, fromServer, notes };
}
