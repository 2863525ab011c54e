import type { LevelId } from '../data/schemas';
import { FIELD_KEYS, PROPOSAL_FIELDS, type FieldKey } from '../proposals/fields';
import type { LngLat } from './LocationPicker';

/** The fields the form shows as text (a select's choice is text too). */
export const FORM_TEXT_FIELDS = FIELD_KEYS.filter(
  (k) => !['levels', 'coordinate'].includes(PROPOSAL_FIELDS[k].type),
) as FormTextKey[];
/** The fields the form shows as a list of checkboxes. */
export const FORM_LIST_FIELDS = FIELD_KEYS.filter(
  (k) => PROPOSAL_FIELDS[k].type === 'levels',
) as FormListKey[];

type Fields = typeof PROPOSAL_FIELDS;
export type FormListKey = {
  [K in FieldKey]: Fields[K]['type'] extends 'levels' ? K : never;
}[FieldKey];
export type FormTextKey = Exclude<
  FieldKey,
  FormListKey | { [K in FieldKey]: Fields[K]['type'] extends 'coordinate' ? K : never }[FieldKey]
>;

/** What someone has filled in on the propose form, kept on the device until saved or discarded. */
export type FormDraft = { [K in FormTextKey]: string } & { [K in FormListKey]: LevelId[] } & {
  location?: LngLat;
};

/** The form's values for a proposal (or an empty form): every field of the table, as text or list. */
export function draftOf(values: Partial<Record<FieldKey, unknown>> | undefined): FormDraft {
  const draft: Record<string, unknown> = {};
  for (const key of FORM_TEXT_FIELDS) {
    const value = values?.[key];
    draft[key] = typeof value === 'string' ? value : '';
  }
  for (const key of FORM_LIST_FIELDS) {
    const value = values?.[key];
    draft[key] = Array.isArray(value) ? [...(value as LevelId[])] : [];
  }
  return draft as FormDraft;
}

/** One draft per form: the new proposal, or each proposal being edited. */
const storageKey = (editingId: string | undefined) =>
  `samen-buurten:concept:${editingId ?? 'nieuw'}`;

/** A stored draft, from this version or an older one (a field added since starts empty). */
function asDraft(value: unknown): FormDraft | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const stored = value as Record<string, unknown>;
  const fitting =
    FORM_TEXT_FIELDS.every((f) => stored[f] === undefined || typeof stored[f] === 'string') &&
    FORM_LIST_FIELDS.every((f) => stored[f] === undefined || Array.isArray(stored[f])) &&
    (stored.location === undefined ||
      (Array.isArray(stored.location) &&
        stored.location.length === 2 &&
        stored.location.every(Number.isFinite)));
  if (!fitting) return undefined;
  const draft = draftOf(stored);
  if (stored.location) draft.location = stored.location as LngLat;
  return draft;
}

export function readDraft(editingId: string | undefined): FormDraft | undefined {
  try {
    const raw = localStorage.getItem(storageKey(editingId));
    const parsed: unknown = raw ? JSON.parse(raw) : undefined;
    return asDraft(parsed);
  } catch {
    return undefined;
  }
}

export function writeDraft(editingId: string | undefined, draft: FormDraft) {
  try {
    localStorage.setItem(storageKey(editingId), JSON.stringify(draft));
  } catch {
    // A private window or full storage: the form still holds the text while it is open.
  }
}

export function clearDraft(editingId: string | undefined) {
  try {
    localStorage.removeItem(storageKey(editingId));
  } catch {
    // Nothing was stored then either.
  }
}

/** Whether the person has typed or chosen something beyond what the form started with. */
export function hasChanges(draft: FormDraft, start: FormDraft): boolean {
  return (
    FORM_TEXT_FIELDS.some((field) => draft[field].trim() !== start[field].trim()) ||
    FORM_LIST_FIELDS.some(
      (field) => [...draft[field]].sort().join() !== [...start[field]].sort().join(),
    )
  );
}
