import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { bbox } from '@turf/bbox';
import type { Page } from 'playwright-core';
import {
  decodeQr,
  expectNoAxeViolations,
  expectPinsOnTheirPlaces,
  openPage,
  screenshotDir,
  startHarness,
  waitForIdle,
  waitForMap,
  type Harness,
} from './harness';
import { readGeo } from '../support/geo-files';

type Props = { id: string; name: string; gemeente: string | null; precision: string };
const initiatives = readGeo<{
  features: { properties: Props; geometry: { coordinates: [number, number] } }[];
}>('initiatieven.geojson').features;
const pinPlaces = new Map(
  initiatives.flatMap((f) =>
    f.geometry ? [[f.properties.id, f.geometry.coordinates] as const] : [],
  ),
);
const gemeenten =
  readGeo<GeoJSON.FeatureCollection<GeoJSON.MultiPolygon, { code: string; name: string }>>(
    'gemeenten.geojson',
  ).features;
const levels = readGeo<{ levels: { name: string }[] }>('knelpunten.json').levels;

/** The headings the tour should show, worked out from the data files the way a person would. */
const byName = [...gemeenten].sort((a, b) =>
  a.properties.name.localeCompare(b.properties.name, 'nl'),
);
const expected: { heading: string; gemeente?: string; at?: [number, number] }[] = [
  { heading: 'Samen Buurten in Flevoland' },
  ...byName.flatMap((g) => [
    { heading: g.properties.name, gemeente: g.properties.code },
    ...initiatives
      .filter(
        (i) =>
          i.properties.gemeente === g.properties.code && i.properties.precision !== 'provincie',
      )
      .map((i) => ({ heading: i.properties.name, at: i.geometry.coordinates })),
  ]),
  ...levels.map((l) => ({ heading: l.name })),
  { heading: 'Hoe nu verder?' },
];

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

type MapHandle = import('maplibre-gl').Map;
const mapView = (page: Page) =>
  page.evaluate(() => {
    const map = (window as unknown as { __samenBuurtenMap: MapHandle }).__samenBuurtenMap;
    const c = map.getCenter();
    return { lng: c.lng, lat: c.lat, zoom: map.getZoom() };
  });
const heading = (page: Page) => page.locator('#slide-heading').innerText();
/** The slide in the page's own address (page.url() hears of replaceState only a moment later). */
const slideNumber = (page: Page) =>
  page.evaluate(() => Number(new URLSearchParams(location.search).get('dia')));

/** On the overview slides all six municipality names are on screen, none behind the slide panel. */
async function municipalitiesClearOfPanel(page: Page) {
  const panel = (await page.locator('.slide').boundingBox())!;
  const viewport = page.viewportSize()!;
  const labels = await page.locator('.map-label--gemeente').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { name: e.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }),
  );
  expect(labels).toHaveLength(6);
  for (const label of labels) {
    expect(label.left, `${label.name} right of the panel`).toBeGreaterThan(panel.x + panel.width);
    expect(label.right, `${label.name} on screen`).toBeLessThan(viewport.width);
    expect(label.bottom, `${label.name} on screen`).toBeLessThan(viewport.height);
  }
}

