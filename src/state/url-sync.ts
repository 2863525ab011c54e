import { createEffect, onCleanup, type Accessor } from 'solid-js';
import type { ExploreState } from './explore-state';
import { writeUrlValues, type UrlValues } from './url-keys';
import {
  fromSearchParams,
  toSearchParams,
  type KnownKeys,
  type Lang,
  type UrlState,
} from './url-state';

/** The propose form as the URL sees it: 'nieuw', an edited proposal's id, or closed. */
export interface FormInUrl {
  current: Accessor<string | undefined>;
  restore: (form: string | undefined) => void;
}

/**
 * What a person would call a step: a selection, a filter, a tab, the overlay, opening the form.
 * Each is a history entry, so Back undoes it instead of leaving the app. Map moves, the language
 * and the basemap replace the current entry.
 */
const steps = (state: UrlState) =>
  toSearchParams({ ...state, view: undefined, lang: undefined, basemap: undefined }).toString();

/**
 * Keeps the URL in step with the explore state and the presentation: the only writer of the URL
 * (url-keys.ts lists its keys). The presentation's keys never make a history entry.
 */
export function syncUrl(
  state: ExploreState,
  lang: Accessor<Lang>,
  setLang: (lang: Lang) => void,
  known: KnownKeys,
  form: FormInUrl,
  presentation: { url: Accessor<UrlValues> } = { url: () => ({}) },
) {
  let lastSteps: string | undefined;
  let lastForm: string | undefined;
  let restoring = false;

  createEffect(() => {
    const next: UrlState = {
      selected: state.selectedId(),
      filters: state.filters(),
      overlay: state.overlay(),
      knelpuntenOpen: state.knelpuntenOpen(),
      proposalsOpen: state.proposalsOpen(),
      form: form.current(),
      view: state.view(),
      lang: lang(),
      basemap: state.basemap(),
    };
    const presented = presentation.url();
    if (restoring) return;
    const params = writeUrlValues(
      presented,
      'presentation',
      toSearchParams(next, new URLSearchParams(location.search)),
    );
    const query = params.toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    const nextSteps = steps(next);
    // Closing the form (saved or cancelled) takes the place of its entry: Back then goes to
    // where the person was before opening it, not to an empty form.
    const formClosed = lastForm !== undefined && next.form === undefined;
    const isStep = lastSteps !== undefined && nextSteps !== lastSteps && !formClosed;
    lastSteps = nextSteps;
    lastForm = next.form;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (isStep) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  });

  const onPopState = () => {
    const restored = fromSearchParams(new URLSearchParams(location.search), known);
    restoring = true;
    try {
      state.restore(restored);
      form.restore(restored.form);
      void setLang(restored.lang ?? 'nl');
    } finally {
      restoring = false;
    }
    lastSteps = steps(restored);
    lastForm = form.current();
  };
  window.addEventListener('popstate', onPopState);
  onCleanup(() => window.removeEventListener('popstate', onPopState));
}
