import { onCleanup } from 'solid-js';
import type { MapMouseEvent } from 'maplibre-gl';
import { useMap } from '../map-context';
import { LAYER } from '../style';

/** A click on a municipality chooses it (not while a place is being picked for a proposal). */
export function GemeenteClicks(props: { enabled: boolean; onClick: (code: string) => void }) {
  const map = useMap();
  const onClick = (event: MapMouseEvent) => {
    if (!props.enabled) return;
    const code = map.queryRenderedFeatures(event.point, { layers: [LAYER.gemeenteFill] })[0]
      ?.properties?.code;
    if (typeof code === 'string') props.onClick(code);
  };
  const pointer = () => (map.getCanvas().style.cursor = 'pointer');
  const plain = () => (map.getCanvas().style.cursor = '');
  map.on('click', onClick);
  map.on('mouseenter', LAYER.gemeenteFill, pointer);
  map.on('mouseleave', LAYER.gemeenteFill, plain);
  onCleanup(() => {
    map.off('click', onClick);
    map.off('mouseenter', LAYER.gemeenteFill, pointer);
    map.off('mouseleave', LAYER.gemeenteFill, plain);
  });
  return null;
}
