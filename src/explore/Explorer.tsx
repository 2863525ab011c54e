import { createMemo, createSignal, Show } from 'solid-js';
import type { AppData } from '../data/app-data';
import { buildIndex, nearbyInitiatives } from '../data/indexes';
import { createSearchIndex, type SearchEntry } from '../data/search';
import { useI18n } from '../i18n/i18n';
import { MapView } from '../map/MapView';
import type { PinItem } from '../map/pin-layer';
import { createExploreState } from '../state/explore-state';
import { fromSearchParams, type KnownKeys } from '../state/url-state';
import { syncUrl } from '../state/url-sync';
import { KnelpuntenPanel } from '../knelpunten/KnelpuntenPanel';
import { LocalKnelpunten } from '../knelpunten/LocalKnelpunten';
import { OverlayLegend } from '../knelpunten/OverlayLegend';
import { Tabs } from '../ui/Tabs';
import { createDescribers } from './describe';
import { DetailPanel } from './DetailPanel';
import { FilterBar } from './FilterBar';
import { InitiativeList } from './InitiativeList';
import { ProvinceWide } from './ProvinceWide';
import { SearchBox } from './SearchBox';

/** The explore screen: map, search, filters, list, detail and knelpunten, all on one state. */
export function Explorer(props: { data: AppData; embed: boolean }) {
  const { t, lang, setLang } = useI18n();
  // The data never changes after loading, so the derived index is built once.
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
  if (initial.lang) setLang(initial.lang);
  const state = createExploreState(data, index, initial);
  syncUrl(state, lang, setLang, known);

  const describe = createDescribers(data, t);
  const search = createSearchIndex(index.searchEntries);
  const [mapFailed, setMapFailed] = createSignal(false);
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
  const nearby = createMemo(() => {
    const selected = state.selected();
    return selected ? nearbyInitiatives(selected, data.initiatieven.features) : [];
  });
  const visibleIds = createMemo(() => state.filteredOnMap().map((i) => i.properties.id));
  const pins = createMemo(() =>
    mappable.map(
      (i): PinItem => ({
        id: i.properties.id,
        name: i.properties.name,
        lngLat: i.geometry.coordinates,
        variant: i.properties.status,
        label: describe.pinLabel(i),
      }),
    ),
  );

  // Where focus goes back to when the detail panel closes: the pin, list entry or search box that opened it.
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
          visibleIds={visibleIds()}
          clusterLabel={t().clusterLabel}
          selectedId={state.selectedId()}
          onSelect={open}
          camera={state.camera()}
          onViewChange={state.viewChanged}
          onGemeenteClick={(code) => state.chooseGemeente(code)}
          selectedGemeente={state.filters().gemeente}
          selectedArea={selectedAreaFeature()}
          knelpuntOverlay={state.overlay()}
          gemeentenWithKnelpunten={gemeentenWithKnelpunten}
          attribution={[t().attributionCbs, t().attributionOsm, t().seedSource]}
          label={t().mapCanvasLabel}
          controlTexts={{
            zoomIn: t().zoomIn,
            zoomOut: t().zoomOut,
            toggleAttribution: t().toggleAttribution,
          }}
          onError={() => setMapFailed(true)}
        />
      </Show>
      <ProvinceWide
        initiatives={state.filteredProvinceWide()}
        selectedId={state.selectedId()}
        onSelect={open}
      />
      <Show when={!props.embed}>
        <OverlayLegend overlay={state.overlay()} />
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
      <main class="layout">
        <a class="skip-link" href="#search-input">
          {t().skipToList}
        </a>
        {map}
        <aside class="side" aria-label={t().filtersHeading}>
          <SearchBox search={search} onChoose={onSearch} />
          <FilterBar state={state} index={index} all={data.initiatieven.features} />
          <Tabs
            idPrefix="side"
            label={t().tabInitiatives}
            tabs={[
              { key: 'initiatieven', label: t().tabInitiatives },
              { key: 'knelpunten', label: t().tabKnelpunten },
            ]}
            active={state.knelpuntenOpen() ? 'knelpunten' : 'initiatieven'}
            onChange={(key) => state.setKnelpuntenOpen(key === 'knelpunten')}
          >
            <Show
              when={state.selected()}
              fallback={
                <Show
                  when={state.knelpuntenOpen()}
                  fallback={
                    <>
                      <Show when={state.filters().gemeente}>
                        {(code) => (
                          <LocalKnelpunten knelpunten={data.knelpunten} gemeente={code()} />
                        )}
                      </Show>
                      <InitiativeList
                        visible={state.visible()}
                        total={state.filtered().length}
                        placeName={placeName()}
                        describe={describe}
                        selectedId={state.selectedId()}
                        onSelect={open}
                        onShowAll={state.frameFiltered}
                      />
                    </>
                  }
                >
                  <KnelpuntenPanel
                    knelpunten={data.knelpunten}
                    gemeente={state.filters().gemeente}
                  />
                </Show>
              }
            >
              {(selected) => (
                <DetailPanel
                  initiatief={selected()}
                  describe={describe}
                  knelpunten={data.knelpunten}
                  nearby={nearby()}
                  onClose={close}
                  onSelect={open}
                />
              )}
            </Show>
          </Tabs>
        </aside>
      </main>
    </Show>
  );
}
