import { isBasemapId, type BasemapId } from '../map/basemaps';
import { parseItemId } from '../map-items/ids';
import type { StatusFilter } from './filters';

export interface MapViewState {
  zoom: number;
  lat: number;
  lng: number;
}

export type Lang = 'nl' | 'en';

/** Codes that exist, so a link with a typo or an old code restores what it can and drops the rest. */
export interface KnownKeys {
  initiatives: ReadonlySet<string>;
  gemeenten: ReadonlySet<string>;
  areas: ReadonlySet<string>;
}

/**
 * Who a key belongs to. The explore and presentation keys are written by the one writer
 * (url-sync.ts); the page keys only choose what a page load opens and are never written.
 */
export type UrlOwner = 'explore' | 'presentation' | 'page';

interface UrlKey<T> {
  owner: UrlOwner;
  /** Undefined: the value is broken or names nothing that exists, and the key is ignored. */
  parse: (raw: string, known: KnownKeys) => T | undefined;
  /** Undefined: the value is the default, and the key is left out so the plain link stays plain. */
  serialise: (value: T) => string | undefined;
}

const key = <T>(spec: UrlKey<T>) => spec;
const text = (value: string) => value;
const flag = (owner: UrlOwner, word: string) =>
  key<true>({ owner, parse: (raw) => (raw === word ? true : undefined), serialise: () => word });
const whole = (min: number) => (raw: string) => {
  const n = Number(raw);
  return raw !== '' && Number.isInteger(n) && n >= min ? n : undefined;
};

const STATUSES: readonly StatusFilter[] = ['genoemd', 'toekomstig'];
/** Links made before the status was named as the seed says it ('bestaand') keep working. */
const LEGACY_STATUSES: Record<string, StatusFilter> = { bestaand: 'genoemd' };

function parseView(raw: string): MapViewState | undefined {
  const parts = raw.split('/').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [zoom, lat, lng] = parts as [number, number, number];
  if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85 || Math.abs(lng) > 180) return undefined;
  return { zoom, lat, lng };
}

/** Every key the app reads from its URL: what it means, how it is read and written, and by whom. */
export const URL_KEYS = {
  /** The selected item: an initiative's key, `voorstel-12` (approved) or `eigen-…` (this device's). */
  sel: key<string>({
    owner: 'explore',
    parse: (raw, known) => (parseItemId(raw, (k) => known.initiatives.has(k)) ? raw : undefined),
    serialise: text,
  }),
  gemeente: key<string>({
    owner: 'explore',
    parse: (raw, known) => (known.gemeenten.has(raw) ? raw : undefined),
    serialise: text,
  }),
  /** A stadsdeel or wijk. */
  gebied: key<string>({
    owner: 'explore',
    parse: (raw, known) => (known.areas.has(raw) ? raw : undefined),
    serialise: text,
  }),
  status: key<StatusFilter>({
    owner: 'explore',
    parse: (raw) => {
      const status = LEGACY_STATUSES[raw] ?? raw;
      return (STATUSES as string[]).includes(status) ? (status as StatusFilter) : undefined;
    },
    serialise: text,
  }),
  /** Mentioned at least this many times. */
  genoemd: key<number>({ owner: 'explore', parse: whole(2), serialise: String }),
  /** Proposals hidden from the map and the list. */
  voorstellen: flag('explore', 'uit'),
  /** The knelpunten overlay on the map. */
  knelpunten: flag('explore', 'aan'),
  panel: key<'knelpunten' | 'voorstellen'>({
    owner: 'explore',
    parse: (raw) => (raw === 'knelpunten' || raw === 'voorstellen' ? raw : undefined),
    serialise: text,
  }),
  /** The propose form: 'nieuw', or the id of the proposal being edited. */
  voorstel: key<string>({
    owner: 'explore',
    parse: (raw) => (/^[\w-]{1,64}$/.test(raw) ? raw : undefined),
    serialise: text,
  }),
  /** A view the user moved the map to: zoom/lat/lng. */
  kaart: key<MapViewState>({
    owner: 'explore',
    parse: parseView,
    serialise: ({ zoom, lat, lng }) => `${zoom.toFixed(2)}/${lat.toFixed(5)}/${lng.toFixed(5)}`,
  }),
  lang: key<Lang>({
    owner: 'explore',
    parse: (raw) => (raw === 'en' || raw === 'nl' ? raw : undefined),
    serialise: (lang) => (lang === 'en' ? 'en' : undefined),
  }),
  ondergrond: key<BasemapId>({
    owner: 'explore',
    parse: (raw) => (isBasemapId(raw) && raw !== 'offline' ? raw : undefined),
    serialise: (id) => (id === 'offline' ? undefined : id),
  }),
  /** The presentation is on (a link can open it directly). */
  present: flag('presentation', '1'),
  /** The slide shown, counted from 1. */
  dia: key<number>({ owner: 'presentation', parse: whole(1), serialise: String }),
  /** Kiosk: seconds per slide. */
  autoplay: key<number>({ owner: 'presentation', parse: whole(2), serialise: String }),
  /** A meeting's code: proposals sent from this link belong to it, its live wall follows it. */
  code: key<string>({ owner: 'page', parse: (raw) => raw || undefined, serialise: text }),
  /** The map without header and side panel, for another site's iframe. */
  embed: flag('page', '1'),
  /** The presenter's own window (notes, timer). */
  presenter: flag('page', '1'),
  /** Exposes the map object to browser tests; any value. */
  debug: key<true>({ owner: 'page', parse: () => true, serialise: () => '' }),
  /** Browser tests' local tile server (checked further in map/basemaps.ts). */
  tiles: key<string>({ owner: 'page', parse: (raw) => raw || undefined, serialise: text }),
};

export type UrlKeyName = keyof typeof URL_KEYS;
type ValueOf<K extends UrlKeyName> = (typeof URL_KEYS)[K] extends UrlKey<infer T> ? T : never;
/** The URL as values: each key parsed, a missing or broken one absent. */
export type UrlValues = { [K in UrlKeyName]?: ValueOf<K> };

const NOTHING_KNOWN: KnownKeys = { initiatives: new Set(), gemeenten: new Set(), areas: new Set() };
const names = Object.keys(URL_KEYS) as UrlKeyName[];

/** Reads every key it knows; keys it does not know are ignored (and kept by the writer). */
export function readUrl(params: URLSearchParams, known: KnownKeys = NOTHING_KNOWN): UrlValues {
  const values: Record<string, unknown> = {};
  for (const name of names) {
    const raw = params.get(name);
    if (raw === null) continue;
    const value = (URL_KEYS[name] as UrlKey<unknown>).parse(raw, known);
    if (value !== undefined) values[name] = value;
  }
  return values as UrlValues;
}

/** One key of this page's URL (for the page keys, which need no known codes). */
export function readUrlKey<K extends UrlKeyName>(
  name: K,
  search: string = location.search,
): ValueOf<K> | undefined {
  return readUrl(new URLSearchParams(search))[name] as ValueOf<K> | undefined;
}

/**
 * Writes the keys of one owner: each takes its value, keeping its place in the URL (a new one is
 * added at the end); a key without a value, or with the default one, is removed. Keys of other
 * owners and keys the app does not know stay as they were.
 */
export function writeUrlValues(
  values: UrlValues,
  owner: UrlOwner,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const name of names) {
    const spec = URL_KEYS[name] as UrlKey<unknown>;
    if (spec.owner !== owner) continue;
    const value = values[name];
    const raw = value === undefined ? undefined : spec.serialise(value);
    if (raw === undefined) params.delete(name);
    else params.set(name, raw);
  }
  return params;
}
