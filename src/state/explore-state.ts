import { batch, createMemo, createSignal } from 'solid-js';
import type { AppData } from '../data/app-data';
import type { BBox, DataIndex } from '../data/indexes';
import type { Initiatief } from '../data/schemas';
import { isFiltered, matchesFilters, noFilters, type Filters } from './filters';
import type { MapViewState, UrlState } from './url-state';
import { DEFAULT_BASEMAP, type BasemapId } from '../map/basemaps';
import { parseItemId } from '../map-items/ids';

/** A request to move the map; `seq` makes a repeated request (same place twice) still count. */
export type CameraCommand = (
  | { kind: 'fit'; bbox: BBox; seq: number }
  | { kind: 'fly'; center: [number, number]; zoom: number; seq: number }
  | { kind: 'jump'; view: MapViewState; seq: number }
) & {
  /** No flight, whatever the motion preference (the handout pictures each slide). */
  instant?: boolean;
};

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Zoom at which a selected initiative is shown: close enough that it is never in a cluster. */
export const SELECTED_ZOOM = 13;

const isMappable = (i: Initiatief) => i.properties.precision !== 'provincie';

function inBounds(i: Initiatief, [west, south, east, north]: BBox): boolean {
  const [lng = 0, lat = 0] = i.geometry.coordinates;
  return lng >= west && lng <= east && lat >= south && lat <= north;
}

/**
 * The explore screen's state: filters, selection, overlay and map view, plus what is derived from
 * them. Views read it; only the actions below change it.
 */
