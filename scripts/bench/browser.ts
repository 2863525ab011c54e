import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
const VIEWPORT = { width: 1280, height: 800 };
const READY_TIMEOUT_MS = 60_000;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  });
}

// In-page code is passed as source text: tsx compiles with keepNames, whose helper calls would not
// exist in the page.

/** Records performance.now() (ms since navigation start) when any element gets data-ready="true". */
const READY_PROBE = `
  new MutationObserver((records, observer) => {
    if (records.some((r) => r.target.getAttribute('data-ready') === 'true')) {
      window.__benchReadyAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
`;

/** Pans the map by each offset in turn and returns the requestAnimationFrame intervals meanwhile. */
const PAN_SCRIPT = `async ({ mapGlobal, moves, duration }) => {
  const map = window[mapGlobal];
  const deltas = [];
  let last = 0;
  let running = true;
  const tick = (time) => {
    if (last) deltas.push(time - last);
    last = time;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  for (const [x, y] of moves) {
    const ended = new Promise((done) => map.once('moveend', done));
    map.panBy([x, y], { duration, easing: (t) => t, essential: true });
    await ended;
  }
  running = false;
  return deltas;
}`;
/** Out and back again, so each run ends where it began. */
const PAN_MOVES = [
  [300, 0],
  [0, 200],
  [-300, 0],
  [0, -200],
  [200, 150],
  [-200, -150],
];
const PAN_DURATION_MS = 500;

export interface LoadResult {
  /** Navigation start to the map's first full idle (data-ready). */
  renderMs: number;
  /** Main-thread JS heap after a forced garbage collection. */
  heapBytes: number;
  /** When the last geo file (.geojson/.json) had arrived, ms since navigation start. */
  dataLoadedMs: number;
  /** Bytes over the network for the page and everything it loaded until ready. */
  transferredBytes: number;
  mapSize: { width: number; height: number };
}

async function openReadyPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(READY_PROBE);
  await page.goto(url);
  await page.waitForFunction('window.__benchReadyAt !== undefined', undefined, {
    timeout: READY_TIMEOUT_MS,
    polling: 100,
  });
  return page;
}

/** One first visit in a fresh context (empty cache): time to the first full render, heap, bytes. */
export async function measureLoad(browser: Browser, url: string): Promise<LoadResult> {
  const page = await openReadyPage(browser, url);
  try {
    const renderMs = (await page.evaluate('window.__benchReadyAt')) as number;
    const transferredBytes = (await page.evaluate(`[
      ...performance.getEntriesByType('navigation'),
      ...performance.getEntriesByType('resource'),
    ].reduce((sum, entry) => sum + entry.transferSize, 0)`)) as number;
    const dataLoadedMs = (await page.evaluate(`Math.max(0, ...performance
      .getEntriesByType('resource')
      .filter((entry) => /\\.(geo)?json$/.test(new URL(entry.name).pathname))
      .map((entry) => entry.responseEnd))`)) as number;
    const box = await page.locator('[data-ready="true"]').first().boundingBox();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    return {
      renderMs,
      dataLoadedMs,
      heapBytes: heap.usedSize,
      transferredBytes,
      mapSize: { width: Math.round(box?.width ?? 0), height: Math.round(box?.height ?? 0) },
    };
  } finally {
    await page.context().close();
  }
}

export interface PanResult {
  /** Frame intervals (ms) during the scripted pans. */
  frames: number[];
  /** For synthetic points: ms from setData until the map was idle with them drawn. */
  setDataMs?: number[];
}

/**
 * Loads `url`, optionally shows `points` (flat [lng, lat, …], baseline only) and pans. `mapGlobal`
 * names the window property holding the MapLibre map.
 */
export async function measurePan(
  browser: Browser,
  url: string,
  mapGlobal: string,
  points?: number[],
): Promise<PanResult> {
  const page = await openReadyPage(browser, url);
  try {
    let setDataMs: number[] | undefined;
    if (points) {
      setDataMs = [];
      const show = `window.__benchShowPoints(${JSON.stringify(points)})`;
      // From empty to all points, three times: each is a full re-tiling of the source.
      for (let i = 0; i < 3; i++) {
        await page.evaluate('window.__benchShowPoints([])');
        setDataMs.push((await page.evaluate(show)) as number);
      }
    }
    const frames = (await page.evaluate(
      `(${PAN_SCRIPT})(${JSON.stringify({ mapGlobal, moves: PAN_MOVES, duration: PAN_DURATION_MS })})`,
    )) as number[];
    return setDataMs ? { frames, setDataMs } : { frames };
  } finally {
    await page.context().close();
  }
}
