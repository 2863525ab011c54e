import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import {
  openPage,
  recordRequests,
  screenshotDir,
  startHarness,
  waitForMap,
  type Harness,
  expectNoAxeViolations,
  expectPinsOnTheirPlaces,
  waitForIdle,
} from './harness';
import { readGeo } from '../support/geo-files';

interface Props {
  id: string;
  name: string;
  precision: string;
}
const initiatives = readGeo<{ features: { properties: Props }[] }>(
  'initiatieven.geojson',
).features.map((f) => f.properties);
const mapped = initiatives.filter((p) => p.precision !== 'provincie');
const pinPlaces = new Map(
  readGeo<{
    features: { properties: Props; geometry: { coordinates: [number, number] } | null }[];
  }>('initiatieven.geojson').features.flatMap((f) =>
    f.geometry ? [[f.properties.id, f.geometry.coordinates] as const] : [],
  ),
);
const provinceWide = initiatives.filter((p) => p.precision === 'provincie');

let harness: Harness;
let page: Page;
let requests: string[];

beforeAll(async () => {
  harness = await startHarness();
  page = await openPage(harness);
  requests = recordRequests(page);
  await page.goto(`${harness.baseUrl}/?debug=map`);
  await waitForMap(page);
});

afterAll(async () => {
  await harness?.close();
});

/** A desktop screen, and one where the credits and the side panel take more room. */
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1000, height: 700 },
];

async function openFirstView(viewport: { width: number; height: number }) {
  const sized = await openPage(harness, { viewport });
  await sized.goto(`${harness.baseUrl}/`);
  await waitForMap(sized);
  return sized;
}

/**
 * A first visit that notes the map's renders, its load and its first idle, with whether the canvas
 * could be seen then; and whether "Kaart laden…" is still there once the map is ready.
 */
async function firstViewEvents() {
  const fresh = await openPage(harness);
  await fresh.addInitScript(() => {
    const events: string[] = [];
    const watch = setInterval(() => {
      const map = (window as unknown as { __samenBuurtenMap?: import('maplibre-gl').Map })
        .__samenBuurtenMap;
      if (!map) return;
      clearInterval(watch);
      const canvas = () => getComputedStyle(map.getCanvas()).visibility;
      map.on('render', () => events.push(`render while ${canvas()}`));
      map.on('load', () => events.push('load'));
      map.once('idle', () => events.push(`idle while ${canvas()}`));
    });
    (window as unknown as { __events: string[] }).__events = events;
  });
  await fresh.goto(`${harness.baseUrl}/?debug=map`);
  await waitForMap(fresh);
  const events = await fresh.evaluate(() => (window as unknown as { __events: string[] }).__events);
  const loadingTextLeft = await fresh.getByText('Kaart laden…').count();
  await fresh.context().close();
  return { events, loadingTextLeft };
}

