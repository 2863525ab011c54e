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
} from './harness';
import { startTileServer, type TileServer } from '../support/tile-server';
import { readGeo } from '../support/geo-files';

type MapHandle = import('maplibre-gl').Map;

const names = new Map(
  readGeo<{ features: { properties: { id: string; name: string } }[] }>(
    'initiatieven.geojson',
  ).features.map((f) => [f.properties.id, f.properties.name]),
);

const UNREACHABLE = 'De online kaart is niet bereikbaar. We tonen de eenvoudige kaart.';

let harness: Harness;
let tiles: TileServer;
let page: Page;
let requests: string[];

beforeAll(async () => {
  harness = await startHarness();
  tiles = await startTileServer();
  page = await openPage(harness);
  requests = recordRequests(page);
});

afterAll(async () => {
  await tiles?.close();
  await harness?.close();
});

/** The app, with every online basemap pointed at the fake tile server on this machine. */
async function openApp(query = '') {
  const testTiles = `tiles=${encodeURIComponent(tiles.template)}`;
  await page.goto(`${harness.baseUrl}/?debug=map&${testTiles}${query ? `&${query}` : ''}`);
  await waitForMap(page);
}

const basemapSelect = () => page.getByLabel('Achtergrondkaart', { exact: true });

const waitForIdle = () =>
  page.evaluate(async () => {
    const map = (window as unknown as { __samenBuurtenMap: MapHandle }).__samenBuurtenMap;
    if (map.isMoving()) await new Promise((done) => map.once('moveend', done));
    await new Promise((done) =>
      map.loaded() && !map.isMoving() ? done(null) : map.once('idle', done),
    );
  });

/** What the map draws: its layers bottom to top, and how the embedded basemap is painted. */
const drawn = () =>
  page.evaluate(() => {
    const map = (window as unknown as { __samenBuurtenMap: MapHandle }).__samenBuurtenMap;
    return {
      layers: map.getStyle().layers.map((layer) => layer.id),
      landVisible: map.getLayoutProperty('land-fill', 'visibility') !== 'none',
      gemeenteFillOpacity: map.getPaintProperty('gemeente-fill', 'fill-opacity') ?? 1,
      rasterLoaded: !!map.getSource('basemap-tiles') && map.isSourceLoaded('basemap-tiles'),
    };
  });

