import { For, Show } from 'solid-js';
import type { Knelpunten, KnelpuntLevel } from '../data/schemas';
import { useI18n } from '../i18n/i18n';
import { useFeatureText } from '../i18n/feature-text';
import { Seed } from '../i18n/Seed';
import { LocalKnelpunten } from './LocalKnelpunten';

/**
 * The four levels of knelpunten with the survey results. A percentage is shown only where the seed
 * gives one, as text and as a bar; other items are a list in the seed's order, never a guessed number.
 */
export function KnelpuntenPanel(props: { knelpunten: Knelpunten; gemeente: string | undefined }) {
  const { t } = useI18n();
  const ft = useFeatureText();
  return (
    <section class="knelpunten" aria-labelledby="knelpunten-heading">
      <h2 id="knelpunten-heading">{ft().knelpuntenHeading}</h2>
      <p>{ft().knelpuntenIntro}</p>
      <Show when={ft().seedTranslated}>
        <p class="muted small">{ft().seedTranslated}</p>
      </Show>
      <Show when={props.gemeente}>
        {(code) => (
          <LocalKnelpunten knelpunten={props.knelpunten} gemeente={code()} headingLevel={3} />
        )}
      </Show>
      <For each={props.knelpunten.levels}>{(level) => <Level level={level} />}</For>
      <section class="knelpunten__local">
        <h3>{ft().localSection}</h3>
        <p>{t().localFraming}</p>
        <ul>
          <For each={props.knelpunten.lokaal.gemeenten}>
            {(g) => (
              <li>
                <strong>{g.name}:</strong>{' '}
                <Show when={g.remarks.length} fallback={t().localNothing(g.name)}>
                  <For each={g.remarks}>
                    {(remark) => (
                      <>
                        <Seed text={remark} />{' '}
                      </>
                    )}
                  </For>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </section>
      <p class="muted small">
        {ft().sourceLabel}: <Seed text={props.knelpunten.source} />
      </p>
    </section>
  );
}

function Level(props: { level: KnelpuntLevel }) {
  const ft = useFeatureText();
  const hasPercentages = () => props.level.items.some((i) => i.percent !== undefined);
  const headingId = () => `level-${props.level.id}`;
  return (
    <section class="level" aria-labelledby={headingId()} data-level={props.level.id}>
      <h3 id={headingId()}>
        <Seed text={props.level.name} />{' '}
        <span class="level__theme">
          · <Seed text={props.level.theme} />
        </span>
      </h3>
      <For each={props.level.questions}>
        {(q) => (
          <p class="level__question">
            <Seed text={q} />
          </p>
        )}
      </For>
      <p class="muted small">{ft().respondents(props.level.n)}</p>
      <Show
        when={hasPercentages()}
        fallback={
          <>
            <p class="muted small">{ft().noPercentages}</p>
            <ul class="level__items">
              <For each={props.level.items}>
                {(item) => (
                  <li>
                    <Seed text={item.text} />
                  </li>
                )}
              </For>
            </ul>
          </>
        }
      >
        <figure class="chart">
          <figcaption class="muted small">
            {ft().chartCaption(props.level.name, props.level.n)}
          </figcaption>
          <ol class="chart__bars">
            <For each={props.level.items}>
              {(item) => (
                <li class="chart__row">
                  <span class="chart__text">
                    <Seed text={item.text} />
                  </span>
                  <span class="chart__value">
                    <span
                      class="chart__bar"
                      style={{ width: `${item.percent ?? 0}%` }}
                      aria-hidden="true"
                    />
                    <span class="chart__number">
                      {item.percent !== undefined ? ft().percentOf(item.percent) : ''}
                    </span>
                  </span>
                </li>
              )}
            </For>
          </ol>
        </figure>
      </Show>
      <details class="level__bullets">
        <summary>{ft().explanation}</summary>
        <ul>
          <For each={props.level.bullets}>
            {(b) => (
              <li>
                <Seed text={b.text} />
                <Show when={b.sub}>
                  {(sub) => (
                    <ul>
                      <For each={sub()}>
                        {(s) => (
                          <li>
                            <Seed text={s} />
                          </li>
                        )}
                      </For>
                    </ul>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </details>
    </section>
  );
}
