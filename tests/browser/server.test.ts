import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from '../support/app-server';
import {
  decodeQr,
  expectNoAxeViolations,
  launchChromium,
  screenshotDir,
  waitForMap,
} from './harness';

describe('the app served by its own server', () => {
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

  it('renders the map under the strict Content-Security-Policy, without a single violation', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    const response = await page.goto(`${server.url}/`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await waitForMap(page);
    await page.screenshot({ path: `${screenshotDir}/server-csp.png` });
    const violations = await page.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    );
    expect(violations).toEqual([]);
    expect(consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    // The JSON API answered the app on the same origin.
    expect(server.logs.some((l) => l.path === '/api/status' && l.status === 200)).toBe(true);
    await context.close();
  });

  it('still shows the approved proposals when the network drops', async () => {
    const headers = { 'content-type': 'application/json' };
    const receipt = (await (
      await fetch(`${server.url}/api/voorstellen`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          id: 'offline-wall-0001',
          name: 'Buurtmoestuin Stedenwijk',
          description: 'Samen groente kweken op het braakliggende veldje.',
          kind: 'buurtproject',
          knelpunten: [],
          lng: 5.2,
          lat: 52.375,
        }),
      })
    ).json()) as { number: number };
    await fetch(`${server.url}/api/beheer/voorstellen/${receipt.number}/goedkeuren`, {
      method: 'POST',
      headers: { ...headers, authorization: `Bearer ${server.adminToken}` },
      body: '{}',
    });

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await waitForMap(page);
    await page.getByText('De kaart werkt nu ook zonder internet.').waitFor({ timeout: 30_000 });
    // The next visit goes through the service worker, which keeps the answers for later.
    await page.reload();
    await waitForMap(page);
    const approvedPin = page.locator('.pin--goedgekeurd');
    await approvedPin.waitFor({ state: 'attached', timeout: 10_000 });
    // The legend explains the approved proposals' pins.
    await page.locator('.legend summary').click();
    await page.locator('.legend').getByText('Goedgekeurd voorstel').waitFor();

    await context.setOffline(true);
    await page.reload();
    await waitForMap(page);
    await approvedPin.waitFor({ state: 'attached', timeout: 15_000 });
    expect(await approvedPin.getAttribute('aria-label')).toContain('Buurtmoestuin Stedenwijk');
    await context.close();
  });

  it("tells the person who proposed that it was rejected, and the team's reason", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/?voorstel=nieuw&gemeente=GM0171`);
    await page.getByLabel('Naam van het initiatief *').fill('Buurtbus Emmeloord');
    await page
      .getByLabel('Korte beschrijving *')
      .fill('Een busje dat ouderen naar de markt en het buurthuis brengt.');
    await page.getByLabel('Soort initiatief *').selectOption({ label: 'Activiteit of evenement' });
    await page.getByRole('button', { name: 'Voorstel bewaren' }).click();
    await page.getByText('Verzonden').first().waitFor({ timeout: 20_000 });

    const pending = (await (
      await fetch(`${server.url}/api/beheer/voorstellen?status=ingediend`, {
        headers: { authorization: `Bearer ${server.adminToken}` },
      })
    ).json()) as { number: number; name: string }[];
    const mine = pending.find((p) => p.name === 'Buurtbus Emmeloord')!;
    await fetch(`${server.url}/api/beheer/voorstellen/${mine.number}/afwijzen`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` },
      body: JSON.stringify({ reason: 'Dit valt onder het vervoersplan van de gemeente.' }),
    });

    // Opening the map again later (not the form's link), the phone asks what became of it.
    await page.goto(`${server.url}/`);
    await waitForMap(page);
    await page.getByRole('tab', { name: 'Mijn voorstellen' }).click();
    const item = page.locator('.proposal-item', { hasText: 'Buurtbus Emmeloord' });
    await item.getByText('Afgewezen').waitFor({ timeout: 10_000 });
    await item.getByRole('button', { name: 'Buurtbus Emmeloord', exact: true }).click();
    await page.getByText('Dit valt onder het vervoersplan van de gemeente.').waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${screenshotDir}/server-rejected.png` });
    await context.close();
  });

  it(
    'points the QR code at PUBLIC_URL, and warns the presenter (not the audience) when it would point at this computer only',
    { timeout: 150_000 },
    async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const local = await context.newPage();
      await local.goto(`${server.url}/?present=1&code=ABC234`);
      await waitForMap(local);
      const presenter = await context.newPage();
      await presenter.goto(`${server.url}/?present=1&code=ABC234&presenter=1`);
      await presenter
        .getByText('De QR-code wijst naar dit apparaat; telefoons kunnen het niet openen.', {
          exact: false,
        })
        .waitFor({ timeout: 10_000 });
      // The audience sees the QR code, but neither the warning nor an address phones cannot reach.
      await local.locator('.qr__code').waitFor();
      expect(await local.locator('body').innerText()).not.toMatch(/PUBLIC_URL|127\.0\.0\.1/);

      const reachable = await startAppServer({ PUBLIC_URL: 'http://192.168.1.20:4173' });
      try {
        const page = await context.newPage();
        await page.goto(`${reachable.url}/?present=1&code=ABC234`);
        await waitForMap(page);
        await expect
          .poll(() => decodeQr(page), { timeout: 10_000 })
          .toBe('http://192.168.1.20:4173/?voorstel=nieuw&code=ABC234');
        await expect(page.locator('.qr__url').innerText()).resolves.toBe(
          'http://192.168.1.20:4173/?voorstel=nieuw&code=ABC234',
        );
        const reachablePresenter = await context.newPage();
        await reachablePresenter.goto(`${reachable.url}/?present=1&code=ABC234&presenter=1`);
        await reachablePresenter.getByText('Geen meldingen.').waitFor({ timeout: 10_000 });
      } finally {
        await reachable.stop();
        await context.close();
      }
    },
  );

  it('hands out index.html for app addresses such as /beheer, with long caching only for hashed files', async () => {
    const page = await (await browser.newContext()).newPage();
    const beheer = await page.goto(`${server.url}/beheer`);
    expect(beheer?.status()).toBe(200);
    expect(beheer?.headers()['cache-control']).toBe('no-cache');
    const scripts = await page
      .locator('script[type="module"]')
      .evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).src));
    expect(scripts.length).toBeGreaterThan(0);
    const asset = await page.request.get(scripts[0]!);
    expect(asset.headers()['cache-control']).toContain('immutable');
    await page.context().close();
  });
});
