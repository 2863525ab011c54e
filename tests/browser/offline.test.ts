import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { screenshotDir, startHarness, waitForMap, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

type MapHandle = import('maplibre-gl').Map;

describe('offline after the first visit (service worker)', () => {
  it('is installable: a manifest with a name and 192 and 512 px icons', async () => {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    await page.goto(harness.baseUrl);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (
      await page.request.get(new URL(href!, harness.baseUrl).toString())
    ).json()) as {
      name: string;
      display: string;
      icons: { sizes: string; src: string }[];
    };
    expect(manifest.name).toBe('Samen Buurten kaart');
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
    for (const icon of manifest.icons) {
      expect((await page.request.get(new URL(icon.src, harness.baseUrl).toString())).status()).toBe(
        200,
      );
    }
    await context.close();
  });

  it('loads the map and its data with the network gone, and keeps a proposal made offline', async () => {
    const context = await harness.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${harness.baseUrl}/?debug=map`);
    await waitForMap(page);
    // The app says when it is ready for offline use: then the service worker has everything cached.
    await page.getByText('De kaart werkt nu ook zonder internet.').waitFor({ timeout: 30_000 });

    await context.setOffline(true);
    await page.reload();
    await waitForMap(page);
    const rendered = await page.evaluate(() => {
      const map = (window as unknown as { __samenBuurtenMap: MapHandle }).__samenBuurtenMap;
      return [
        ...new Set(
          map
            .queryRenderedFeatures({ layers: ['gemeente-fill'] })
            .map((f) => f.properties.code as string),
        ),
      ].length;
    });
    expect(rendered).toBe(6);
    await expect(page.locator('.count').first().innerText()).resolves.toContain(
      '14 initiatieven in Flevoland',
    );

    await page.getByRole('button', { name: '+ Initiatief voorstellen' }).click();
    await page.getByLabel('Naam van het initiatief *').fill('Koffieochtend zonder wifi');
    await page
      .getByLabel('Korte beschrijving *')
      .fill('Elke dinsdag samen koffie in het buurthuis.');
    await page.getByLabel('Soort initiatief *').selectOption({ label: 'Ontmoetingsplek' });
    await page.getByLabel('Gemeente', { exact: true }).last().selectOption({ label: 'Dronten' });
    await page.getByRole('button', { name: 'Voorstel bewaren' }).click();
    await page.getByRole('heading', { level: 2, name: 'Koffieochtend zonder wifi' }).waitFor();

    await page.reload();
    await waitForMap(page);
    await page.getByRole('tab', { name: 'Mijn voorstellen' }).click();
    await page.getByText('Koffieochtend zonder wifi').first().waitFor();
    await page.screenshot({ path: resolve(screenshotDir, 'offline-reload.png') });
    await context.close();
  });
});
