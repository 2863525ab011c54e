import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { bbox } from '@turf/bbox';
import {
  openPage,
  screenshotDir,
  startHarness,
  waitForMap,
  type Harness,
  expectNoAxeViolations,
} from './harness';
import { readGeo } from '../support/geo-files';

interface Props {
  id: string;
  name: string;
  gemeente: string | null;
  precision: string;
}
const initiatives = readGeo<{ features: { properties: Props }[] }>(
  'initiatieven.geojson',
).features.map((f) => f.properties);
const almere = initiatives.filter((p) => p.gemeente === 'GM0034');
const notAlmere = initiatives.filter((p) => p.gemeente && p.gemeente !== 'GM0034');
const almereBbox = bbox(
  readGeo<GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, { code: string }>>(
    'gemeenten.geojson',
  ).features.find((f) => f.properties.code === 'GM0034')!,
);

type MapHandle = import('maplibre-gl').Map;
const mapOf = (page: Page) =>
  page.evaluateHandle(
    () => (window as unknown as { __samenBuurtenMap: MapHandle }).__samenBuurtenMap,
  );

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function open(query = '', options = {}) {
  const page = await openPage(harness, options);
  await page.goto(`${harness.baseUrl}/?debug=map${query ? `&${query}` : ''}`);
  await waitForMap(page);
  return page;
}

/** Ids of the initiatives on the map: visible pins plus the members of visible groups. */
const shownOnMap = (page: Page) =>
  page.evaluate(() =>
    [
      ...[...document.querySelectorAll<HTMLElement>('button.pin:not([hidden])')].map(
        (p) => p.dataset.id!,
      ),
      ...[...document.querySelectorAll<HTMLElement>('button.cluster')].flatMap((c) =>
        c.dataset.ids!.split(' '),
      ),
    ].sort(),
  );

const listed = (page: Page) =>
  page
    .locator('.initiative-list .initiative')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id!).sort());

const waitForIdle = (page: Page) =>
  page.evaluate(async () => {
    const map = (window as unknown as { __samenBuurtenMap: MapHandle }).__samenBuurtenMap;
    if (map.isMoving()) await new Promise((done) => map.once('moveend', done));
    await new Promise((done) =>
      map.loaded() && !map.isMoving() ? done(null) : map.once('idle', done),
    );
  });

describe('choosing a municipality', () => {
  it('frames Almere, lists exactly its initiatives and removes the other pins', async () => {
    const page = await open();
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Almere (10)' });
    await waitForIdle(page);
    await expect(page.locator('.count').first().innerText()).resolves.toContain(
      `${almere.length} initiatieven in Almere`,
    );
    expect(await listed(page)).toEqual(almere.map((p) => p.id).sort());
    expect(await shownOnMap(page)).toEqual(
      almere
        .filter((p) => p.precision !== 'provincie')
        .map((p) => p.id)
        .sort(),
    );
    for (const p of notAlmere)
      expect(await page.locator(`.pin[data-id="${p.id}"]`).isHidden()).toBe(true);
    const framed = await (
      await mapOf(page)
    ).evaluate((map) => {
      const b = map.getBounds();
      return { west: b.getWest(), east: b.getEast(), south: b.getSouth(), north: b.getNorth() };
    });
    // The frame holds all of Almere and is not much larger than it (Lelystad is out of view).
    const [west, south, east, north] = almereBbox;
    expect(framed.west).toBeLessThanOrEqual(west);
    expect(framed.east).toBeGreaterThanOrEqual(east);
    expect(framed.south).toBeLessThanOrEqual(south);
    expect(framed.north).toBeGreaterThanOrEqual(north);
    expect(framed.north - framed.south).toBeLessThan(2.5 * (north - south));
    expect(page.url()).toContain('gemeente=GM0034');
    await page.screenshot({ path: resolve(screenshotDir, 'explore-almere.png') });
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('answers "which initiatives are there in Almere-Haven?" with the stadsdeel filter', async () => {
    const page = await open('gemeente=GM0034');
    await page.getByLabel('Stadsdeel of wijk').selectOption({ label: 'Almere Haven' });
    await waitForIdle(page);
    const names = await page.locator('.initiative-list .initiative__name').allInnerTexts();
    expect(names.sort()).toEqual(['HavenHart 2.0', 'Steigerfestival', 'The Green Story']);
    await expect(page.locator('.count').first().innerText()).resolves.toContain(
      '3 initiatieven in Almere Haven',
    );
    await page.context().close();
  });
});

describe('clicking a municipality on the map', () => {
  it('shows what stands in the way in Urk', async () => {
    const page = await open();
    const point = await (
      await mapOf(page)
    ).evaluate((map) => {
      const urk = map.querySourceFeatures('gemeenten').find((f) => f.properties.code === 'GM0184')!;
      const [lng, lat] = (urk.geometry as GeoJSON.Polygon).coordinates[0]!.reduce(
        ([x, y], [a, b], _i, all) => [x! + a! / all.length, y! + b! / all.length],
        [0, 0],
      );
      const { x, y } = map.project([lng!, lat!]);
      const canvas = map.getCanvas().getBoundingClientRect();
      return { x: canvas.left + x, y: canvas.top + y };
    });
    await page.mouse.click(point.x, point.y);
    await waitForIdle(page);
    await page.getByRole('heading', { name: 'Losse reacties over Urk' }).first().waitFor();
    expect(await page.getByRole('heading', { name: 'Losse reacties over Urk' }).count()).toBe(1);
    await expect(page.locator('.local-knelpunten').innerText()).resolves.toContain(
      'Urk als voorbeeld van zeer hechte samenleving, maar niet altijd inclusief.',
    );
    await expect(page.getByLabel('Gemeente', { exact: true }).inputValue()).resolves.toBe('GM0184');
    await page.screenshot({ path: resolve(screenshotDir, 'explore-urk.png') });
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('says honestly that the source names nothing specific for Noordoostpolder', async () => {
    const page = await open('gemeente=GM0171');
    await expect(page.locator('.local-knelpunten').innerText()).resolves.toContain(
      'De bron noemt niets specifieks over Noordoostpolder.',
    );
    await page.context().close();
  });
});

describe('a shared link', () => {
  it('restores a selected initiative with the knelpunten overlay on', async () => {
    const page = await open('sel=havenhart-2-0&knelpunten=aan');
    await page.getByRole('heading', { level: 2, name: 'HavenHart 2.0' }).first().waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'HavenHart 2.0' }).count()).toBe(1);
    await expect(page.locator('.detail').innerText()).resolves.toContain(
      'Locatie bij benadering: stadsdeel Almere Haven',
    );
    const overlay = await (
      await mapOf(page)
    ).evaluate((map) => ({
      visibility: map.getLayoutProperty('gemeente-knelpunt', 'visibility'),
      hatched: map
        .queryRenderedFeatures({ layers: ['gemeente-knelpunt'] })
        .map((f) => f.properties.code),
    }));
    expect(overlay.visibility).toBe('visible');
    expect(overlay.hatched).toContain('GM0034');
    await expect(page.getByLabel('Knelpunten per gemeente op de kaart').isChecked()).resolves.toBe(
      true,
    );
    await expect(
      page.locator('.pin[data-id="havenhart-2-0"]').getAttribute('class'),
    ).resolves.toContain('pin--selected');
    await waitForIdle(page);
    await page.screenshot({ path: resolve(screenshotDir, 'explore-deeplink.png') });
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('walks back and forward through selections', async () => {
    const page = await open();
    await page.locator('.initiative[data-id="oosterwold"]').click();
    await page.getByRole('button', { name: /Terug naar de lijst/ }).click();
    // Zoomed in on Oosterwold, the list shows what is in view; this brings the rest back.
    await page.getByRole('button', { name: 'Toon ze allemaal op de kaart' }).click();
    await waitForIdle(page);
    await page.locator('.initiative[data-id="hof-van-hestia"]').click();
    await page.getByRole('heading', { level: 2, name: 'Hof van Hestia' }).first().waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Hof van Hestia' }).count()).toBe(1);
    await page.goBack();
    await expect(page.locator('.detail').count()).resolves.toBe(0);
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Oosterwold' }).first().waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Oosterwold' }).count()).toBe(1);
    await page.goForward();
    await page.goForward();
    await page.getByRole('heading', { level: 2, name: 'Hof van Hestia' }).first().waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Hof van Hestia' }).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('sel')).toBe('hof-van-hestia');
    await page.context().close();
  });
});

