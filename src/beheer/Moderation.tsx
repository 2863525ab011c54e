import { createResource, createSignal, For, Match, onCleanup, Show, Switch } from 'solid-js';
import type { ServerMessages } from '../i18n/server-nl';
import type { ModeratedProposal, ModerationStatus } from '../proposals/contract';
import { Tabs } from '../ui/Tabs';
import type { ModerationApi } from './api';
import { failureText } from './failure-text';
import { AuditLog } from './AuditLog';
import { Meetings } from './Meetings';
import { mergeList } from './merge-list';
import { loadPlaceNames } from './places';
import { ProposalCard } from './ProposalCard';

type Tab = ModerationStatus | 'vergaderingen' | 'logboek';

/** How often the list of new proposals looks for more while the page is in view. */
const POLL_MS = 10_000;

/** Proposals by status (new ones first), and the meetings. */
export function Moderation(props: { api: ModerationApi; text: ServerMessages }) {
  const [tab, setTab] = createSignal<Tab>('ingediend');
  const [message, setMessage] = createSignal('');
  const [places] = createResource(loadPlaceNames);
  const [list, { refetch, mutate }] = createResource(
    () => {
      const current = tab();
      return current === 'vergaderingen' || current === 'logboek' ? undefined : current;
    },
    (status) => props.api.proposals(status),
  );
  const shown = () => (list.error ? undefined : list.latest);

  // During a meeting new proposals come in all the time: the list fetches them by itself, quietly
  // (a failed attempt changes nothing; the next one tries again).
  const poll = setInterval(() => {
    const status = tab();
    if (status !== 'ingediend' || document.visibilityState !== 'visible' || list.loading) return;
    props.api.proposals(status).then(
      // eslint-disable-next-line solid/reactivity -- reads the tab once, when the answer arrives
      (fresh) => {
        if (tab() !== status) return;
        const before = new Set((list.latest ?? []).map((p) => p.number));
        const arrived = fresh.filter((p) => !before.has(p.number)).length;
        mutate((current) => mergeList(current ?? [], fresh));
        if (arrived > 0) setMessage(props.text.arrived(arrived));
      },
      () => {},
    );
  }, POLL_MS);
  onCleanup(() => clearInterval(poll));

  /** After a decision: the proposal leaves this tab when its status changed, else is updated. */
  const changed = (updated: ModeratedProposal, note: string) => {
    mutate((current) =>
      (current ?? []).flatMap((p) =>
        p.number !== updated.number ? [p] : updated.status === tab() ? [updated] : [],
      ),
    );
    setMessage(note);
    document.getElementById('beheer-list-heading')?.focus();
  };

  const erased = (number: number, note: string) => {
    mutate((current) => (current ?? []).filter((p) => p.number !== number));
    setMessage(note);
    document.getElementById('beheer-list-heading')?.focus();
  };

  return (
    <>
      <div role="status">
        <Show when={message()}>
          <p class="notice notice--ok">{message()}</p>
        </Show>
      </div>
      <Tabs
        idPrefix="beheer"
        label={props.text.tabsLabel}
        tabs={[
          {
            key: 'ingediend',
            label: props.text.statusTabs.ingediend(
              tab() === 'ingediend' ? shown()?.length : undefined,
            ),
          },
          { key: 'goedgekeurd', label: props.text.statusTabs.goedgekeurd },
          { key: 'afgewezen', label: props.text.statusTabs.afgewezen },
          { key: 'vergaderingen', label: props.text.meetingsTab },
          { key: 'logboek', label: props.text.auditTab },
        ]}
        active={tab()}
        onChange={(next) => {
          setMessage('');
          setTab(next);
        }}
      >
        <Show
          when={tab() !== 'vergaderingen' && tab() !== 'logboek'}
          fallback={
            tab() === 'logboek' ? (
              <AuditLog api={props.api} text={props.text} />
            ) : (
              <Meetings api={props.api} text={props.text} />
            )
          }
        >
          <div class="beheer__list-bar">
            <h2 id="beheer-list-heading" tabindex="-1">
              {tab() === 'ingediend'
                ? props.text.statusTabs.ingediend(undefined)
                : props.text.statusTabs[tab() as 'goedgekeurd' | 'afgewezen']}
            </h2>
            <button type="button" class="button button--quiet" onClick={() => void refetch()}>
              {props.text.refresh}
            </button>
          </div>
          <Switch>
            <Match when={list.error}>
              <div class="notice" role="alert">
                <p>{failureText(list.error, props.text)}</p>
                <button type="button" class="button" onClick={() => void refetch()}>
                  {props.text.retry}
                </button>
              </div>
            </Match>
            <Match when={list.loading && !shown()}>
              <p role="status">{props.text.loadingList}</p>
            </Match>
            <Match when={shown()?.length === 0}>
              <p>{props.text.emptyList[tab() as ModerationStatus]}</p>
            </Match>
          </Switch>
          <ul class="beheer__proposals">
            <For each={shown() ?? []}>
              {(proposal) => (
                <li>
                  <ProposalCard
                    proposal={proposal}
                    api={props.api}
                    text={props.text}
                    places={places()}
                    onChanged={changed}
                    onErased={erased}
                  />
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Tabs>
    </>
  );
}
