import { batch, Show, type JSX } from 'solid-js';
import type { AppData } from '../data/app-data';
import { useI18n } from '../i18n/i18n';
import { createExploreSession } from './explore-session';
import { MapRegion } from './MapRegion';
import { SidePanel } from './SidePanel';

/** The explore screen: one session, the map, and the side panel that mirrors it. */
export function Explorer(props: {
  data: AppData;
  embed: boolean;
  /** The service worker's messages; they go in the side panel, so the map's frame never resizes. */
  notice?: JSX.Element;
}) {
  const { t } = useI18n();
  // The data never changes after loading, so the session is built once.
  // eslint-disable-next-line solid/reactivity
  const session = createExploreSession(props.data);
  const { state, propose, presentation } = session;

  return (
    <Show
      when={!props.embed}
      fallback={
        <main class="layout layout--embed">
          <MapRegion session={session} legend={false} />
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
        <MapRegion session={session} legend />
        <SidePanel
          notice={props.notice}
          data={session.data}
          index={session.index}
          state={state}
          propose={propose}
          approved={session.approved()}
          describe={session.describe}
          search={session.search}
          tab={session.tab()}
          onTab={(next) =>
            // A tab shows its own content: an open detail (of any kind) closes.
            batch(() => {
              state.select(undefined);
              state.setKnelpuntenOpen(next === 'knelpunten');
              state.setProposalsOpen(next === 'voorstellen');
            })
          }
          onOpen={session.detail.open}
          onClose={session.detail.close}
          onSearch={session.onSearch}
          onPropose={() => propose.startNew(state.filters().gemeente)}
          onPresent={() => presentation.enter(true)}
          placeName={session.placeName()}
        />
      </main>
    </Show>
  );
}