describe('keyboard only', () => {
  it('tabs to search, finds "HavenHart", opens it and closes it back to the search box', async () => {
    const page = await open();
    let onSearch = false;
    for (let i = 0; i < 60 && !onSearch; i++) {
      await page.keyboard.press('Tab');
      onSearch = await page.evaluate(() => document.activeElement?.id === 'search-input');
    }
    expect(onSearch).toBe(true);
    await page.keyboard.type('havenhart');
    await expect(page.getByRole('option', { name: /HavenHart 2.0/ }).count()).resolves.toBe(1);
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 2, name: 'HavenHart 2.0' });
    await heading.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'detail-heading');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('detail-heading');
    await waitForIdle(page);
    await page.screenshot({ path: resolve(screenshotDir, 'explore-keyboard-detail.png') });
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(heading.count()).resolves.toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.context().close();
  });
});

describe('the knelpunten panel', () => {
  it('shows the four levels, the survey numbers as text and no invented percentages', async () => {
    const page = await open();
    await page.getByRole('tab', { name: 'Knelpunten' }).click();
    await page.locator('.level').first().waitFor();
    const levels = await page.locator('.level h3').allInnerTexts();
    expect(levels.map((l) => l.split(' ·')[0])).toEqual([
      'Maatschappelijke knelpunten',
      'Bestuurlijke knelpunten',
      'Relationele knelpunten',
      'Professionele knelpunten',
    ]);
    const numbers = await page.locator('.chart__number').allInnerTexts();
    expect(numbers).toEqual(['69%', '60%', '47%', '39%', '36%', '32%', '32%', '32%', '31%']);
    await expect(page.locator('.level[data-level="bestuurlijk"]').innerText()).resolves.toContain(
      'N = 76',
    );
    expect(await page.locator('.level[data-level="maatschappelijk"] .chart__number').count()).toBe(
      0,
    );
    expect(new URL(page.url()).searchParams.get('panel')).toBe('knelpunten');
    await page.screenshot({
      path: resolve(screenshotDir, 'explore-knelpunten.png'),
      fullPage: true,
    });
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});

describe('embedding and language', () => {
  it('gives a chrome-less map with ?embed=1', async () => {
    const page = await open('embed=1');
    expect(await page.locator('header, aside').count()).toBe(0);
    await expect(
      page.getByRole('link', { name: 'Open de volledige kaart' }).getAttribute('href'),
    ).resolves.not.toContain('embed');
    await page.screenshot({ path: resolve(screenshotDir, 'explore-embed.png') });
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('switches to English and keeps it in the link', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Samen Buurten map' }).waitFor();
    await expect(page.locator('.maplibregl-ctrl-attrib').innerText()).resolves.toContain(
      'Boundaries: CBS, Kadaster (CC BY 4.0)',
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await page.context().close();
  });
});
