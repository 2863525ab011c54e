import { createSignal, For, Show } from 'solid-js';
import { useI18n } from '../i18n/i18n';
import type { Presentation } from './presentation-state';
import { usePresentText } from './present-text';

const DELAYS = [5, 10, 20, 30, 60];

/** The operator's buttons on the audience screen; shown on input, hidden after a few seconds. */
export function PresentControls(props: {
  presentation: Presentation;
  onPresenter: () => void;
  onHandout: () => void;
}) {
  const { t } = useI18n();
  const text = usePresentText();
  const p = () => props.presentation;
  // eslint-disable-next-line solid/reactivity -- the delay the kiosk was started with, once
  const [delay, setDelay] = createSignal(props.presentation.autoplaySeconds() || 10);
  return (
    <nav class="present__controls" aria-label={t().presentControls}>
      <button
        type="button"
        class="button"
        onClick={() => p().previous()}
        disabled={p().current() === 0}
      >
        ← {t().presentPrevious}
      </button>
      <button
        type="button"
        class="button"
        onClick={() => p().next()}
        disabled={p().current() === p().count - 1}
      >
        {t().presentNext} →
      </button>
      <button
        type="button"
        class="button button--quiet"
        onClick={() => p().toggleQr()}
        aria-pressed={p().showQr()}
      >
        {t().presentQrButton}
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
              {t().presentAutoplay}
            </button>
            <label>
              <span class="visually-hidden">{t().presentDelay}</span>
              <select value={delay()} onChange={(e) => setDelay(Number(e.currentTarget.value))}>
                <For each={DELAYS}>
                  {(seconds) => <option value={seconds}>{t().presentSeconds(seconds)}</option>}
                </For>
              </select>
            </label>
          </span>
        }
      >
        <button type="button" class="button button--quiet" onClick={() => p().pause()}>
          {t().presentPause}
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
        {t().presentFullscreen}
      </button>
      <button type="button" class="button button--quiet" onClick={() => p().exit()}>
        {t().presentStop}
      </button>
    </nav>
  );
}
