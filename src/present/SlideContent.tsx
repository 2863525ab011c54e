import { For, Match, Show, Switch } from 'solid-js';
import type { AppData } from '../data/app-data';
import type { DataIndex } from '../data/indexes';
import type { Describers } from '../explore/describe';
import { useI18n } from '../i18n/i18n';
import type { Slide } from './tour';

/** What one slide says. Numbers only where the seed gives them, as on the explore screen. */
export function SlideContent(props: {
  slide: Slide;
  data: AppData;
  index: DataIndex;
  describe: Describers;
}) {
  const { t } = useI18n();
  const lokaal = (code: string) =>
    props.data.knelpunten.lokaal.gemeenten.find((g) => g.gemeente === code);
  const initiativesIn = (code: string) =>
    props.data.initiatieven.features.filter(
      (i) => i.properties.gemeente === code && i.properties.precision !== 'provincie',
    );
  const provinceWide = () =>
    props.data.initiatieven.features.filter((i) => i.properties.precision === 'provincie');

  return (
    <Switch>
      <Match when={props.slide.kind === 'overview'}>
        <h2 id="slide-heading">{t().presentOverviewTitle}</h2>
        <p>{props.data.knelpunten.programme}</p>
        <p>
          {t().presentOverviewCount(
            props.data.initiatieven.features.length,
            props.index.gemeenten.length,
          )}
        </p>
        <Show when={provinceWide().length > 0}>
          <p class="slide__sub">{t().wholeProvince}:</p>
          <ul>
            <For each={provinceWide()}>{(i) => <li>{i.properties.name}</li>}</For>
          </ul>
        </Show>
      </Match>
      <Match when={props.slide.kind === 'gemeente' && props.slide}>
        {(slide) => (
          <>
            <h2 id="slide-heading">{props.index.areas.get(slide().gemeente)?.name}</h2>
            <p class="slide__sub">
              {t().localHeading(props.index.areas.get(slide().gemeente)?.name ?? '')}
            </p>
            <Show
              when={(lokaal(slide().gemeente)?.remarks.length ?? 0) > 0}
              fallback={
                <p>{t().localNothing(props.index.areas.get(slide().gemeente)?.name ?? '')}</p>
              }
            >
              <ul>
                <For each={lokaal(slide().gemeente)?.remarks}>{(remark) => <li>{remark}</li>}</For>
              </ul>
            </Show>
            <p class="slide__note">{props.data.knelpunten.lokaal.caveat}</p>
            <p>
              {t().countIn(
                initiativesIn(slide().gemeente).length,
                props.index.areas.get(slide().gemeente)?.name ?? '',
              )}
            </p>
          </>
        )}
      </Match>
      <Match
        when={props.slide.kind === 'initiatief' && props.index.initiatives.get(props.slide.id)}
      >
        {(initiatief) => (
          <>
            <h2 id="slide-heading">{initiatief().properties.name}</h2>
            <p>{props.describe.placeText(initiatief())}</p>
            <p class="slide__note">{props.describe.precisionText(initiatief())}</p>
            <p>
              {t().mentioned(initiatief().properties.mentions)} ·{' '}
              {t().status[initiatief().properties.status]}
            </p>
          </>
        )}
      </Match>
      <Match
        when={
          props.slide.kind === 'level' &&
          props.data.knelpunten.levels.find(
            (l) => props.slide.kind === 'level' && l.id === props.slide.level,
          )
        }
      >
        {(level) => (
          <>
            <h2 id="slide-heading">
              {level().name} <span class="slide__theme">· {level().theme}</span>
            </h2>
            <For each={level().questions}>{(q) => <p class="slide__sub">{q}</p>}</For>
            <p class="slide__note">{t().respondents(level().n)}</p>
            <Show
              when={level().items.some((i) => i.percent !== undefined)}
              fallback={
                <ol class="slide__items">
                  <For each={level().items}>{(item) => <li>{item.text}</li>}</For>
                </ol>
              }
            >
              <ol class="slide__items slide__chart">
                <For each={level().items}>
                  {(item) => (
                    <li>
                      <span>{item.text}</span>
                      <span class="chart__value">
                        <span
                          class="chart__bar"
                          style={{ width: `${item.percent ?? 0}%` }}
                          aria-hidden="true"
                        />
                        <strong class="chart__number">
                          {item.percent !== undefined ? t().percentOf(item.percent) : ''}
                        </strong>
                      </span>
                    </li>
                  )}
                </For>
              </ol>
            </Show>
          </>
        )}
      </Match>
      <Match when={props.slide.kind === 'closing'}>
        <h2 id="slide-heading">{t().presentClosingTitle}</h2>
        <p>{t().presentClosingInvite}</p>
        <p>{props.data.knelpunten.programme}</p>
      </Match>
    </Switch>
  );
}
