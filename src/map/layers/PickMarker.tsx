import { createEffect, onCleanup } from 'solid-js';
import { Marker, type MapMouseEvent } from 'maplibre-gl';
import { prefersReducedMotion, useMap } from '../map-context';

type LngLat = [number, number];
const rounded = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * Choosing a place for a proposal: a click on the map or a drag of the pick pin reports the place.
 * While picking, a click means "here", never "this municipality" (GemeenteClicks stands aside).
 */
export function PickMarker(props: {
  picking: boolean;
  location: LngLat | undefined;
  onPick: (location: LngLat) => void;
  label: string;
}) {
  const map = useMap();
  let marker: Marker | undefined;
  const onClick = (event: MapMouseEvent) => {
    if (props.picking) props.onPick([event.lngLat.lng, event.lngLat.lat]);
  };
  map.on('click', onClick);

  createEffect(() => {
    const location = props.picking ? props.location : undefined;
    map.getContainer().classList.toggle('map--picking', props.picking);
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
