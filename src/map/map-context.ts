import { createContext, useContext } from 'solid-js';
import type { Map as MapLibreMap } from 'maplibre-gl';

/** The MapLibre instance, provided by MapView once its style has loaded. */
export const MapContext = createContext<MapLibreMap>();

/** The map, inside MapView's children; they only exist once it has loaded. */
export function useMap(): MapLibreMap {
  const map = useContext(MapContext);
  if (!map) throw new Error('useMap() outside a loaded MapView');
  return map;
}

export const prefersReducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
