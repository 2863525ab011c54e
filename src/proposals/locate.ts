import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Gemeente, Wijk } from '../data/schemas';

export interface Located {
  gemeente?: string;
  wijk?: string;
}

/**
 * Which municipality and wijk a point lies in. The municipality layer is the truth for "inside
 * Flevoland"; a wijk is only named when it lies in that same municipality (the two CBS layers were
 * generalised separately and differ by up to a few hundred metres at their edges).
 */
export function createLocator(gemeenten: Gemeente[], wijken: Wijk[]) {
  return function locate(lng: number, lat: number): Located {
    if (!Number.isFinite(lng) || !Number.isFinite(lat)) return {};
    const point: [number, number] = [lng, lat];
    const gemeente = gemeenten.find((g) => booleanPointInPolygon(point, g.geometry))?.properties
      .code;
    if (!gemeente) return {};
    const wijk = wijken.find(
      (w) => w.properties.gemeente === gemeente && booleanPointInPolygon(point, w.geometry),
    )?.properties.code;
    return wijk ? { gemeente, wijk } : { gemeente };
  };
}

export type Locate = ReturnType<typeof createLocator>;
