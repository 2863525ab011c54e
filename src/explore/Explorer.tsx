import {
  batch,
  createEffect,
  createMemo,
  createSignal,
  getOwner,
  lazy,
  on,
  Show,
  Suspense,
  type JSX,
} from 'solid-js';
import type { AppData } from '../data/app-data';
import { buildIndex } from '../data/indexes';
import { lazySearchIndex, type SearchEntry } from '../data/search';
import { useI18n } from '../i18n/i18n';
import { BasemapSwitch } from '../map/BasemapSwitch';
import { initialBasemap } from '../state/basemap-preference';
import { OverlayLegend } from '../knelpunten/OverlayLegend';
import { createProposeController } from '../propose/controller';
import type { ApprovedState } from '../propose/approved-state';
import { retryUntilConnected } from '../propose/retry-connect';
import { serverSeen } from '../propose/server-seen';
import { createExploreState } from '../state/explore-state';
import { fromSearchParams, type KnownKeys } from '../state/url-state';
import { syncUrl } from '../state/url-sync';
import { readUrlKey } from '../state/url-keys';
import { createDescribers } from './describe';
import { createExploreItems } from './explore-items';
import { ExploreMap } from './ExploreMap';
import { openSelection, ownProposalSelection } from '../map-items/selection';
import { ProvinceWide } from './ProvinceWide';
import { prefetchPanels, SidePanel, type SideTab } from './SidePanel';
import { createMapReady } from '../ui/map-ready';
import { createPresentation } from '../present/presentation-state';
import { buildTour } from '../present/tour';
import type { MapViewState } from '../state/url-state';

/** How often an app that has met its server before looks for it again while it cannot reach it. */
const RECONNECT_MS = 10_000;

const PresentationOverlay = lazy(() =>
  import('../present/Presentation').then((m) => ({ default: m.PresentationOverlay })),
);

