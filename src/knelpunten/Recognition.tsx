import { createResource, Show } from 'solid-js';
import type { Gemeente } from '../data/schemas';
import { RecognitionLayer } from '../map/layers/RecognitionLayer';
import { fetchRecognition } from './recognition-data';
import { RecognitionLegend } from './RecognitionLegend';

/**
 * "Herkend op bijeenkomsten" while it is switched on: fetched afresh each time, the municipalities
 * coloured on the map and their key in a box of its own, apart from the seed's hatch in the map
 * legend. A child of MapView, so its DOM stands beside the map. Loaded only when asked for.
 */
export function Recognition(props: { gemeenten: Gemeente[] }) {
  const [view] = createResource(fetchRecognition);
  const fills = () => {
    const shown = view();
    return shown?.ok ? shown.fills : undefined;
  };
  const nameOf = (code: string) =>
    props.gemeenten.find((g) => g.properties.code === code)?.properties.name ?? code;
  return (
    <>
      <Show when={fills()}>{(shown) => <RecognitionLayer fills={shown()} />}</Show>
      <Show when={view()}>{(shown) => <RecognitionLegend view={shown()} nameOf={nameOf} />}</Show>
    </>
  );
}
