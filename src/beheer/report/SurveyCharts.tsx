import { For, Show } from 'solid-js';
import type { Knelpunten } from '../../data/schemas';
import { useI18n } from '../../i18n/i18n';
import { surveySlideEn, surveySlideNl } from '../../present/survey-slide-text';
import type { SurveyResults } from '../../survey/api';

/**
 * The meeting's survey as bar charts: per seed item the share "herkend" with N (no percentage and
 * no bar below N = 5); where the seed has its own percentage it stands beside it, in its own
 * colour, under its own source and N. The two are never added up.
 */
export function SurveyCharts(props: {
  results: SurveyResults;
  knelpunten: Knelpunten;
  labels: { seedName: string; sourceWord: string };
}) {
  const { lang, seed } = useI18n();
  const text = () => (lang() === 'en' ? surveySlideEn : surveySlideNl);
  const levelOf = (id: string) => props.knelpunten.levels.find((l) => l.id === id);
  return (
    <>
      <p class="meeting-report__count">{text().responses(props.results.responses)}</p>
      <For each={props.results.levels}>
        {(level) => {
          // The seed does not change while the report is open.
          const staticKnown = levelOf(level.id);
          const withSeed = () => staticKnown?.items.some((i) => i.percent !== undefined);
          return (
            <section class="report-chart">
              <h4>{seed(staticKnown?.name ?? level.id).text}</h4>
              <Show when={withSeed()}>
                <p class="report-chart__legend small">
                  <span>
                    <span class="report-chart__key" aria-hidden="true" />
                    {text().meeting}
                  </span>
                  <span>
                    <span class="report-chart__key report-chart__key--seed" aria-hidden="true" />
                    {props.labels.seedName} (N = {staticKnown!.n}), {props.labels.sourceWord}:{' '}
                    <span lang="nl">{staticKnown!.source}</span>
                  </span>
                </p>
                <p class="muted small">{text().seedNote}</p>
              </Show>
              <ol class="report-chart__items">
                <For each={level.items}>
                  {(item, index) => {
                    const seedItem = () => staticKnown?.items[index()];
                    const itemText = () => seed(seedItem()?.text ?? '');
                    return (
                      <li class="report-chart__item">
                        <span lang={itemText().lang}>{itemText().text}</span>
                        <span class="report-chart__row" data-n={item.n}>
                          <Show
                            when={item.percent !== undefined}
                            fallback={<em>{text().tooFew(item.n)}</em>}
                          >
                            <span class="report-chart__track" aria-hidden="true">
                              <span
                                class="report-chart__bar"
                                style={{ width: `${item.percent}%` }}
                              />
                            </span>
                            <span class="report-chart__value">
                              {text().meeting}: {text().recognised(item.percent!, item.n)}
                            </span>
                          </Show>
                        </span>
                        <Show when={seedItem()?.percent !== undefined && staticKnown}>
                          <span class="report-chart__row report-chart__row--seed">
                            <span class="report-chart__track" aria-hidden="true">
                              <span
                                class="report-chart__bar report-chart__bar--seed"
                                style={{ width: `${seedItem()!.percent}%` }}
                              />
                            </span>
                            <span class="report-chart__value">
                              {text().seed(seedItem()!.percent!, staticKnown!.n)}
                            </span>
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
  );
}
