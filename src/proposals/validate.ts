import { LEVEL_IDS, type LevelId } from '../data/schemas';
import type { Locate } from './locate';
import { FIELD_KEYS, fieldSpec, type FieldKey } from './fields';
import {
  PROPOSAL_KINDS,
  type ProposalField,
  type ProposalInput,
  type ProposalProblem,
} from './proposal';

export type ValidationResult =
  | { ok: true; value: ProposalInput & { gemeente: string; wijk?: string } }
  | { ok: false; problems: ProposalProblem[] };

/* eslint-disable no-control-regex -- removing control characters is the point */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/* eslint-enable no-control-regex */
// A high surrogate not followed by a low one, or a low one not preceded by a high one: stored as
// UTF-8 each would become three replacement bytes' worth, and break every length limit.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Embeddings, overrides and isolates: they make text read in another order than it is stored. */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
// Format characters (zero-width space and joiners, BOM, word joiner…), white space and the blank
// letters that fonts draw as nothing: text made only of these looks empty.
const INVISIBLE = /^[\p{Cf}\p{White_Space}\u115F\u1160\u3164\uFFA0\u2800]*$/u;

/**
 * Trims, folds runs of white space (keeping line breaks in the description), drops control
 * characters, makes the text well-formed (a lone surrogate becomes U+FFFD) and NFC, and gives ''
 * for text that is invisible only.
 */
export function cleanText(value: unknown, multiline = false): string {
  if (typeof value !== 'string') return '';
  const withoutControls = value
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC')
    .replace(CONTROLS, '');
  const folded = multiline
    ? withoutControls
        .replace(/\r\n?/g, '\n')
        .replace(/[^\S\n]+/g, ' ')
        .replace(/\n{3,}/g, '\n\n')
    : withoutControls.replace(/\s+/g, ' ');
  const trimmed = folded.trim();
  return INVISIBLE.test(trimmed) ? '' : trimmed;
}

/** Whether text holds characters that change its reading direction (refused: they can disguise it). */
export const hasDirectionControls = (text: string) => DIRECTION_CONTROLS.test(text);

const length = (s: string) => [...s].length;

function text(
  problems: ProposalProblem[],
  field: ProposalField,
  value: string,
  limits: { min?: number; max: number },
  required: boolean,
): string | undefined {
  if (!value) {
    if (required) problems.push({ field, code: 'required' });
    return undefined;
  }
  if (hasDirectionControls(value)) {
    problems.push({ field, code: 'direction' });
    return value;
  }
  if (limits.min !== undefined && length(value) < limits.min)
    problems.push({ field, code: 'tooShort', limit: limits.min });
  if (length(value) > limits.max) problems.push({ field, code: 'tooLong', limit: limits.max });
  return value;
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '')
    return Number(value.trim().replace(',', '.'));
  return NaN;
}

function toLevels(value: unknown): LevelId[] | undefined {
  const list = Array.isArray(value)
    ? value
    : typeof value === 'string'
      ? value
          .split(/[,;|]/)
          .map((s) => s.trim())
          .filter(Boolean)
      : value === undefined || value === null
        ? []
        : undefined;
  if (!list || !list.every((l) => (LEVEL_IDS as readonly unknown[]).includes(l))) return undefined;
  return [...new Set(list as LevelId[])];
}

type Value = string | number | LevelId[] | undefined;

/** Checks one field by its type in the field table; pushes its problems, gives its clean value. */
function checkField(problems: ProposalProblem[], key: FieldKey, raw: unknown): Value {
  const spec = fieldSpec(key);
  const limits = spec.limits ?? { max: Infinity };
  switch (spec.type) {
    case 'text':
    case 'longText':
      return text(problems, key, cleanText(raw, spec.type === 'longText'), limits, spec.required);
    case 'url': {
      const value = text(problems, key, cleanText(raw), limits, spec.required);
      if (value && !isWebAddress(value)) problems.push({ field: key, code: 'invalid' });
      return value;
    }
    case 'kind': {
      const value = cleanText(raw);
      if (!value) {
        if (spec.required) problems.push({ field: key, code: 'required' });
        return undefined;
      }
      if (!(PROPOSAL_KINDS as readonly string[]).includes(value))
        problems.push({ field: key, code: 'invalid' });
      return value;
    }
    case 'levels': {
      const levels = toLevels(raw);
      if (!levels) problems.push({ field: key, code: 'invalid' });
      return levels;
    }
    case 'code': {
      const value = cleanText(raw).toUpperCase() || undefined;
      if (!value) {
        if (spec.required) problems.push({ field: key, code: 'required' });
        return undefined;
      }
      if (!new RegExp(`^[A-Z0-9-]{${limits.min ?? 1},${limits.max}}$`).test(value))
        problems.push({ field: key, code: 'invalid' });
      return value;
    }
    case 'coordinate': {
      const n = toNumber(raw);
      // A missing or broken coordinate is a problem of the place as a whole (checked below).
      return Number.isFinite(n) ? Math.round(n * 1e6) / 1e6 : undefined;
    }
  }
}

/**
 * Checks a proposal from the form or an imported row, field by field as the field table says
 * (fields.ts). Never throws: whatever comes in, the answer is either a clean value or a list of
 * problems, one per field, that the UI can put next to the field.
 */
export function validateProposal(raw: unknown, locate: Locate): ValidationResult {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const problems: ProposalProblem[] = [];
  const values: Partial<Record<FieldKey, Value>> = {};
  for (const key of FIELD_KEYS) values[key] = checkField(problems, key, input[key]);

  // The place is looked up from the coordinates as they are stored (rounded): a point a hair
  // from a wijk's border would otherwise be stored in one wijk and found in the next on import.
  const lng = typeof values.lng === 'number' ? values.lng : NaN;
  const lat = typeof values.lat === 'number' ? values.lat : NaN;
  let place: ReturnType<Locate> = {};
  if (!Number.isFinite(lng) || !Number.isFinite(lat)) {
    problems.push({ field: 'location', code: 'required' });
  } else {
    place = locate(lng, lat);
    if (!place.gemeente) problems.push({ field: 'location', code: 'outsideFlevoland' });
  }

  if (problems.length > 0) return { ok: false, problems };
  const value: Record<string, unknown> = {};
  for (const key of FIELD_KEYS) if (values[key] !== undefined) value[key] = values[key];
  value.gemeente = place.gemeente!;
  if (place.wijk) value.wijk = place.wijk;
  return { ok: true, value: value as ProposalInput & { gemeente: string; wijk?: string } };
}
