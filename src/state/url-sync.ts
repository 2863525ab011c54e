import { createEffect, onCleanup, type Accessor } from 'solid-js';
import type { ExploreState } from './explore-state';
import {
  fromSearchParams,
  toSearchParams,
  type KnownKeys,
  type Lang,
  type UrlState,
} from './url-state';

/**
 * Keeps the URL in step with the explore state. Every change of selection (opening or closing an
 * initiative) is a history entry, so back and forward walk through selections; filters, overlay
 * and map moves replace the current entry.
 */
export function syncUrl(
  state: ExploreState,
  lang: Accessor<Lang>,
  setLang: (lang: Lang) => void,
  known: KnownKeys,
) {
  let lastSelected = state.selectedId();
  let restoring = false;

  createEffect(() => {
    const next: UrlState = {
      selected: state.selectedId(),
      filters: state.filters(),
      overlay: state.overlay(),
      knelpuntenOpen: state.knelpuntenOpen(),
      view: state.view(),
      lang: lang(),
      basemap: state.basemap(),
    };
    if (restoring) return;
    const params = toSearchParams(next, new URLSearchParams(location.search));
    const query = params.toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (next.selected !== lastSelected) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    lastSelected = next.selected;
  });

  const onPopState = () => {
    const restored = fromSearchParams(new URLSearchParams(location.search), known);
    restoring = true;
    try {
      state.restore(restored);
      void setLang(restored.lang ?? 'nl');
    } finally {
      restoring = false;
    }
    lastSelected = restored.selected;
  };
  window.addEventListener('popstate', onPopState);
  onCleanup(() => window.removeEventListener('popstate', onPopState));
}
