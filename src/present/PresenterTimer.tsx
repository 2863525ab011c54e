import { createSignal, onCleanup, Show } from 'solid-js';
import { usePresentText } from './present-text';

const clock = (ms: number) => {
  const seconds = Math.floor(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
};

/** How long the presenter has been talking; it runs from the moment the window opens. */
export function PresenterTimer() {
  const text = usePresentText();
  const [elapsed, setElapsed] = createSignal(0);
  const [running, setRunning] = createSignal(true);
  let startedAt = Date.now();
  const tick = setInterval(() => {
    if (running()) setElapsed(Date.now() - startedAt);
  }, 500);
  onCleanup(() => clearInterval(tick));
  const toggle = () => {
    if (running()) setRunning(false);
    else {
      startedAt = Date.now() - elapsed();
      setRunning(true);
    }
  };
  return (
    <p class="presenter__timer">
      <span class="visually-hidden">{text().presenterTimer}: </span>
      <time class="presenter__clock" aria-live="off">
        {clock(elapsed())}
      </time>
      <button type="button" class="button button--quiet" onClick={toggle}>
        <Show when={running()} fallback={text().presenterTimerStart}>
          {text().presenterTimerPause}
        </Show>
      </button>
      <button
        type="button"
        class="button button--quiet"
        onClick={() => {
          startedAt = Date.now();
          setElapsed(0);
        }}
      >
        {text().presenterTimerReset}
      </button>
    </p>
  );
}
