import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { AxeBuilder } from '@axe-core/playwright';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect } from 'vitest';
import { repoRoot } from '../support/geo-files';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const screenshotDir = resolve(repoRoot, 'test-results', 'screenshots');

export interface Harness {
  browser: Browser;
  server: PreviewServer;
  baseUrl: string;
  close: () => Promise<void>;
}

/** Debian's Chromium, headless, with nothing phoning home; WebGL on SwiftShader. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
}

/** Serves the production build (dist/, made by `vite build`) and starts Debian's Chromium. */
export async function startHarness(): Promise<Harness> {
  if (!existsSync(resolve(repoRoot, 'dist', 'index.html'))) {
    throw new Error('dist/ is missing: run `vite build` first (npm test does)');
  }
  const server = await preview({
    root: repoRoot,
    logLevel: 'warn',
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const address = server.httpServer.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const browser = await launchChromium();
  mkdirSync(screenshotDir, { recursive: true });
  return {
    browser,
    server,
    baseUrl,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** A page in a context of its own (axe needs one made with newContext). */
export async function openPage(
  harness: Harness,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await harness.browser.newContext({
    viewport: { width: 1280, height: 800 },
    ...options,
  });
  return context.newPage();
}

/** Every URL the page asks for, to prove nothing leaves this machine. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Waits until MapLibre has drawn the first full frame (the app marks the container then). */
export async function waitForMap(page: Page) {
  await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 45_000 });
}

type MapHandle = import('maplibre-gl').Map;

/** Waits until the map has stopped moving and has drawn everything (after a flight, say). */
export async function waitForIdle(page: Page) {
  await page.evaluate(async () => {
    const map = (window as unknown as { __samenBuurtenMap: MapHandle }).__samenBuurtenMap;
    // Camera moves that answer a key or a click start in the next frame: let that frame come first.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    if (map.isMoving()) await new Promise((done) => map.once('moveend', done));
    await new Promise((done) =>
      map.loaded() && !map.isMoving() ? done(null) : map.once('idle', done),
    );
  });
}

/**
 * Drags the map as a hand does: one small step per rendered frame. Moves sent faster than the map
 * draws (a busy machine) are partly dropped by MapLibre's drag handler, and the pan falls short.
 */
export async function dragMap(page: Page, from: [number, number], to: [number, number]) {
  const steps = 12;
  const nextFrame = () =>
    page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
  await page.mouse.move(...from);
  await page.mouse.down();
  for (let step = 1; step <= steps; step++) {
    await page.mouse.move(
      from[0] + ((to[0] - from[0]) * step) / steps,
      from[1] + ((to[1] - from[1]) * step) / steps,
    );
    await nextFrame();
  }
  await nextFrame();
  await page.mouse.up();
}

/** axe-core finds no WCAG violations in what the page shows now. */
export async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/**
 * Every visible initiative pin stands with its tip on its own coordinates (within 2 px), however
 * many pins are shown and whatever the page (the presentation draws them larger). Returns how many
 * pins were checked.
 */
export async function expectPinsOnTheirPlaces(
  page: Page,
  coordinates: Map<string, [number, number]>,
): Promise<number> {
  const offsets = await page.evaluate(
    (entries) => {
      const map = (window as unknown as { __samenBuurtenMap: MapHandle }).__samenBuurtenMap;
      const canvas = map.getCanvas().getBoundingClientRect();
      return [...document.querySelectorAll<HTMLElement>('.pin:not([hidden])')].flatMap((pin) => {
        const lngLat = new Map(entries).get(pin.dataset.id ?? '');
        if (!lngLat) return [];
        const rect = pin.getBoundingClientRect();
        const tip = map.project(lngLat);
        return [
          {
            id: pin.dataset.id,
            dx: Math.round(rect.left + rect.width / 2 - canvas.left - tip.x),
            dy: Math.round(rect.bottom - canvas.top - tip.y),
          },
        ];
      });
    },
    [...coordinates],
  );
  for (const offset of offsets) {
    expect(Math.abs(offset.dx), `${offset.id} dx`).toBeLessThanOrEqual(2);
    expect(Math.abs(offset.dy), `${offset.id} dy`).toBeLessThanOrEqual(2);
  }
  return offsets.length;
}

/** What the QR code on the page says, read from a screenshot as a phone's camera would. */
export async function decodeQr(page: Page): Promise<string | undefined> {
  const png = PNG.sync.read(await page.locator('.qr__code').screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}
