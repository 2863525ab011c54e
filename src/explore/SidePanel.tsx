import {
  createMemo,
  createResource,
  For,
  lazy,
  Match,
  Show,
  Suspense,
  Switch,
  type JSX,
} from 'solid-js';
import type { AppData } from '../data/app-data';
import type { DataIndex } from '../data/indexes';
import { nearbyInitiatives } from '../data/indexes';
import type { SearchEntry } from '../data/search';
import { useI18n } from '../i18n/i18n';
import { LocalKnelpunten } from '../knelpunten/LocalKnelpunten';

// What the municipality's meetings found (the phone survey): loads only with a panel that has it.
const MeetingFindings = lazy(() =>
  import('../knelpunten/MeetingFindings').then((m) => ({ default: m.MeetingFindings })),
);
import type { ProposeController } from '../propose/controller';
import type { ApprovedState } from '../propose/approved-state';
import type { ExploreState } from '../state/explore-state';
import { Tabs } from '../ui/Tabs';
import type { Describers } from './describe';
import { FilterBar } from './FilterBar';
import { InitiativeList } from './InitiativeList';
import { SearchBox } from './SearchBox';
import { StorageNotice } from '../propose/StorageNotice';
import { ownItemId } from '../map-items/ids';
import { readUrlKey } from '../state/url-keys';

// Loaded when first needed, so the first view of the map downloads less.
const KnelpuntenPanel = lazy(() =>
  import('../knelpunten/KnelpuntenPanel').then((m) => ({ default: m.KnelpuntenPanel })),
);
const MyProposals = lazy(() =>
  import('../propose/MyProposals').then((m) => ({ default: m.MyProposals })),
);
const DetailPanel = lazy(() => import('./DetailPanel').then((m) => ({ default: m.DetailPanel })));
const ProposalDetail = lazy(() =>
  import('../propose/ProposalDetail').then((m) => ({ default: m.ProposalDetail })),
);
const ApprovedDetail = lazy(() =>
  import('../propose/ApprovedViews').then((m) => ({ default: m.ApprovedDetail })),
);
const ApprovedList = lazy(() =>
  import('../propose/ApprovedViews').then((m) => ({ default: m.ApprovedList })),
);
const ProposeForm = lazy(() =>
  import('../propose/ProposeForm').then((m) => ({ default: m.ProposeForm })),
);

/** Fetches the lazy panels after the first map view, so opening one later needs no network. */
export function prefetchPanels() {
  const load = () =>
    void Promise.all([
      import('./DetailPanel'),
      import('../propose/ProposalDetail'),
      import('../propose/ProposeForm'),
      import('../propose/MyProposals'),
      import('../knelpunten/KnelpuntenPanel'),
    ]).catch(() => {
      // Offline before the first visit finished: the panels load when opened, or say so then.
    });
  if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 500);
}

export type SideTab = 'initiatieven' | 'knelpunten' | 'voorstellen';

export interface SidePanelProps {
  notice?: JSX.Element;
  data: AppData;
  index: DataIndex;
  state: ExploreState;
  propose: ProposeController;
  /** Approved proposals from the server; undefined without one. */
  approved: ApprovedState | undefined;
  describe: Describers;
  search: (query: string) => SearchEntry[];
  tab: SideTab;
  onTab: (tab: SideTab) => void;
  onOpen: (id: string) => void;
  onClose: () => void;
  onSearch: (entry: SearchEntry) => void;
  onPropose: () => void;
  onPresent: () => void;
  placeName: string;
}

