import type {
  FilterSpecification,
  LayerSpecification,
  RasterSourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { AppData } from '../data/app-data';
import type { OnlineBasemap } from './basemaps';
import type { Palette } from './palette';

export const SOURCE = {
  land: 'land',
  provincies: 'provincies',
  gemeenten: 'gemeenten',
  wijken: 'wijken',
  selectedArea: 'selected-area',
  pins: 'pins',
} as const;

/** Layer ids; their order in offlineStyle is the drawing order (bottom first). */
export const LAYER = {
  water: 'water',
  land: 'land-fill',
  provinceLine: 'provincie-line',
  gemeenteFill: 'gemeente-fill',
  knelpuntHatch: 'gemeente-knelpunt',
  wijkLine: 'wijk-line',
  gemeenteLine: 'gemeente-line',
  selectedArea: 'selected-area-line',
  selectedGemeente: 'selected-gemeente-line',
  pins: 'pins-grouping',
} as const;

export const HATCH_IMAGE = 'knelpunt-hatch';

/** Every paint value that comes from the palette: the style starts with them, a theme change resets them. */
type PaintName = Parameters<import('maplibre-gl').Map['setPaintProperty']>[1];
export const PALETTE_PAINT: [layer: string, property: PaintName, colour: keyof Palette][] = [
  [LAYER.water, 'background-color', 'water'],
  [LAYER.land, 'fill-color', 'land'],
  [LAYER.provinceLine, 'line-color', 'provinceLine'],
  [LAYER.gemeenteFill, 'fill-color', 'gemeenteFill'],
  [LAYER.wijkLine, 'line-color', 'wijkLine'],
  [LAYER.gemeenteLine, 'line-color', 'gemeenteLine'],
  [LAYER.selectedArea, 'line-color', 'highlight'],
  [LAYER.selectedGemeente, 'line-color', 'highlight'],
];

/** Zoom from which wijk boundaries and names appear. */
export const WIJK_MIN_ZOOM = 10.5;

/** Above this zoom pins are never grouped, so a selected initiative always shows as its own pin. */
export const CLUSTER_MAX_ZOOM = 12;
/** Pins closer than this (in screen pixels) form a group. */
const CLUSTER_RADIUS_PX = 44;

/** A pin as the grouping source holds it: its place and id, nothing else. */
export type PinPoint = Feature<Point, { id: string }>;

export const pinPoints = (pins: { id: string; lngLat: [number, number] }[]): PinPoint[] =>
  pins.map(({ id, lngLat }) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: lngLat },
    properties: { id },
  }));

/** What the map shows on top of the data; the style starts with it, later changes are set on the map. */
export interface OverlayState {
  knelpuntOverlay: boolean;
  gemeentenWithKnelpunten: string[];
  selectedGemeente: string | undefined;
  selectedArea: Feature | undefined;
  /** The pins to group (src/map/pin-layer.ts draws them as buttons). */
  pins: PinPoint[];
}

export const knelpuntFilter = (codes: string[]): FilterSpecification => [
  'in',
  ['get', 'code'],
  ['literal', codes],
];

export const selectedGemeenteFilter = (code: string | undefined): FilterSpecification => [
  '==',
  ['get', 'code'],
  code ?? '',
];

export const selectedAreaData = (area: Feature | undefined): FeatureCollection => ({
  type: 'FeatureCollection',
  features: area ? [area] : [],
});

/**
 * The offline basemap: drawn only from our own geo/ data, with no glyphs, sprites or tiles from
 * anywhere. Text labels are DOM markers (src/map/labels.ts) for the same reason. It starts with the
 * overlays as they are, so the first view needs no second round of tiling after MapLibre's 'load'.
 */