describe('presenting at 1920×1080', () => {
  it('steps through the whole tour with the keyboard, each slide with its heading and map view', async () => {
    const page = await openPage(harness, {
      viewport: { width: 1920, height: 1080 },
      reducedMotion: 'reduce',
    });
    await page.goto(`${harness.baseUrl}/?debug=map&gemeente=GM0184&knelpunten=aan`);
    await waitForMap(page);
    await waitForIdle(page);
    const exploreUrl = page.url();
    const exploreView = await mapView(page);

    await page.getByRole('button', { name: 'Presenteren' }).click();
    await page.locator('.present').waitFor();
    expect(new URL(page.url()).searchParams.get('present')).toBe('1');
    expect(await page.locator('header').isVisible()).toBe(false);

    // Readable from the back of the room: body text at least 28 CSS px.
    // (Polled: under load Chromium has been seen to report the slide's size a moment late.)
    const smallest = async () =>
      Math.min(
        ...(await page
          .locator('.slide p, .slide li')
          .evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)))),
      );
    await expect.poll(smallest, { timeout: 5_000 }).toBeGreaterThanOrEqual(28);
    await page.screenshot({ path: resolve(screenshotDir, 'present-1080-overview.png') });

    let pinsChecked = 0;
    for (let i = 0; i < expected.length; i++) {
      const want = expected[i]!;
      await waitForIdle(page);
      // The larger pins of the big screen stand exactly on their places too.
      pinsChecked += await expectPinsOnTheirPlaces(page, pinPlaces);
      expect(await heading(page), `slide ${i + 1}`).toContain(want.heading);
      expect(await slideNumber(page)).toBe(i + 1);
      await expect(page.locator('.present__progress').innerText()).resolves.toContain(
        `Dia ${i + 1} van ${expected.length}`,
      );
      const view = await mapView(page);
      if (want.gemeente) {
        const [w, s, e, n] = bbox(gemeenten.find((g) => g.properties.code === want.gemeente)!);
        expect(
          view.lng > w && view.lng < e && view.lat > s && view.lat < n,
          `${want.heading} framed`,
        ).toBe(true);
      }
      if (want.at) {
        expect(
          Math.abs(view.lng - want.at[0]) + Math.abs(view.lat - want.at[1]),
          `${want.heading} centred`,
        ).toBeLessThan(0.002);
        expect(view.zoom).toBeGreaterThanOrEqual(12.9);
      }
      if (i === 1)
        await page.screenshot({ path: resolve(screenshotDir, 'present-1080-almere.png') });
      if (want.heading === 'Relationele knelpunten') {
        expect(await page.locator('.slide .chart__number').allInnerTexts()).toEqual([
          '69%',
          '60%',
          '47%',
          '39%',
          '36%',
          '32%',
          '32%',
          '32%',
          '31%',
        ]);
        await page.screenshot({ path: resolve(screenshotDir, 'present-1080-relationeel.png') });
      }
      await page.keyboard.press(i % 2 ? 'PageDown' : 'ArrowRight');
    }
    expect(pinsChecked).toBeGreaterThan(10);
    // At the end, forward stays on the last slide; Home and End jump.
    expect(await slideNumber(page)).toBe(expected.length);
    await page.keyboard.press('Home');
    expect(await slideNumber(page)).toBe(1);
    await page.keyboard.press('End');
    expect(await slideNumber(page)).toBe(expected.length);
    await page.keyboard.press('PageUp');
    expect(await slideNumber(page)).toBe(expected.length - 1);

    // 5 jumps to the fifth municipality (Urk), whose QR code opens the propose form for Urk.
    await page.keyboard.press('5');
    await waitForIdle(page);
    expect(await heading(page)).toBe('Urk');
    await page.keyboard.press('q');
    await page.locator('.qr__code').waitFor();
    expect(await decodeQr(page)).toBe(`${harness.baseUrl}/?voorstel=nieuw&gemeente=GM0184`);
    await expectNoAxeViolations(page);

    await page.keyboard.press('b');
    expect(await page.locator('.present__blank').isVisible()).toBe(true);
    await page.keyboard.press('b');
    expect(await page.locator('.present__blank').count()).toBe(0);

    // Esc leaves and puts back exactly the explore state and URL.
    await page.keyboard.press('Escape');
    await waitForIdle(page);
    expect(await page.locator('.present').count()).toBe(0);
    expect(page.url()).toBe(exploreUrl);
    const back = await mapView(page);
    expect(
      Math.abs(back.lng - exploreView.lng) + Math.abs(back.lat - exploreView.lat),
    ).toBeLessThan(1e-6);
    expect(back.zoom).toBeCloseTo(exploreView.zoom, 5);
    await expect(page.getByLabel('Gemeente', { exact: true }).inputValue()).resolves.toBe('GM0184');
    await page.context().close();
  });

  it('the overview QR code opens the propose form', async () => {
    const page = await openPage(harness, { viewport: { width: 1920, height: 1080 } });
    await page.goto(`${harness.baseUrl}/?debug=map&present=1`);
    await waitForMap(page);
    await page.locator('.qr__code').waitFor();
    expect(await decodeQr(page)).toBe(`${harness.baseUrl}/?voorstel=nieuw`);
    const phone = await openPage(harness, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
    });
    await phone.goto((await decodeQr(page))!);
    await phone.getByRole('heading', { name: 'Een initiatief voorstellen' }).waitFor();
    await phone.context().close();
    await page.context().close();
  });

  it('flies smoothly between slides, and jumps when reduced motion is asked for', async () => {
    const page = await openPage(harness, { viewport: { width: 1920, height: 1080 } });
    await page.goto(`${harness.baseUrl}/?debug=map&present=1`);
    await waitForMap(page);
    await waitForIdle(page);
    await page.keyboard.press('ArrowRight');
    expect(await movingAfterNextFrame(page)).toBe(true);
    await page.context().close();

    const still = await openPage(harness, {
      viewport: { width: 1920, height: 1080 },
      reducedMotion: 'reduce',
    });
    await still.goto(`${harness.baseUrl}/?debug=map&present=1`);
    await waitForMap(still);
    await waitForIdle(still);
    await still.keyboard.press('ArrowRight');
    expect(await movingAfterNextFrame(still)).toBe(false);
    await still.context().close();
  });

  it('plays by itself in kiosk mode, loops, and pauses on any key', async () => {
    const page = await openPage(harness, {
      viewport: { width: 1920, height: 1080 },
      reducedMotion: 'reduce',
    });
    const last = expected.length;
    await page.goto(`${harness.baseUrl}/?debug=map&present=1&dia=${last - 1}&autoplay=2`);
    await waitForMap(page);
    // Record the slide numbers as they pass, then wait until the tour has wrapped from the last to the first.
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { __seen: number[] }).__seen = seen;
      setInterval(() => {
        const dia = Number(new URL(location.href).searchParams.get('dia'));
        if (seen.at(-1) !== dia) seen.push(dia);
      }, 50);
    });
    await page.waitForFunction(
      (n) => {
        const seen = (window as unknown as { __seen: number[] }).__seen;
        return seen.some((dia, i) => dia === n && seen[i + 1] === 1);
      },
      last,
      { timeout: 15_000 },
    );
    await page.keyboard.press('x');
    await page.getByText('Gepauzeerd').waitFor();
    const paused = await slideNumber(page);
    await page.waitForTimeout(4500);
    expect(await slideNumber(page)).toBe(paused);
    await page.context().close();
  });
});

