import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import type { Initiatief } from '../data/schemas';

export interface PinOptions {
  label: (initiatief: Initiatief) => string;
  onSelect: (id: string) => void;
}

/**
 * One focusable, named button per initiative. DOM markers keep pins in the tab order and readable
 * by screen readers, which canvas symbols are not. Added in list order so Tab follows the list.
 */
export function addInitiativePins(
  map: MapLibreMap,
  initiatives: Initiatief[],
  options: PinOptions,
): Map<string, Marker> {
  const pins = new Map<string, Marker>();
  for (const initiatief of initiatives) {
    const { id, status, mentions } = initiatief.properties;
    const element = document.createElement('button');
    element.type = 'button';
    element.className = `pin pin--${status}`;
    element.dataset.id = id;
    element.dataset.mentions = String(mentions);
    element.setAttribute('aria-label', options.label(initiatief));
    element.addEventListener('click', (event) => {
      event.stopPropagation();
      options.onSelect(id);
    });
    const [lng, lat] = initiatief.geometry.coordinates;
    const marker = new Marker({ element, anchor: 'bottom' }).setLngLat([lng, lat]).addTo(map);
    pins.set(id, marker);
  }
  return pins;
}

/** Updates the pins' accessible names, e.g. after a language switch. */
export function relabelPins(
  pins: Map<string, Marker>,
  initiatives: Initiatief[],
  label: (i: Initiatief) => string,
) {
  for (const initiatief of initiatives) {
    pins.get(initiatief.properties.id)?.getElement().setAttribute('aria-label', label(initiatief));
  }
}
