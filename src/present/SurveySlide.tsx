import {
  createEffect,
  createMemo,
  createResource,
  createSignal,
  For,
  on,
  onCleanup,
  Show,
} from 'solid-js';
import type { Knelpunten } from '../data/schemas';
import { useI18n } from '../i18n/i18n';
import { apiBase, requestJson } from '../propose/server-api';
import type { SurveyResults } from '../survey/api';
import { surveySlideEn, surveySlideNl } from './survey-slide-text';
import './survey-slide.css';

/** Items run in three columns: a part is shortened by a row at a time. */
const COLUMNS = 3;

type Entry = {
  level: SurveyResults['levels'][number];
  item: SurveyResults['levels'][number]['items'][number];
  index: number;
};

/**
 * The meeting's own survey, live: per seed item the share "herkend" with N (no percentage below
 * N = 5), the seed's own percentages beside it under their own source and N, approved open
 * answers only. It hears of new answers on the live stream and asks for the results again.
 * More items than fit in big-screen type go in parts, shown one after the other by the next key
 * (`part`, `onParts`); elsewhere (presenter view, handout) the first part shows.
 */
export function SurveySlide(props: {
  code: string;
  knelpunten: Knelpunten;
  headingId?: string;
  part: number;
  onParts?: (count: number) => void;
}) {
  const { lang, seed } = useI18n();
  const text = () => (lang() === 'en' ? surveySlideEn : surveySlideNl);
  const base = apiBase();
  const [results, { refetch }] = createResource(
    () => props.code,
    (code) =>
      requestJson<SurveyResults>(`${base}/api/enquete/${encodeURIComponent(code)}/resultaten`, {
        cache: 'no-store',
      }).catch(() => undefined),
  );
  createEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(
      `${base}/api/live?vergadering=${encodeURIComponent(props.code)}`,
    );
    source.addEventListener('survey', () => void refetch());
    // A reconnect may have missed answers.
    source.addEventListener('ready', () => void refetch());
    onCleanup(() => source.close());
  });
  const levelOf = (id: string) => props.knelpunten.levels.find((l) => l.id === id);

  const entries = createMemo((): Entry[] =>
    (results()?.levels ?? []).flatMap((level) =>
      level.items.map((item, index) => ({ level, item, index })),
    ),
  );
  const [perPart, setPerPart] = createSignal(Infinity);
  const [measuring, setMeasuring] = createSignal(false);
  const partCount = () => Math.max(1, Math.ceil(entries().length / perPart()));
  const shownPart = () => (measuring() ? 0 : Math.min(props.part, partCount() - 1));
  const shown = createMemo(() => {
    const size = Math.min(perPart(), entries().length);
    return entries().slice(shownPart() * size, (shownPart() + 1) * size);
  });
  const shownLevels = () => [...new Set(shown().map((e) => e.level))];

  // Fits the items in parts: all at once if they fit, else a row fewer each time. Runs outside
  // Solid's tracking (a frame later), so each change is laid out before it is measured.
  // eslint-disable-next-line no-unassigned-vars -- assigned by Solid's ref
  let anchor!: HTMLHeadingElement;
  let frame = 0;
  const fit = () => {
    const panel = anchor?.closest<HTMLElement>('.slide');
    if (!props.onParts || !panel) return;
    const overflowing = () => panel.scrollHeight > panel.clientHeight + 1;
    setMeasuring(true);
    let size = Math.max(entries().length, 1);
    setPerPart(size);
    while (size > COLUMNS && overflowing()) setPerPart((size -= COLUMNS));
    setMeasuring(false);
    props.onParts(partCount());
  };
  const refit = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(fit);
  };
  createEffect(on([results, lang], refit));
  window.addEventListener('resize', refit);
  onCleanup(() => {
    cancelAnimationFrame(frame);
    window.removeEventListener('resize', refit);
  });

  return (
    <>
      <h2 id={props.headingId ?? 'slide-heading'} ref={anchor}>
        {text().title}
        <Show when={partCount() > 1}> {text().part(shownPart() + 1, partCount())}</Show>
      </h2>
      <Show when={results()} fallback={<p>{results.loading ? '' : text().none}</p>}>
        {(found) => (
          <>
            <p class="survey-slide__count">
              <strong>{text().responses(found().responses)}.</strong>{' '}
              <Show when={found().survey.closedAt}>{text().closed} </Show>
              <Show when={shownPart() === 0}>{text().intro}</Show>
            </p>
            {/* Open answers first: the room reads them before the numbers. */}
            <Show when={shownPart() === 0 && found().openAnswers.length > 0}>
              <h3>{text().open}</h3>
              <ul class="survey-slide__open">
                <For each={found().openAnswers.slice(-3)}>{(answer) => <li>{answer}</li>}</For>
              </ul>
            </Show>
            <For each={shownLevels()}>
              {(level) => {
                const known = levelOf(level.id);
                const withSeed = () => known?.items.some((i) => i.percent !== undefined);
                const here = () => shown().filter((e) => e.level === level);
                return (
                  <section class="survey-slide__level">
                    <h3>{seed(known?.name ?? level.id).text}</h3>
                    <Show when={withSeed()}>
                      <p class="slide__note">
                        {text().seedNote} <span lang="nl">{known!.source}</span>
                      </p>
                    </Show>
                    <ol class="survey-slide__items" start={(here()[0]?.index ?? 0) + 1}>
                      <For each={here()}>
                        {({ item, index }) => {
                          const seedItem = known?.items[index];
                          return (
                            <li class="survey-slide__item">
                              <span lang={seed(seedItem?.text ?? '').lang}>
                                {seed(seedItem?.text ?? '').text}
                              </span>
                              <span class="survey-slide__share" data-n={item.n}>
                                <Show
                                  when={item.percent !== undefined}
                                  fallback={<em>{text().tooFew(item.n)}</em>}
                                >
                                  <span
                                    class="survey-slide__bar"
                                    style={{ width: `${item.percent}%` }}
                                    aria-hidden="true"
                                  />
                                  {text().meeting}: {text().recognised(item.percent!, item.n)}
                                </Show>
                              </span>
                              <Show when={seedItem?.percent !== undefined && known}>
                                <span class="survey-slide__seed">
                                  {text().seed(seedItem!.percent!, known!.n)}
                                </span>
                              </Show>
                            </li>
                          );
                        }}
                      </For>
                    </ol>
                  </section>
                );
              }}
            </For>
          </>
        )}
      </Show>
    </>
  );
}
