import { createSignal, lazy, Show, Suspense } from 'solid-js';
import { useI18n } from '../i18n/i18n';
import { OverlayLegend } from '../knelpunten/OverlayLegend';
import { BasemapSwitch } from '../map/BasemapSwitch';
import type { ExploreSession } from './explore-session';
import { ExploreMap } from './ExploreMap';
import { ProvinceWide } from './ProvinceWide';

const PresentationOverlay = lazy(() =>
  import('../present/Presentation').then((m) => ({ default: m.PresentationOverlay })),
);

/** The map with what lies on it: basemap switch, presentation overlay, entries without a place, legend. */
export function MapRegion(props: { session: ExploreSession; legend: boolean }) {
  const { t } = useI18n();
  const [mapFailed, setMapFailed] = createSignal(false);
  let takeSnapshot: (() => Promise<string | undefined>) | undefined;
  const s = () => props.session;
  return (
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
          data={s().data}
          state={s().state}
          propose={s().propose}
          presentation={s().presentation}
          items={s().items}
          onOpen={s().detail.open}
          onError={() => setMapFailed(true)}
          onSnapshotter={(take) => (takeSnapshot = take)}
          onView={s().rememberView}
          server={s().approved() !== undefined}
        />
        <BasemapSwitch
          value={s().state.basemap()}
          onChoose={s().state.chooseBasemap}
          unreachable={s().state.basemapUnreachable()}
          onDismiss={s().state.dismissBasemapNotice}
        />
      </Show>
      <Show when={s().presentation.active()}>
        <Suspense>
          <PresentationOverlay
            presentation={s().presentation}
            data={s().data}
            index={s().index}
            describe={s().describe}
            meetingCode={s().meetingCode}
            approved={s().approved()}
            snapshot={() => takeSnapshot?.() ?? Promise.resolve(undefined)}
          />
        </Suspense>
      </Show>
      <ProvinceWide
        initiatives={s().state.filteredProvinceWide()}
        selectedId={s().state.selectedId()}
        onSelect={s().detail.open}
      />
      <Show when={props.legend}>
        <OverlayLegend
          overlay={s().state.overlay()}
          // The meetings' key takes the corner: this legend folds, so the two do not cover the map.
          folded={s().approved() !== undefined && s().state.overlay() && s().state.recognition()}
          approvedLabel={s().approved()?.text().approvedBadge}
        />
      </Show>
    </section>
  );
}
