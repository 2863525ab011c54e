import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import { declutter } from './declutter';

export interface LabelFeature {
  properties: { code?: string; name?: string; labelPoint?: [number, number] };
}

type LabelKind = 'gemeente' | 'wijk' | 'provincie';

function labelMarkers(map: MapLibreMap, features: LabelFeature[], kind: LabelKind): Marker[] {
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

/**
 * Area names as DOM markers: no glyph server needed, the browser's own fonts render them. They are
 * decoration for sighted users (aria-hidden); the same names are in the list and the pins' labels.
 * Label points come from the geo build (scripts/geo/io.ts). Wijk names exist only while zoomed in:
 * a hundred markers that MapLibre moves on every frame would slow the first view and panning.
 */
export class AreaLabels {
  private readonly gemeenten: Marker[];
  private readonly provincies: Marker[];
  private wijken: Marker[] = [];

  constructor(
    private readonly map: MapLibreMap,
    private readonly areas: {
      gemeenten: LabelFeature[];
      provincies: LabelFeature[];
      wijken: LabelFeature[];
    },
    private readonly wijkMinZoom: number,
  ) {
    this.gemeenten = labelMarkers(map, areas.gemeenten, 'gemeente');
    this.provincies = labelMarkers(map, areas.provincies, 'provincie');
  }

  /** After a move: add or drop the wijk names for the zoom, then hide names that would overlap. */
  update() {
    const showWijken = this.map.getZoom() >= this.wijkMinZoom;
    if (showWijken && this.wijken.length === 0)
      this.wijken = labelMarkers(this.map, this.areas.wijken, 'wijk');
    if (!showWijken && this.wijken.length > 0) {
      for (const marker of this.wijken) marker.remove();
      this.wijken = [];
    }
    // Municipality names win over wijk names, which win over the neighbouring provinces.
    declutter([...this.gemeenten, ...this.wijken, ...this.provincies].map((m) => m.getElement()));
  }

  remove() {
    for (const marker of [...this.gemeenten, ...this.wijken, ...this.provincies]) marker.remove();
  }
}
