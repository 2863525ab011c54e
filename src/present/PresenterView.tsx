import { createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import { buildIndex } from '../data/indexes';
import { loadAppData } from '../data/load';
import type { AppData } from '../data/app-data';
import { createDescribers } from '../explore/describe';
import { useI18n } from '../i18n/i18n';
import { slideNotes } from './notes';
import { usePresentText } from './present-text';
import { SlideContent } from './SlideContent';
import { openPresentChannel, type AudienceState } from './sync';
import { PresenterTimer } from './PresenterTimer';
import './presenter.css';

/** How long the presenter waits for the audience window to answer before saying it is missing. */
const AUDIENCE_WAIT_MS = 1500;

/**
 * The presenter's own window (`?present=1&presenter=1`), on the laptop: the current and the next
 * slide, notes from the data, a timer and the operator's warnings. Its keys drive the audience
 * window through a BroadcastChannel; it never creates a map.
 */
export function PresenterApp() {
  const { t } = useI18n();
  const [data] = createResource(loadAppData);
  return (
    <Show
      when={data()}
      fallback={
        <p class="notice" role={data.error ? 'alert' : 'status'}>
          {data.error ? t().loadError : t().loading}
        </p>
      }
    >
      {(loaded) => <PresenterView data={loaded()} />}
    </Show>
  );
}

function PresenterView(props: { data: AppData }) {
  const { t } = useI18n();
  const text = usePresentText();
  // The data never changes after loading, so everything derived from it is built once.
  // eslint-disable-next-line solid/reactivity
  const data = props.data;
  // The meeting (the same ?code= as the big screen's), for the survey slide's preview.
  const meetingCode = new URLSearchParams(location.search).get('code') ?? undefined;
  const index = buildIndex(data);
  const describe = createDescribers(data, t);
  const [audience, setAudience] = createSignal<AudienceState>();
  const [waited, setWaited] = createSignal(false);
  const [online, setOnline] = createSignal(navigator.onLine);

  const channel = openPresentChannel((message) => {
    if (message.type === 'state') setAudience(message);
    else if (message.type === 'closed') setAudience(undefined);
  });
  channel.postMessage({ type: 'hello' });
  const waitTimer = setTimeout(() => setWaited(true), AUDIENCE_WAIT_MS);
  const send = (key: string) => channel.postMessage({ type: 'key', key });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if ((event.target as HTMLElement | null)?.closest?.('button, a, input, select, textarea'))
      return;
    event.preventDefault();
    send(event.key);
  };
  const onOnline = () => setOnline(navigator.onLine);
  window.addEventListener('keydown', onKeyDown);
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOnline);
  onCleanup(() => {
    clearTimeout(waitTimer);
    channel.close();
    window.removeEventListener('keydown', onKeyDown);
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', onOnline);
  });

  const current = () => audience()?.slides[audience()?.current ?? 0];
  const next = () => audience()?.slides[(audience()?.current ?? 0) + 1];
  const warnings = () => {
    const state = audience();
    return [
      ...(online() ? [] : [text().warnOffline]),
      ...(state?.qrLocalOnly ? [text().warnPublicUrl] : []),
      ...(state?.server === 'down' ? [text().warnServerDown] : []),
      ...(state?.server === 'none' && state.meeting ? [text().warnNoServer] : []),
    ];
  };
  const openAudience = () => {
    const url = new URL(location.href);
    url.searchParams.delete('presenter');
    url.searchParams.set('present', '1');
    window.open(url.toString(), 'samen-buurten-audience');
  };

  return (
    <main class="presenter">
      <header class="presenter__bar">
        <h1>{text().presenterTitle}</h1>
        <Show when={audience()}>
          {(state) => (
            <p class="presenter__progress">
              {text().presentProgress(state().current + 1, state().slides.length)}
            </p>
          )}
        </Show>
        <PresenterTimer />
      </header>
      <p class="presenter__intro">{text().presenterIntro}</p>
      <section class="presenter__warnings" aria-labelledby="presenter-warnings">
        <h2 id="presenter-warnings">{text().presenterWarnings}</h2>
        <Show when={!audience() && waited()}>
          <p class="presenter__warning" role="alert">
            {text().presenterNoAudience}{' '}
            <button type="button" class="button" onClick={openAudience}>
              {text().presenterOpenAudience}
            </button>
          </p>
        </Show>
        <div role="status">
          <ul>
            <For each={warnings()}>
              {(warning) => <li class="presenter__warning">{warning}</li>}
            </For>
          </ul>
        </div>
        <Show when={audience() && warnings().length === 0}>
          <p>{text().presenterNoWarnings}</p>
        </Show>
        <Show when={audience()?.showQr}>
          <p class="presenter__qr">
            {text().presenterQrAddress} <code>{audience()?.qrUrl}</code>
          </p>
        </Show>
      </section>
      <nav class="presenter__keys" aria-label={text().presentControls}>
        <button type="button" class="button" onClick={() => send('ArrowLeft')}>
          ← {text().presentPrevious}
        </button>
        <button type="button" class="button" onClick={() => send('ArrowRight')}>
          {text().presentNext} →
        </button>
        <button type="button" class="button button--quiet" onClick={() => send('b')}>
          B
        </button>
        <button type="button" class="button button--quiet" onClick={() => send('q')}>
          {text().presentQrButton}
        </button>
      </nav>
      <div class="presenter__slides">
        <section class="presenter__now" aria-labelledby="presenter-now">
          <h2 id="presenter-now">{text().presenterNow}</h2>
          <div class="presenter__preview" data-testid="presenter-now">
            <Show when={current()}>
              {(slide) => (
                <SlideContent
                  slide={slide()}
                  data={props.data}
                  index={index}
                  describe={describe}
                  meetingCode={meetingCode}
                  headingId="presenter-now-heading"
                />
              )}
            </Show>
          </div>
          <h2 id="presenter-notes">{text().presenterNotes}</h2>
          <ul class="presenter__notes" aria-labelledby="presenter-notes">
            <For each={slideNotes(current(), props.data, describe, text())}>
              {(note) => <li lang={note.lang}>{note.text}</li>}
            </For>
          </ul>
        </section>
        <section class="presenter__next" aria-labelledby="presenter-next">
          <h2 id="presenter-next">{text().presenterNext}</h2>
          <div class="presenter__preview presenter__preview--next" data-testid="presenter-next">
            <Show when={next()} fallback={<p>{text().presenterEnd}</p>}>
              {(slide) => (
                <SlideContent
                  slide={slide()}
                  data={props.data}
                  index={index}
                  describe={describe}
                  meetingCode={meetingCode}
                  headingId="presenter-next-heading"
                />
              )}
            </Show>
          </div>
        </section>
      </div>
    </main>
  );
}
