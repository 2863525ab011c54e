import { For, Show } from 'solid-js';
import type { Knelpunten } from '../data/schemas';
import { useI18n } from '../i18n/i18n';
import { useFeatureText } from '../i18n/feature-text';
import { levelNames } from '../knelpunten/level-names';
import type { ServerMessages } from '../i18n/server-nl';
import type { PublicProposal } from '../proposals/contract';
import { DetailFrame } from '../ui/DetailFrame';
import type { ApprovedState } from './approved-state';
import { approvedItemId } from '../map-items/ids';

/** The approved proposals within the filters, beside the initiatives in the list. */
export function ApprovedList(props: { approved: ApprovedState; onOpen: (id: string) => void }) {
  const text = () => props.approved.text();
  return (
    <Show when={props.approved.filtered().length > 0}>
      <section class="proposal-section" aria-labelledby="list-approved-heading">
        <h3 id="list-approved-heading">
          {text().approvedHeading} ({props.approved.filtered().length})
        </h3>
        <ul>
          <For each={props.approved.filtered()}>
            {(p) => (
              <li>
                <button
                  type="button"
                  class="initiative initiative--approved"
                  data-number={p.number}
                  onClick={() => props.onOpen(approvedItemId(p.number))}
                >
                  <span class="badge badge--approved">{text().approvedBadge}</span>
                  <span class="initiative__name">{p.name}</span>
                  <span class="initiative__place">{props.approved.placeText(p)}</span>
                </button>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}

/** One approved proposal, as the moderators let it through; text only, never HTML. */
export function ApprovedDetail(props: {
  proposal: PublicProposal;
  text: ServerMessages;
  placeText: string;
  knelpunten: Knelpunten;
  onClose: () => void;
}) {
  const { lang, seed } = useI18n();
  const ft = useFeatureText();
  const text = () => props.text;
  const approvedOn = () =>
    new Date(props.proposal.approvedAt).toLocaleDateString(lang() === 'en' ? 'en-GB' : 'nl-NL', {
      dateStyle: 'long',
    });
  return (
    <DetailFrame
      headingId="approved-heading"
      class="detail--approved"
      title={props.proposal.name}
      badge={<p class="badge badge--approved">{text().approvedBadge}</p>}
      onClose={() => props.onClose()}
    >
      <p class="muted">{text().approvedIntro}</p>
      <p class="proposal-description">{props.proposal.description}</p>
      <dl class="detail__facts">
        <dt>{ft().detailPlace}</dt>
        <dd>{props.placeText}</dd>
        <dt>{ft().proposalDetailKind}</dt>
        <dd>{ft().kinds[props.proposal.kind]}</dd>
        <Show when={props.proposal.knelpunten.length > 0}>
          <dt>{ft().proposalDetailKnelpunten}</dt>
          <dd>
            {levelNames(props.proposal.knelpunten, props.knelpunten, (name) => seed(name).text)}
          </dd>
        </Show>
        <Show when={props.proposal.website}>
          {(website) => (
            <>
              <dt>{text().website}</dt>
              <dd>{website()}</dd>
            </>
          )}
        </Show>
        <dt>{text().approvedOn}</dt>
        <dd>{approvedOn()}</dd>
      </dl>
      <button type="button" class="button" onClick={() => props.onClose()}>
        {ft().detailClose}
      </button>
    </DetailFrame>
  );
}
