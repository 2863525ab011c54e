import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { startAppServer, type AppServer } from '../support/app-server';
import { expectNoAxeViolations, launchChromium, screenshotDir, waitForMap } from './harness';

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

const phone: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
};
const OFFLINE_READY = 'De kaart werkt nu ook zonder internet.';

/** Controls whose middle a notice covers (a tap there would hit the notice). */
function controlsUnderNotices(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], label')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || r.bottom < 0 || r.top > innerHeight) return false;
        const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
        const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
        const hit = document.elementFromPoint(x, y);
        return hit !== null && !el.contains(hit) && hit.closest('.update-notice') !== null;
      })
      .map((el) => el.textContent?.trim() || el.id || el.tagName),
  );
}

describe('a proposal made in an app opened offline', () => {
  it('is sent when the connection returns, and the decision shows without a reload', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await waitForMap(page);
    await page.getByText(OFFLINE_READY).waitFor({ timeout: 30_000 });

    await context.setOffline(true);
    await page.reload();
    await waitForMap(page);
    await page.getByRole('button', { name: '+ Initiatief voorstellen' }).click();
    await page.getByLabel('Naam van het initiatief *').fill('Kookclub De Schoor');
    await page
      .getByLabel('Korte beschrijving *')
      .fill('Samen koken en eten met buren uit de wijk.');
    await page.getByLabel('Soort initiatief *').selectOption({ label: 'Ontmoetingsplek' });
    await page.locator('#location-gemeente').selectOption({ label: 'Lelystad' });
    await page.getByRole('button', { name: 'Voorstel bewaren' }).click();
    await page.getByText('we sturen het zodra er weer internet is').waitFor();
    const status = page.locator('.detail--proposal dt:text-is("Status") + dd');
    await expect(status.innerText()).resolves.toBe('Wordt verstuurd zodra er weer internet is');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: resolve(screenshotDir, 'everyday-offline-waiting.png') });

    await context.setOffline(false);
    await expect.poll(() => status.innerText(), { timeout: 30_000 }).toBe('Verzonden');

    const pending = (await (
      await fetch(`${server.url}/api/beheer/voorstellen?status=ingediend`, {
        headers: { authorization: `Bearer ${server.adminToken}` },
      })
    ).json()) as { number: number; name: string }[];
    const mine = pending.find((p) => p.name === 'Kookclub De Schoor');
    expect(mine).toBeDefined();
    await fetch(`${server.url}/api/beheer/voorstellen/${mine!.number}/goedkeuren`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` },
      body: '{}',
    });
    await expect.poll(() => status.innerText(), { timeout: 30_000 }).toBe('Goedgekeurd');
    await context.close();
  }, 240_000);
});

describe('notices', () => {
  it.each([
    ['a phone', phone],
    ['400 % zoom', { viewport: { width: 320, height: 256 } }],
  ] as [string, BrowserContextOptions][])(
    '"works offline" covers no control on %s, follows the skip link, and goes by itself',
    async (_, options) => {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      await page.goto(`${server.url}/`);
      await waitForMap(page);
      await page.getByText(OFFLINE_READY).waitFor({ timeout: 30_000 });
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe(
        'skip-link',
      );
      expect(await controlsUnderNotices(page)).toEqual([]);
      await page.getByRole('button', { name: '+ Initiatief voorstellen' }).click();
      const save = page.getByRole('button', { name: 'Voorstel bewaren' });
      await save.scrollIntoViewIfNeeded();
      await page.getByText(OFFLINE_READY).waitFor();
      expect(await controlsUnderNotices(page)).toEqual([]);
      await expectNoAxeViolations(page);
      await page.getByText(OFFLINE_READY).waitFor({ state: 'detached', timeout: 20_000 });
      await context.close();
    },
    120_000,
  );
});
