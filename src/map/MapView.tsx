import { createSignal, onCleanup, onMount, Show, type JSX } from 'solid-js';
import { Map as MapLibreMap, NavigationControl, type LngLatBoundsLike } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { boundsOf } from '../data/bounds';
import type { AppData } from '../data/app-data';
import { readPalette } from './palette';
import { HATCH_IMAGE, offlineStyle, WIJK_MIN_ZOOM } from './style';
import { announceMapReady } from '../ui/map-ready';
import { readUrlKey } from '../state/url-keys';
import { hatchImage } from './hatch';
import { MapContext } from './map-context';
import { followPalette } from './theme-sync';

const FRAME_PADDING = 32;

/**
 * The one component that creates and owns the MapLibre instance. Once its style has loaded it
 * provides the map (MapContext) to its children: the layers in ./layers, each of which owns its
 * effect and cleans up after itself.
 */
export function MapView(props: {
  data: AppData;
  onError: (error: unknown) => void;
  /** Receives a function that pictures the map as drawn now, pins included (the handout). */
  onSnapshotter?: (take: () => Promise<string | undefined>) => void;
  children: JSX.Element;
}) {
  // eslint-disable-next-line no-unassigned-vars -- assigned by Solid's ref
  let container!: HTMLDivElement;
  const [loaded, setLoaded] = createSignal<MapLibreMap>();

  onMount(() => {
    let map: MapLibreMap;
    try {
      map = createMap(container, props.data);
    } catch (error) {
      props.onError(error);
      return;
    }
    let styleLoaded = false;
    const stopFollowingPalette = followPalette(map, () => styleLoaded);
    onCleanup(() => {
      stopFollowingPalette();
      setLoaded(undefined);
      map.remove();
    });
    const syncZoomBand = () => {
      container.dataset.zoomBand = map.getZoom() >= WIJK_MIN_ZOOM ? 'wijk' : 'gemeente';
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
  });

  // The layers draw into MapLibre, not into this DOM: they stand beside the map's element, since
  // Solid clears an element it renders into, and MapLibre's own nodes live inside this one.
  return (
    <>
      <div ref={container} class="map" data-testid="map" />
      <Show when={loaded()}>
        {(map) => <MapContext.Provider value={map()}>{props.children}</MapContext.Provider>}
      </Show>
    </>
  );
}

/** The map over Flevoland with the embedded style; the layers add what changes. */
function createMap(container: HTMLElement, data: AppData): MapLibreMap {
  performance.mark('map:create');
  const [west, south, east, north] = boundsOf(data.land);
  const map = new MapLibreMap({
    container,
    style: offlineStyle(data, readPalette(), {
      knelpuntOverlay: false,
      gemeentenWithKnelpunten: [],
      selectedGemeente: undefined,
      selectedArea: undefined,
    }),
    bounds: boundsOf(data.flevoland) as LngLatBoundsLike,
    fitBoundsOptions: { padding: FRAME_PADDING },
    maxBounds: [
      [west - 1.2, south - 0.6],
      [east + 1.2, north + 0.6],
    ],
    minZoom: 7,
    maxZoom: 16,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
  });
  // The hatch is only needed once the knelpunten overlay is shown; MapLibre asks for it then.
  map.setMissingStyleImageResolver((id) => {
    if (id === HATCH_IMAGE) map.addImage(HATCH_IMAGE, hatchImage(readPalette().knelpunt));
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.on('error', (event) => console.warn('map error', event.error));
  return map;
}
