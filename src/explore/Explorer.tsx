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
import { MapView } from '../map/MapView';
import { BasemapSwitch } from '../map/BasemapSwitch';
import { basemapAttribution, boundaryAttribution } from '../map/basemaps';
import { initialBasemap } from '../state/basemap-preference';
import type { PinItem } from '../map/pin-layer';
import { OverlayLegend } from '../knelpunten/OverlayLegend';
import {
  APPROVED_PIN_PREFIX,
  createProposeController,
  PROPOSAL_PIN_PREFIX,
} from '../propose/controller';
import type { ApprovedState } from '../propose/approved-state';
import { retryUntilConnected } from '../propose/retry-connect';
import { serverSeen } from '../propose/server-seen';
import { createExploreState } from '../state/explore-state';
import { fromSearchParams, type KnownKeys } from '../state/url-state';
import { syncUrl } from '../state/url-sync';
import { createDescribers } from './describe';
import { ProvinceWide } from './ProvinceWide';
import { prefetchPanels, SidePanel, type SideTab } from './SidePanel';
import { createMapReady } from '../ui/map-ready';
import { createPresentation } from '../present/presentation-state';
import { buildTour, slideGemeente, slideSubject } from '../present/tour';
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
  const propose = createProposeController(data, index, state.filters);
  // A link with ?voorstel=nieuw (the presentation's QR code) opens the form.
  if (initial.form === 'nieuw') propose.startNew(initial.filters.gemeente);
  syncUrl(state, lang, setLang, known, {
    current: propose.formKey,
    restore: (key) => propose.restoreForm(key, state.filters().gemeente),
  });

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
                m.connectToServer({ lang, loadServerEn, local, matches, placeText }, owner),
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
  const startParams = new URLSearchParams(location.search);
  const meetingCode = startParams.get('code') ?? undefined;
  // A link that opens the presentation for one municipality (?present=1&gemeente=GM0995).
  const tourGemeente =
    startParams.get('present') === '1' ? (initial.filters.gemeente ?? undefined) : undefined;
  const presentation = createPresentation({
    slides: buildTour(data, index, { gemeente: tourGemeente, live: Boolean(meetingCode) }),
    index,
    explore: state,
    currentView: () => lastView,
  });
  // Outside the presentation (which follows its own meeting) the map follows the live stream too:
  // approvals appear and withdrawn or erased proposals disappear without a reload.
  createEffect(
    on(
      () => [approved(), presentation.active()] as const,
      ([current, presenting]) => {
        if (current && !presenting) current.watchLive(undefined, { highlightNew: false });
      },
    ),
  );
  let takeSnapshot: (() => Promise<string | undefined>) | undefined;
  const presentedSlide = () => (presentation.active() ? presentation.slide() : undefined);
  const labelFocus = createMemo(() => {
    const slide = presentedSlide();
    return slide ? slideSubject(slide, data) : undefined;
  });
  const search = lazySearchIndex(index.searchEntries);
  const [mapFailed, setMapFailed] = createSignal(false);
  const tab = (): SideTab =>
    state.knelpuntenOpen() ? 'knelpunten' : state.proposalsOpen() ? 'voorstellen' : 'initiatieven';
  const mappable = data.initiatieven.features.filter((i) => i.properties.precision !== 'provincie');
  const gemeentenWithKnelpunten = data.knelpunten.lokaal.gemeenten
    .filter((g) => g.remarks.length > 0)
    .map((g) => g.gemeente);

  const placeName = createMemo(() => {
    const { area, gemeente } = state.filters();
    const code = area ?? gemeente;
    return (code && index.areas.get(code)?.name) || t().flevoland;
  });
  const selectedAreaFeature = createMemo(() => {
    const code = state.filters().area;
    if (!code) return undefined;
    return [...data.stadsdelen.features, ...data.wijken.features].find(
      (f) => f.properties.code === code,
    );
  });
  const ownPins = () => propose.proposals.proposals().filter((p) => !approved()?.hides(p));
  const pins = createMemo(() => [
    ...mappable.map((i): PinItem => ({
      id: i.properties.id,
      name: i.properties.name,
      lngLat: i.geometry.coordinates,
      variant: i.properties.status,
      derived: i.properties.placeBasis === 'afgeleid',
      label: describe.pinLabel(i),
    })),
    ...(approved()?.pins() ?? []),
    ...ownPins().map((p): PinItem => ({
      id: `${PROPOSAL_PIN_PREFIX}${p.id}`,
      name: p.name,
      lngLat: [p.lng, p.lat],
      variant: 'voorstel',
      label: t().proposalPinLabel(p.name, propose.placeText(p)),
    })),
  ]);
  const visibleIds = createMemo(() => [
    ...state.filteredOnMap().map((i) => i.properties.id),
    ...propose.filtered().map((p) => `${PROPOSAL_PIN_PREFIX}${p.id}`),
    ...(approved()?.visibleIds() ?? []),
  ]);
  const selectedPin = () =>
    state.selectedId() ??
    (propose.selectedId()
      ? `${PROPOSAL_PIN_PREFIX}${propose.selectedId()}`
      : approved()?.selected() && `${APPROVED_PIN_PREFIX}${approved()?.selected()?.number}`);

  // Where focus goes back to when a detail panel closes: the pin, list entry or search box that opened it.
  let opener: HTMLElement | null = null;
  const open = (id: string) => {
    opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    approved()?.select(undefined);
    if (id.startsWith(APPROVED_PIN_PREFIX)) {
      state.select(undefined);
      propose.select(undefined);
      approved()?.select(Number(id.slice(APPROVED_PIN_PREFIX.length)));
    } else if (id.startsWith(PROPOSAL_PIN_PREFIX)) {
      state.select(undefined);
      propose.select(id.slice(PROPOSAL_PIN_PREFIX.length));
    } else {
      propose.select(undefined);
      state.select(id);
    }
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
    else if (entry.kind === 'gemeente') state.chooseGemeente(entry.key);
    else state.chooseArea(entry.key);
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
        <MapView
          data={data}
          pins={pins()}
          visibleIds={
            presentation.active()
              ? [...mappable.map((i) => i.properties.id), ...(approved()?.allIds() ?? [])]
              : visibleIds()
          }
          clusterLabel={t().clusterLabel}
          selectedId={(() => {
            const slide = presentedSlide();
            return slide ? (slide.kind === 'initiatief' ? slide.id : undefined) : selectedPin();
          })()}
          onSelect={open}
          camera={state.camera()}
          coveredEdges={presentation.active() ? presentation.cover() : undefined}
          labelFocus={labelFocus()}
          onSnapshotter={(take) => (takeSnapshot = take)}
          onViewChange={(view, bounds, byUser) => {
            lastView = view;
            // Tour moves are not the explore view; the explore state keeps the view from before.
            if (!presentation.active()) state.viewChanged(view, bounds, byUser);
          }}
          onGemeenteClick={(code) => state.chooseGemeente(code)}
          selectedGemeente={
            presentation.active() ? slideGemeente(presentedSlide()) : state.filters().gemeente
          }
          selectedArea={selectedAreaFeature()}
          knelpuntOverlay={state.overlay()}
          gemeentenWithKnelpunten={gemeentenWithKnelpunten}
          attribution={[
            ...basemapAttribution(state.basemap(), t().basemapAttribution),
            // No OpenStreetMap data is drawn unless the OSM basemap is on, and that one credits itself.
            boundaryAttribution(t().attributionCbs),
            t().seedSource,
          ]}
          label={t().mapCanvasLabel}
          controlTexts={{
            zoomIn: t().zoomIn,
            zoomOut: t().zoomOut,
            toggleAttribution: t().toggleAttribution,
          }}
          onError={() => setMapFailed(true)}
          picking={propose.form() !== undefined}
          pickLocation={propose.draft()}
          onPick={propose.setDraft}
          pickLabel={t().locationLegend}
          basemap={state.basemap()}
          onBasemapUnreachable={state.basemapFailed}
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
            batch(() => {
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