const foreignRequests = () =>
  requests.filter((url) => {
    const { protocol, hostname } = new URL(url);
    return !(protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1');
  });

describe('the basemap choice', () => {
  it('starts with the embedded map and asks no tile server (or any other host) for anything', async () => {
    await openApp();
    await expect(basemapSelect().inputValue()).resolves.toBe('offline');
    const options = await basemapSelect().locator('option').allTextContents();
    expect(options).toEqual([
      'Eenvoudig (offline)',
      'Straten (kaart van het Kadaster, online)',
      'Straten (OpenStreetMap, online)',
    ]);
    const map = await drawn();
    expect(map.layers).not.toContain('basemap-tiles');
    expect(map.landVisible).toBe(true);
    expect(tiles.requests).toEqual([]);
    expect(requests.filter((url) => url.startsWith(tiles.template.split('/{z}')[0]!))).toEqual([]);
    expect(foreignRequests()).toEqual([]);
  });

  it('shows PDOK streets under the municipalities and pins after choosing it with the keyboard', async () => {
    await basemapSelect().focus();
    await page.keyboard.press('ArrowDown');
    await expect(basemapSelect().inputValue()).resolves.toBe('pdok');
    await expect.poll(() => tiles.requests.length, { timeout: 15_000 }).toBeGreaterThan(0);
    await waitForIdle();

    const map = await drawn();
    expect(map.rasterLoaded).toBe(true);
    const at = (id: string) => map.layers.indexOf(id);
    expect(at('basemap-tiles')).toBeGreaterThan(at('land-fill'));
    for (const ours of [
      'provincie-line',
      'gemeente-fill',
      'gemeente-knelpunt',
      'wijk-line',
      'gemeente-line',
      'selected-area-line',
      'selected-gemeente-line',
    ]) {
      expect(at('basemap-tiles'), ours).toBeLessThan(at(ours));
    }
    // The municipality fill no longer hides the streets; its outline stays.
    expect(map.gemeenteFillOpacity).toBe(0);
    expect(tiles.requests.every((path) => /^\/\d+\/\d+\/\d+\.png$/.test(path))).toBe(true);

    const attribution = await page.locator('.maplibregl-ctrl-attrib').innerText();
    expect(attribution).toContain('Achtergrondkaart: © Kadaster / PDOK (CC BY 4.0)');
    expect(attribution).toContain('Grenzen: CBS, Kadaster (CC BY 4.0)');
    expect(attribution).not.toContain('OpenStreetMap');
    expect(new URL(page.url()).searchParams.get('ondergrond')).toBe('pdok');

    await page.screenshot({ path: resolve(screenshotDir, 'basemap-online.png') });
    expect(readFileSync(resolve(screenshotDir, 'basemap-online.png')).byteLength).toBeGreaterThan(
      10_000,
    );
  });

  it('keeps the pins working on top of the online basemap', async () => {
    const pin = page.locator('button.pin:visible').first();
    const id = (await pin.getAttribute('data-id'))!;
    await pin.click();
    await page
      .getByRole('heading', { level: 2, name: names.get(id) })
      .first()
      .waitFor();
    expect(await page.getByRole('heading', { level: 2, name: names.get(id) }).count()).toBe(1);
  });

  it('remembers the choice on this device, also for a link without it', async () => {
    await openApp();
    await expect(basemapSelect().inputValue()).resolves.toBe('pdok');
    await expect.poll(async () => (await drawn()).layers).toContain('basemap-tiles');
    expect(new URL(page.url()).searchParams.get('ondergrond')).toBe('pdok');
  });

  it('has no accessibility violations with the online basemap (axe)', async () => {
    await expectNoAxeViolations(page);
  });
});

describe('while the online basemap is slow', () => {
  it('shows the embedded map at once, before any online tile has arrived', async () => {
    const slow = await openPage(harness);
    const pending: string[] = [];
    // Tiles that never come (the fallback to the embedded map waits 8 s for a first one).
    await slow.route(`${new URL(tiles.template.split('/{z}')[0]!).origin}/**`, (route) => {
      pending.push(route.request().url());
    });
    const testTiles = `tiles=${encodeURIComponent(tiles.template)}`;
    await slow.goto(`${harness.baseUrl}/?debug=map&ondergrond=pdok&${testTiles}`);
    await expect.poll(() => pending.length, { timeout: 6_000 }).toBeGreaterThan(0);
    expect(
      await slow.evaluate(
        () => getComputedStyle(document.querySelector('.maplibregl-canvas')!).visibility,
      ),
    ).toBe('visible');
    await expect(slow.getByLabel('Achtergrondkaart', { exact: true }).inputValue()).resolves.toBe(
      'pdok',
    );
    const municipalities = await slow.evaluate(() => {
      const map = (window as unknown as { __samenBuurtenMap: MapHandle }).__samenBuurtenMap;
      return new Set(
        map.queryRenderedFeatures({ layers: ['gemeente-line'] }).map((f) => f.properties.name),
      ).size;
    });
    expect(municipalities).toBe(6);
    await slow.context().close();
  });
});

describe('when the online basemap cannot be reached', () => {
  it('shows the embedded map again and says so, once', async () => {
    await tiles.close();
    await openApp('ondergrond=pdok');
    const notice = page.getByRole('status').filter({ hasText: UNREACHABLE });
    await notice.waitFor({ timeout: 20_000 });
    await expect(notice.count()).resolves.toBe(1);
    await expect(basemapSelect().inputValue()).resolves.toBe('offline');

    const map = await drawn();
    expect(map.layers).not.toContain('basemap-tiles');
    expect(map.landVisible).toBe(true);
    expect(map.gemeenteFillOpacity).toBe(1);
    expect(new URL(page.url()).searchParams.get('ondergrond')).toBeNull();
    await expect(page.locator('.maplibregl-ctrl-attrib').innerText()).resolves.not.toContain(
      'PDOK',
    );
    // Still a working map: the municipalities are drawn and the pins are there.
    expect(await page.locator('button.pin:visible, button.cluster').count()).toBeGreaterThan(0);
    expect(foreignRequests()).toEqual([]);
    await page.screenshot({ path: resolve(screenshotDir, 'basemap-fallback.png') });
  });

  it('has no accessibility violations with the message shown (axe), and the message can be closed', async () => {
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Melding sluiten' }).click();
    await expect(page.getByText(UNREACHABLE).count()).resolves.toBe(0);
  });
});

describe('on a phone', () => {
  it('puts the choice in a bar under the map, clear of the attribution and the pins', async () => {
    const phone = await openPage(harness, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await phone.goto(harness.baseUrl);
    await waitForMap(phone);
    await phone.screenshot({ path: resolve(screenshotDir, 'basemap-phone.png') });
    const box = (selector: string) => phone.locator(selector).first().boundingBox();
    const bar = (await box('.basemap-switch'))!;
    const map = (await box('[data-testid="map"]'))!;
    const attribution = (await box('.maplibregl-ctrl-attrib'))!;
    expect(bar.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    expect(attribution.y + attribution.height).toBeLessThanOrEqual(bar.y + 1);
    await expect(phone.getByLabel('Achtergrondkaart', { exact: true }).isVisible()).resolves.toBe(
      true,
    );
    await phone.close();
  });
});
