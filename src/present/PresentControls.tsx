import { createSignal, For, Show } from 'solid-js';
import type { Presentation } from './presentation-state';
import { usePresentText } from './present-text';

const DELAYS = [5, 10, 20, 30, 60];

/** The operator's buttons on the audience screen; shown on input, hidden after a few seconds. */
export function PresentControls(props: {
  presentation: Presentation;
  onPresenter: () => void;
  onHandout: () => void;
}) {
  const text = usePresentText();
  const p = () => props.presentation;
  // eslint-disable-next-line solid/reactivity -- the delay the kiosk was started with, once
  const [delay, setDelay] = createSignal(props.presentation.autoplaySeconds() || 10);
  return (
    <nav class="present__controls" aria-label={text().presentControls}>
      <button
        type="button"
        class="button"
        onClick={() => p().previous()}
        disabled={p().current() === 0}
      >
        ← {text().presentPrevious}
      </button>
      <button
        type="button"
        class="button"
        onClick={() => p().next()}
        disabled={p().current() === p().count - 1}
      >
        {text().presentNext} →
      </button>
      <button
        type="button"
        class="button button--quiet"
        onClick={() => p().toggleQr()}
        aria-pressed={p().showQr()}
      >
        {text().presentQrButton}
      </button>
      <Show
        when={p().autoplaySeconds() && !p().paused()}
        fallback={
          <span class="present__autoplay">
            <button
              type="button"
              class="button button--quiet"
              onClick={() => p().startAutoplay(delay())}
            >
              {text().presentAutoplay}
            </button>
            <label>
              <span class="visually-hidden">{text().presentDelay}</span>
              <select value={delay()} onChange={(e) => setDelay(Number(e.currentTarget.value))}>
                <For each={DELAYS}>
                  {(seconds) => <option value={seconds}>{text().presentSeconds(seconds)}</option>}
                </For>
              </select>
            </label>
          </span>
        }
      >
        <button type="button" class="button button--quiet" onClick={() => p().pause()}>
          {text().presentPause}
        </button>
      </Show>
      <button type="button" class="button button--quiet" onClick={() => props.onPresenter()}>
        {text().presenterOpen}
      </button>
      <button type="button" class="button button--quiet" onClick={() => props.onHandout()}>
        {text().handoutOpen}
      </button>
      <button
        type="button"
        class="button button--quiet"
        onClick={() => void p().requestFullscreen()}
      >
        {text().presentFullscreen}
      </button>
      <button type="button" class="button button--quiet" onClick={() => p().exit()}>
        {text().presentStop}
      </button>
    </nav>
  );
}
