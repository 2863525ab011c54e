/**
 * The benchmark's baseline: the same geo/ data drawn with bare MapLibre, no Solid and no app code.
 * It draws what the app shows at first (water, land, provinces, municipality fill and outline,
 * wijk outlines, the 12 initiative pins as DOM markers) with the same colours and camera, and marks
 * its container `data-ready="true"` on the first idle after load, as the app's MapView does.
 */
import {
  Map as MapLibreMap,
  Marker,
  NavigationControl,
  setWorkerUrl,
  type GeoJSONSource,
  type LngLatBoundsLike,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, Point } from 'geojson';
import landUrl from '../../../geo/land.geojson?url';
import provinciesUrl from '../../../geo/provincies.geojson?url';
import gemeentenUrl from '../../../geo/gemeenten.geojson?url';
import wijkenUrl from '../../../geo/wijken.geojson?url';
import flevolandUrl from '../../../geo/flevoland.geojson?url';
import initiatievenUrl from '../../../geo/initiatieven.geojson?url';

setWorkerUrl(workerUrl);

/** The app's palette (src/ui/theme.css), copied: the baseline shares no code with the app. */
const COLOR = {
  water: '#a8cce6',
  land: '#e4e1d8',
  provinceLine: '#a39d8f',
  gemeenteFill: '#fbf8ee',
  gemeenteLine: '#4d473a',
  wijkLine: '#8a8374',
  proposal: '#1d6b3a',
};
const WIJK_MIN_ZOOM = 10.5;

type Bounds = [number, number, number, number];

function bboxOf(collection: FeatureCollection): Bounds {
  const box: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number' && typeof value[1] === 'number') {
      box[0] = Math.min(box[0], value[0]);
      box[1] = Math.min(box[1], value[1]);
      box[2] = Math.max(box[2], value[0]);
      box[3] = Math.max(box[3], value[1]);
    } else value.forEach(visit);
  };
  for (const feature of collection.features)
    if (feature.geometry && 'coordinates' in feature.geometry) visit(feature.geometry.coordinates);
  return box;
}

const fetchJson = async (url: string) => (await fetch(url)).json() as Promise<FeatureCollection>;

async function main() {
  const [land, provincies, gemeenten, wijken, flevoland, initiatieven] = await Promise.all([
    fetchJson(landUrl),
    fetchJson(provinciesUrl),
    fetchJson(gemeentenUrl),
    fetchJson(wijkenUrl),
    fetchJson(flevolandUrl),
    fetchJson(initiatievenUrl),
  ]);
  const container = document.getElementById('map') as HTMLDivElement;
  // The runner passes the size of the app's map area, so both draw the same number of pixels.
  const params = new URLSearchParams(location.search);
  if (params.has('w')) container.style.width = `${params.get('w')}px`;
  if (params.has('h')) container.style.height = `${params.get('h')}px`;

  const [west, south, east, north] = bboxOf(land);
  const map = new MapLibreMap({
    container,
    style: {
      version: 8,
      sources: {
        land: { type: 'geojson', data: land },
        provincies: { type: 'geojson', data: provincies },
        gemeenten: { type: 'geojson', data: gemeenten },
        wijken: { type: 'geojson', data: wijken },
        synthetic: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      },
      layers: [
        { id: 'water', type: 'background', paint: { 'background-color': COLOR.water } },
        { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': COLOR.land } },
        {
          id: 'provincie-line',
          type: 'line',
          source: 'provincies',
          paint: { 'line-color': COLOR.provinceLine, 'line-width': 1, 'line-dasharray': [3, 2] },
        },
        {
          id: 'gemeente-fill',
          type: 'fill',
          source: 'gemeenten',
          paint: { 'fill-color': COLOR.gemeenteFill },
        },
        {
          id: 'wijk-line',
          type: 'line',
          source: 'wijken',
          minzoom: WIJK_MIN_ZOOM,
          paint: {
            'line-color': COLOR.wijkLine,
            'line-width': ['interpolate', ['linear'], ['zoom'], WIJK_MIN_ZOOM, 0.6, 14, 1.5],
          },
        },
        {
          id: 'gemeente-line',
          type: 'line',
          source: 'gemeenten',
          paint: {
            'line-color': COLOR.gemeenteLine,
            'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1.5, 13, 3],
          },
        },
        {
          id: 'synthetic',
          type: 'circle',
          source: 'synthetic',
          paint: {
            'circle-radius': 3,
            'circle-color': COLOR.proposal,
            'circle-stroke-color': '#ffffff',
            'circle-stroke-width': 1,
          },
        },
      ],
    },
    bounds: bboxOf(flevoland) as LngLatBoundsLike,
    fitBoundsOptions: { padding: 32 },
    maxBounds: [
      [west - 1.2, south - 0.6],
      [east + 1.2, north + 0.6],
    ],
    minZoom: 7,
    maxZoom: 16,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
  });
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');

  for (const feature of initiatieven.features) {
    if (feature.properties?.precision === 'provincie' || feature.geometry.type !== 'Point')
      continue;
    const element = document.createElement('button');
    element.type = 'button';
    element.className = 'pin';
    element.setAttribute('aria-label', String(feature.properties?.name));
    new Marker({ element, anchor: 'bottom' })
      .setLngLat((feature.geometry as Point).coordinates as [number, number])
      .addTo(map);
  }

  map.on('load', () => map.once('idle', () => (container.dataset.ready = 'true')));

  /** Shows synthetic points ([lng, lat, lng, lat, …]); resolves with ms from setData to idle. */
  async function showPoints(flat: number[]): Promise<number> {
    const features: FeatureCollection['features'] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) {
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [flat[i] ?? 0, flat[i + 1] ?? 0] },
        properties: {},
      });
    }
    const source = map.getSource<GeoJSONSource>('synthetic');
    const start = performance.now();
    source?.setData({ type: 'FeatureCollection', features });
    // An idle from a frame queued before setData would be too early: wait until the tiles hold
    // the new points (or none, for an empty set).
    for (let attempt = 0; attempt < 100; attempt++) {
      if (attempt > 0) map.triggerRepaint();
      await new Promise((done) => map.once('idle', done));
      const shown = map.querySourceFeatures('synthetic').length;
      if (map.isSourceLoaded('synthetic') && shown > 0 === features.length > 0) break;
    }
    return performance.now() - start;
  }

  Object.assign(window, { __benchMap: map, __benchShowPoints: showPoints });
}

void main();
