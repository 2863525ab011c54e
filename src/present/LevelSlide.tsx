import { For, Show } from 'solid-js';
import type { KnelpuntLevel } from '../data/schemas';
import { useFeatureText } from '../i18n/feature-text';
import { Seed } from '../i18n/Seed';
import { usePresentText } from './present-text';

/**
 * One knelpunt level. Where the seed gives percentages (the relational level, N = 77) they are
 * horizontal bars with the value at the end, in the seed's order; otherwise the knelpunten are an
 * unranked set of cards, with the note that the source gives neither order nor percentages.
 */
export function LevelSlide(props: { level: KnelpuntLevel; headingId?: string }) {
  const ft = useFeatureText();
  const text = usePresentText();
  const charted = () => props.level.items.every((i) => i.percent !== undefined);
  return (
    <>
      <h2 id={props.headingId ?? 'slide-heading'}>
        <Seed text={props.level.name} />{' '}
        <span class="slide__theme">
          · <Seed text={props.level.theme} />
        </span>
      </h2>
      <For each={props.level.questions}>
        {(q) => (
          <p class="slide__question">
            <Seed text={q} />
          </p>
        )}
      </For>
      <Show
        when={charted()}
        fallback={
          <>
            <p class="slide__note">
              {text().unranked} {ft().respondents(props.level.n)}
            </p>
            <ul class="slide__cards">
              <For each={props.level.items}>
                {(item) => (
                  <li class="slide__card">
                    <Seed text={item.text} />
                  </li>
                )}
              </For>
            </ul>
          </>
        }
      >
        <p class="slide__note">{text().chartTitle(props.level.n)}</p>
        <ul class="chart">
          <For each={props.level.items}>
            {(item) => (
              <li class="chart__row">
                <span class="chart__label">
                  <Seed text={item.text} />
                </span>
                <span class="chart__value">
                  <span
                    class="chart__bar"
                    style={{ width: `${item.percent ?? 0}%` }}
                    aria-hidden="true"
                  />
                  <strong class="chart__number">{ft().percentOf(item.percent ?? 0)}</strong>
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </>
  );
}
