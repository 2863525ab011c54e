import { For, Show } from 'solid-js';
import type { Initiatief, Knelpunten } from '../data/schemas';
import { useI18n } from '../i18n/i18n';
import { useFeatureText } from '../i18n/feature-text';
import { Quoted } from '../i18n/Seed';
import { LocalKnelpunten } from '../knelpunten/LocalKnelpunten';
import type { Describers } from './describe';
import { DetailFrame } from '../ui/DetailFrame';

export interface DetailPanelProps {
  initiatief: Initiatief;
  describe: Describers;
  knelpunten: Knelpunten;
  nearby: { initiatief: Initiatief; km: number }[];
  onClose: () => void;
  onSelect: (id: string) => void;
}

/** Everything known about one initiative, straight from the seed; user text is only ever text. */
export function DetailPanel(props: DetailPanelProps) {
  const { t, lang } = useI18n();
  const ft = useFeatureText();
  const p = () => props.initiatief.properties;
  // Initiatives keep their own (Dutch) names in English mode.
  const nameLang = () => (lang() === 'nl' ? undefined : 'nl');

  return (
    <DetailFrame
      headingId="detail-heading"
      title={p().name}
      titleLang={nameLang()}
      onClose={() => props.onClose()}
    >
      <dl class="detail__facts">
        <dt>{ft().detailPlace}</dt>
        <dd>
          {props.describe.placeText(props.initiatief)}
          <br />
          <span class="muted">{props.describe.precisionText(props.initiatief)}</span>
          <For each={props.describe.placeCaveats(props.initiatief)}>
            {(caveat) => (
              <>
                <br />
                <span class="place-caveat">{caveat}</span>
              </>
            )}
          </For>
        </dd>
        <dt>{ft().detailMentions}</dt>
        <dd>{t().mentioned(p().mentions)}</dd>
        <dt>{ft().detailStatus}</dt>
        <dd>{t().status[p().status]}</dd>
        <dt>{ft().detailSource}</dt>
        <dd>
          {ft().detailSourceLead} <Quoted text={p().seedText} />
        </dd>
      </dl>
      <Show when={p().placeBasis === 'bron' && p().gemeente}>
        {(code) => (
          <LocalKnelpunten knelpunten={props.knelpunten} gemeente={code()} headingLevel={3} />
        )}
      </Show>
      <section class="nearby" aria-labelledby="nearby-heading">
        <h3 id="nearby-heading">{ft().detailNearby}</h3>
        <Show when={props.nearby.length > 0} fallback={<p class="muted">{ft().noNearby}</p>}>
          <ul>
            <For each={props.nearby}>
              {(n) => (
                <li>
                  <button
                    type="button"
                    class="link-button"
                    onClick={() => props.onSelect(n.initiatief.properties.id)}
                  >
                    <span lang={nameLang()}>{n.initiatief.properties.name}</span>
                  </button>{' '}
                  <span class="muted">({ft().kmAway(n.km)})</span>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
      <button type="button" class="button" onClick={() => props.onClose()}>
        {ft().detailClose}
      </button>
    </DetailFrame>
  );
}
