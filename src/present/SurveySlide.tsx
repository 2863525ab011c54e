import { createEffect, createResource, For, onCleanup, Show } from 'solid-js';
import type { Knelpunten } from '../data/schemas';
import { useI18n } from '../i18n/i18n';
import { apiBase, requestJson } from '../propose/server-api';
import type { SurveyResults } from '../survey/api';
import { surveySlideEn, surveySlideNl } from './survey-slide-text';
import './survey-slide.css';

/**
 * The meeting's own survey, live: per seed item the share "herkend" with N (no percentage below
 * N = 5), the seed's own percentages beside it under their own source and N, approved open
 * answers only. It hears of new answers on the live stream and asks for the results again.
 */
export function SurveySlide(props: { code: string; knelpunten: Knelpunten; headingId?: string }) {
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

  return (
    <>
      <h2 id={props.headingId ?? 'slide-heading'}>{text().title}</h2>
      <Show when={results()} fallback={<p>{results.loading ? '' : text().none}</p>}>
        {(found) => (
          <>
            <p>{text().intro}</p>
            <p class="survey-slide__count">
              {text().responses(found().responses)}
              <Show when={found().survey.closedAt}> · {text().closed}</Show>
            </p>
            {/* Open answers first: the room reads them before the numbers. */}
            <Show when={found().openAnswers.length > 0}>
              <h3>{text().open}</h3>
              <ul class="survey-slide__open">
                <For each={found().openAnswers.slice(-3)}>{(answer) => <li>{answer}</li>}</For>
              </ul>
            </Show>
            <For each={found().levels}>
              {(level) => {
                const known = levelOf(level.id);
                const withSeed = () => known?.items.some((i) => i.percent !== undefined);
                return (
                  <section class="survey-slide__level">
                    <h3>{seed(known?.name ?? level.id).text}</h3>
                    <Show when={withSeed()}>
                      <p class="slide__note">
                        {text().seedNote} <span lang="nl">{known!.source}</span>
                      </p>
                    </Show>
                    <ol class="survey-slide__items">
                      <For each={level.items}>
                        {(item, index) => {
                          const seedItem = known?.items[index()];
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
