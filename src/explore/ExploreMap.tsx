import { createMemo, lazy, Show, Suspense, untrack } from 'solid-js';
import type { AppData } from '../data/app-data';
import type { BBox } from '../data/indexes';
import { useI18n } from '../i18n/i18n';
import { basemapAttribution, boundaryAttribution } from '../map/basemaps';
import { Camera } from '../map/layers/Camera';
import { ControlTexts } from '../map/layers/ControlTexts';
import { GemeenteClicks } from '../map/layers/GemeenteClicks';
import { KnelpuntenOverlay } from '../map/layers/KnelpuntenOverlay';
import { Labels } from '../map/layers/Labels';
import { Pins } from '../map/layers/Pins';
import { SelectedArea } from '../map/layers/SelectedArea';
import { MapView } from '../map/MapView';
import { groupedPoints } from '../map/pin-layer';
import type { Presentation } from '../present/presentation-state';
import { slideGemeente, slideSubject } from '../present/tour';
import type { ProposeController } from '../propose/controller';
import type { ExploreState } from '../state/explore-state';
import type { MapViewState } from '../state/url-state';
import type { createExploreItems } from './explore-items';

// Only while an online basemap is switched on.
const Basemap = lazy(() => import('../map/layers/Basemap').then((m) => ({ default: m.Basemap })));
// Only when someone asks for the meetings' colours.
const Recognition = lazy(() =>
  import('../knelpunten/Recognition').then((m) => ({ default: m.Recognition })),
);
// Only while someone picks a place for a proposal.
const PickMarker = lazy(() =>
  import('../map/layers/PickMarker').then((m) => ({ default: m.PickMarker })),
);

/** The explore screen's map: which layers it has, and what of the state each one shows. */
export function ExploreMap(props: {
  data: AppData;
  state: ExploreState;
  propose: ProposeController;
  presentation: Presentation;
  items: ReturnType<typeof createExploreItems>;
  onOpen: (id: string) => void;
  onError: () => void;
  onSnapshotter: (take: () => Promise<string | undefined>) => void;
  /** Every view the map reports, the presentation's included. */
  onView: (view: MapViewState) => void;
  /** A server is there, so the meetings' answers can colour the overlay. */
  server: boolean;
}) {
  const { t } = useI18n();
  // The data never changes after loading.
  // eslint-disable-next-line solid/reactivity
  const data = props.data;
  const state = () => props.state;
  const presenting = () => props.presentation.active();
  const slide = () => (presenting() ? props.presentation.slide() : undefined);
  const labelFocus = createMemo(() => {
    const current = slide();
    return current ? slideSubject(current, data) : undefined;
  });
  const gemeentenWithKnelpunten = data.knelpunten.lokaal.gemeenten
    .filter((g) => g.remarks.length > 0)
    .map((g) => g.gemeente);
  const selectedArea = createMemo(() => {
    const code = state().filters().area;
    if (!code) return undefined;
    return [...data.stadsdelen.features, ...data.wijken.features].find(
      (f) => f.properties.code === code,
    );
  });
  const selectedPin = () => {
    const current = slide();
    if (!current) return state().selectedId();
    return current.kind === 'initiatief' ? current.id : undefined;
  };
  const viewChanged = (view: MapViewState, bounds: BBox, byUser: boolean) => {
    props.onView(view);
    // Tour moves are not the explore view; the explore state keeps the view from before.
    if (!presenting()) state().viewChanged(view, bounds, byUser);
  };

  const selectedGemeente = () =>
    presenting() ? slideGemeente(slide()) : state().filters().gemeente;
  const shownIds = () => (presenting() ? props.items.presentedIds() : props.items.visibleIds());
  // The map's style starts with the overlays (and pins) as the layers first show them.
  const initialOverlay = untrack(() => {
    const pins = new Map(props.items.pins().map((pin) => [pin.id, pin]));
    return {
      knelpuntOverlay: state().overlay(),
      gemeentenWithKnelpunten,
      selectedGemeente: selectedGemeente(),
      selectedArea: selectedArea(),
      pins: groupedPoints((id) => pins.get(id), shownIds()),
    };
  });

  return (
    <MapView
      data={data}
      initialOverlay={initialOverlay}
      loadingText={t().loading}
      onError={props.onError}
      onSnapshotter={props.onSnapshotter}
      controls={
        <ControlTexts
          attribution={[
            ...basemapAttribution(state().basemap(), t().basemapAttribution),
            // No OpenStreetMap data is drawn unless the OSM basemap is on, and that one credits itself.
            boundaryAttribution(t().attributionCbs),
            t().seedSource,
          ]}
          label={t().mapCanvasLabel}
          texts={{
            zoomIn: t().zoomIn,
            zoomOut: t().zoomOut,
            toggleAttribution: t().toggleAttribution,
          }}
        />
      }
    >
      <Show when={state().basemap() !== 'offline'}>
        <Suspense>
          <Basemap basemap={state().basemap()} onUnreachable={state().basemapFailed} />
        </Suspense>
      </Show>
      <KnelpuntenOverlay visible={state().overlay()} gemeenten={gemeentenWithKnelpunten} />
      <Show when={props.server && state().overlay() && state().recognition()}>
        <Suspense>
          <Recognition gemeenten={data.gemeenten.features} />
        </Suspense>
      </Show>
      <SelectedArea gemeente={selectedGemeente()} area={selectedArea()} />
      <Labels data={data} focus={labelFocus()} />
      <Pins
        pins={props.items.pins()}
        visibleIds={shownIds()}
        selectedId={selectedPin()}
        clusterLabel={t().clusterLabel}
        onSelect={props.onOpen}
        initial={initialOverlay.pins}
      />
      <Camera
        command={state().camera()}
        coveredEdges={presenting() ? props.presentation.cover() : undefined}
        onViewChange={viewChanged}
      />
      <GemeenteClicks
        enabled={props.propose.form() === undefined}
        onClick={(code) => state().chooseGemeente(code)}
      />
      <Show when={props.propose.form() !== undefined}>
        <Suspense>
          <PickMarker
            location={props.propose.draft()}
            onPick={props.propose.setDraft}
            label={t().locationLegend}
          />
        </Suspense>
      </Show>
    </MapView>
  );
}
