import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { resolve } from 'node:path';
import {
  dragMap,
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

const phone: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
};

async function open(options: BrowserContextOptions = {}, query = '') {
  const context = await harness.browser.newContext({
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  const page = await context.newPage();
  await page.goto(`${harness.baseUrl}/${query}`);
  await waitForMap(page);
  return page;
}

/** Everything live regions say from now on, as a screen reader would hear it. */
async function recordAnnouncements(page: Page) {
  await page.evaluate(() => {
    const heard: string[] = [];
    (window as unknown as { __heard: string[] }).__heard = heard;
    new MutationObserver(() => {
      for (const region of document.querySelectorAll(
        '[aria-live], [role="status"], [role="alert"]',
      ))
        heard.push((region as HTMLElement).innerText);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
}

describe('smaller everyday things', () => {
  it('announces the filter result, not the in-view count that changes while the map moves', async () => {
    const page = await open({}, '?debug=map');
    const heard = await recordAnnouncements(page);
    await page.locator('#filter-gemeente').selectOption('GM0034');
    await waitForIdle(page);
    // Almere fills the map; moving it 380 px right takes its eastern pins out of view. The hand is
    // let go over the map (896 px wide here), as people do.
    await dragMap(page, [480, 400], [860, 500]);
    await waitForIdle(page);
    await expect.poll(() => page.locator('.count').first().innerText()).toContain('zichtbaar');
    const announced = await heard();
    expect(announced.some((text) => text.includes('Almere'))).toBe(true);
    expect(announced.filter((text) => text.includes('zichtbaar'))).toEqual([]);
    await page.context().close();
  });

  it("moves nothing while the offline notice comes and goes: the map's frame (a resize would stop a drag) and the panel", async () => {
    const page = await open();
    await page.evaluate(() => {
      const sizes: string[] = [];
      const shifts: string[] = [];
      Object.assign(window, { __mapSizes: sizes, __shifts: shifts });
      new ResizeObserver((entries) => {
        for (const entry of entries)
          sizes.push(`${entry.contentRect.width}x${entry.contentRect.height}`);
      }).observe(document.querySelector('.map')!);
      // Shifts right after a click or key press are the user's own doing (not counted by CLS).
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources: { node?: Node }[];
        })[])
          if (!entry.hadRecentInput)
            shifts.push(
              `${entry.value.toFixed(4)}: ${entry.sources.map((s) => (s.node as Element | undefined)?.className ?? s.node?.nodeName).join(', ')}`,
            );
      }).observe({ type: 'layout-shift' });
    });
    const notice = page.getByText('De kaart werkt nu ook zonder internet.');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.isVisible()).toBe(true);
    await page.screenshot({ path: resolve(screenshotDir, 'offline-notice.png') });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
    await page.locator('.update-notice').getByRole('button', { name: 'Sluiten' }).click();
    await notice.waitFor({ state: 'detached' });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
    const { sizes, shifts } = await page.evaluate(() => ({
      sizes: (window as unknown as { __mapSizes: string[] }).__mapSizes,
      shifts: (window as unknown as { __shifts: string[] }).__shifts,
    }));
    // The observer reports the size it starts with; any later entry is a resize.
    expect(sizes).toHaveLength(1);
    expect(shifts, 'layout shifts').toEqual([]);
    await page.context().close();
  });

  it('"Alles tonen" also empties the search box', async () => {
    const page = await open();
    const search = page.locator('#search-input');
    await search.fill('Urk');
    await page.keyboard.press('Enter');
    await expect.poll(() => search.inputValue()).not.toBe('');
    await page.getByRole('button', { name: 'Alles tonen' }).click();
    await expect(search.inputValue()).resolves.toBe('');
    await page.context().close();
  });

  it('gives every element its own id: the tab controls exactly one panel', async () => {
    const page = await open();
    const duplicates = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
      return ids.filter((id, i) => ids.indexOf(id) !== i);
    });
    expect(duplicates).toEqual([]);
    const controls = await page
      .getByRole('tab', { name: 'Initiatieven' })
      .getAttribute('aria-controls');
    expect(await page.locator(`#${controls}`).count()).toBe(1);
    await page.context().close();
  });

  it('pins are 44 × 44 px to tap on a phone', async () => {
    const page = await open(phone);
    const sizes = await page.locator('.pin:not([hidden])').evaluateAll((pins) =>
      pins.map((pin) => {
        const r = pin.getBoundingClientRect();
        return [Math.round(r.width), Math.round(r.height)];
      }),
    );
    expect(sizes.length).toBeGreaterThan(0);
    for (const [width, height] of sizes) {
      expect(width).toBeGreaterThanOrEqual(44);
      expect(height).toBeGreaterThanOrEqual(44);
    }
    await page.context().close();
  });

  it('in forced colours the four kinds of pin still look different', async () => {
    const page = await open();
    await page.emulateMedia({ forcedColors: 'active' });
    const marks = await page.evaluate(() => {
      const kinds = ['bestaand', 'toekomstig', 'voorstel', 'goedgekeurd'];
      return kinds.map((kind) => {
        // Pins of every kind, made the way the map makes them.
        const pin = document.createElement('button');
        pin.className = `pin pin--${kind}`;
        pin.innerHTML = '<span class="pin__shape"></span>';
        document.body.append(pin);
        const shape = pin.firstElementChild!;
        const drop = getComputedStyle(shape, '::before');
        const mark = getComputedStyle(shape, '::after');
        const look = {
          markVisible: mark.backgroundColor !== drop.backgroundColor || mark.boxShadow !== 'none',
          mark: [mark.backgroundColor, mark.borderRadius, mark.transform, mark.boxShadow].join(' '),
        };
        pin.remove();
        return look;
      });
    });
    expect(marks.map((m) => m.markVisible)).toEqual([true, true, true, true]);
    expect(new Set(marks.map((m) => m.mark)).size).toBe(4);
    await page.context().close();
  });

  it('/beheer offline says there is no connection, not that there is no server', async () => {
    const page = await open();
    await page.getByText('De kaart werkt nu ook zonder internet.').waitFor({ timeout: 30_000 });
    await page.context().setOffline(true);
    await page.goto(`${harness.baseUrl}/beheer`);
    await page.getByRole('alert').filter({ hasText: 'geen internet' }).waitFor({ timeout: 20_000 });
    expect(await page.getByText('Hier draait geen Samen Buurten-server').count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.context().close();
  }, 120_000);
});

describe('the map on a phone', () => {
  it('folds "Heel Flevoland" to one line and the credits behind a button', async () => {
    const page = await open(phone);
    const box = page.getByRole('region', { name: 'Heel Flevoland' });
    const map = await page.locator('.map-region').boundingBox();
    const folded = await box.boundingBox();
    expect(folded!.height).toBeLessThan(map!.height * 0.15);
    expect(await box.getByRole('button').first().isVisible()).toBe(false);
    await box.locator('summary').click();
    await expect(box.getByRole('button').first().isVisible()).resolves.toBe(true);
    await box.locator('summary').click();
    expect(await page.locator('.maplibregl-ctrl-attrib.maplibregl-compact').count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.context().close();
  }, 120_000);

  it('shows "Heel Flevoland" open on a desktop', async () => {
    const page = await open();
    const box = page.getByRole('region', { name: 'Heel Flevoland' });
    await expect(box.getByRole('button').first().isVisible()).resolves.toBe(true);
    expect(await page.locator('.maplibregl-ctrl-attrib.maplibregl-compact').count()).toBe(0);
    await page.context().close();
  });
});
