import { createEffect, on, onCleanup, onMount } from 'solid-js';
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  setWorkerUrl,
  type LngLatBoundsLike,
  type Marker,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { bbox } from '@turf/bbox';
import type { AppData } from '../data/app-data';
import type { Initiatief } from '../data/schemas';
import { readPalette } from './palette';
import { offlineStyle, WIJK_MIN_ZOOM } from './style';
import { addAreaLabels } from './labels';
import { declutter } from './declutter';
import { addInitiativePins, relabelPins } from './pins';

setWorkerUrl(workerUrl);

export interface MapViewProps {
  data: AppData;
  /** Initiatives that have a place on the map (not the province-wide ones). */
  pins: Initiatief[];
  pinLabel: (initiatief: Initiatief) => string;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  attribution: string[];
  label: string;
  /** MapLibre's own control texts, in the UI language. */
  controlTexts: { zoomIn: string; zoomOut: string; toggleAttribution: string };
  onError: (error: unknown) => void;
}

const FRAME_PADDING = 24;

/** The one component that creates and owns the MapLibre instance. */
export function MapView(props: MapViewProps) {
  // eslint-disable-next-line no-unassigned-vars -- assigned by Solid's ref
  let container!: HTMLDivElement;
  let map: MapLibreMap | undefined;
  let attribution: AttributionControl | undefined;
  const markers: Marker[] = [];
  let pins = new Map<string, Marker>();

  const flevolandBounds = () => bbox(props.data.flevoland) as [number, number, number, number];

  onMount(() => {
    const [west, south, east, north] = bbox(props.data.land);
    try {
      map = new MapLibreMap({
        container,
        style: offlineStyle(props.data, readPalette()),
        bounds: flevolandBounds() as LngLatBoundsLike,
        fitBoundsOptions: { padding: FRAME_PADDING },
        maxBounds: [
          [west - 0.3, south - 0.2],
          [east + 0.3, north + 0.2],
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
    const instance = map;
    instance.keyboard.enable();
    instance.touchZoomRotate.disableRotation();
    instance.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    instance.getCanvas().setAttribute('aria-label', props.label);

    const syncZoomBand = () => {
      container.dataset.zoomBand = instance.getZoom() >= WIJK_MIN_ZOOM ? 'wijk' : 'gemeente';
    };
    instance.on('zoom', syncZoomBand);
    syncZoomBand();

    markers.push(
      ...addAreaLabels(instance, props.data.provincies.features, 'provincie'),
      ...addAreaLabels(instance, props.data.gemeenten.features, 'gemeente'),
      ...addAreaLabels(instance, props.data.wijken.features, 'wijk'),
    );
    // Municipality names win over wijk names, which win over the neighbouring provinces.
    const rank = { gemeente: 0, wijk: 1, provincie: 2 };
    const labelsByPriority = markers
      .map((marker) => marker.getElement())
      .sort(
        (a, b) =>
          rank[a.dataset.kind as keyof typeof rank] - rank[b.dataset.kind as keyof typeof rank],
      );
    const declutterLabels = () => declutter(labelsByPriority);
    instance.on('moveend', declutterLabels);
    instance.once('idle', declutterLabels);
    pins = addInitiativePins(instance, props.pins, {
      label: props.pinLabel,
      onSelect: props.onSelect,
    });

    instance.once('idle', () => {
      container.dataset.ready = 'true';
    });
    // A test and debugging hook, only on request: lets browser tests query rendered features.
    if (new URLSearchParams(location.search).has('debug')) {
      (window as unknown as { __samenBuurtenMap: MapLibreMap }).__samenBuurtenMap = instance;
    }
  });

  // MapLibre reads its control texts once, so a language switch re-creates the attribution and
  // relabels the zoom buttons here.
  createEffect(() => {
    const lines = props.attribution;
    const texts = props.controlTexts;
    if (!map) return;
    if (attribution) map.removeControl(attribution);
    attribution = new AttributionControl({ compact: false, customAttribution: lines });
    map.addControl(attribution, 'bottom-right');
    const label = (selector: string, text: string) => {
      const element = container.querySelector(selector);
      element?.setAttribute('aria-label', text);
      element?.setAttribute('title', text);
    };
    label('.maplibregl-ctrl-zoom-in', texts.zoomIn);
    label('.maplibregl-ctrl-zoom-out', texts.zoomOut);
    label('.maplibregl-ctrl-attrib-button', texts.toggleAttribution);
  });

  createEffect(
    on(
      () => props.pins.map(props.pinLabel),
      () => relabelPins(pins, props.pins, props.pinLabel),
      { defer: true },
    ),
  );

  createEffect(
    on(
      () => props.selectedId,
      (id, previous) => {
        if (previous) pins.get(previous)?.getElement().classList.remove('pin--selected');
        if (!id || !map) return;
        const marker = pins.get(id);
        if (!marker) return;
        marker.getElement().classList.add('pin--selected');
        map.easeTo({ center: marker.getLngLat(), zoom: Math.max(map.getZoom(), 11) });
      },
      { defer: true },
    ),
  );

  onCleanup(() => {
    for (const marker of [...markers, ...pins.values()]) marker.remove();
    map?.remove();
    map = undefined;
  });

  return <div ref={container} class="map" data-testid="map" />;
}
