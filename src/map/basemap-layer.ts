import type { ErrorEvent, Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';
import type { OnlineBasemap, OnlineBasemapId } from './basemaps';
import {
  FIRST_TILE_TIMEOUT_MS,
  FRESH_TILE_HEALTH,
  recordTileEvent,
  shouldFallBack,
  type TileEvent,
} from './basemap-health';
import { BASEMAP, basemapLayer, basemapSource, GEMEENTE_FILL_OPACITY, LAYER } from './style';

/**
 * Adds and removes the online basemap's raster source and layer without touching the rest of the
 * style (no setStyle, which would wipe our sources and layers), and reports once when its tiles
 * cannot be reached, removing it at once so no more requests go out.
 */
export class BasemapLayer {
  private shown: OnlineBasemap | undefined;
  private health = FRESH_TILE_HEALTH;
  private timer: ReturnType<typeof setTimeout> | undefined;

  private readonly onSourceData = (event: MapSourceDataEvent) => {
    if (event.sourceId === BASEMAP.source && event.tile) this.record('loaded');
  };
  private readonly onError = (event: ErrorEvent & { sourceId?: string }) => {
    if (event.sourceId === BASEMAP.source) this.record('failed');
  };

  constructor(
    private readonly map: MapLibreMap,
    private readonly onUnreachable: (id: OnlineBasemapId) => void,
  ) {
    map.on('sourcedata', this.onSourceData);
    map.on('error', this.onError);
  }

  /** Shows this online basemap, or (undefined) only the embedded one. */
  show(basemap: OnlineBasemap | undefined) {
    if (basemap?.id === this.shown?.id) return;
    this.clear();
    if (!basemap) return;
    if (!navigator.onLine) {
      this.onUnreachable(basemap.id);
      return;
    }
    this.shown = basemap;
    this.map.addSource(BASEMAP.source, basemapSource(basemap));
    this.map.addLayer(basemapLayer(), BASEMAP.beforeId);
    this.map.setPaintProperty(LAYER.gemeenteFill, 'fill-opacity', GEMEENTE_FILL_OPACITY.online);
    this.timer = setTimeout(() => this.record('timeout'), FIRST_TILE_TIMEOUT_MS);
  }

  remove() {
    this.clear();
    this.map.off('sourcedata', this.onSourceData);
    this.map.off('error', this.onError);
  }

  private record(event: TileEvent) {
    const basemap = this.shown;
    if (!basemap) return;
    this.health = recordTileEvent(this.health, event);
    if (!shouldFallBack(this.health, navigator.onLine)) return;
    this.clear();
    this.onUnreachable(basemap.id);
  }

  private clear() {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.health = FRESH_TILE_HEALTH;
    this.shown = undefined;
    if (this.map.getLayer(BASEMAP.layer)) this.map.removeLayer(BASEMAP.layer);
    if (this.map.getSource(BASEMAP.source)) this.map.removeSource(BASEMAP.source);
    this.map.setPaintProperty(LAYER.gemeenteFill, 'fill-opacity', GEMEENTE_FILL_OPACITY.offline);
  }
}
