import { createEffect } from 'solid-js';
import { useMap } from '../map-context';
import { setFilterIfChanged, setVisibleIfChanged } from '../restyle';
import { knelpuntFilter, LAYER } from '../style';

/** The hatch over municipalities with local knelpunten, shown or hidden. */
export function KnelpuntenOverlay(props: { visible: boolean; gemeenten: string[] }) {
  const map = useMap();
  createEffect(() => {
    setFilterIfChanged(map, LAYER.knelpuntHatch, knelpuntFilter(props.gemeenten));
    setVisibleIfChanged(map, LAYER.knelpuntHatch, props.visible);
  });
  return null;
}
