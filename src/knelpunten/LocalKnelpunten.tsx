import { For, Show } from 'solid-js';
import type { Knelpunten } from '../data/schemas';
import { useI18n } from '../i18n/i18n';
import { Seed } from '../i18n/Seed';

/**
 * The seed's remarks about one municipality. The seed calls them "Enkele individuele reacties van
 * respondenten", so they are framed as individual responses, never as findings.
 */
export function LocalKnelpunten(props: {
  knelpunten: Knelpunten;
  gemeente: string;
  headingLevel?: 2 | 3;
}) {
  const { t } = useI18n();
  const local = () => props.knelpunten.lokaal.gemeenten.find((g) => g.gemeente === props.gemeente);
  const heading = () => t().localHeading(local()?.name ?? '');
  return (
    <Show when={local()}>
      {(entry) => (
        <section class="local-knelpunten" aria-label={heading()}>
          <Show when={props.headingLevel === 3} fallback={<h2>{heading()}</h2>}>
            <h3>{heading()}</h3>
          </Show>
          <Show
            when={entry().remarks.length > 0}
            fallback={<p>{t().localNothing(entry().name)}</p>}
          >
            <ul>
              <For each={entry().remarks}>
                {(remark) => (
                  <li>
                    <Seed text={remark} />
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <p class="muted small">{t().localFraming}</p>
        </section>
      )}
    </Show>
  );
}
