import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { Page } from 'playwright-core';
import {
  expectNoAxeViolations,
  openPage,
  screenshotDir,
  startHarness,
  waitForIdle,
  waitForMap,
  type Harness,
} from './harness';
import { measureSlide, waitForPresentation, type ExpectedSubject } from './slide-geometry';
import { readGeo } from '../support/geo-files';
import { boundsOf } from '../../src/data/bounds';

type Props = { id: string; gemeente: string | null; wijk?: string; precision: string };
const initiatives = readGeo<{ features: { properties: Props }[] }>('initiatieven.geojson')
  .features.map((f) => f.properties)
  .filter((p) => p.precision !== 'provincie');
const gemeenten = readGeo<{ features: { properties: { code: string; name: string } }[] }>(
  'gemeenten.geojson',
).features.map((f) => f.properties);
const levels = readGeo<{ levels: { name: string }[] }>('knelpunten.json').levels;

/**
 * Where the land data was cut off by the box it was clipped to: the stretches of its outline that
 * run along the edge of its extent. On screen such a cut is a straight edge to blank "water".
 */
type Cut = { west: number; south: number; east: number; north: number };
const land = readGeo<FeatureCollection<MultiPolygon>>('land.geojson');
const landRings = land.features.flatMap((f) => f.geometry.coordinates.flat());
const [landWest, landSouth, landEast, landNorth] = boundsOf(land);
const landCuts: Cut[] = landRings.flatMap((ring) =>
  ring.slice(1).flatMap((b, i) => {
    const [ax = 0, ay = 0, bx = 0, by = 0] = [...ring[i]!, ...b];
    const alongEdge =
      (ax === bx && (ax === landWest || ax === landEast)) ||
      (ay === by && (ay === landSouth || ay === landNorth));
    return alongEdge
      ? [
          {
            west: Math.min(ax, bx),
            south: Math.min(ay, by),
            east: Math.max(ax, bx),
            north: Math.max(ay, by),
          },
        ]
      : [];
  }),
);
const overlaps = (a: Cut, b: Cut) =>
  a.west <= b.east && b.west <= a.east && a.south <= b.north && b.south <= a.north;

/** The tour as a person would list it from the data: what each slide is about on the map. */
const allPins = initiatives.map((i) => i.id);
const tour: { kind: string; subject: ExpectedSubject }[] = [
  { kind: 'overview', subject: { wijken: [], pins: allPins } },
  ...[...gemeenten]
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
    .flatMap((g) => {
      const here = initiatives.filter((i) => i.gemeente === g.code);
      return [
        {
          kind: 'gemeente',
          subject: {
            gemeenten: [g.code],
            wijken: here.flatMap((i) => (i.wijk ? [i.wijk] : [])),
            pins: here.map((i) => i.id),
          },
        },
        ...here.map((i) => ({
          kind: 'initiatief',
          subject: { gemeenten: [], wijken: i.wijk ? [i.wijk] : [], pins: [i.id] },
        })),
      ];
    }),
  ...levels.map(() => ({ kind: 'level', subject: { gemeenten: [], wijken: [], pins: [] } })),
  { kind: 'closing', subject: { wijken: [], pins: allPins } },
];

/** Text only the presenter should see: warnings, the address of this computer, notes. */
const OPERATOR_TEXT = [/PUBLIC_URL/, /127\.0\.0\.1/, /localhost/, /Notities/, /Hierna/];

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const scale = (page: Page) => {
  const { width, height } = page.viewportSize()!;
  return Math.min(width / 1920, height / 1080);
};

