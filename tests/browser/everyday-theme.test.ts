import { resolve } from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import {
  expectNoAxeViolations,
  screenshotDir,
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

type MapHandle = import('maplibre-gl').Map;

async function open(options: BrowserContextOptions, query = '') {
  const context = await harness.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${harness.baseUrl}/?debug=map${query}`);
  await waitForMap(page);
  await waitForIdle(page);
  return page;
}

const cssColour = (page: Page, name: string) =>
  page.evaluate(
    (variable) => getComputedStyle(document.documentElement).getPropertyValue(variable).trim(),
    `--color-${name}`,
  );

const paint = (page: Page, layer: string, property: string) =>
  page.evaluate(
    ([id, name]) =>
      (window as unknown as { __samenBuurtenMap: MapHandle }).__samenBuurtenMap.getPaintProperty(
        id!,
        name! as Parameters<MapHandle['getPaintProperty']>[1],
      ),
    [layer, property],
  );

const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

/**
 * A point on the map's canvas whose whole 24 × 24 px neighbourhood lies in `layer` (or, for the
 * water, outside the land), found by asking the map what it drew there.
 */
async function pointIn(page: Page, layer: string): Promise<[number, number]> {
  const point = await page.evaluate((wanted) => {
    const map = (window as unknown as { __samenBuurtenMap: MapHandle }).__samenBuurtenMap;
    const canvas = map.getCanvas();
    const { left, top, width, height } = canvas.getBoundingClientRect();
    // Only where the map itself is seen: not under a panel, a control or a label.
    const inside = (x: number, y: number) =>
      document.elementFromPoint(left + x, top + y) === canvas &&
      (wanted === 'water'
        ? // Water is the background: no land, and no boundary line drawn through the point either.
          map.queryRenderedFeatures([x, y]).length === 0
        : map.queryRenderedFeatures([x, y], { layers: [wanted] }).length > 0);
    for (let y = 40; y < height - 40; y += 20)
      for (let x = 40; x < width - 40; x += 20)
        if ([-12, 0, 12].every((dx) => [-12, 0, 12].every((dy) => inside(x + dx, y + dy))))
          return [x, y];
    return undefined;
  }, layer);
  expect(point, `a point in ${layer}`).toBeDefined();
  return point as [number, number];
}

/** The map's canvas as drawn, without the DOM labels and pins over it. */
async function mapPixels(page: Page, name: string) {
  await page.addStyleTag({
    content: '.map-label, .pin, .cluster { visibility: hidden !important; }',
  });
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const shot = await page.screenshot({ clip: box });
  writeFileSync(resolve(screenshotDir, `theme-${name}.png`), shot);
  const png = PNG.sync.read(shot);
  return (x: number, y: number) => {
    const i = (Math.round(y) * png.width + Math.round(x)) * 4;
    return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
  };
}

const close = (actual: number[], expected: number[], tolerance = 8) =>
  actual.every((v, i) => Math.abs(v - expected[i]!) <= tolerance);

describe('a dark colour scheme on the device', () => {
  it.each([
    ['desktop', desktop],
    ['phone', phone],
  ])(
    'gives a dark page and a dark map, with AA contrast (%s)',
    async (name, options) => {
      const page = await open({ ...options, colorScheme: 'dark' });
      expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
      const water = await cssColour(page, 'water');
      const fill = await cssColour(page, 'gemeente-fill');
      expect(water).toBe('#1d3a52');
      expect(await paint(page, 'water', 'background-color')).toBe(water);
      expect(await paint(page, 'gemeente-fill', 'fill-color')).toBe(fill);
      expect(await paint(page, 'gemeente-line', 'line-color')).toBe(
        await cssColour(page, 'gemeente-line'),
      );
      // Labels are light with a dark halo; pins and clusters keep their white ring.
      const label = page.locator('.map-label--gemeente').first();
      expect(await label.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(236, 236, 236)');
      expect(await label.evaluate((el) => getComputedStyle(el).textShadow)).toContain(
        'rgb(21, 23, 26)',
      );
      await expectNoAxeViolations(page);

      if (name === 'desktop') {
        await page.getByText('Legenda').click();
        await page.getByLabel('Knelpunten per gemeente op de kaart').check();
        await waitForIdle(page);
        await expectNoAxeViolations(page);
      }
      const waterPoint = await pointIn(page, 'water');
      const landPoint = await pointIn(page, 'gemeente-fill');
      const pixel = await mapPixels(page, `dark-${name}`);
      expect(pixel(...waterPoint)).toSatisfy((p: number[]) => close(p, rgb(water)));
      if (name === 'desktop') {
        // The hatch: stripes of the knelpunt colour (55 % over the municipality) and plain fill.
        const hatched = await pointIn(page, 'gemeente-knelpunt');
        const stripe = rgb(await cssColour(page, 'knelpunt')).map(
          (v, i) => v * 0.55 + rgb(fill)[i]! * 0.45,
        );
        const around = [...Array(12).keys()].map((d) => pixel(hatched[0] + d, hatched[1]));
        expect(around.some((p) => close(p, stripe, 14))).toBe(true);
        expect(around.some((p) => close(p, rgb(fill)))).toBe(true);
      } else {
        expect(pixel(...landPoint)).toSatisfy((p: number[]) => close(p, rgb(fill)));
      }
      await page.context().close();
    },
    120_000,
  );
});

describe('choosing the colours', () => {
  it('remembers "Donker" on a light device; "Zoals dit apparaat" follows the device again', async () => {
    const page = await open({ ...desktop, colorScheme: 'light' });
    const light = await cssColour(page, 'water');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
    await page.getByLabel('Kleuren').selectOption({ label: 'Donker' });
    await expect.poll(() => paint(page, 'water', 'background-color')).toBe('#1d3a52');
    await page.reload();
    await waitForMap(page);
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await page.getByLabel('Kleuren').inputValue()).toBe('dark');
    expect(await paint(page, 'water', 'background-color')).toBe('#1d3a52');
    await expectNoAxeViolations(page);
    await page.getByLabel('Kleuren').selectOption({ label: 'Zoals dit apparaat' });
    await expect.poll(() => paint(page, 'water', 'background-color')).toBe(light);
    expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
    await page.context().close();
  }, 120_000);

  it('keeps the light projector palette in the presentation on a dark device', async () => {
    const page = await open({ ...desktop, colorScheme: 'dark' }, '&present=1');
    await page.locator('.present').waitFor();
    expect(await cssColour(page, 'water')).toBe('#a8cce6');
    await expect.poll(() => paint(page, 'water', 'background-color')).toBe('#a8cce6');
    await page.keyboard.press('Escape');
    await expect.poll(() => paint(page, 'water', 'background-color')).toBe('#1d3a52');
    await page.context().close();
  }, 120_000);
});

describe('the other pages in the dark theme', () => {
  it.each([
    ['privacy', '/privacy', 'h1'],
    ['moderation', '/beheer', 'h1'],
    ['presenter view', '/?present=1&presenter=1', 'h1'],
  ])(
    'keep AA contrast: %s',
    async (_name, path, ready) => {
      const context = await harness.browser.newContext({ ...desktop, colorScheme: 'dark' });
      const page = await context.newPage();
      await page.goto(`${harness.baseUrl}${path}`);
      await page.locator(ready).first().waitFor();
      expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
        'rgb(21, 23, 26)',
      );
      await expectNoAxeViolations(page);
      await context.close();
    },
    120_000,
  );
});
