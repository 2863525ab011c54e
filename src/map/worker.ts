import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(workerUrl);

/**
 * Starts MapLibre's web worker now, so it has downloaded and compiled its script by the time the
 * map hands it the data; the map created later takes this worker over.
 */
export function startMapWorker() {
  prewarm();
}
