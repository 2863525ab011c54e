import { For, Show } from 'solid-js';
import type { Initiatief } from '../data/schemas';
import { useI18n } from '../i18n/i18n';

export interface ProvinceWideProps {
  initiatives: Initiatief[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

/**
 * Initiatives that belong to the whole province (or whose place the seed does not give) have no
 * honest spot for a pin, so they sit in a box on the map instead of at an arbitrary point.
 */
export function ProvinceWide(props: ProvinceWideProps) {
  const { t, lang } = useI18n();
  // On a phone the box would cover a third of the map: there it starts folded, one line high.
  const narrow = window.matchMedia('(max-width: 48rem)').matches;
  return (
    <Show when={props.initiatives.length > 0}>
      <section class="province-wide" aria-labelledby="province-wide-heading" data-map-overlay>
        <details open={!narrow}>
          <summary>
            <h2 id="province-wide-heading">{t().wholeProvince}</h2>
            <span class="province-wide__count">({props.initiatives.length})</span>
          </summary>
          <p class="muted">{t().wholeProvinceHint}</p>
          <ul>
            <For each={props.initiatives}>
              {(initiatief) => (
                <li>
                  <button
                    type="button"
                    class="province-wide__item"
                    data-id={initiatief.properties.id}
                    aria-pressed={props.selectedId === initiatief.properties.id}
                    onClick={() => props.onSelect(initiatief.properties.id)}
                  >
                    <span class="pin-swatch" aria-hidden="true" />
                    <span lang={lang() === 'nl' ? undefined : 'nl'}>
                      {initiatief.properties.name}
                    </span>
                  </button>
                </li>
              )}
            </For>
          </ul>
        </details>
      </section>
    </Show>
  );
}
