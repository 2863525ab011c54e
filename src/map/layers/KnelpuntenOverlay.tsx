import { createEffect } from 'solid-js';
import { useMap } from '../map-context';
import { knelpuntFilter, LAYER } from '../style';

/** The hatch over municipalities with local knelpunten, shown or hidden. */
export function KnelpuntenOverlay(props: { visible: boolean; gemeenten: string[] }) {
  const map = useMap();
  createEffect(() => {
    map.setFilter(LAYER.knelpuntHatch, knelpuntFilter(props.gemeenten));
    map.setLayoutProperty(LAYER.knelpuntHatch, 'visibility', props.visible ? 'visible' : 'none');
  });
  return null;
}