export function createExploreState(data: AppData, index: DataIndex, initial: UrlState) {
  const [filters, setFilters] = createSignal<Filters>(initial.filters);
  /** The one selection: the item id of an initiative or a proposal (src/map-items/ids.ts). */
  const [selectedId, setSelectedId] = createSignal<string | undefined>(initial.selected);
  const isInitiative = (key: string) => index.initiatives.has(key);
  const [overlay, setOverlay] = createSignal(initial.overlay);
  /** The overlay also colours municipalities by what meetings recognised (needs a server). */
  const [recognition, setRecognition] = createSignal(false);
  const [knelpuntenOpen, setKnelpuntenOpen] = createSignal(initial.knelpuntenOpen);
  const [proposalsOpen, setProposalsOpen] = createSignal(initial.proposalsOpen ?? false);
  const [view, setView] = createSignal<MapViewState | undefined>(initial.view);
  const [viewBounds, setViewBounds] = createSignal<BBox>();
  /** Counts "Alles tonen", so views that keep their own input (the search box) clear it too. */
  const [resets, setResets] = createSignal(0);
  const [basemap, setBasemap] = createSignal<BasemapId>(initial.basemap ?? DEFAULT_BASEMAP);
  /** An online basemap that could not be reached, until the user has seen the message. */
  const [basemapUnreachable, setBasemapUnreachable] = createSignal<BasemapId>();
  let seq = 0;
  const [camera, setCamera] = createSignal<CameraCommand | undefined>(
    initial.view ? { kind: 'jump', view: initial.view, seq: ++seq } : initialFrame(initial),
  );

  function initialFrame(state: UrlState): CameraCommand | undefined {
    const selected = state.selected ? index.initiatives.get(state.selected) : undefined;
    if (selected && isMappable(selected)) {
      const [lng = 0, lat = 0] = selected.geometry.coordinates;
      return { kind: 'fly', center: [lng, lat], zoom: SELECTED_ZOOM, seq: ++seq };
    }
    const code = state.filters.area ?? state.filters.gemeente;
    const area = code ? index.areas.get(code) : undefined;
    return area ? { kind: 'fit', bbox: area.bbox, seq: ++seq } : undefined;
  }

  const all = () => data.initiatieven.features;
  /** Initiatives that match the filters: exactly the ones the map shows. */
  const filtered = createMemo(() => all().filter((i) => matchesFilters(i.properties, filters())));
  const filteredOnMap = createMemo(() => filtered().filter(isMappable));
  const filteredProvinceWide = createMemo(() => filtered().filter((i) => !isMappable(i)));
  /** What the list shows: the filtered initiatives within the map view (province-wide ones always). */
  const visible = createMemo(() => {
    const bounds = viewBounds();
    return filtered().filter((i) => !isMappable(i) || !bounds || inBounds(i, bounds));
  });
  const selected = createMemo(() => {
    const id = selectedId();
    return id ? index.initiatives.get(id) : undefined;
  });

  const frameArea = (code: string | undefined) => {
    const area = code ? index.areas.get(code) : undefined;
    setCamera({ kind: 'fit', bbox: area?.bbox ?? index.provinceBbox, seq: ++seq });
  };

  return {
    filters,
    selectedId,
    selected,
    overlay,
    recognition,
    knelpuntenOpen,
    proposalsOpen,
    view,
    camera,
    filtered,
    filteredOnMap,
    filteredProvinceWide,
    visible,
    isFiltered: () => isFiltered(filters()),
    resets,

    /** Filter to a municipality (or none) and frame it. */
    chooseGemeente(code: string | undefined) {
      batch(() => {
        setFilters((f) => ({ ...f, gemeente: code, area: undefined }));
        setSelectedId(undefined);
      });
      frameArea(code);
    },
    /** Filter to a stadsdeel or wijk (or back to its municipality) and frame it. */
    chooseArea(code: string | undefined) {
      const area = code ? index.areas.get(code) : undefined;
      batch(() => {
        setFilters((f) => ({ ...f, gemeente: area?.gemeente ?? f.gemeente, area: area?.code }));
        setSelectedId(undefined);
      });
      frameArea(area?.code ?? filters().gemeente);
    },
    setStatus(status: Filters['status']) {
      setFilters((f) => ({ ...f, status }));
    },
    setMinMentions(minMentions: number | undefined) {
      setFilters((f) => ({ ...f, minMentions }));
    },
    setHideProposals(hide: boolean) {
      setFilters((f) => ({ ...f, hideProposals: hide || undefined }));
    },
    /** "Alles tonen": no filters, no selection, the whole province. */
    reset() {
      batch(() => {
        setFilters(noFilters);
        setSelectedId(undefined);
        setResets((n) => n + 1);
      });
      frameArea(undefined);
    },
    isInitiative,
    /** Selects any item by its id (a proposal's too), or nothing; an unknown id selects nothing. */
    select(id: string | undefined) {
      const item = parseItemId(id, isInitiative);
      const initiatief = item?.kind === 'initiatief' ? index.initiatives.get(item.key) : undefined;
      batch(() => {
        // A selection the filters would hide would make the map and the list disagree.
        if (initiatief && !matchesFilters(initiatief.properties, filters())) setFilters(noFilters);
        setSelectedId(item && id);
      });
      if (initiatief && isMappable(initiatief)) {
        const [lng = 0, lat = 0] = initiatief.geometry.coordinates;
        setCamera({
          kind: 'fly',
          center: [lng, lat],
          zoom: Math.max(view()?.zoom ?? 0, SELECTED_ZOOM),
          seq: ++seq,
        });
      }
    },
    setOverlay,
    setRecognition,
    setKnelpuntenOpen,
    setProposalsOpen,
    /**
     * The map reports where it is after every move. Only a move by the user becomes part of the
     * shared view; after a move the app made (framing a filter, flying to a selection) the filter or
     * selection itself restores the view, so a stale one must not linger in the URL.
     */
    viewChanged(next: MapViewState, bounds: BBox, byUser: boolean) {
      batch(() => {
        setView(byUser ? next : undefined);
        setViewBounds(bounds);
      });
    },
    /** Back/forward: put everything as the URL says, the map included. */
    restore(state: UrlState) {
      batch(() => {
        setFilters(state.filters);
        setSelectedId(state.selected);
        setOverlay(state.overlay);
        setKnelpuntenOpen(state.knelpuntenOpen);
        setProposalsOpen(state.proposalsOpen ?? false);
        setBasemap(state.basemap ?? DEFAULT_BASEMAP);
      });
      if (state.view) setCamera({ kind: 'jump', view: state.view, seq: ++seq });
    },
    frameProvince: () => frameArea(undefined),
    basemap,
    basemapUnreachable,
    chooseBasemap(id: BasemapId) {
      batch(() => {
        setBasemap(id);
        setBasemapUnreachable(undefined);
      });
    },
    /** The map could not load the online basemap and shows the embedded one again: say so. */
    basemapFailed(id: BasemapId) {
      batch(() => {
        setBasemap(DEFAULT_BASEMAP);
        setBasemapUnreachable(id);
      });
    },
    dismissBasemapNotice: () => setBasemapUnreachable(undefined),
    /** Moves the map without changing filters or selection (the presentation tour drives it). */
    moveCamera(command: DistributiveOmit<CameraCommand, 'seq'>) {
      setCamera({ ...command, seq: ++seq } as CameraCommand);
    },
    /** Frames all filtered pins ("toon ze allemaal op de kaart"). */
    frameFiltered() {
      const points = filteredOnMap().map((i) => i.geometry.coordinates);
      if (points.length === 0) return frameArea(filters().area ?? filters().gemeente);
      const lngs = points.map(([lng]) => lng);
      const lats = points.map(([, lat]) => lat);
      const pad = 0.01;
      setCamera({
        kind: 'fit',
        bbox: [
          Math.min(...lngs) - pad,
          Math.min(...lats) - pad,
          Math.max(...lngs) + pad,
          Math.max(...lats) + pad,
        ],
        seq: ++seq,
      });
    },
  };
}

export type ExploreState = ReturnType<typeof createExploreState>;
