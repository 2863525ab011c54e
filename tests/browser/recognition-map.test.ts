import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { startAppServer, type AppServer } from '../support/app-server';
import { RECOGNITION_REFRESH_MS } from '../../src/knelpunten/recognition-data';
import {
  expectNoAxeViolations,
  launchChromium,
  openPage,
  screenshotDir,
  startHarness,
  waitForIdle,
  waitForMap,
  type Harness,
} from './harness';

type MapHandle = import('maplibre-gl').Map;
const TOGGLE = 'Gemeenten kleuren naar wat bijeenkomsten herkenden';

/** The municipalities the meetings' choropleth colours in the current view, and the hatched ones. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const map = (window as unknown as { __samenBuurtenMap: MapHandle }).__samenBuurtenMap;
    const codes = (layer: string) =>
      map.getLayer(layer)
        ? [...new Set(map.queryRenderedFeatures({ layers: [layer] }).map((f) => f.properties.code))]
        : [];
    return { coloured: codes('gemeente-herkend'), hatched: codes('gemeente-knelpunt') };
  });

describe('the map coloured by what meetings recognised', () => {
  let server: AppServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const admin = (path: string, method: string, body: unknown) =>
    fetch(`${server.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` },
      body: JSON.stringify(body),
    });

  /** A meeting about one municipality, answered by one phone per answer given. */
  async function meetingAnswered(gemeente: string, firstItem: ('ja' | 'nee')[], phones = 'a') {
    const meeting = await admin('/api/beheer/vergaderingen', 'POST', {
      title: `Avond ${gemeente}`,
    });
    expect(meeting.status).toBe(201);
    const { code } = (await meeting.json()) as { code: string };
    const setup = await admin(`/api/beheer/vergaderingen/${code}/enquete`, 'PUT', {
      gemeente,
      levels: ['relationeel'],
      openQuestion: false,
    });
    expect(setup.status).toBe(200);
    for (const [i, answer] of firstItem.entries()) {
      const sent = await fetch(`${server.url}/api/enquete/${code}/antwoord`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          device: `phone-${gemeente}-${phones}-${i}-recognition`,
          answers: { relationeel: [answer, ...Array(8).fill(null)] },
        }),
      });
      expect(sent.status).toBe(201);
    }
  }

  it('colours a municipality from five responses, not one with fewer, with classes, N and source', async () => {
    // Almere: six phones, four say "ja" (67 %); Dronten: three phones, too few for a colour.
    await meetingAnswered('GM0034', ['ja', 'ja', 'nee', 'ja', 'nee', 'ja']);
    await meetingAnswered('GM0303', ['ja', 'ja', 'ja']);

    const page = await (
      await browser.newContext({ viewport: { width: 1280, height: 800 } })
    ).newPage();
    await page.goto(`${server.url}/?debug=map&knelpunten=aan`);
    await waitForMap(page);
    // The option is offered once the app has found its server.
    await page.getByLabel(TOGGLE).check({ timeout: 15_000 });
    const legend = page.locator('.recognition-legend');
    await legend.locator('summary', { hasText: 'Herkend op bijeenkomsten' }).waitFor();
    await waitForIdle(page);

    const { coloured, hatched } = await drawn(page);
    expect(coloured).toContain('GM0034');
    expect(coloured).not.toContain('GM0303');
    expect(coloured).toHaveLength(1);
    // The seed's hatch stays, drawn on its own layer.
    expect(hatched.length).toBeGreaterThan(0);

    const text = await legend.innerText();
    for (const line of ['0–24%', '25–49%', '50–74%', '75–100%']) expect(text).toContain(line);
    expect(text).toContain('minder dan 5 antwoorden: geen kleur');
    expect(text).toContain('Almere: 67% ja (N = 6)');
    expect(text).toContain('Dronten: minder dan 5 antwoorden (N = 3)');
    const today = new Date().toLocaleDateString('nl-NL', { dateStyle: 'long' });
    expect(text).toContain(`Bron: bijeenkomsten met deze kaart, tot ${today}.`);
    await expectNoAxeViolations(page);
    // The general legend folds while the key is shown: together they covered Almere at 1280×800.
    expect(await page.locator('details.legend').getAttribute('open')).toBeNull();
    const almereCovered = await page.evaluate(() => {
      const label = document.querySelector('.map-label[data-code="GM0034"]')!;
      const box = label.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return hit?.closest('.legend, .recognition-legend')?.className ?? null;
    });
    expect(almereCovered).toBeNull();
    await page.screenshot({ path: resolve(screenshotDir, 'recognition-map.png') });

    // The same key in English.
    await page.getByRole('button', { name: 'English' }).click();
    await legend.locator('summary', { hasText: 'Recognised at meetings' }).waitFor();
    const english = await legend.innerText();
    expect(english).toContain('fewer than 5 answers: no colour');
    expect(english).toContain('Almere: 67% yes (N = 6)');
    expect(english).toContain('Source: meetings held with this map, up to');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await legend.locator('summary', { hasText: 'Herkend op bijeenkomsten' }).waitFor();

    // Switched off, the colours go; the hatch stays.
    await page.getByLabel(TOGGLE).uncheck();
    await legend.waitFor({ state: 'detached' });
    await waitForIdle(page);
    expect((await drawn(page)).coloured).toEqual([]);
    expect((await drawn(page)).hatched.length).toBeGreaterThan(0);

    // On a phone the key is a folded bar under the map; opened, it says the same.
    const phone = await (
      await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true })
    ).newPage();
    await phone.goto(`${server.url}/?debug=map&knelpunten=aan`);
    await waitForMap(phone);
    await phone.getByLabel(TOGGLE).check({ timeout: 15_000 });
    const folded = phone.locator('.recognition-legend');
    await folded.locator('summary').click();
    await expect(folded.innerText()).resolves.toContain('Almere: 67% ja (N = 6)');
    await waitForIdle(phone);
    expect((await drawn(phone)).coloured).toContain('GM0034');
    await expectNoAxeViolations(phone);
    await folded.scrollIntoViewIfNeeded();
    await phone.screenshot({ path: resolve(screenshotDir, 'recognition-map-phone.png') });
  }, 120_000);

  it('follows the meetings while shown: new answers colour a municipality without a reload', async () => {
    // Lelystad: three phones, too few for a colour.
    await meetingAnswered('GM0995', ['ja', 'ja', 'nee']);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${server.url}/?debug=map&knelpunten=aan`);
    await waitForMap(page);
    await page.getByLabel(TOGGLE).check({ timeout: 15_000 });
    const legend = page.locator('.recognition-legend');
    await expect
      .poll(() => legend.innerText())
      .toContain('Lelystad: minder dan 5 antwoorden (N = 3)');
    await waitForIdle(page);
    expect((await drawn(page)).coloured).not.toContain('GM0995');

    // Another meeting in Lelystad: two more phones, both "ja" (4 of 5: 80 %).
    await meetingAnswered('GM0995', ['ja', 'ja'], 'b');
    await page.clock.fastForward(RECOGNITION_REFRESH_MS + 1_000);
    await expect.poll(() => legend.innerText()).toContain('Lelystad: 80% ja (N = 5)');
    await waitForIdle(page);
    expect((await drawn(page)).coloured).toContain('GM0995');
    await context.close();
  }, 120_000);
});

describe('the map on a static host', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => harness?.close());

  it("does not offer the meetings' colours: there is no server to ask", async () => {
    const page = await openPage(harness);
    const statusAsked = page.waitForResponse((r) => r.url().endsWith('/api/status'));
    await page.goto(`${harness.baseUrl}/?knelpunten=aan`);
    await waitForMap(page);
    await statusAsked;
    await expect(page.getByLabel('Knelpunten per gemeente op de kaart').isChecked()).resolves.toBe(
      true,
    );
    expect(await page.getByLabel(TOGGLE).count()).toBe(0);
  });
});
