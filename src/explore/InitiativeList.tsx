import { For, Show } from 'solid-js';
import type { Initiatief } from '../data/schemas';
import { useI18n } from '../i18n/i18n';
import type { Describers } from './describe';

export interface InitiativeListProps {
  /** The filtered initiatives inside the map view. */
  visible: Initiatief[];
  /** How many initiatives match the filters, in or out of view. */
  total: number;
  /** How many of those stand at a place derived from their name, not given by the seed. */
  derived: number;
  placeName: string;
  describe: Describers;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  onShowAll: () => void;
}

/** The accessible mirror of the map: every visible initiative as a list entry, with a count. */
export function InitiativeList(props: InitiativeListProps) {
  const { t, lang } = useI18n();
  return (
    <section class="initiative-list" aria-labelledby="list-heading">
      <h2 id="list-heading" tabindex="-1">
        {t().listHeading}
      </h2>
      <p class="muted">{t().listIntro}</p>
      <div class="count">
        {/* Only the filter's result is announced: the part in view changes with every map move. */}
        <p aria-live="polite">{t().countIn(props.total, props.placeName)}</p>
        <Show when={props.derived > 0}>
          <p class="muted">{t().countDerived(props.derived)}</p>
        </Show>
        <Show when={props.visible.length < props.total}>
          <p class="muted">
            {t().inView(props.visible.length, props.total)}{' '}
            <button type="button" class="link-button" onClick={() => props.onShowAll()}>
              {t().showAllOnMap}
            </button>
          </p>
        </Show>
      </div>
      <Show when={props.total > 0} fallback={<p>{t().noneFound}</p>}>
        <ul>
          <For each={props.visible}>
            {(initiatief) => (
              <li>
                <button
                  type="button"
                  class="initiative"
                  data-id={initiatief.properties.id}
                  aria-pressed={props.selectedId === initiatief.properties.id}
                  onClick={() => props.onSelect(initiatief.properties.id)}
                >
                  {/* Initiatives keep their own (Dutch) names in English mode. */}
                  <span class="initiative__name" lang={lang() === 'nl' ? undefined : 'nl'}>
                    {initiatief.properties.name}
                  </span>
                  <span class="initiative__place">{props.describe.placeText(initiatief)}</span>
                  <span class="initiative__meta">
                    {props.describe.precisionText(initiatief)}
                    <Show when={initiatief.properties.mentions > 1}>
                      {' · '}
                      {t().mentioned(initiatief.properties.mentions)}
                    </Show>
                    <Show when={props.describe.isDerived(initiatief)}>
                      {' · '}
                      <span class="place-caveat">{t().placeDerivedShort}</span>
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
      </Show>
    </section>
  );
}
