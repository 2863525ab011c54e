import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModeratedProposal, SubmitReceipt } from '../../src/proposals/contract';
import { startAppServer, type AppServer } from '../support/app-server';
import { launchChromium, waitForMap } from './harness';

describe('reading the server’s own exports in, on the app served by the real server', () => {
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

  const admin = () => ({ authorization: `Bearer ${server.adminToken}` });
  const everything = async () =>
    (await (
      await fetch(`${server.url}/api/beheer/voorstellen`, { headers: admin() })
    ).json()) as ModeratedProposal[];

  it('never sends them as new proposals and gives them no status the server did not give', async () => {
    const receipt = (await (
      await fetch(`${server.url}/api/voorstellen`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          id: 'exchange-server-0001',
          name: 'Taalcafé De Stelling',
          description: 'Nederlands oefenen met buren, elke donderdag.',
          kind: 'activiteit',
          knelpunten: ['relationeel'],
          lng: 5.2185,
          lat: 52.336,
        }),
      })
    ).json()) as SubmitReceipt;
    await fetch(`${server.url}/api/beheer/voorstellen/${receipt.number}/goedkeuren`, {
      method: 'POST',
      headers: { ...admin(), 'content-type': 'application/json' },
      body: '{}',
    });
    const files = [
      ['voorstellen.csv', await (await fetch(`${server.url}/api/voorstellen.csv`)).text()],
      ['voorstellen.geojson', await (await fetch(`${server.url}/api/voorstellen.geojson`)).text()],
      [
        'voorstellen-alle.csv',
        await (await fetch(`${server.url}/api/beheer/export.csv`, { headers: admin() })).text(),
      ],
    ] as const;
    const before = await everything();

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/voorstellen')) posts.push(r.url());
    });
    await page.goto(`${server.url}/`);
    await waitForMap(page);
    await page.getByRole('tab', { name: 'Mijn voorstellen' }).click();
    for (const [name, text] of files) {
      await page
        .getByLabel(
          'Lees een bestand in (CSV, Excel of een bestand voor kaartprogramma’s: GeoJSON)',
        )
        .setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
      const report = page.locator('.import-report');
      await report.getByText(`${name}:`).waitFor();
      const shown = await report.innerText();
      expect(shown).toContain('0 ingelezen, 0 afgekeurd.');
      expect(shown).toContain('1 voorstel in dit bestand komt van de server.');
      // Rows are counted from the header line in a CSV, from the first feature in GeoJSON.
      expect(shown).toMatch(
        new RegExp(`Regel [12]: Taalcafé De Stelling \\(nummer ${receipt.number}\\)`),
      );
    }
    expect(await page.getByText('Je hebt nog geen voorstellen gedaan.').count()).toBe(1);
    // Give a submit queue every chance to send (it sends at once when it has something).
    await page.waitForTimeout(1500);
    expect(posts).toEqual([]);
    expect(await everything()).toEqual(before);
    await context.close();
  });
});