export function offlineStyle(
  data: AppData,
  palette: Palette,
  overlay: OverlayState,
): StyleSpecification {
  return {
    version: 8,
    sources: {
      [SOURCE.land]: { type: 'geojson', data: data.land },
      [SOURCE.provincies]: { type: 'geojson', data: data.provincies },
      [SOURCE.gemeenten]: { type: 'geojson', data: data.gemeenten },
      [SOURCE.wijken]: { type: 'geojson', data: data.wijken },
      [SOURCE.selectedArea]: { type: 'geojson', data: selectedAreaData(overlay.selectedArea) },
      // MapLibre groups the pins in its worker; each group carries the ids of its pins.
      [SOURCE.pins]: {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: overlay.pins },
        cluster: true,
        clusterRadius: CLUSTER_RADIUS_PX,
        clusterMaxZoom: CLUSTER_MAX_ZOOM,
        clusterProperties: {
          ids: [
            ['concat', ['accumulated'], ' ', ['get', 'ids']],
            ['get', 'id'],
          ],
        },
      },
    },
    layers: [
      { id: LAYER.water, type: 'background', paint: { 'background-color': palette.water } },
      { id: LAYER.land, type: 'fill', source: SOURCE.land, paint: { 'fill-color': palette.land } },
      {
        id: LAYER.provinceLine,
        type: 'line',
        source: SOURCE.provincies,
        paint: { 'line-color': palette.provinceLine, 'line-width': 1, 'line-dasharray': [3, 2] },
      },
      {
        id: LAYER.gemeenteFill,
        type: 'fill',
        source: SOURCE.gemeenten,
        paint: {
          'fill-color': palette.gemeenteFill,
          'fill-opacity': GEMEENTE_FILL_OPACITY.offline,
        },
      },
      {
        id: LAYER.knelpuntHatch,
        type: 'fill',
        source: SOURCE.gemeenten,
        layout: { visibility: overlay.knelpuntOverlay ? 'visible' : 'none' },
        filter: knelpuntFilter(overlay.gemeentenWithKnelpunten),
        paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': 0.55 },
      },
      {
        id: LAYER.wijkLine,
        type: 'line',
        source: SOURCE.wijken,
        minzoom: WIJK_MIN_ZOOM,
        paint: {
          'line-color': palette.wijkLine,
          'line-width': ['interpolate', ['linear'], ['zoom'], WIJK_MIN_ZOOM, 0.6, 14, 1.5],
        },
      },
      {
        id: LAYER.gemeenteLine,
        type: 'line',
        source: SOURCE.gemeenten,
        paint: {
          'line-color': palette.gemeenteLine,
          'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1.5, 13, 3],
        },
      },
      {
        id: LAYER.selectedArea,
        type: 'line',
        source: SOURCE.selectedArea,
        paint: { 'line-color': palette.highlight, 'line-width': 3, 'line-dasharray': [2, 1] },
      },
      {
        id: LAYER.selectedGemeente,
        type: 'line',
        source: SOURCE.gemeenten,
        filter: selectedGemeenteFilter(overlay.selectedGemeente),
        paint: { 'line-color': palette.highlight, 'line-width': 4 },
      },
      // Not drawn (the pins are buttons), but a layer makes MapLibre tile the source.
      {
        id: LAYER.pins,
        type: 'circle',
        source: SOURCE.pins,
        paint: { 'circle-radius': 1, 'circle-opacity': 0, 'circle-stroke-opacity': 0 },
      },
    ],
  };
}

/** An online basemap: raster tiles drawn over the embedded land, under everything of ours. */
export const BASEMAP = {
  source: 'basemap-tiles',
  layer: 'basemap-tiles',
  beforeId: LAYER.provinceLine,
};

/**
 * Over online tiles the municipality fill would hide the streets, so it becomes transparent: its
 * outline, the knelpunten hatch and clicks on a municipality stay.
 */
export const GEMEENTE_FILL_OPACITY = { offline: 1, online: 0 } as const;

export function basemapSource(basemap: OnlineBasemap): RasterSourceSpecification {
  return {
    type: 'raster',
    tiles: [basemap.tiles],
    tileSize: basemap.tileSize,
    maxzoom: basemap.maxzoom,
  };
}

export const basemapLayer = (): LayerSpecification => ({
  id: BASEMAP.layer,
  type: 'raster',
  source: BASEMAP.source,
});