/** Whether the map is moving once the frame after a key press has run (the camera starts there). */
function movingAfterNextFrame(page: Page) {
  return page.evaluate(
    () =>
      new Promise<boolean>((done) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            done(
              (window as unknown as { __samenBuurtenMap: MapHandle }).__samenBuurtenMap.isMoving(),
            ),
          ),
        ),
      ),
  );
}

describe('presenting at 3840×2160', () => {
  it('scales the type up and stays sharp', async () => {
    const page = await openPage(harness, {
      viewport: { width: 3840, height: 2160 },
      reducedMotion: 'reduce',
    });
    await page.goto(`${harness.baseUrl}/?debug=map&present=1&dia=2`);
    await waitForMap(page);
    await waitForIdle(page);
    expect(await heading(page)).toBe('Almere');
    const size = await page
      .locator('.slide p')
      .first()
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(size).toBeGreaterThanOrEqual(56);
    await page.screenshot({ path: resolve(screenshotDir, 'present-4k-almere.png') });
    await page.keyboard.press('End');
    await waitForIdle(page);
    expect(await decodeQr(page)).toBe(`${harness.baseUrl}/?voorstel=nieuw`);
    await municipalitiesClearOfPanel(page);
    await page.screenshot({ path: resolve(screenshotDir, 'present-4k-closing.png') });
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
