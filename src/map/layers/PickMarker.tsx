import { createEffect, onCleanup } from 'solid-js';
import { Marker, type MapMouseEvent } from 'maplibre-gl';
import { prefersReducedMotion, useMap } from '../map-context';

type LngLat = [number, number];
const rounded = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * Choosing a place for a proposal, mounted while the form is open: a click on the map or a drag of
 * the pick pin reports the place. A click then means "here", never "this municipality"
 * (GemeenteClicks stands aside).
 */
export function PickMarker(props: {
  location: LngLat | undefined;
  onPick: (location: LngLat) => void;
  label: string;
}) {
  const map = useMap();
  let marker: Marker | undefined;
  const onClick = (event: MapMouseEvent) => props.onPick([event.lngLat.lng, event.lngLat.lat]);
  map.on('click', onClick);
  map.getContainer().classList.add('map--picking');

  createEffect(() => {
    const location = props.location;
    if (!location) {
      marker?.remove();
      marker = undefined;
      return;
    }
    if (!marker) {
      const element = document.createElement('div');
      element.className = 'pick-pin';
      element.setAttribute('role', 'img');
      const created = new Marker({ element, anchor: 'bottom', draggable: true })
        .setLngLat(location)
        .addTo(map);
      created.on('dragend', () => {
        const { lng, lat } = created.getLngLat();
        props.onPick([rounded(lng), rounded(lat)]);
      });
      marker = created;
    }
    marker.getElement().setAttribute('aria-label', props.label);
    marker.setLngLat(location);
    if (!map.getBounds().contains(location))
      map.easeTo({ center: location, animate: !prefersReducedMotion() });
  });

  onCleanup(() => {
    map.off('click', onClick);
    marker?.remove();
    map.getContainer().classList.remove('map--picking');
  });
  return null;
}
