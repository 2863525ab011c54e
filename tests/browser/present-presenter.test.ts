import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import {
  expectNoAxeViolations,
  screenshotDir,
  startHarness,
  waitForMap,
  type Harness,
} from './harness';
import { waitForPresentation } from './slide-geometry';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** The slide in the page's own address (page.url() hears of replaceState only a moment later). */
const slideNumber = (page: Page) =>
  page.evaluate(() => Number(new URLSearchParams(location.search).get('dia')));
const nowHeading = (presenter: Page) =>
  presenter.locator('[data-testid="presenter-now"] h2').innerText();

/**
 * Starts watching `selector` in `target` for a change of its text, and `source` for the next key
 * press; resolves to the milliseconds from the key (as the source window got it) to the change (as
 * the target window drew it). Both windows share the browser's clock (timeOrigin + now), so the
 * time the test runner takes to deliver the key is not counted.
 */
async function keyToChange(source: Page, target: Page, selector: string) {
  await source.evaluate(() => {
    const w = window as unknown as { __keyAt?: number };
    delete w.__keyAt;
    window.addEventListener(
      'keydown',
      () => (w.__keyAt ??= performance.timeOrigin + performance.now()),
      {
        capture: true,
        once: true,
      },
    );
  });
  const changed = target.evaluate(
    (selector) =>
      new Promise<number>((done) => {
        const element = document.querySelector(selector)!;
        const before = element.textContent;
        const observer = new MutationObserver(() => {
          if (element.textContent === before) return;
          observer.disconnect();
          done(performance.timeOrigin + performance.now());
        });
        observer.observe(element, { subtree: true, childList: true, characterData: true });
      }),
    selector,
  );
  return async () => {
    const changedAt = await changed;
    const keyAt = await source.evaluate(() => (window as unknown as { __keyAt: number }).__keyAt);
    return changedAt - keyAt;
  };
}

describe('the presenter view', () => {
  it(
    'drives the audience window and follows it: a key in either moves both within 200 ms',
    { timeout: 120_000 },
    async () => {
      const context = await harness.browser.newContext({
        viewport: { width: 1920, height: 1080 },
        reducedMotion: 'reduce',
      });
      const audience = await context.newPage();
      await audience.goto(`${harness.baseUrl}/?debug=map&present=1`);
      await waitForMap(audience);
      await waitForPresentation(audience);
      const presenter = await context.newPage();
      await presenter.setViewportSize({ width: 1280, height: 800 });
      await presenter.goto(`${harness.baseUrl}/?present=1&presenter=1`);
      await expect.poll(() => nowHeading(presenter)).toBe('Samen Buurten in Flevoland');
      await expect(
        presenter.locator('[data-testid="presenter-next"] h2').innerText(),
      ).resolves.toBe('Almere');
      // The presenter has no map.
      expect(await presenter.locator('.maplibregl-canvas').count()).toBe(0);

      // A key in the presenter window moves the audience.
      const audienceMoved = await keyToChange(presenter, audience, '.present__progress');
      await presenter.keyboard.press('ArrowRight');
      expect(await audienceMoved()).toBeLessThan(200);
      expect(await slideNumber(audience)).toBe(2);
      await expect.poll(() => nowHeading(presenter)).toBe('Almere');

      // A key (a clicker) on the audience window moves the presenter view.
      const presenterMoved = await keyToChange(
        audience,
        presenter,
        '[data-testid="presenter-now"]',
      );
      await audience.keyboard.press('PageDown');
      expect(await presenterMoved()).toBeLessThan(200);
      expect(await slideNumber(audience)).toBe(3);
      expect(await nowHeading(presenter)).toBe(
        await audience.locator('#slide-heading').innerText(),
      );

      // Notes from the data: the seed line of the initiative on screen.
      await expect(presenter.locator('.presenter__notes').innerText()).resolves.toMatch(
        /Bron: punt \d+/,
      );
      // The timer runs.
      await expect.poll(() => presenter.locator('.presenter__clock').innerText()).not.toBe('00:00');
      await expectNoAxeViolations(presenter);
      await presenter.screenshot({ path: resolve(screenshotDir, 'presenter-view.png') });
      await context.close();
    },
  );

  it('says when no audience window is open, and offers to open one', async () => {
    const context = await harness.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const presenter = await context.newPage();
    await presenter.goto(`${harness.baseUrl}/?present=1&presenter=1`);
    await presenter.getByText('Geen presentatiescherm verbonden.', { exact: false }).waitFor();
    const [audience] = await Promise.all([
      context.waitForEvent('page'),
      presenter.getByRole('button', { name: 'Open de presentatie' }).click(),
    ]);
    await waitForMap(audience!);
    await expect
      .poll(() => nowHeading(presenter), { timeout: 20_000 })
      .toBe('Samen Buurten in Flevoland');
    await context.close();
  });
});