/** The explore screen: one state, one map, and the side panel that mirrors it. */
export function Explorer(props: {
  data: AppData;
  embed: boolean;
  /** The service worker's messages; they go in the side panel, so the map's frame never resizes. */
  notice?: JSX.Element;
}) {
  const { t, lang, setLang, loadServerEn } = useI18n();
  // The data never changes after loading, so everything derived from it is built once.
  // eslint-disable-next-line solid/reactivity
  const data = props.data;
  const index = buildIndex(data);
  const known: KnownKeys = {
    initiatives: new Set(index.initiatives.keys()),
    gemeenten: new Set(index.gemeenten.map((g) => g.code)),
    areas: new Set(
      [...index.areas.values()].filter((a) => a.kind !== 'gemeente').map((a) => a.code),
    ),
  };
  const initial = fromSearchParams(new URLSearchParams(location.search), known);
  if (initial.lang) void setLang(initial.lang);
  const state = createExploreState(data, index, {
    ...initial,
    basemap: initialBasemap(initial.basemap),
  });
  const propose = createProposeController(data, index, state.filters, ownProposalSelection(state));
  // A link with ?voorstel=nieuw (the presentation's QR code) opens the form.
  if (initial.form === 'nieuw') propose.startNew(initial.filters.gemeente);

  const describe = createDescribers(data, t);
  const mapReady = createMapReady();
  createEffect(on(mapReady, (ready) => ready && prefetchPanels(), { defer: true }));
  // With a Samen Buurten server behind the page: approved proposals, sending, the live wall.
  const [approved, setApproved] = createSignal<ApprovedState>();
  const owner = getOwner();
  createEffect(
    on(
      mapReady,
      (ready) => {
        if (!ready) return;
        const { proposals: local, matches, placeText } = propose;
        // Opened offline, the app keeps looking for its server and connects when it answers.
        retryUntilConnected(
          () =>
            import('../propose/approved-state')
              .then((m) =>
                m.connectToServer(
                  {
                    lang,
                    loadServerEn,
                    local,
                    matches,
                    placeText,
                    selection: state,
                    // The live stream: the presentation follows its meeting and marks arrivals;
                    // the plain map follows it too, so approvals and withdrawals show at once.
                    live: () =>
                      presentation.active()
                        ? { meetingCode, highlightNew: true }
                        : { highlightNew: false },
                  },
                  owner,
                ),
              )
              .then((connected) => {
                if (connected) setApproved(connected);
                return connected !== undefined;
              }),
          { everyMs: RECONNECT_MS, keepTrying: serverSeen },
        );
      },
      { defer: true },
    ),
  );
  // The last view the map reported, so leaving the presentation can put the map back exactly.
  let lastView: MapViewState | undefined;
  const meetingCode = readUrlKey('code');
  // A link that opens the presentation for one municipality (?present=1&gemeente=GM0995).
  const tourGemeente = readUrlKey('present') ? (initial.filters.gemeente ?? undefined) : undefined;
  const presentation = createPresentation({
    slides: buildTour(data, index, { gemeente: tourGemeente, live: Boolean(meetingCode) }),
    index,
    explore: state,
    currentView: () => lastView,
  });
  syncUrl(
    state,
    lang,
    setLang,
    known,
    {
      current: propose.formKey,
      restore: (key) => propose.restoreForm(key, state.filters().gemeente),
    },
    presentation,
  );
  let takeSnapshot: (() => Promise<string | undefined>) | undefined;
  const search = lazySearchIndex(index.searchEntries);
  const [mapFailed, setMapFailed] = createSignal(false);
  const tab = (): SideTab =>
    state.knelpuntenOpen() ? 'knelpunten' : state.proposalsOpen() ? 'voorstellen' : 'initiatieven';

  const placeName = createMemo(() => {
    const { area, gemeente } = state.filters();
    const code = area ?? gemeente;
    return (code && index.areas.get(code)?.name) || t().flevoland;
  });
  const items = createExploreItems(
    data.initiatieven.features,
    state,
    propose,
    approved,
    describe,
    t,
  );
  // Where focus goes back to when a detail panel closes: the pin, list entry or search box that opened it.
  let opener: HTMLElement | null = null;
  const open = (id: string) => {
    opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    state.select(id);
  };
  const close = () => {
    const returnTo = opener;
    state.select(undefined);
    queueMicrotask(() => {
      if (returnTo?.isConnected && !returnTo.hidden) returnTo.focus();
      else document.getElementById('list-heading')?.focus();
    });
  };
  const onSearch = (entry: SearchEntry) => {
    if (entry.kind === 'initiatief') open(entry.key);
    else
      openSelection(state, {
        kind: entry.kind === 'gemeente' ? 'gemeente' : 'gebied',
        code: entry.key,
      });
  };

  const map = (
    <section class="map-region" aria-label={t().mapLabel}>
      <Show
        when={!mapFailed()}
        fallback={
          <p class="notice" role="alert">
            {t().mapError}
          </p>
        }
      >
        <ExploreMap
          data={data}
          state={state}
          propose={propose}
          presentation={presentation}
          items={items}
          onOpen={open}
          onError={() => setMapFailed(true)}
          onSnapshotter={(take) => (takeSnapshot = take)}
          onView={(view) => (lastView = view)}
          server={approved() !== undefined}
        />
        <BasemapSwitch
          value={state.basemap()}
          onChoose={state.chooseBasemap}
          unreachable={state.basemapUnreachable()}
          onDismiss={state.dismissBasemapNotice}
        />
      </Show>
      <Show when={presentation.active()}>
        <Suspense>
          <PresentationOverlay
            presentation={presentation}
            data={data}
            index={index}
            describe={describe}
            meetingCode={meetingCode}
            approved={approved()}
            snapshot={() => takeSnapshot?.() ?? Promise.resolve(undefined)}
          />
        </Suspense>
      </Show>
      <ProvinceWide
        initiatives={state.filteredProvinceWide()}
        selectedId={state.selectedId()}
        onSelect={open}
      />
      <Show when={!props.embed}>
        <OverlayLegend overlay={state.overlay()} approvedLabel={approved()?.text().approvedBadge} />
      </Show>
    </section>
  );

  return (
    <Show
      when={!props.embed}
      fallback={
        <main class="layout layout--embed">
          {map}
          <a
            class="embed-link"
            href={location.href.replace(/([?&])embed=1&?/, '$1').replace(/[?&]$/, '')}
            target="_blank"
            rel="noopener"
          >
            {t().embedOpenFull}
          </a>
        </main>
      }
    >
      <main class="layout" classList={{ 'layout--present': presentation.active() }}>
        {map}
        <SidePanel
          notice={props.notice}
          data={data}
          index={index}
          state={state}
          propose={propose}
          approved={approved()}
          describe={describe}
          search={search}
          tab={tab()}
          onTab={(next) => {
            // A tab shows its own content: an open detail (of any kind) closes.
            batch(() => {
              state.select(undefined);
              state.setKnelpuntenOpen(next === 'knelpunten');
              state.setProposalsOpen(next === 'voorstellen');
            });
          }}
          onOpen={open}
          onClose={close}
          onSearch={onSearch}
          onPropose={() => propose.startNew(state.filters().gemeente)}
          onPresent={() => presentation.enter(true)}
          placeName={placeName()}
        />
      </main>
    </Show>
  );
}
