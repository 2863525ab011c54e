import { createSignal, getOwner, onCleanup, onMount, runWithOwner, Show, type JSX } from 'solid-js';
import type { Map as MapLibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { AppData } from '../data/app-data';
import { readUrlKey } from '../state/url-keys';
import { announceMapReady } from '../ui/map-ready';
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
  /** What needs the map but not its style (controls, credits): mounted as soon as it exists. */
  controls?: JSX.Element;
  children: JSX.Element;
}) {
  // eslint-disable-next-line no-unassigned-vars -- assigned by Solid's ref
  let container!: HTMLDivElement;
  const [created, setCreated] = createSignal<MapLibreMap>();
  const [loaded, setLoaded] = createSignal<MapLibreMap>();
  const owner = getOwner();

  // The page around the map is painted first: making the map takes the main thread for a while
  // (its WebGL context, the style), and the lists and controls need not wait for it.
  onMount(() => {
    let cancelled = false;
    const painted = new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
    void Promise.all([loadMapLibre(), painted]).then(
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
      styleLoaded = true;
      performance.mark('map:load');
      // The children (layers) mount now and register their 'idle' work before this one.
      setLoaded(map);
      map.once('idle', () => {
        container.dataset.ready = 'true';
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
      <Show when={created()}>
        {(map) => <MapContext.Provider value={map()}>{props.controls}</MapContext.Provider>}
      </Show>
      <Show when={loaded()}>
        {(map) => <MapContext.Provider value={map()}>{props.children}</MapContext.Provider>}
      </Show>
    </>
  );
}
