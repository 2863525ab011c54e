import { createEffect, on, onCleanup, onMount } from 'solid-js';
import {
  AttributionControl,
  Map as MapLibreMap,
  Marker,
  NavigationControl,
  type GeoJSONSource,
  type LngLatBoundsLike,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Feature } from 'geojson';
import { boundsOf } from '../data/bounds';
import type { AppData } from '../data/app-data';
import type { BBox } from '../data/indexes';
import type { CameraCommand } from '../state/explore-state';
import type { MapViewState } from '../state/url-state';
import { readPalette } from './palette';
import {
  HATCH_IMAGE,
  knelpuntFilter,
  LAYER,
  offlineStyle,
  selectedAreaData,
  selectedGemeenteFilter,
  SOURCE,
  WIJK_MIN_ZOOM,
} from './style';
import { AreaLabels, type LabelFocus } from './labels';
import { announceMapReady } from '../ui/map-ready';
import { hatchImage } from './hatch';
import { PinLayer, type PinItem } from './pin-layer';
import { BasemapLayer } from './basemap-layer';
import { findOnlineBasemap, type BasemapId, type OnlineBasemapId } from './basemaps';

export interface MapViewProps {
  data: AppData;
  /** Everything that can have a pin: mappable initiatives and proposals. */
  pins: PinItem[];
  /** Ids of the pins to show: the filtered ones. */
  visibleIds: string[];
  clusterLabel: (count: number, names: string[]) => string;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  camera: CameraCommand | undefined;
  /** After every move; `byUser` when a person moved the map (or a shared view was restored). */
  onViewChange: (view: MapViewState, bounds: BBox, byUser: boolean) => void;
  onGemeenteClick: (code: string) => void;
  selectedGemeente: string | undefined;
  /** A stadsdeel or wijk to outline. */
  selectedArea: Feature | undefined;
  knelpuntOverlay: boolean;
  gemeentenWithKnelpunten: string[];
  attribution: string[];
  label: string;
  /** MapLibre's own control texts, in the UI language. */
  controlTexts: { zoomIn: string; zoomOut: string; toggleAttribution: string };
  onError: (error: unknown) => void;
  /** Choosing a place for a proposal: a click or a drag of the pick pin reports the place. */
  picking: boolean;
  pickLocation: [number, number] | undefined;
  onPick: (location: [number, number]) => void;
  pickLabel: string;
  /** The basemap to show under our layers; 'offline' is the embedded one. */
  basemap: BasemapId;
  /** The online basemap's tiles did not load; the map already shows the embedded one again. */
  onBasemapUnreachable: (id: OnlineBasemapId) => void;
  /** Pixels along each edge hidden behind overlays, which framing should avoid. */
  coveredEdges?: { top: number; right: number; bottom: number; left: number };
  /** While presenting: only the names the slide is about. */
  labelFocus?: LabelFocus;
  /** Receives a function that pictures the map as drawn now, pins included (the handout). */
  onSnapshotter?: (take: () => Promise<string | undefined>) => void;
}

