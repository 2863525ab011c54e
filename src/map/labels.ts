import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import type { MultiPolygon, Polygon } from 'geojson';
import { representativePoint } from '../data/representative-point';

export interface LabelFeature {
  geometry: Polygon | MultiPolygon;
  properties: { code?: string; name?: string };
}

/**
 * Area names as DOM markers: no glyph server needed, the browser's own fonts render them. They are
 * decoration for sighted users (aria-hidden); the same names are in the list and the pins' labels.
 */
export function addAreaLabels(
  map: MapLibreMap,
  features: LabelFeature[],
  kind: 'gemeente' | 'wijk' | 'provincie',
): Marker[] {
  return features
    .filter((f) => f.properties.name)
    .map((f) => {
      const element = document.createElement('div');
      element.className = `map-label map-label--${kind}`;
      element.textContent = f.properties.name ?? '';
      element.setAttribute('aria-hidden', 'true');
      element.dataset.kind = kind;
      if (f.properties.code) element.dataset.code = f.properties.code;
      return new Marker({ element, anchor: 'center' })
        .setLngLat(representativePoint(f.geometry))
        .addTo(map);
    });
}
