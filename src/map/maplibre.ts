import type * as MapLibre from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

let module: typeof MapLibre | undefined;
let loading: Promise<typeof MapLibre> | undefined;

/**
 * MapLibre, loaded beside the app's own code: it is a megabyte of JavaScript, and the page (header,
 * lists, search) need not wait for it to be parsed. index.html preloads it (scripts/preload-geo.ts).
 */
export function loadMapLibre(): Promise<typeof MapLibre> {
  return (loading ??= import('maplibre-gl').then((loaded) => {
    loaded.setWorkerUrl(workerUrl);
    return (module = loaded);
  }));
}

/** MapLibre for code that runs once a map exists (MapView made it after `loadMapLibre`). */
export function maplibre(): typeof MapLibre {
  if (!module) throw new Error('MapLibre is used before it was loaded');
  return module;
}
