import { createEffect, createMemo, on } from 'solid-js';
import type { AppData } from '../data/app-data';
import { buildIndex } from '../data/indexes';
import { lazySearchIndex } from '../data/search';
import { useI18n } from '../i18n/i18n';
import { openSelection, ownProposalSelection } from '../map-items/selection';
import { createPresentation } from '../present/presentation-state';
import { buildTour } from '../present/tour';
import { createProposeController } from '../propose/controller';
import { startServerLink } from '../propose/server-link';
import { initialBasemap } from '../state/basemap-preference';
import { createExploreState } from '../state/explore-state';
import { readUrlKey } from '../state/url-keys';
import { fromSearchParams, type KnownKeys, type MapViewState } from '../state/url-state';
import { syncUrl } from '../state/url-sync';
import { createMapReady } from '../ui/map-ready';
import { createDescribers } from './describe';
import { createDetailFocus } from './detail-focus';
import { createExploreItems } from './explore-items';
import { prefetchPanels, type SideTab } from './SidePanel';
import type { SearchEntry } from '../data/search';

/**
 * Everything the explore screen shows, built once from the data and the URL: the explore state,
 * proposals, the presentation, the server link and the URL sync. The views only read it.
 * Must run under a Solid owner.
 */
export function createExploreSession(data: AppData) {
  const { t, lang, setLang, loadServerEn } = useI18n();
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

  const mapReady = createMapReady();
  createEffect(on(mapReady, (ready) => ready && prefetchPanels(), { defer: true }));

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

  const { proposals: local, matches, placeText } = propose;
  const approved = startServerLink(mapReady, {
    lang,
    loadServerEn,
    local,
    matches,
    placeText,
    selection: state,
    // The live stream: the presentation follows its meeting and marks arrivals; the plain map
    // follows it too, so approvals and withdrawals show at once.
    live: () =>
      presentation.active() ? { meetingCode, highlightNew: true } : { highlightNew: false },
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

  const describe = createDescribers(data, t);
  const placeName = createMemo(() => {
    const { area, gemeente } = state.filters();
    const code = area ?? gemeente;
    return (code && index.areas.get(code)?.name) || t().flevoland;
  });
  const detail = createDetailFocus(state);
  return {
    data,
    index,
    state,
    propose,
    presentation,
    approved,
    meetingCode,
    describe,
    items: createExploreItems(data.initiatieven.features, state, propose, approved, describe, t),
    search: lazySearchIndex(index.searchEntries),
    detail,
    rememberView: (view: MapViewState) => (lastView = view),
    tab: (): SideTab =>
      state.knelpuntenOpen()
        ? 'knelpunten'
        : state.proposalsOpen()
          ? 'voorstellen'
          : 'initiatieven',
    placeName,
    onSearch(entry: SearchEntry) {
      if (entry.kind === 'initiatief') detail.open(entry.key);
      else
        openSelection(state, {
          kind: entry.kind === 'gemeente' ? 'gemeente' : 'gebied',
          code: entry.key,
        });
    },
  };
}

export type ExploreSession = ReturnType<typeof createExploreSession>;
