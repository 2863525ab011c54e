import { Marker, type Map as MapLibreMap } from 'maplibre-gl';

export interface LabelFeature {
  properties: { code?: string; name?: string; labelPoint?: [number, number] };
}

/**
 * Area names as DOM markers: no glyph server needed, the browser's own fonts render them. They are
 * decoration for sighted users (aria-hidden); the same names are in the list and the pins' labels.
 * The label point is computed by the geo build (scripts/geo/io.ts).
 */
export function addAreaLabels(
  map: MapLibreMap,
  features: LabelFeature[],
  kind: 'gemeente' | 'wijk' | 'provincie',
): Marker[] {
  return features.flatMap((f) => {
    const { name, code, labelPoint } = f.properties;
    if (!name || !labelPoint) return [];
    const element = document.createElement('div');
    element.className = `map-label map-label--${kind}`;
    element.textContent = name;
    element.setAttribute('aria-hidden', 'true');
    element.dataset.kind = kind;
    if (code) element.dataset.code = code;
    return [new Marker({ element, anchor: 'center' }).setLngLat(labelPoint).addTo(map)];
  });
}
