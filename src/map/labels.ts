import type { Map as MapLibreMap, Marker } from 'maplibre-gl';
import { maplibre } from './maplibre';
import { declutter } from './declutter';
import { plainWijkName } from '../data/plain-names';

export interface LabelFeature {
  properties: { code?: string; name?: string; labelPoint?: [number, number] };
}

type LabelKind = 'gemeente' | 'wijk' | 'provincie';

/** Only the names a presentation slide is about: its municipalities (all when absent) and wijken. */
export interface LabelFocus {
  gemeenten?: string[];
  wijken: string[];
}

function labelMarkers(map: MapLibreMap, features: LabelFeature[], kind: LabelKind): Marker[] {
  return features.flatMap((f) => {
    const { code, labelPoint } = f.properties;
    // CBS's "Wijk 01 Emmeloord" reads as "Emmeloord"; a wijk that is only a number gets no name.
    const name = kind === 'wijk' ? plainWijkName(f.properties.name) : f.properties.name;
    if (!name || !labelPoint) return [];
    const element = document.createElement('div');
    element.className = `map-label map-label--${kind}`;
    element.textContent = name;
    element.setAttribute('aria-hidden', 'true');
    element.dataset.kind = kind;
    if (code) element.dataset.code = code;
    return [
      new (maplibre().Marker)({ element, anchor: 'center' }).setLngLat(labelPoint).addTo(map),
    ];
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
  private focus: LabelFocus | undefined;

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

  /** Limits the names to a slide's subject (undefined: the explore map's own rules). */
  setFocus(focus: LabelFocus | undefined) {
    this.focus = focus;
    for (const marker of this.wijken) marker.remove();
    this.wijken = [];
    this.update();
  }

  /** After a move: add or drop the wijk names for the zoom, then hide names that would overlap. */
  update() {
    const focus = this.focus;
    const wantedWijken = focus
      ? this.areas.wijken.filter((w) => focus.wijken.includes(w.properties.code ?? ''))
      : this.map.getZoom() >= this.wijkMinZoom
        ? this.areas.wijken
        : [];
    if (wantedWijken.length > 0 && this.wijken.length === 0)
      this.wijken = labelMarkers(this.map, wantedWijken, 'wijk');
    if (wantedWijken.length === 0 && this.wijken.length > 0) {
      for (const marker of this.wijken) marker.remove();
      this.wijken = [];
    }
    const shown = (marker: Marker) => {
      const code = marker.getElement().dataset.code ?? '';
      return !focus?.gemeenten || focus.gemeenten.includes(code);
    };
    for (const marker of this.gemeenten) marker.getElement().hidden = !shown(marker);
    for (const marker of this.provincies) marker.getElement().hidden = Boolean(focus);
    // Municipality names win over wijk names, which win over the neighbouring provinces; pins and
    // groups of pins (drawn over the names) are never covered: a name moves aside for them. Nor
    // does a name hide under the boxes over the map (marked data-map-overlay) or its controls.
    const container = this.map.getContainer();
    const obstacles = [
      ...container.querySelectorAll<HTMLElement>(
        '.pin:not([hidden]) .pin__shape, .cluster, .maplibregl-ctrl',
      ),
      ...(container.parentElement?.querySelectorAll<HTMLElement>('[data-map-overlay]') ?? []),
    ]
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0);
    declutter(
      [...this.gemeenten, ...this.wijken, ...this.provincies].map((m) => m.getElement()),
      obstacles,
      container.getBoundingClientRect(),
    );
  }

  remove() {
    for (const marker of [...this.gemeenten, ...this.wijken, ...this.provincies]) marker.remove();
  }
}
