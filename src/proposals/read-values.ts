import type { LevelId } from '../data/schemas';
import { PROPOSAL_KINDS, type ProposalKind } from './proposal';

/**
 * Lenient readers for what other tools write in a cell: labels instead of codes, lists in GDAL's
 * or JSON's notation, Dutch dates. Whatever they cannot read they return unchanged, so validation
 * still names the field.
 */
const fold = (s: string) => s.trim().toLowerCase();

/** The form's labels, Dutch and English, for each kind (as people type them in a spreadsheet). */
const KIND_LABELS: Record<ProposalKind, string[]> = {
  ontmoeting: ['ontmoetingsplek', 'ontmoeting', 'meeting place'],
  activiteit: ['activiteit of evenement', 'activiteit', 'evenement', 'activity or event'],
  buurtproject: ['buurtproject', 'neighbourhood project'],
  'zorg-welzijn': ['zorg en welzijn', 'zorg-welzijn', 'care and wellbeing'],
  wonen: ['wonen', 'housing'],
  anders: ['anders', 'other'],
};

const LEVEL_LABELS: Record<LevelId, string[]> = {
  maatschappelijk: ['maatschappelijk', 'maatschappelijke', 'societal'],
  bestuurlijk: ['bestuurlijk', 'bestuurlijke', 'administrative'],
  relationeel: ['relationeel', 'relationele', 'relational'],
  professioneel: ['professioneel', 'professionele', 'professional'],
};

function byLabel<T extends string>(labels: Record<T, string[]>, value: string): T | undefined {
  const wanted = fold(value).replace(/\s+(knelpunten|knelpunt|bottlenecks?)$/, '');
  return (Object.keys(labels) as T[]).find((code) => labels[code].includes(wanted));
}

export function readKind(value: unknown): unknown {
  if (typeof value !== 'string' || (PROPOSAL_KINDS as readonly string[]).includes(value))
    return value;
  return byLabel(KIND_LABELS, value) ?? value;
}

/** GDAL's string list `(2:a,b)`, a JSON array in a string, or a `|`, `;` or `,` separated list. */
function listItems(value: string): unknown[] {
  const text = value.trim();
  const gdal = /^\((\d+):(.*)\)$/s.exec(text);
  if (gdal) return gdal[2]!.split(',');
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed;
    } catch {
      // not JSON after all: read it as a plain list
    }
  }
  return text.split(/[|;,]/);
}

export function readKnelpunten(value: unknown): unknown {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? listItems(value) : null;
  if (!items) return value;
  const levels = items
    .map((item) => (typeof item === 'string' ? item.trim() : item))
    .filter((item) => item !== '')
    .map((item) => (typeof item === 'string' ? (byLabel(LEVEL_LABELS, item) ?? item) : item));
  return levels;
}

/** A date as ISO text, from ISO text, a Dutch `dd-mm-yyyy [hh:mm[:ss]]` or a spreadsheet Date. */
export function readDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(
    value.trim(),
  );
  if (dutch) {
    const [, d, m, y, hh = '0', mm = '0', ss = '0'] = dutch;
    const date = new Date(Number(y), Number(m) - 1, Number(d), Number(hh), Number(mm), Number(ss));
    return date.getMonth() === Number(m) - 1 ? date.toISOString() : undefined;
  }
  // GDAL writes `2026/11/24 10:00:00+00` in CSV.
  const gdal =
    /^(\d{4})\/(\d{2})\/(\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?)(?:([+-]\d{2})(\d{2})?)?$/.exec(
      value.trim(),
    );
  const iso = gdal
    ? `${gdal[1]}-${gdal[2]}-${gdal[3]}T${gdal[4]}${gdal[5] ? `${gdal[5]}:${gdal[6] ?? '00'}` : ''}`
    : value.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return undefined;
  const parsed = new Date(iso);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString();
}

/** A coordinate written with a decimal comma (Dutch spreadsheets) or point. */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const n = Number(value.trim().replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

/** A coordinate as a Dutch spreadsheet reads it: decimal comma. */
export const writeDecimal = (n: number) => String(n).replace('.', ',');
