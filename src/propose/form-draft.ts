import type { LevelId } from '../data/schemas';
import type { LngLat } from './LocationPicker';

/** What someone has filled in on the propose form, kept on the device until saved or discarded. */
export interface FormDraft {
  name: string;
  description: string;
  kind: string;
  website: string;
  contact: string;
  knelpunten: LevelId[];
  meetingCode: string;
  location?: LngLat;
}

const TEXT_FIELDS = ['name', 'description', 'kind', 'website', 'contact', 'meetingCode'] as const;

/** One draft per form: the new proposal, or each proposal being edited. */
const storageKey = (editingId: string | undefined) =>
  `samen-buurten:concept:${editingId ?? 'nieuw'}`;

function isDraft(value: unknown): value is FormDraft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Record<string, unknown>;
  return (
    TEXT_FIELDS.every((field) => typeof draft[field] === 'string') &&
    Array.isArray(draft.knelpunten) &&
    (draft.location === undefined ||
      (Array.isArray(draft.location) &&
        draft.location.length === 2 &&
        draft.location.every(Number.isFinite)))
  );
}

export function readDraft(editingId: string | undefined): FormDraft | undefined {
  try {
    const raw = localStorage.getItem(storageKey(editingId));
    const parsed: unknown = raw ? JSON.parse(raw) : undefined;
    return isDraft(parsed) ? parsed : undefined;
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
    TEXT_FIELDS.some((field) => draft[field].trim() !== start[field].trim()) ||
    [...draft.knelpunten].sort().join() !== [...start.knelpunten].sort().join()
  );
}
