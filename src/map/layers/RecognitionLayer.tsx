import type { ExpressionSpecification } from 'maplibre-gl';
import { createEffect, onCleanup } from 'solid-js';
import { useMap } from '../map-context';
import { LAYER, SOURCE } from '../style';

export interface GemeenteFill {
  code: string;
  colour: string;
}

const NONE = 'rgba(0, 0, 0, 0)';

// Added only when asked for (so not in style.ts's offline style): under the seed's hatch, which
// stays visible on top.
const RECOGNITION = { layer: 'gemeente-herkend', beforeId: LAYER.knelpuntHatch };

/** Colours the municipalities given; every other one stays as it is. */
export function RecognitionLayer(props: { fills: GemeenteFill[] }) {
  const map = useMap();
  map.addLayer(
    {
      id: RECOGNITION.layer,
      type: 'fill',
      source: SOURCE.gemeenten,
      filter: ['in', ['get', 'code'], ['literal', []]],
      paint: { 'fill-color': NONE, 'fill-opacity': 0.85 },
    },
    RECOGNITION.beforeId,
  );
  createEffect(() => {
    const codes = props.fills.map((f) => f.code);
    map.setFilter(RECOGNITION.layer, ['in', ['get', 'code'], ['literal', codes]]);
    const [first, ...rest] = props.fills;
    const colour: ExpressionSpecification | string = first
      ? [
          'match',
          ['get', 'code'],
          first.code,
          first.colour,
          ...rest.flatMap((f) => [f.code, f.colour]),
          NONE,
        ]
      : NONE;
    map.setPaintProperty(RECOGNITION.layer, 'fill-color', colour);
  });
  onCleanup(() => {
    if (map.getLayer(RECOGNITION.layer)) map.removeLayer(RECOGNITION.layer);
  });
  return null;
}
