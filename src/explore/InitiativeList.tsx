import { For, Show } from 'solid-js';
import type { Initiatief } from '../data/schemas';
import { useI18n } from '../i18n/i18n';

export interface InitiativeListProps {
  initiatives: Initiatief[];
  placeText: (initiatief: Initiatief) => string;
  precisionText: (initiatief: Initiatief) => string;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

/** The accessible mirror of the map: every initiative as a list entry. */
export function InitiativeList(props: InitiativeListProps) {
  const { t } = useI18n();
  return (
    <section class="initiative-list" aria-labelledby="list-heading">
      <h2 id="list-heading">{t().listHeading}</h2>
      <p class="muted">{t().listIntro}</p>
      <p class="count" aria-live="polite">
        {t().countInitiatives(props.initiatives.length)}
      </p>
      <ul>
        <For each={props.initiatives}>
          {(initiatief) => (
            <li>
              <button
                type="button"
                class="initiative"
                data-id={initiatief.properties.id}
                aria-pressed={props.selectedId === initiatief.properties.id}
                onClick={() => props.onSelect(initiatief.properties.id)}
              >
                <span class="initiative__name">{initiatief.properties.name}</span>
                <span class="initiative__place">{props.placeText(initiatief)}</span>
                <span class="initiative__meta">
                  {props.precisionText(initiatief)}
                  <Show when={initiatief.properties.mentions > 1}>
                    {' · '}
                    {t().mentioned(initiatief.properties.mentions)}
                  </Show>
                  <Show when={initiatief.properties.status === 'toekomstig'}>
                    {' · '}
                    {t().status.toekomstig}
                  </Show>
                </span>
              </button>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
