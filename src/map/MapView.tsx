import { createSignal, getOwner, onCleanup, onMount, runWithOwner, Show, type JSX } from 'solid-js';
import type { Map as MapLibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { AppData } from '../data/app-data';
import { readUrlKey } from '../state/url-keys';
import { announceMapReady } from '../ui/map-ready';
import { whenPresented } from '../ui/presented';
import { createMap } from './create-map';
import { loadMapLibre } from './maplibre';
import { MapContext } from './map-context';
import { WIJK_MIN_ZOOM, type OverlayState } from './style';
import { followPalette } from './theme-sync';

/**
 * The one component that creates and owns the MapLibre instance. Once its style has loaded it
 * provides the map (MapContext) to its children: the layers in ./layers, each of which owns its
 * effect and cleans up after itself.
 */
export function MapView(props: {
  data: AppData;
  /** The overlays as the layers will first show them (read once, when the map is made). */
  initialOverlay?: OverlayState;
  onError: (error: unknown) => void;
  /** Receives a function that pictures the map as drawn now, pins included (the handout). */
  onSnapshotter?: (take: () => Promise<string | undefined>) => void;
  /** Shown where the map will be until it is drawn; without it the map is made a frame later. */
  loadingText?: string;
  /** What needs the map but not its style (controls, credits): mounted as soon as it exists. */
  controls?: JSX.Element;
  children: JSX.Element;
}) {
  // eslint-disable-next-line no-unassigned-vars -- assigned by Solid's ref
  let container!: HTMLDivElement;
  // eslint-disable-next-line no-unassigned-vars -- assigned by Solid's ref
  let placeholder: HTMLParagraphElement | undefined;
  const [ready, setReady] = createSignal(false);
  const [created, setCreated] = createSignal<MapLibreMap>();
  const [loaded, setLoaded] = createSignal<MapLibreMap>();
  const owner = getOwner();

  // The page around the map is painted first, and the map is made once that frame is on the
  // screen: the lists and controls need not wait for the map, and the map's WebGL context, asked
  // for while the GPU still draws the page, would hold the main thread until it is done (0.1–0.3 s
  // on a phone or software GL, measured).
  onMount(() => {
    let cancelled = false;
    const presented = new Promise<void>((done) => onCleanup(whenPresented(placeholder, done)));
    void Promise.all([loadMapLibre(), presented]).then(
      () => cancelled || runWithOwner(owner, create),
      (error: unknown) => cancelled || props.onError(error),
    );
    onCleanup(() => (cancelled = true));
  });

  function create() {
    let map: MapLibreMap;
    try {
      map = createMap(container, props.data, props.initialOverlay);
    } catch (error) {
      props.onError(error);
      return;
    }
    setCreated(map);
    let styleLoaded = false;
    const stopFollowingPalette = followPalette(map, () => styleLoaded);
    onCleanup(() => {
      stopFollowingPalette();
      setLoaded(undefined);
      setCreated(undefined);
      map.remove();
    });
    // Written only when the band changes: a write on every frame of a zoom restyles every marker.
    const syncZoomBand = () => {
      const band = map.getZoom() >= WIJK_MIN_ZOOM ? 'wijk' : 'gemeente';
      if (container.dataset.zoomBand !== band) container.dataset.zoomBand = band;
    };
    map.on('zoom', syncZoomBand);
    syncZoomBand();
    map.on('load', () => {
      // The canvas is hidden (map.css) until now, the first frame with every source of ours drawn:
      // each frame of a visible canvas has the browser compose the whole page again, and the
      // half-drawn frames before (water, then tile by tile) held the first full view back by a
      // sixth on software GL. "Kaart laden…" holds the place meanwhile. Online basemap tiles,
      // added after this, come in on the visible map.
      container.dataset.drawn = '';
      styleLoaded = true;
      performance.mark('map:load');
      // The children (layers) mount now and register their 'idle' work before this one.
      setLoaded(map);
      map.once('idle', () => {
        container.dataset.ready = 'true';
        setReady(true);
        performance.mark('map:ready');
        announceMapReady();
      });
    });
    props.onSnapshotter?.(async () => {
      const { snapshotMap } = await import('./snapshot');
      return snapshotMap(map, container);
    });
    // A test and debugging hook, only on request: lets browser tests query rendered features.
    if (readUrlKey('debug')) {
      (window as unknown as { __samenBuurtenMap: MapLibreMap }).__samenBuurtenMap = map;
    }
  }

  // The layers draw into MapLibre, not into this DOM: they stand beside the map's element, since
  // Solid clears an element it renders into, and MapLibre's own nodes live inside this one.
  return (
    <>
      <div ref={container} class="map" data-testid="map" />
      <Show when={props.loadingText && !ready()}>
        {/* Not announced: the page announces the map once it is drawn (announceMapReady). */}
        <p ref={placeholder} class="map-loading" elementtiming="map-loading" aria-hidden="true">
          {props.loadingText}
        </p>
      </Show>
      <Show when={created()}>
        {(map) => <MapContext.Provider value={map()}>{props.controls}</MapContext.Provider>}
      </Show>
      <Show when={loaded()}>
        {(map) => <MapContext.Provider value={map()}>{props.children}</MapContext.Provider>}
      </Show>
    </>
  );
}
