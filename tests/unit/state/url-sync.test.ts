// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createRoot, createSignal } from 'solid-js';
import { buildIndex } from '../../../src/data/indexes';
import type { AppData } from '../../../src/data/app-data';
import { createExploreState } from '../../../src/state/explore-state';
import { syncUrl } from '../../../src/state/url-sync';
import type { UrlValues } from '../../../src/state/url-keys';
import { readAppData } from '../../support/geo-files';

const data: AppData = readAppData();
const index = buildIndex(data);
const known = {
  initiatives: new Set(index.initiatives.keys()),
  gemeenten: new Set(index.gemeenten.map((g) => g.code)),
  areas: new Set<string>(),
};
/** Effects run after the current task's microtasks; wait for them. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

let dispose: (() => void) | undefined;
afterEach(() => dispose?.());

function start() {
  history.replaceState(null, '', '/');
  return createRoot((done) => {
    dispose = done;
    const state = createExploreState(data, index, {
      filters: {},
      overlay: false,
      knelpuntenOpen: false,
    });
    const [presented, setPresented] = createSignal<UrlValues>({});
    const [lang, setLang] = createSignal<'nl' | 'en'>('nl');
    syncUrl(
      state,
      lang,
      setLang,
      known,
      { current: () => undefined, restore: () => {} },
      { url: presented },
    );
    return { state, setPresented };
  });
}

describe('the one URL writer', () => {
  it('a selection of any kind is a step in the history; the presentation replaces the entry', async () => {
    const { state, setPresented } = start();
    await settled();
    const before = history.length;
    state.select('homerushuis');
    await settled();
    expect(location.search).toBe('?sel=homerushuis');
    state.select('voorstel-12');
    await settled();
    expect(location.search).toBe('?sel=voorstel-12');
    expect(history.length).toBe(before + 2);

    setPresented({ present: true, dia: 2 });
    await settled();
    expect(location.search).toBe('?sel=voorstel-12&present=1&dia=2');
    setPresented({});
    await settled();
    expect(location.search).toBe('?sel=voorstel-12');
    expect(history.length).toBe(before + 2);
  });

  it('Back restores the selection the URL held, whatever its kind', async () => {
    const { state } = start();
    await settled();
    state.select('homerushuis');
    await settled();
    state.select('eigen-abc');
    await settled();
    history.replaceState(null, '', '/?sel=homerushuis');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(state.selectedId()).toBe('homerushuis');
    history.replaceState(null, '', '/?sel=voorstel-3');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(state.selectedId()).toBe('voorstel-3');
  });
});
