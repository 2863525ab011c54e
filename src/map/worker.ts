import { loadMapLibre } from './maplibre';

/**
 * Starts MapLibre's web worker now, so it has downloaded and compiled its script by the time the
 * map hands it the data; the map created later takes this worker over.
 */
export function startMapWorker() {
  void loadMapLibre().then((maplibre) => maplibre.prewarm());
}