describe.each([
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
])('the tour at $width×$height', (viewport) => {
  it('every slide: no text overflows or collides, the panels hide nothing it is about, type and pins in proportion', async () => {
    const page = await openPage(harness, { viewport, reducedMotion: 'reduce' });
    await page.goto(`${harness.baseUrl}/?debug=map&present=1`);
    await waitForMap(page);
    await waitForPresentation(page);
    const k = scale(page);
    const shotTaken = new Set<string>();
    for (let i = 0; i < tour.length; i++) {
      const { kind, subject } = tour[i]!;
      await waitForIdle(page);
      const dia = await page.evaluate(() => new URLSearchParams(location.search).get('dia'));
      expect(Number(dia), 'slide number').toBe(i + 1);
      const at = `slide ${i + 1} (${kind}) at ${viewport.width}`;
      const geometry = await measureSlide(page, subject);
      expect(geometry.overflowing, `${at}: overflow`).toEqual([]);
      expect(geometry.colliding, `${at}: text collisions`).toEqual([]);
      expect(geometry.panelsColliding, `${at}: panel collisions`).toEqual([]);
      expect(geometry.hidden, `${at}: subject hidden`).toEqual([]);
      expect(geometry.extraLabels, `${at}: labels it is not about`).toEqual([]);
      // The screen shows land where there is land: no straight edge where the data was cut off.
      const [[west, south], [east, north]] = await page.evaluate(() =>
        (window as unknown as { __samenBuurtenMap: import('maplibre-gl').Map }).__samenBuurtenMap
          .getBounds()
          .toArray(),
      );
      const view = { west, south, east, north } as Cut;
      expect(
        landCuts.filter((cut) => overlaps(cut, view)),
        `${at}: cut-off land in view`,
      ).toEqual([]);
      // Body text 28 px at 1080p, notes never below 24 px, in proportion at other sizes.
      expect(geometry.smallestBody, `${at}: body text`).toBeGreaterThanOrEqual(28 * k - 0.01);
      expect(geometry.smallestNote, `${at}: notes`).toBeGreaterThanOrEqual(24 * k - 0.01);
      if (geometry.pinWidth !== undefined)
        expect(geometry.pinWidth, `${at}: pin size`).toBeCloseTo(45 * k, 0);
      const audienceText = await page.locator('body').innerText();
      for (const pattern of OPERATOR_TEXT)
        expect(audienceText, `${at}: operator text`).not.toMatch(pattern);
      if (!shotTaken.has(kind)) {
        shotTaken.add(kind);
        await page.screenshot({
          path: resolve(screenshotDir, `layout-${viewport.width}-${kind}.png`),
        });
      }
      await page.keyboard.press('ArrowRight');
    }
    await page.context().close();
  }, 480_000);
});

describe('the audience screen at 1920×1080', () => {
  it(
    'hides the control bar and the map controls a few seconds after the last input',
    { timeout: 120_000 },
    async () => {
      const page = await openPage(harness, {
        viewport: { width: 1920, height: 1080 },
        reducedMotion: 'reduce',
      });
      await page.goto(`${harness.baseUrl}/?debug=map&present=1`);
      await waitForMap(page);
      const controls = page.locator('.present__controls');
      const zoom = page.locator('.maplibregl-ctrl-zoom-in');
      await expect.poll(() => controls.isVisible(), { timeout: 6_000 }).toBe(false);
      await expect.poll(() => zoom.isVisible(), { timeout: 6_000 }).toBe(false);
      await page.mouse.move(400, 400);
      await page.mouse.move(420, 420);
      // Both come back with the next frame; on a busy machine that frame can take a moment.
      await expect.poll(() => controls.isVisible(), { timeout: 2_000 }).toBe(true);
      await expect.poll(() => zoom.isVisible(), { timeout: 2_000 }).toBe(true);
      await expectNoAxeViolations(page);
      await expect.poll(() => controls.isVisible(), { timeout: 6_000 }).toBe(false);
      // Keyboard users reach the controls with Tab: they stay while focused.
      const inControls = () =>
        page.evaluate(() => Boolean(document.activeElement?.closest('.present__controls')));
      for (let i = 0; i < 60 && !(await inControls()); i++) await page.keyboard.press('Tab');
      expect(await inControls()).toBe(true);
      await page.waitForTimeout(3500);
      expect(await controls.isVisible()).toBe(true);
      await page.context().close();
    },
  );

  it('shows the levels without percentages as unranked cards, with the note that the source gives no order', async () => {
    const page = await openPage(harness, {
      viewport: { width: 1920, height: 1080 },
      reducedMotion: 'reduce',
    });
    await page.goto(`${harness.baseUrl}/?debug=map&present=1&dia=${tour.length - 4}`);
    await waitForMap(page);
    expect(await page.locator('#slide-heading').innerText()).toContain(levels[0]!.name);
    expect(await page.locator('.slide ol').count()).toBe(0);
    expect(await page.locator('.slide__card').count()).toBeGreaterThan(3);
    await page
      .getByText('De bron geeft bij dit niveau geen volgorde en geen percentages.')
      .waitFor();
    await page.context().close();
  });
});
