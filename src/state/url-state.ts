import { isBasemapId, type BasemapId } from '../map/basemaps';
import type { Filters, StatusFilter } from './filters';
import { parseItemId } from '../map-items/ids';

export interface MapViewState {
  zoom: number;
  lat: number;
  lng: number;
}

export type Lang = 'nl' | 'en';

/** Everything a shared link restores. */
export interface UrlState {
  /** The selected item's id (src/map-items/ids.ts). */
  selected?: string;
  filters: Filters;
  overlay: boolean;
  knelpuntenOpen: boolean;
  /** The "Mijn voorstellen" tab is open. */
  proposalsOpen?: boolean;
  /** The propose form is open: 'nieuw' for a new proposal, else the id of the one being edited. */
  form?: string;
  view?: MapViewState;
  lang?: Lang;
  /** The chosen basemap when it is not the embedded one. */
  basemap?: BasemapId;
}

/** Codes that exist, so a link with a typo or an old code restores what it can and drops the rest. */
export interface KnownKeys {
  initiatives: ReadonlySet<string>;
  gemeenten: ReadonlySet<string>;
  areas: ReadonlySet<string>;
}

const STATUSES: StatusFilter[] = ['genoemd', 'toekomstig'];
/** Links made before the status was named as the seed says it ('bestaand') keep working. */
const LEGACY_STATUSES: Record<string, StatusFilter> = { bestaand: 'genoemd' };

export function toSearchParams(state: UrlState, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of [
    'sel',
    'gemeente',
    'gebied',
    'status',
    'genoemd',
    'voorstellen',
    'knelpunten',
    'panel',
    'kaart',
    'lang',
    'ondergrond',
    'voorstel',
  ]) {
    params.delete(key);
  }
  const set = (key: string, value: string | number | undefined | false) => {
    if (value !== undefined && value !== false) params.set(key, String(value));
  };
  set('sel', state.selected);
  set('gemeente', state.filters.gemeente);
  set('gebied', state.filters.area);
  set('status', state.filters.status);
  set('genoemd', state.filters.minMentions);
  set('voorstellen', state.filters.hideProposals && 'uit');
  set('knelpunten', state.overlay && 'aan');
  set('panel', state.knelpuntenOpen ? 'knelpunten' : state.proposalsOpen && 'voorstellen');
  set('voorstel', state.form);
  if (state.view) {
    const { zoom, lat, lng } = state.view;
    set('kaart', `${zoom.toFixed(2)}/${lat.toFixed(5)}/${lng.toFixed(5)}`);
  }
  set('lang', state.lang === 'en' ? 'en' : undefined);
  set('ondergrond', state.basemap !== 'offline' && state.basemap);
  return params;
}

function parseView(value: string | null): MapViewState | undefined {
  if (!value) return undefined;
  const parts = value.split('/').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [zoom, lat, lng] = parts as [number, number, number];
  if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85 || Math.abs(lng) > 180) return undefined;
  return { zoom, lat, lng };
}

export function fromSearchParams(params: URLSearchParams, known: KnownKeys): UrlState {
  const pick = (key: string, allowed: ReadonlySet<string>) => {
    const value = params.get(key);
    return value && allowed.has(value) ? value : undefined;
  };
  const rawStatus = params.get('status');
  const status = rawStatus && (LEGACY_STATUSES[rawStatus] ?? rawStatus);
  const mentions = Number(params.get('genoemd'));
  const filters: Filters = {};
  const gemeente = pick('gemeente', known.gemeenten);
  if (gemeente) filters.gemeente = gemeente;
  const area = pick('gebied', known.areas);
  if (area) filters.area = area;
  if (status && (STATUSES as string[]).includes(status)) filters.status = status as StatusFilter;
  if (Number.isInteger(mentions) && mentions > 1) filters.minMentions = mentions;
  if (params.get('voorstellen') === 'uit') filters.hideProposals = true;
  const state: UrlState = {
    filters,
    overlay: params.get('knelpunten') === 'aan',
    knelpuntenOpen: params.get('panel') === 'knelpunten',
  };
  if (params.get('panel') === 'voorstellen') state.proposalsOpen = true;
  const form = params.get('voorstel');
  if (form && /^[\w-]{1,64}$/.test(form)) state.form = form;
  // An initiative's key, an approved proposal (voorstel-12) or one of this device's (eigen-…).
  const selected = params.get('sel');
  if (parseItemId(selected, (key) => known.initiatives.has(key))) state.selected = selected!;
  const view = parseView(params.get('kaart'));
  if (view) state.view = view;
  const lang = params.get('lang');
  if (lang === 'en' || lang === 'nl') state.lang = lang;
  const basemap = params.get('ondergrond');
  if (isBasemapId(basemap) && basemap !== 'offline') state.basemap = basemap;
  return state;
}
