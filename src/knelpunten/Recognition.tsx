import { createResource, Show } from 'solid-js';
import { Portal } from 'solid-js/web';
import type { Gemeente } from '../data/schemas';
import { RecognitionLayer } from '../map/layers/RecognitionLayer';
import { RECOGNITION_LEGEND_SLOT } from './OverlayLegend';
import { fetchRecognition } from './recognition-data';
import { RecognitionLegend } from './RecognitionLegend';

/**
 * "Herkend op bijeenkomsten" while it is switched on: fetched afresh each time, the municipalities
 * coloured on the map (this is a child of MapView) and the key in the map legend, below the seed's
 * hatch. Loaded only when asked for.
 */
export function Recognition(props: { gemeenten: Gemeente[] }) {
  const [view] = createResource(fetchRecognition);
  const fills = () => {
    const shown = view();
    return shown?.ok ? shown.fills : undefined;
  };
  const nameOf = (code: string) =>
    props.gemeenten.find((g) => g.properties.code === code)?.properties.name ?? code;
  // Absent when the page has no legend (an embedded map).
  const slot = document.getElementById(RECOGNITION_LEGEND_SLOT);
  return (
    <>
      <Show when={fills()}>{(shown) => <RecognitionLayer fills={shown()} />}</Show>
      <Show when={slot && view()}>
        {(shown) => (
          <Portal mount={slot!}>
            <RecognitionLegend view={shown()} nameOf={nameOf} />
          </Portal>
        )}
      </Show>
    </>
  );
}