describe('the first view of the map (production build, no network)', () => {
  it("shows the header, search and list while MapLibre's code is still on its way (slow wifi)", async () => {
    const fresh = await openPage(harness);
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    let asked = false;
    await fresh.route(/\/assets\/maplibre-[^/]*\.js$/, async (route) => {
      asked = true;
      await held;
      await route.continue();
    });
    // On a slow line the page's own code and data go before MapLibre's megabyte.
    const cdp = await fresh.context().newCDPSession(fresh);
    const priority = new Map<string, string>();
    cdp.on('Network.requestWillBeSent', ({ request }) =>
      priority.set(new URL(request.url).pathname, request.initialPriority),
    );
    await cdp.send('Network.enable');
    await fresh.goto(`${harness.baseUrl}/`);
    await fresh.getByRole('heading', { level: 1 }).waitFor();
    await fresh.locator('#side .initiative-list li').first().waitFor();
    const priorityOf = (pattern: RegExp) =>
      [...priority].filter(([path]) => pattern.test(path)).map(([, p]) => p);
    expect(priorityOf(/\/assets\/maplibre-[^/]*\.js$/)).toEqual(['Low']);
    expect(priorityOf(/\/assets\/app-[^/]*\.js$/)).toEqual(['High']);
    expect(new Set(priorityOf(/\.geojson$/))).toEqual(new Set(['High']));
    await fresh.locator('#search-input').waitFor();
    expect(asked, 'the map library was asked for at once').toBe(true);
    expect(await fresh.locator('.maplibregl-canvas').count()).toBe(0);
    // The map's place says what is coming.
    await expect
      .poll(() => fresh.locator('.map-region').getByText('Kaart laden…').isVisible())
      .toBe(true);
    release();
    await waitForMap(fresh);
    expect(await fresh.locator('.map-region').getByText('Kaart laden…').count()).toBe(0);
    await fresh.context().close();
  });

  it('keeps the footer in its place while the data loads (nothing jumps when the map arrives)', async () => {
    const fresh = await openPage(harness);
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    await fresh.route(/\.geojson$/, async (route) => {
      await held;
      await route.continue();
    });
    await fresh.goto(`${harness.baseUrl}/`);
    await fresh.getByRole('status').filter({ hasText: 'laden' }).first().waitFor();
    const loading = await fresh.locator('.app-footer').boundingBox();
    release();
    await waitForMap(fresh);
    const loaded = await fresh.locator('.app-footer').boundingBox();
    expect(loading!.y).toBe(loaded!.y);
    await fresh.context().close();
  });

  it('shows the list and the credits without waiting for the map to be drawn', async () => {
    const fresh = await openPage(harness);
    // Frames are counted from the start; each moment below notes the frame it happened in.
    await fresh.addInitScript(() => {
      const seen: Record<string, number> = {};
      let frame = 0;
      const tick = () => {
        frame++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      new MutationObserver(() => {
        const note = (what: string, selector: string) => {
          if (!(what in seen) && document.querySelector(selector)) seen[what] = frame;
        };
        note('list', '#side .initiative-list li');
        note('canvas', '.maplibregl-canvas');
        note('credits', '.maplibregl-ctrl-attrib-inner');
      }).observe(document, { subtree: true, childList: true });
      new MutationObserver(() => {
        if (!('drawn' in seen) && document.querySelector('[data-ready="true"]')) seen.drawn = frame;
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
      (window as unknown as { __seen: typeof seen }).__seen = seen;
    });
    await fresh.goto(`${harness.baseUrl}/`);
    await waitForMap(fresh);
    const seen = await fresh.evaluate(
      () => (window as unknown as { __seen: Record<string, number> }).__seen,
    );
    // The list was in a frame of its own before the map took the main thread to make itself.
    expect(seen.list).toBeLessThan(seen.canvas!);
    // The credits come with the map itself, not when its style and tiles are in.
    expect(seen.credits).toBeLessThan(seen.drawn!);
    await fresh.context().close();
  });

  it("asks for the map's WebGL context only once the page's frame is on the screen", async () => {
    // A context asked for while the GPU still draws the page waits for it, holding the main
    // thread (0.1–0.3 s here on software GL). Element Timing tells when the frame was shown.
    const fresh = await openPage(harness);
    await fresh.addInitScript(() => {
      const noted = { shown: [] as number[], context: [] as number[] };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          renderTime: number;
          identifier: string;
        })[])
          if (entry.identifier === 'map-loading') noted.shown.push(entry.renderTime);
      }).observe({ type: 'element', buffered: true });
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        kind: string,
        options?: unknown,
      ) {
        if (kind === 'webgl2') noted.context.push(performance.now());
        return getContext.call(this, kind, options);
      } as typeof getContext;
      (window as unknown as { __noted: typeof noted }).__noted = noted;
    });
    await fresh.goto(`${harness.baseUrl}/`);
    await waitForMap(fresh);
    const noted = await fresh.evaluate(
      () => (window as unknown as { __noted: { shown: number[]; context: number[] } }).__noted,
    );
    expect(noted.shown).toHaveLength(1);
    expect(noted.context).toHaveLength(1);
    expect(noted.context[0]).toBeGreaterThan(noted.shown[0]!);
    await fresh.context().close();
  });

  it('is ready in the frame that drew it whole: the layers restate nothing the style already says', async () => {
    // MapLibre redraws after every setFilter or setLayoutProperty, equal or not; such a call when
    // the map has loaded costs one more frame (0.1 s here on software GL) before it is idle.
    const { events } = await firstViewEvents();
    expect(events.slice(events.indexOf('load'), events.indexOf('load') + 2)).toEqual([
      'load',
      'idle while visible',
    ]);
  });

  it('shows no half-drawn map: the map appears once all of its own data is drawn', async () => {
    // Each frame of a visible canvas has the browser compose the whole page again; the frames
    // before the first full view (water, then tile by tile) would only show a map in pieces.
    const { events, loadingTextLeft } = await firstViewEvents();
    const beforeLoad = events.slice(0, events.indexOf('load'));
    expect(beforeLoad.length).toBeGreaterThan(1);
    expect(new Set(beforeLoad)).toEqual(new Set(['render while hidden']));
    expect(events).toContain('idle while visible');
    expect(loadingTextLeft).toBe(0);
  });

  it('keeps the legend above the credits, also where they take several lines', async () => {
    for (const viewport of SIZES) {
      const sized = await openFirstView(viewport);
      for (const legendOpen of [false, true]) {
        if (legendOpen) await sized.getByText('Legenda', { exact: true }).click();
        const [legend, credits] = await sized.evaluate(() =>
          ['.legend', '.maplibregl-ctrl-attrib'].map((selector) => {
            const { top, bottom } = document.querySelector(selector)!.getBoundingClientRect();
            return { top, bottom };
          }),
        );
        expect(credits!.bottom - credits!.top, 'credits on more than one line').toBeGreaterThan(30);
        expect(
          legend!.bottom,
          `${viewport.width} px, legend open: ${legendOpen}`,
        ).toBeLessThanOrEqual(credits!.top);
      }
      await sized.context().close();
    }
  });

  it('cuts no area name off at the edge of the map, nor hides one under the boxes over it', async () => {
    for (const viewport of SIZES) {
      const sized = await openFirstView(viewport);
      const { cut, hidden, shown } = await sized.evaluate(() => {
        type Box = Pick<DOMRect, 'left' | 'right' | 'top' | 'bottom'>;
        const meet = (a: Box, b: Box) =>
          a.right > b.left && a.left < b.right && a.bottom > b.top && a.top < b.bottom;
        const map = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
        const labels = [...document.querySelectorAll<HTMLElement>('.map-label')]
          .filter((label) => !label.hidden && getComputedStyle(label).visibility !== 'hidden')
          .map((label) => ({ name: label.textContent, box: label.getBoundingClientRect() }))
          .filter(({ box }) => meet(box, map));
        const boxesOver = [
          ...document.querySelectorAll(
            '.province-wide, .basemap-switch, .legend, .maplibregl-ctrl',
          ),
        ].map((element) => element.getBoundingClientRect());
        return {
          shown: labels.map((label) => label.name),
          cut: labels
            .filter(
              ({ box }) =>
                box.left < map.left ||
                box.right > map.right ||
                box.top < map.top ||
                box.bottom > map.bottom,
            )
            .map((label) => label.name),
          hidden: labels
            .filter(({ box }) => boxesOver.some((over) => meet(box, over)))
            .map((label) => label.name),
        };
      });
      expect(shown, `${viewport.width} px`).toContain('Lelystad');
      expect(cut, `${viewport.width} px`).toEqual([]);
      expect(hidden, `${viewport.width} px`).toEqual([]);
      await sized.context().close();
    }
  });

  it('draws all six municipalities of Flevoland', async () => {
    const rendered = await page.evaluate(() => {
      const map = (window as unknown as { __samenBuurtenMap: import('maplibre-gl').Map })
        .__samenBuurtenMap;
      const names = map
        .queryRenderedFeatures({ layers: ['gemeente-fill'] })
        .map((f) => f.properties.name as string);
      return [...new Set(names)].sort();
    });
    expect(rendered).toEqual([
      'Almere',
      'Dronten',
      'Lelystad',
      'Noordoostpolder',
      'Urk',
      'Zeewolde',
    ]);
  });

  it('labels the municipalities on the map', async () => {
    const labels = await page.locator('.map-label--gemeente').allTextContents();
    expect(labels.sort()).toEqual([
      'Almere',
      'Dronten',
      'Lelystad',
      'Noordoostpolder',
      'Urk',
      'Zeewolde',
    ]);
  });

  it('frames the whole province: every pin and group of pins is inside the visible map', async () => {
    const box = (await page.locator('[data-testid="map"]').boundingBox())!;
    const markers = page.locator('button.pin:visible, button.cluster');
    expect(await markers.count()).toBeGreaterThan(0);
    for (const marker of await markers.all()) {
      const m = (await marker.boundingBox())!;
      expect(m.x >= box.x && m.x + m.width <= box.x + box.width).toBe(true);
      expect(m.y >= box.y && m.y + m.height <= box.y + box.height).toBe(true);
    }
  });

  it('shows every initiative as a named pin, in a group of pins, or in the whole-province box', async () => {
    const shown = await page.evaluate(() => {
      const pins = [...document.querySelectorAll<HTMLElement>('button.pin:not([hidden])')].map(
        (p) => p.dataset.id!,
      );
      const grouped = [...document.querySelectorAll<HTMLElement>('button.cluster')].flatMap((c) =>
        c.dataset.ids!.split(' '),
      );
      return [...pins, ...grouped].sort();
    });
    expect(shown).toEqual(mapped.map((p) => p.id).sort());
    for (const p of mapped) {
      const label = await page.locator(`.pin[data-id="${p.id}"]`).getAttribute('aria-label');
      expect(label).toContain(p.name);
    }
    for (const cluster of await page.locator('button.cluster').all()) {
      expect(await cluster.getAttribute('aria-label')).toMatch(/^Groep van \d+ initiatieven: /);
    }
    const dock = page.getByRole('region', { name: 'Heel Flevoland' });
    for (const p of provinceWide) {
      await expect(dock.getByRole('button', { name: p.name }).count()).resolves.toBe(1);
    }
  });

  it('zooms into a group of pins when it is clicked, showing the pins themselves', async () => {
    const cluster = page.locator('button.cluster').first();
    const ids = (await cluster.getAttribute('data-ids'))!.split(' ');
    await cluster.click();
    await page.waitForFunction(
      (wanted) =>
        wanted.some((id) => !document.querySelector<HTMLElement>(`.pin[data-id="${id}"]`)!.hidden),
      ids,
    );
    await waitForIdle(page);
    expect(await expectPinsOnTheirPlaces(page, pinPlaces)).toBeGreaterThanOrEqual(2);
    await page.goto(`${harness.baseUrl}/?debug=map`);
    await waitForMap(page);
  });

  it('names the neighbouring provinces beside Flevoland in the first view', async () => {
    const map = (await page.getByTestId('map').boundingBox())!;
    const named = await page.locator('.map-label--provincie').evaluateAll(
      (labels, [left, top, right, bottom]) =>
        labels
          .filter((label) => {
            const box = label.getBoundingClientRect();
            const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
            return (
              getComputedStyle(label).visibility !== 'hidden' &&
              !(label as HTMLElement).hidden &&
              x > left! &&
              x < right! &&
              y > top! &&
              y < bottom!
            );
          })
          .map((label) => label.textContent),
      [map.x, map.y, map.x + map.width, map.y + map.height],
    );
    expect(named).toEqual(expect.arrayContaining(['Drenthe', 'Overijssel']));
  });

  it('saves a screenshot of the first view', async () => {
    const path = resolve(screenshotDir, 'first-view.png');
    await page.screenshot({ path });
    expect(readFileSync(path).byteLength).toBeGreaterThan(10_000);
  });

  it('lets a keyboard user reach a pin or group with Tab and open it with Enter', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let focused: string | null = null;
    for (let i = 0; i < 40 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.classList.contains('pin') ? el.dataset.id! : null;
      });
    }
    expect(focused).toBeTruthy();
    await page.keyboard.press('Enter');
    await page
      .getByRole('heading', { level: 2, name: initiatives.find((p) => p.id === focused)!.name })
      .first()
      .waitFor();
    expect(
      await page
        .getByRole('heading', { level: 2, name: initiatives.find((p) => p.id === focused)!.name })
        .count(),
    ).toBe(1);
  });

  it('shows the attributions', async () => {
    const text = await page.locator('.maplibregl-ctrl-attrib').innerText();
    expect(text).toContain('Grenzen: CBS, Kadaster (CC BY 4.0)');
    expect(text).not.toContain('OpenStreetMap');
    expect(text).toContain('Knelpunten bij inclusieve samenlevingsopbouw');
  });

  it('asks no other host for anything', () => {
    const foreign = requests.filter((url) => {
      const { protocol, hostname } = new URL(url);
      return !(protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1');
    });
    expect(requests.length).toBeGreaterThan(3);
    expect(foreign).toEqual([]);
  });

  it('has no accessibility violations (axe)', async () => {
    await expectNoAxeViolations(page);
  });
});