describe('a tour for one municipality', () => {
  it(
    '?present=1&gemeente=GM0995: the province, then Lelystad and its initiatives, then the levels',
    { timeout: 120_000 },
    async () => {
      const context = await harness.browser.newContext({
        viewport: { width: 1920, height: 1080 },
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      await page.goto(`${harness.baseUrl}/?debug=map&present=1&gemeente=GM0995`);
      await waitForMap(page);
      await waitForPresentation(page);
      const headings: string[] = [];
      for (;;) {
        headings.push(await page.locator('#slide-heading').innerText());
        const before = await slideNumber(page);
        await page.keyboard.press('ArrowRight');
        if ((await slideNumber(page)) === before) break;
      }
      expect(headings[0]).toBe('Samen Buurten in Flevoland');
      expect(headings[1]).toBe('Lelystad');
      expect(headings).toContain('Hof van Hestia');
      for (const other of ['Almere', 'Dronten', 'Urk', 'Zeewolde', 'Noordoostpolder'])
        expect(headings).not.toContain(other);
      expect(headings.at(-1)).toBe('Hoe nu verder?');
      expect(headings.filter((h) => h.includes('knelpunten'))).toHaveLength(4);
      await context.close();
    },
  );
});

describe('the handout', () => {
  it(
    'prints the tour to PDF, one page per slide, each with its map',
    { timeout: 500_000 },
    async () => {
      const context = await harness.browser.newContext({
        viewport: { width: 1920, height: 1080 },
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      await page.goto(`${harness.baseUrl}/?debug=map&present=1`);
      await waitForMap(page);
      await waitForPresentation(page);
      const slides = Number(
        (await page.locator('.present__progress').innerText()).match(/van (\d+)/)![1],
      );
      await page.evaluate(() => {
        window.print = () => document.body.setAttribute('data-printed', 'true');
      });
      await page.mouse.move(300, 300);
      await page.getByRole('button', { name: 'Hand-out (pdf)' }).click();
      await page.locator('body[data-printed="true"]').waitFor({ timeout: 450_000 });
      // The map pictures are real pictures of the map: many colours, not an empty canvas.
      const maps = await page.locator('.handout__map').evaluateAll((images) =>
        images.map((img) => {
          const image = img as HTMLImageElement;
          const canvas = document.createElement('canvas');
          canvas.width = 64;
          canvas.height = 36;
          const context = canvas.getContext('2d')!;
          context.drawImage(image, 0, 0, 64, 36);
          const pixels = context.getImageData(0, 0, 64, 36).data;
          const colours = new Set<number>();
          for (let i = 0; i < pixels.length; i += 4)
            colours.add(
              (pixels[i]! >> 4) * 256 + (pixels[i + 1]! >> 4) * 16 + (pixels[i + 2]! >> 4),
            );
          return { width: image.naturalWidth, colours: colours.size };
        }),
      );
      expect(maps).toHaveLength(slides);
      for (const map of maps) {
        expect(map.width).toBeGreaterThan(100);
        expect(map.colours).toBeGreaterThan(4);
      }
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: resolve(screenshotDir, 'handout-print.png') });
      const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
      expect(pages).toHaveLength(slides);
      // Identical pictures (the four level slides show the same province) are stored once.
      const distinct = new Set(
        await page
          .locator('.handout__map')
          .evaluateAll((els) => els.map((e) => (e as HTMLImageElement).src)),
      ).size;
      const images = pdf.toString('latin1').match(/\/Subtype\s*\/Image/g) ?? [];
      expect(images.length).toBeGreaterThanOrEqual(distinct);
      expect(distinct).toBeGreaterThan(slides / 2);
      await context.close();
    },
  );
});
