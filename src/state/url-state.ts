import type { BasemapId } from '../map/basemaps';
import type { Filters } from './filters';
import {
  readUrl,
  writeUrlValues,
  type KnownKeys,
  type Lang,
  type MapViewState,
  type UrlValues,
} from './url-keys';

export type { KnownKeys, Lang, MapViewState } from './url-keys';

/** Everything a shared link restores of the explore screen (its keys in url-keys.ts). */
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

/** The explore state as URL values (url-keys.ts holds how each is written). */
export function toUrlValues(state: UrlState): UrlValues {
  return {
    sel: state.selected,
    gemeente: state.filters.gemeente,
    gebied: state.filters.area,
    status: state.filters.status,
    genoemd: state.filters.minMentions,
    voorstellen: state.filters.hideProposals || undefined,
    knelpunten: state.overlay || undefined,
    panel: state.knelpuntenOpen ? 'knelpunten' : state.proposalsOpen ? 'voorstellen' : undefined,
    voorstel: state.form,
    kaart: state.view,
    lang: state.lang,
    ondergrond: state.basemap,
  };
}

export function fromUrlValues(values: UrlValues): UrlState {
  const filters: Filters = {};
  if (values.gemeente) filters.gemeente = values.gemeente;
  if (values.gebied) filters.area = values.gebied;
  if (values.status) filters.status = values.status;
  if (values.genoemd) filters.minMentions = values.genoemd;
  if (values.voorstellen) filters.hideProposals = true;
  const state: UrlState = {
    filters,
    overlay: values.knelpunten === true,
    knelpuntenOpen: values.panel === 'knelpunten',
  };
  if (values.panel === 'voorstellen') state.proposalsOpen = true;
  if (values.voorstel) state.form = values.voorstel;
  if (values.sel) state.selected = values.sel;
  if (values.kaart) state.view = values.kaart;
  if (values.lang) state.lang = values.lang;
  if (values.ondergrond) state.basemap = values.ondergrond;
  return state;
}

/** The URL with the explore keys as `state` says; every other key of `base` stays. */
export function toSearchParams(state: UrlState, base = new URLSearchParams()): URLSearchParams {
  return writeUrlValues(toUrlValues(state), 'explore', base);
}

export function fromSearchParams(params: URLSearchParams, known: KnownKeys): UrlState {
  return fromUrlValues(readUrl(params, known));
}
