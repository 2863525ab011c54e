import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import type { Gemeente } from '../data/schemas';
import { RecognitionLayer } from '../map/layers/RecognitionLayer';
import { fetchRecognition, RECOGNITION_REFRESH_MS, type RecognitionView } from './recognition-data';
import { RecognitionLegend } from './RecognitionLegend';

/**
 * "Herkend op bijeenkomsten" while it is switched on: fetched when switched on and again every
 * minute while the page is in view, the municipalities coloured on the map and their key in a box
 * of its own, apart from the seed's hatch in the map legend. A failed refresh keeps what is shown.
 * A child of MapView, so its DOM stands beside the map. Loaded only when asked for.
 */
export function Recognition(props: { gemeenten: Gemeente[] }) {
  const [view, setView] = createSignal<RecognitionView>();
  let askedAt = 0;
  let asking = false;
  const refresh = async () => {
    if (asking) return;
    asking = true;
    askedAt = Date.now();
    const next = await fetchRecognition();
    asking = false;
    if (next.ok || !view()) setView(next);
  };
  onMount(() => {
    void refresh();
    const inView = () => document.visibilityState === 'visible';
    const timer = setInterval(() => inView() && void refresh(), RECOGNITION_REFRESH_MS);
    const onVisibility = () => {
      if (inView() && Date.now() - askedAt >= RECOGNITION_REFRESH_MS) void refresh();
    };
    document.addEventListener('visibilitychange', onVisibility);
    onCleanup(() => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    });
  });

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
