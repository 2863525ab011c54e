/**
 * The one place that knows how an item on the map is named, in pins, lists and the URL (`?sel=`).
 * An initiative keeps its seed key (old links keep working); a proposal carries a prefix.
 */
export type ItemKind = 'initiatief' | 'eigen-voorstel' | 'goedgekeurd-voorstel';

/** What can be selected: any item on the map, or an area (which the filters hold). */
export type Selection =
  | { kind: 'initiatief'; key: string }
  | { kind: 'eigen-voorstel'; key: string }
  | { kind: 'goedgekeurd-voorstel'; number: number }
  | { kind: 'gemeente'; code: string }
  | { kind: 'gebied'; code: string };

export type ItemSelection = Extract<Selection, { kind: ItemKind }>;

/** An approved proposal is known to everyone by its server number: `voorstel-12`. */
const APPROVED_PREFIX = 'voorstel-';
/** A proposal on this device only, by its (secret) local id: `eigen-…`. */
const OWN_PREFIX = 'eigen-';
const OWN_KEY = /^[\w-]{1,64}$/;

export function itemId(selection: ItemSelection): string {
  if (selection.kind === 'goedgekeurd-voorstel') return `${APPROVED_PREFIX}${selection.number}`;
  if (selection.kind === 'eigen-voorstel') return `${OWN_PREFIX}${selection.key}`;
  return selection.key;
}

export const approvedItemId = (number: number) => itemId({ kind: 'goedgekeurd-voorstel', number });
export const ownItemId = (key: string) => itemId({ kind: 'eigen-voorstel', key });

/**
 * Reads an item id (a pin's, or `?sel=` from a link). Initiatives are checked first against the
 * keys that exist, so a seed key can never be mistaken for a proposal; anything else is undefined.
 */
export function parseItemId(
  id: string | null | undefined,
  isInitiative: (key: string) => boolean,
): ItemSelection | undefined {
  if (!id) return undefined;
  if (isInitiative(id)) return { kind: 'initiatief', key: id };
  if (id.startsWith(APPROVED_PREFIX)) {
    const digits = id.slice(APPROVED_PREFIX.length);
    const number = Number(digits);
    return /^\d{1,9}$/.test(digits) && number > 0
      ? { kind: 'goedgekeurd-voorstel', number }
      : undefined;
  }
  if (id.startsWith(OWN_PREFIX)) {
    const key = id.slice(OWN_PREFIX.length);
    return OWN_KEY.test(key) ? { kind: 'eigen-voorstel', key } : undefined;
  }
  return undefined;
}
