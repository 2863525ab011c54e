import { For, lazy, Match, Show, Switch } from 'solid-js';
import type { AppData } from '../data/app-data';
import type { DataIndex } from '../data/indexes';
import type { Describers } from '../explore/describe';
import { useI18n } from '../i18n/i18n';
import { Seed } from '../i18n/Seed';
import type { PublicProposal } from '../proposals/contract';
import { LevelSlide } from './LevelSlide';
import { usePresentText } from './present-text';
import { tourCounts } from './slide-facts';
import type { Slide } from './tour';

// The survey slide loads when a meeting's tour reaches it.
const SurveySlide = lazy(() => import('./SurveySlide').then((m) => ({ default: m.SurveySlide })));

/** A proposal on the live wall, with its place in words. */
export interface LiveProposal {
  proposal: PublicProposal;
  place: string;
}

/**
 * What one slide says, for a room: one idea, a few lines. Numbers only where the seed gives them
 * or counted from the data (and then saying what they count). Seed text carries lang="nl".
 */
export function SlideContent(props: {
  slide: Slide;
  data: AppData;
  index: DataIndex;
  describe: Describers;
  /** Proposals approved during this meeting (the live wall), newest last. */
  live?: LiveProposal[];
  /** The heading's id (the presenter view shows two slides at once). */
  headingId?: string;
  /** The meeting's code, for its survey slide. */
  meetingCode?: string;
  /** On the audience screen: which part of a slide in parts to show, and where to say how many. */
  part?: number;
  onParts?: (count: number) => void;
}) {
  const { t } = useI18n();
  const text = usePresentText();
  const counts = () => tourCounts(props.data);
  const gemeenteName = (code: string) => props.index.areas.get(code)?.name ?? '';
  const lokaal = (code: string) =>
    props.data.knelpunten.lokaal.gemeenten.find((g) => g.gemeente === code);
  const initiativesIn = (code: string) =>
    props.data.initiatieven.features.filter(
      (i) => i.properties.gemeente === code && i.properties.precision !== 'provincie',
    );
  const level = () => {
    const slide = props.slide;
    return slide.kind === 'level'
      ? props.data.knelpunten.levels.find((l) => l.id === slide.level)
      : undefined;
  };

  return (
    <Switch>
      <Match when={props.slide.kind === 'overview'}>
        <h2 id={props.headingId ?? 'slide-heading'}>{text().presentOverviewTitle}</h2>
        <p>
          <Seed text={props.data.knelpunten.programme} />
        </p>
        <p class="slide__lead">
          {text().overviewCounts(
            counts().entries,
            counts().seedPoints,
            counts().gemeentenWithPlace,
            props.index.gemeenten.length,
          )}
        </p>
        <Show when={counts().provinceWide.length > 0}>
          <p class="slide__sub">{text().overviewNoPlace(counts().provinceWide.length)}</p>
          <ul class="slide__list">
            <For each={counts().provinceWide}>{(i) => <li lang="nl">{i.properties.name}</li>}</For>
          </ul>
        </Show>
      </Match>
      <Match when={props.slide.kind === 'gemeente' && props.slide}>
        {(slide) => (
          <>
            <h2 id={props.headingId ?? 'slide-heading'}>{gemeenteName(slide().gemeente)}</h2>
            <p class="slide__lead">
              {text().gemeenteCount(initiativesIn(slide().gemeente).length)}
            </p>
            <p class="slide__sub">{text().localQuestion(gemeenteName(slide().gemeente))}</p>
            <Show
              when={(lokaal(slide().gemeente)?.remarks.length ?? 0) > 0}
              fallback={<p>{text().localNothing(gemeenteName(slide().gemeente))}</p>}
            >
              <p>{text().localIndividual}</p>
              <ul class="slide__list">
                <For each={lokaal(slide().gemeente)?.remarks}>
                  {(remark) => (
                    <li>
                      <Seed text={remark} />
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </>
        )}
      </Match>
      <Match
        when={props.slide.kind === 'initiatief' && props.index.initiatives.get(props.slide.id)}
      >
        {(initiatief) => (
          <>
            <h2 id={props.headingId ?? 'slide-heading'} lang="nl">
              {initiatief().properties.name}
            </h2>
            <p class="slide__lead">{props.describe.placeText(initiatief())}</p>
            <p>
              {text().mentions(initiatief().properties.mentions)} ·{' '}
              {t().status[initiatief().properties.status]}
            </p>
            <p class="slide__note">{props.describe.precisionText(initiatief())}</p>
            <For each={props.describe.placeCaveats(initiatief())}>
              {(caveat) => <p class="slide__note">{caveat}</p>}
            </For>
          </>
        )}
      </Match>
      <Match when={level()}>
        {(found) => <LevelSlide level={found()} headingId={props.headingId} />}
      </Match>
      <Match when={props.slide.kind === 'live' && props.slide}>
        {(slide) => (
          <>
            <h2 id={props.headingId ?? 'slide-heading'}>
              {text().liveTitle}
              <Show when={slide().gemeente}>{(code) => <> · {gemeenteName(code())}</>}</Show>
            </h2>
            <p>{text().liveIntro}</p>
            <Show when={(props.live?.length ?? 0) > 0} fallback={<p>{text().liveNone}</p>}>
              <ul class="slide__list">
                <For each={props.live?.slice(-5).reverse()}>
                  {(item) => (
                    <li>
                      <strong>{item.proposal.name}</strong> · {item.place}
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </>
        )}
      </Match>
      <Match when={props.slide.kind === 'survey' && props.meetingCode}>
        {(code) => (
          <SurveySlide
            code={code().toUpperCase()}
            knelpunten={props.data.knelpunten}
            headingId={props.headingId}
            part={props.part ?? 0}
            onParts={props.onParts}
          />
        )}
      </Match>
      <Match when={props.slide.kind === 'closing'}>
        <h2 id={props.headingId ?? 'slide-heading'}>{text().presentClosingTitle}</h2>
        <p class="slide__lead">{text().presentClosingInvite}</p>
        <p>
          <Seed text={props.data.knelpunten.programme} />
        </p>
      </Match>
    </Switch>
  );
}