/** Everything beside the map: search, filters, and the list, detail, knelpunten or propose form. */
export function SidePanel(props: SidePanelProps) {
  const { t } = useI18n();
  const [locate] = createResource(
    () => props.propose.form() !== undefined,
    () => props.propose.loadLocate(),
  );
  // A proposal of this device that the server approved is listed once, as the approved one.
  const ownFiltered = () => props.propose.filtered().filter((p) => !props.approved?.hides(p));
  const nearby = createMemo(() => {
    const selected = props.state.selected();
    return selected ? nearbyInitiatives(selected, props.data.initiatieven.features) : [];
  });

  return (
    <aside class="side" id="side" tabindex="-1" aria-label={t().filtersHeading}>
      {props.notice}
      <StorageNotice proposals={props.propose.proposals} />
      <Suspense fallback={<p class="muted">{t().loading}</p>}>
        <Show
          when={props.propose.form() === undefined}
          fallback={
            <Show when={locate()}>
              {(loadedLocate) => (
                <ProposeForm
                  editing={props.propose.form() ?? undefined}
                  meetingCode={readUrlKey('code')}
                  location={props.propose.draft()}
                  onLocationChange={props.propose.setDraft}
                  locate={loadedLocate()}
                  index={props.index}
                  knelpunten={props.data.knelpunten}
                  centreOf={props.propose.centreOf}
                  onSave={props.propose.save}
                  onCancel={props.propose.closeForm}
                />
              )}
            </Show>
          }
        >
          <div class="side__actions">
            <button type="button" class="button button--propose" onClick={() => props.onPropose()}>
              + {t().proposeAction}
            </button>
            <button type="button" class="button button--quiet" onClick={() => props.onPresent()}>
              {t().presentAction}
            </button>
          </div>
          <SearchBox
            search={props.search}
            onChoose={props.onSearch}
            resets={props.state.resets()}
          />
          <FilterBar
            state={props.state}
            index={props.index}
            all={props.data.initiatieven.features}
            server={props.approved !== undefined}
          />
          <Tabs
            idPrefix="side"
            label={t().tabInitiatives}
            tabs={[
              { key: 'initiatieven', label: t().tabInitiatives },
              { key: 'knelpunten', label: t().tabKnelpunten },
              { key: 'voorstellen', label: t().tabProposals },
            ]}
            active={props.tab}
            onChange={props.onTab}
          >
            <Switch>
              <Match when={props.state.selected()}>
                {(selected) => (
                  <DetailPanel
                    initiatief={selected()}
                    describe={props.describe}
                    knelpunten={props.data.knelpunten}
                    nearby={nearby()}
                    onClose={props.onClose}
                    onSelect={props.onOpen}
                  />
                )}
              </Match>
              <Match when={props.propose.selected()}>
                {(proposal) => (
                  <>
                    <Show when={props.propose.savedMessage()}>
                      <p class="notice notice--ok" role="status">
                        {!navigator.onLine && props.propose.proposals.sendsLater()
                          ? t().savedMessageLater
                          : t().savedMessage}
                      </p>
                    </Show>
                    <ProposalDetail
                      proposal={proposal()}
                      placeText={props.propose.placeText(proposal())}
                      knelpunten={props.data.knelpunten}
                      unsaved={props.propose.proposals.unsaved().has(proposal().id)}
                      waiting={props.propose.proposals.sendsLater()}
                      onEdit={() => props.propose.startEdit(proposal())}
                      onClose={() => props.propose.select(undefined)}
                    />
                  </>
                )}
              </Match>
              <Match when={props.approved?.selected()}>
                {(proposal) => (
                  <ApprovedDetail
                    proposal={proposal()}
                    text={props.approved!.text()}
                    placeText={props.propose.placeText(proposal())}
                    knelpunten={props.data.knelpunten}
                    onClose={() => props.approved?.select(undefined)}
                  />
                )}
              </Match>
              <Match when={props.tab === 'knelpunten'}>
                <KnelpuntenPanel
                  knelpunten={props.data.knelpunten}
                  gemeente={props.state.filters().gemeente}
                />
              </Match>
              <Match when={props.tab === 'voorstellen'}>
                <MyProposals
                  state={props.propose.proposals}
                  filtered={props.state.isFiltered() ? props.propose.filtered() : undefined}
                  filterName={props.placeName}
                  placeText={props.propose.placeText}
                  placeName={props.propose.placeName}
                  onEdit={props.propose.startEdit}
                  onShow={(p) => props.onOpen(ownItemId(p.id))}
                />
              </Match>
              <Match when={props.tab === 'initiatieven'}>
                <Show when={props.state.filters().gemeente}>
                  {(code) => (
                    <>
                      <LocalKnelpunten knelpunten={props.data.knelpunten} gemeente={code()} />
                      {/* Its own boundary: its loading never blanks the list. */}
                      <Suspense>
                        <MeetingFindings knelpunten={props.data.knelpunten} gemeente={code()} />
                      </Suspense>
                    </>
                  )}
                </Show>
                <InitiativeList
                  visible={props.state.visible()}
                  total={props.state.filtered().length}
                  derived={
                    props.state.filtered().filter((i) => i.properties.placeBasis === 'afgeleid')
                      .length
                  }
                  placeName={props.placeName}
                  describe={props.describe}
                  selectedId={props.state.selectedId()}
                  onSelect={props.onOpen}
                  onShowAll={props.state.frameFiltered}
                />
                <Show when={props.approved}>
                  {(approved) => <ApprovedList approved={approved()} onOpen={props.onOpen} />}
                </Show>
                <Show when={ownFiltered().length > 0}>
                  <section class="proposal-section" aria-labelledby="list-proposals-heading">
                    <h3 id="list-proposals-heading">
                      {t().tabProposals} ({ownFiltered().length})
                    </h3>
                    <ul>
                      <For each={ownFiltered()}>
                        {(p) => (
                          <li>
                            <button
                              type="button"
                              class="initiative initiative--proposal"
                              data-id={p.id}
                              onClick={() => props.onOpen(ownItemId(p.id))}
                            >
                              <span class="badge">{t().proposalBadge}</span>
                              <span class="initiative__name">{p.name}</span>
                              <span class="initiative__place">{props.propose.placeText(p)}</span>
                            </button>
                          </li>
                        )}
                      </For>
                    </ul>
                  </section>
                </Show>
              </Match>
            </Switch>
          </Tabs>
        </Show>
      </Suspense>
    </aside>
  );
}