describe('on a phone', () => {
  it('moves nothing in view while the page loads (no layout shift until the map is drawn)', async () => {
    const phone = await openPage(harness, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await phone.addInitScript(() => {
      const shifts: string[] = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          sources: { node?: Node }[];
        })[]) {
          // Entries arrive a little later than they happen: compare when each happened.
          const ready = performance.getEntriesByName('map:ready')[0];
          if (ready && entry.startTime > ready.startTime) continue;
          const moved = entry.sources.map((s) => (s.node as Element | undefined)?.className);
          shifts.push(`${entry.value.toFixed(4)} ${moved.join(', ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
      (window as unknown as { __shifts: string[] }).__shifts = shifts;
    });
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    await phone.route(/\.geojson$/, async (route) => {
      await held;
      await route.continue();
    });
    await phone.goto(harness.baseUrl);
    await phone.getByRole('status').filter({ hasText: 'laden' }).first().waitFor();
    await phone.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))),
    );
    release();
    await waitForMap(phone);
    expect(
      await phone.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts),
    ).toEqual([]);
    await phone.context().close();
  });

  it('shows the map above the list and every pin', async () => {
    const phone = await openPage(harness, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await phone.goto(harness.baseUrl);
    await waitForMap(phone);
    const shown = await phone.evaluate(() => [
      ...[...document.querySelectorAll<HTMLElement>('button.pin:not([hidden])')].map(
        (p) => p.dataset.id!,
      ),
      ...[...document.querySelectorAll<HTMLElement>('button.cluster')].flatMap((c) =>
        c.dataset.ids!.split(' '),
      ),
    ]);
    expect(shown.sort()).toEqual(mapped.map((p) => p.id).sort());
    const mapBox = (await phone.locator('[data-testid="map"]').boundingBox())!;
    const listBox = (await phone.locator('#list-heading').boundingBox())!;
    expect(listBox.y).toBeGreaterThan(mapBox.y + mapBox.height - 1);
    await phone.screenshot({ path: resolve(screenshotDir, 'phone.png') });
    await phone.close();
  });
});

describe('narrow phones (WCAG 1.4.10 reflow)', () => {
  it('needs no sideways scrolling at 320 px wide, also with the propose form open', async () => {
    const narrow = await openPage(harness, { viewport: { width: 320, height: 700 } });
    const overflow = () =>
      narrow.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await narrow.goto(`${harness.baseUrl}/`);
    await waitForMap(narrow);
    expect(await overflow()).toBe(0);
    await narrow.getByRole('tab', { name: 'Mijn voorstellen' }).click();
    expect(await overflow()).toBe(0);
    await narrow.getByRole('button', { name: '+ Initiatief voorstellen' }).click();
    await narrow.getByLabel('Naam van het initiatief *').waitFor();
    expect(await overflow()).toBe(0);
    await narrow.screenshot({ path: resolve(screenshotDir, 'phone-320.png'), fullPage: true });
    await narrow.close();
  });
});
