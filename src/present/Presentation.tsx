import { createEffect, createSignal, For, on, Show } from 'solid-js';
import type { AppData } from '../data/app-data';
import type { DataIndex } from '../data/indexes';
import type { Describers } from '../explore/describe';
import { useI18n } from '../i18n/i18n';
import type { ApprovedState } from '../propose/approved-state';
import type { Presentation as PresentationState } from './presentation-state';
import { isLocalOnly, proposeUrl } from './qr';
import { QrCode } from './QrCode';
import { SlideContent } from './SlideContent';
import { slideGemeente } from './tour';

const DELAYS = [5, 10, 20, 30, 60];

/** The slide panel, controls and progress over the map while presenting. */
export function PresentationOverlay(props: {
  presentation: PresentationState;
  data: AppData;
  index: DataIndex;
  describe: Describers;
  meetingCode: string | undefined;
  /** Approved proposals from the server (undefined without one): the live wall follows them. */
  approved: ApprovedState | undefined;
}) {
  const { t } = useI18n();
  // The live wall runs while presenting with a server; it stops when the presentation closes.
  createEffect(
    on(
      () => props.approved,
      (approved) => approved?.watchLive(props.meetingCode),
    ),
  );
  const p = () => props.presentation;
  // eslint-disable-next-line solid/reactivity -- the delay the kiosk was started with, once
  const [delay, setDelay] = createSignal(props.presentation.autoplaySeconds() || 10);
  const slide = () => p().slide();
  // The server's PUBLIC_URL when it has one: the address phones in the room can reach.
  const qrText = () =>
    proposeUrl(
      props.approved?.publicUrl ?? location.href,
      slideGemeente(slide()),
      props.meetingCode,
    );
  const showQr = () => p().showQr() || slide()?.kind === 'overview' || slide()?.kind === 'closing';
  const wide = () => slide()?.kind === 'level';

  return (
    <div
      class="present"
      classList={{ 'present--idle': p().cursorIdle() }}
      onPointerDown={() => {
        if (p().autoplaySeconds() && !p().paused()) p().pause();
      }}
    >
      <section
        class="slide"
        classList={{ 'slide--wide': wide() }}
        aria-labelledby="slide-heading"
        aria-live="polite"
      >
        <Show when={slide()}>
          {(s) => (
            <SlideContent
              slide={s()}
              data={props.data}
              index={props.index}
              describe={props.describe}
            />
          )}
        </Show>
      </section>
      <Show when={showQr()}>
        <aside class="present__qr" aria-label={t().presentQrInvite}>
          <p class="slide__sub">{t().presentQrInvite}</p>
          <QrCode text={qrText()} label={t().presentQrLabel} />
          <Show when={isLocalOnly(qrText())}>
            <p class="present__qr-warning">{t().presentQrLocalOnly}</p>
          </Show>
        </aside>
      </Show>
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
      <Show when={props.approved}>
        {(approved) => (
          <p class="present__live" aria-live="polite">
            <Show when={approved().freshCount() > 0}>
              <span class="present__live-count">
                {approved().text().liveNew(approved().freshCount())}
              </span>
            </Show>
          </p>
        )}
      </Show>
      <div class="present__progress" role="status">
        <span>{t().presentProgress(p().current() + 1, p().count)}</span>
        <span class="present__bar" aria-hidden="true">
          <span style={{ width: `${((p().current() + 1) / p().count) * 100}%` }} />
        </span>
      </div>
      <Show when={p().autoplaySeconds() && p().paused()}>
        <p class="present__paused">{t().presentPaused}</p>
      </Show>
      <Show when={p().blank()}>
        <div class="present__blank" aria-label={t().presentBlanked} role="img" />
      </Show>
    </div>
  );
}
