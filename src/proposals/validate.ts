import { LEVEL_IDS, type LevelId } from '../data/schemas';
import type { Locate } from './locate';
import {
  LIMITS,
  PROPOSAL_KINDS,
  type ProposalField,
  type ProposalInput,
  type ProposalKind,
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

/**
 * Checks a proposal from the form or an imported row. Never throws: whatever comes in, the answer is
 * either a clean value or a list of problems, one per field, that the UI can put next to the field.
 */
export function validateProposal(raw: unknown, locate: Locate): ValidationResult {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const problems: ProposalProblem[] = [];

  const name = text(problems, 'name', cleanText(input.name), LIMITS.name, true);
  const description = text(
    problems,
    'description',
    cleanText(input.description, true),
    LIMITS.description,
    true,
  );

  const kindValue = cleanText(input.kind);
  if (!kindValue) problems.push({ field: 'kind', code: 'required' });
  else if (!(PROPOSAL_KINDS as readonly string[]).includes(kindValue))
    problems.push({ field: 'kind', code: 'invalid' });

  const website = text(problems, 'website', cleanText(input.website), LIMITS.website, false);
  if (website && !isWebAddress(website)) problems.push({ field: 'website', code: 'invalid' });
  const contact = text(problems, 'contact', cleanText(input.contact), LIMITS.contact, false);

  const knelpunten = toLevels(input.knelpunten);
  if (!knelpunten) problems.push({ field: 'knelpunten', code: 'invalid' });

  const meetingCode = cleanText(input.meetingCode).toUpperCase() || undefined;
  if (
    meetingCode &&
    !new RegExp(`^[A-Z0-9-]{${LIMITS.meetingCode.min},${LIMITS.meetingCode.max}}$`).test(
      meetingCode,
    )
  ) {
    problems.push({ field: 'meetingCode', code: 'invalid' });
  }

  const lng = toNumber(input.lng);
  const lat = toNumber(input.lat);
  let place: ReturnType<Locate> = {};
  if (!Number.isFinite(lng) || !Number.isFinite(lat)) {
    problems.push({ field: 'location', code: 'required' });
  } else {
    place = locate(lng, lat);
    if (!place.gemeente) problems.push({ field: 'location', code: 'outsideFlevoland' });
  }

  if (problems.length > 0) return { ok: false, problems };
  const value: ProposalInput & { gemeente: string; wijk?: string } = {
    name: name!,
    description: description!,
    kind: kindValue as ProposalKind,
    knelpunten: knelpunten!,
    lng: Math.round(lng * 1e6) / 1e6,
    lat: Math.round(lat * 1e6) / 1e6,
    gemeente: place.gemeente!,
  };
  if (website) value.website = website;
  if (contact) value.contact = contact;
  if (meetingCode) value.meetingCode = meetingCode;
  if (place.wijk) value.wijk = place.wijk;
  return { ok: true, value };
}
