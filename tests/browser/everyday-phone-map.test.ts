import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import {
  expectNoAxeViolations,
  startHarness,
  waitForIdle,
  waitForMap,
  type Harness,
} from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };
const phone: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
};

async function open(options: BrowserContextOptions) {
  const context = await harness.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${harness.baseUrl}/?debug=map`);
  await waitForMap(page);
  await waitForIdle(page);
  return page;
}

interface Box {
  name: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The municipality names a person can read, and the pins and groups of pins drawn on the map. */
function mapDrawing(page: Page) {
  return page.evaluate(() => {
    const box = (name: string, element: Element) => {
      const r = element.getBoundingClientRect();
      return { name, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const labels = [...document.querySelectorAll<HTMLElement>('.map-label--gemeente')]
      .filter((label) => !label.hidden && getComputedStyle(label).visibility !== 'hidden')
      .map((label) => box(label.textContent ?? '', label));
    const marks = [
      ...[...document.querySelectorAll('.cluster')].map((c) => box(`group ${c.textContent}`, c)),
      ...[...document.querySelectorAll('.pin:not([hidden]) .pin__shape')].map((shape) =>
        box(`pin ${(shape.parentElement as HTMLElement).dataset.id}`, shape),
      ),
    ];
    const map = document.querySelector('.maplibregl-canvas')!.getBoundingClientRect();
    return { labels, marks, map: { top: map.top, bottom: map.bottom } };
  });
}

const overlap = (a: Box, b: Box) =>
  a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

describe('the municipality names on the map', () => {
  it.each([
    ['phone', phone],
    ['desktop', desktop],
  ])(
    'are all readable, none under a group of pins or a pin (%s)',
    async (_name, options) => {
      const page = await open(options);
      const { labels, marks } = await mapDrawing(page);
      expect(labels.map((l) => l.name).sort()).toEqual([
        'Almere',
        'Dronten',
        'Lelystad',
        'Noordoostpolder',
        'Urk',
        'Zeewolde',
      ]);
      expect(marks.length).toBeGreaterThan(0);
      const covered = labels.flatMap((label) =>
        marks.filter((mark) => overlap(label, mark)).map((mark) => `${label.name} / ${mark.name}`),
      );
      expect(covered).toEqual([]);
      const crowded = labels.flatMap((a, i) =>
        labels.slice(i + 1).flatMap((b) => (overlap(a, b) ? [`${a.name} / ${b.name}`] : [])),
      );
      expect(crowded).toEqual([]);
      await page.context().close();
    },
    120_000,
  );
});

/** The map (its whole height) is on the screen. */
async function expectMapInView(page: Page) {
  const { map } = await mapDrawing(page);
  expect(map.top).toBeGreaterThanOrEqual(0);
  expect(map.bottom).toBeLessThanOrEqual(844);
}

describe('the map on a phone', () => {
  it('stays in view after a search, with the chosen initiative on it and its details under it', async () => {
    const page = await open(phone);
    await page.locator('#search-input').tap();
    await page.locator('#search-input').pressSequentially('HavenHart');
    await page.locator('.search__option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const heading = page.locator('#detail-heading');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('detail-heading');
    await waitForIdle(page);
    await expectMapInView(page);
    const { map } = await mapDrawing(page);
    const selected = (await page.locator('.pin--selected').boundingBox())!;
    expect(selected.y).toBeGreaterThanOrEqual(map.top);
    expect(selected.y + selected.height).toBeLessThanOrEqual(map.bottom);
    // The focused heading is seen, under the map and not behind it.
    const headingBox = (await heading.boundingBox())!;
    expect(headingBox.y).toBeGreaterThanOrEqual(map.bottom);
    expect(headingBox.y + headingBox.height).toBeLessThanOrEqual(844);
    await expectNoAxeViolations(page);
    await page.context().close();
  }, 120_000);

  it('stays in view after a filter lower down the page, and the filter keeps focus', async () => {
    const page = await open(phone);
    const gemeente = page.locator('#filter-gemeente');
    await gemeente.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    await gemeente.focus();
    await gemeente.selectOption('GM0034');
    await waitForIdle(page);
    await expectMapInView(page);
    expect(await gemeente.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = (await gemeente.boundingBox())!;
    const { map } = await mapDrawing(page);
    expect(box.y).toBeGreaterThanOrEqual(map.bottom);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    await page.context().close();
  }, 120_000);

  it('folds the credits behind the (i) button until it is tapped', async () => {
    const page = await open(phone);
    const credits = page.locator('.maplibregl-ctrl-attrib-inner');
    expect(await credits.isVisible()).toBe(false);
    await page.locator('.maplibregl-ctrl-attrib-button').tap();
    await expect.poll(() => credits.isVisible()).toBe(true);
    await page.context().close();
  }, 120_000);
});