const FRAME_PADDING = 32;
const prefersReducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The one component that creates and owns the MapLibre instance. */
export function MapView(props: MapViewProps) {
  // eslint-disable-next-line no-unassigned-vars -- assigned by Solid's ref
  let container!: HTMLDivElement;
  let map: MapLibreMap | undefined;
  let attribution: AttributionControl | undefined;
  let pinLayer: PinLayer | undefined;
  let basemapLayer: BasemapLayer | undefined;
  /** Set once on 'load'; the style is never replaced, so it stays ready. */
  let styleLoaded = false;
  /** A jump to a view from the URL keeps that view in the URL, as if the user had made it. */
  let movedByUrl = false;
  let labels: AreaLabels | undefined;
  /** The area the selected-area source holds: setData only when it changes (a worker round trip). */
  let shownArea: Feature | undefined;

  onMount(() => {
    const [west, south, east, north] = boundsOf(props.data.land);
    try {
      performance.mark('map:create');
      map = new MapLibreMap({
        container,
        style: offlineStyle(props.data, readPalette(), {
          knelpuntOverlay: props.knelpuntOverlay,
          gemeentenWithKnelpunten: props.gemeentenWithKnelpunten,
          selectedGemeente: props.selectedGemeente,
          selectedArea: props.selectedArea,
        }),
        bounds: boundsOf(props.data.flevoland) as LngLatBoundsLike,
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
    } catch (error) {
      props.onError(error);
      return;
    }
    shownArea = props.selectedArea;
    const instance = map;
    // The hatch is only needed once the knelpunten overlay is shown; MapLibre asks for it then.
    instance.setMissingStyleImageResolver((id) => {
      if (id === HATCH_IMAGE) instance.addImage(HATCH_IMAGE, hatchImage(readPalette().knelpunt));
    });
    instance.touchZoomRotate.disableRotation();
    instance.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    instance.getCanvas().setAttribute('aria-label', props.label);
    instance.on('error', (event) => console.warn('map error', event.error));

    const syncZoomBand = () => {
      container.dataset.zoomBand = instance.getZoom() >= WIJK_MIN_ZOOM ? 'wijk' : 'gemeente';
    };
    instance.on('zoom', syncZoomBand);
    syncZoomBand();

    labels = new AreaLabels(
      instance,
      {
        gemeenten: props.data.gemeenten.features,
        provincies: props.data.provincies.features,
        wijken: props.data.wijken.features,
      },
      WIJK_MIN_ZOOM,
    );
    if (props.labelFocus) labels.setFocus(props.labelFocus);
    const declutterLabels = () => labels?.update();

    pinLayer = new PinLayer(instance, props.clusterLabel, (id) => props.onSelect(id));
    pinLayer.setItems(props.pins);
    pinLayer.setVisible(props.visibleIds);
    pinLayer.setSelected(props.selectedId);

    const reportView = (byUser: boolean) => {
      const center = instance.getCenter();
      const bounds = instance.getBounds();
      props.onViewChange(
        { zoom: instance.getZoom(), lat: center.lat, lng: center.lng },
        [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
        byUser || movedByUrl,
      );
      movedByUrl = false;
    };
    instance.on('moveend', (event) => {
      declutterLabels();
      reportView('originalEvent' in event && !!event.originalEvent);
    });

    instance.on('click', (event) => {
      if (props.picking) {
        props.onPick([event.lngLat.lng, event.lngLat.lat]);
        return;
      }
      const code = instance.queryRenderedFeatures(event.point, { layers: [LAYER.gemeenteFill] })[0]
        ?.properties?.code;
      if (typeof code === 'string') props.onGemeenteClick(code);
    });
    instance.on(
      'mouseenter',
      LAYER.gemeenteFill,
      () => (instance.getCanvas().style.cursor = 'pointer'),
    );
    instance.on('mouseleave', LAYER.gemeenteFill, () => (instance.getCanvas().style.cursor = ''));

    instance.on('load', () => {
      performance.mark('map:load');
      styleLoaded = true;
      basemapLayer = new BasemapLayer(instance, (id) => props.onBasemapUnreachable(id));
      applyBasemap();
      applyOverlay();
      applySelectedGemeente();
      applySelectedArea();
      // A camera command moves the map (and reports the view through moveend); otherwise report the first frame.
      if (props.camera) applyCamera(props.camera, false);
      else reportView(false);
      instance.once('idle', () => {
        declutterLabels();
        container.dataset.ready = 'true';
        performance.mark('map:ready');
        announceMapReady();
      });
    });
    props.onSnapshotter?.(async () => {
      if (!map) return undefined;
      const { snapshotMap } = await import('./snapshot');
      return snapshotMap(map, container);
    });
    // A test and debugging hook, only on request: lets browser tests query rendered features.
    if (new URLSearchParams(location.search).has('debug')) {
      (window as unknown as { __samenBuurtenMap: MapLibreMap }).__samenBuurtenMap = instance;
    }
  });

  // Not map.isStyleLoaded(): that is false while any tile loads, which would drop updates made
  // while online basemap tiles come in.
  const styleReady = () => styleLoaded;

  function applyBasemap() {
    basemapLayer?.show(findOnlineBasemap(props.basemap));
  }

  function applyOverlay() {
    if (!map || !styleReady()) return;
    map.setFilter(LAYER.knelpuntHatch, knelpuntFilter(props.gemeentenWithKnelpunten));
    map.setLayoutProperty(
      LAYER.knelpuntHatch,
      'visibility',
      props.knelpuntOverlay ? 'visible' : 'none',
    );
  }

  function applySelectedGemeente() {
    if (!map || !styleReady()) return;
    map.setFilter(LAYER.selectedGemeente, selectedGemeenteFilter(props.selectedGemeente));
  }

  function applySelectedArea() {
    if (!map || !styleReady() || props.selectedArea === shownArea) return;
    shownArea = props.selectedArea;
    map.getSource<GeoJSONSource>(SOURCE.selectedArea)?.setData(selectedAreaData(shownArea));
  }

  function applyCamera(command: CameraCommand | undefined, animated = !prefersReducedMotion()) {
    if (!map || !command) return;
    const animate = animated && !command.instant;
    // Space covered by overlays (the presentation's slide panel) is the map's padding, so framing
    // and centring use what is left; fitBounds adds its own margin on top.
    map.setPadding(props.coveredEdges ?? { top: 0, right: 0, bottom: 0, left: 0 });
    if (command.kind === 'fit') {
      const [w, s, e, n] = command.bbox;
      map.fitBounds([w, s, e, n], { padding: FRAME_PADDING, animate, maxZoom: 14 });
    } else if (command.kind === 'fly') {
      map.flyTo({ center: command.center, zoom: command.zoom, animate });
    } else {
      movedByUrl = true;
      map.jumpTo({ center: [command.view.lng, command.view.lat], zoom: command.view.zoom });
    }
  }

  createEffect(
    on(
      () => props.camera,
      (command) => applyCamera(command),
      { defer: true },
    ),
  );
  createEffect(
    on(
      () => props.visibleIds,
      (ids) => pinLayer?.setVisible(ids),
      { defer: true },
    ),
  );
  createEffect(
    on(
      () => props.selectedId,
      (id) => pinLayer?.setSelected(id),
      { defer: true },
    ),
  );
  createEffect(
    on(() => [props.knelpuntOverlay, props.gemeentenWithKnelpunten], applyOverlay, { defer: true }),
  );
  createEffect(on(() => props.selectedGemeente, applySelectedGemeente, { defer: true }));
  createEffect(
    on(
      () => props.labelFocus,
      (focus) => labels?.setFocus(focus),
      { defer: true },
    ),
  );
  createEffect(on(() => props.selectedArea, applySelectedArea, { defer: true }));
  createEffect(on(() => props.basemap, applyBasemap, { defer: true }));
  createEffect(
    on(
      () => props.pins,
      (items) => pinLayer?.setItems(items),
      { defer: true },
    ),
  );

  let pickMarker: Marker | undefined;
  createEffect(() => {
    const location = props.picking ? props.pickLocation : undefined;
    container.classList.toggle('map--picking', props.picking);
    if (!map) return;
    if (!location) {
      pickMarker?.remove();
      pickMarker = undefined;
      return;
    }
    if (!pickMarker) {
      const element = document.createElement('div');
      element.className = 'pick-pin';
      element.setAttribute('role', 'img');
      pickMarker = new Marker({ element, anchor: 'bottom', draggable: true })
        .setLngLat(location)
        .addTo(map);
      pickMarker.on('dragend', () => {
        const { lng, lat } = pickMarker!.getLngLat();
        props.onPick([Math.round(lng * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6]);
      });
    }
    pickMarker.getElement().setAttribute('aria-label', props.pickLabel);
    pickMarker.setLngLat(location);
    if (!map.getBounds().contains(location))
      map.easeTo({ center: location, animate: !prefersReducedMotion() });
  });
  createEffect(
    on(
      () => props.clusterLabel,
      (label) => pinLayer?.setClusterLabel(label),
      { defer: true },
    ),
  );

  // MapLibre reads its control texts once, so a language switch re-creates the attribution and
  // relabels the zoom buttons here.
  createEffect(() => {
    const lines = props.attribution;
    const texts = props.controlTexts;
    if (!map) return;
    if (attribution) map.removeControl(attribution);
    // On a phone the credits fold behind an (i) button instead of taking three lines of map.
    const compact = window.matchMedia('(max-width: 48rem)').matches;
    attribution = new AttributionControl({ compact, customAttribution: lines });
    map.addControl(attribution, 'bottom-right');
    const label = (selector: string, text: string) => {
      const element = container.querySelector(selector);
      element?.setAttribute('aria-label', text);
      element?.setAttribute('title', text);
    };
    label('.maplibregl-ctrl-zoom-in', texts.zoomIn);
    label('.maplibregl-ctrl-zoom-out', texts.zoomOut);
    label('.maplibregl-ctrl-attrib-button', texts.toggleAttribution);
    map.getCanvas().setAttribute('aria-label', props.label);
  });

  onCleanup(() => {
    pickMarker?.remove();
    pinLayer?.remove();
    basemapLayer?.remove();
    labels?.remove();
    map?.remove();
    map = undefined;
  });

  return <div ref={container} class="map" data-testid="map" />;
}
