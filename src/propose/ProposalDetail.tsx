import { Show } from 'solid-js';
import type { Knelpunten } from '../data/schemas';
import { useI18n } from '../i18n/i18n';
import { useFeatureText } from '../i18n/feature-text';
import { levelNames } from '../knelpunten/level-names';
import type { Proposal } from '../proposals/proposal';
import { DetailFrame } from '../ui/DetailFrame';

/** A proposal as its maker entered it; shown as text only. */
export function ProposalDetail(props: {
  proposal: Proposal;
  placeText: string;
  knelpunten: Knelpunten;
  unsaved: boolean;
  /** Still on this device, and it will be sent when the server can be reached. */
  waiting?: boolean;
  onEdit: () => void;
  onClose: () => void;
}) {
  const { t, seed } = useI18n();
  const ft = useFeatureText();
  return (
    <DetailFrame
      headingId="proposal-heading"
      class="detail--proposal"
      title={props.proposal.name}
      badge={<p class="badge">{t().proposalBadge}</p>}
      onClose={() => props.onClose()}
    >
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
              <dt>Website</dt>
              <dd>{website()}</dd>
            </>
          )}
        </Show>
        <Show when={props.proposal.contact}>
          {(contact) => (
            <>
              <dt>Contact</dt>
              <dd>{contact()}</dd>
            </>
          )}
        </Show>
        <Show when={props.proposal.meetingCode}>
          {(code) => (
            <>
              <dt>{ft().proposalDetailMeeting}</dt>
              <dd>{code()}</dd>
            </>
          )}
        </Show>
        <dt>{ft().proposalDetailStatus}</dt>
        <dd>
          {props.waiting && props.proposal.status === 'lokaal'
            ? ft().proposalWaiting
            : ft().proposalStatus[props.proposal.status]}
          <Show when={props.unsaved}> · {ft().unsavedBadge}</Show>
        </dd>
        <Show when={props.proposal.status === 'afgewezen' && props.proposal.reason}>
          {(reason) => (
            <>
              <dt>{ft().proposalDetailReason}</dt>
              <dd>{reason()}</dd>
            </>
          )}
        </Show>
      </dl>
      <button type="button" class="button" onClick={() => props.onEdit()}>
        {t().edit}
      </button>
    </DetailFrame>
  );
}
