import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from '../support/app-server';
import { expectNoAxeViolations, launchChromium, waitForMap } from './harness';

/** Sends a proposal to the test server and approves it as the team would; returns its number. */
async function approvedProposal(server: AppServer, name: string, lng: number, lat: number) {
  const headers = { 'content-type': 'application/json' };
  const receipt = (await (
    await fetch(`${server.url}/api/voorstellen`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        id: `link-test-${name.length}-${lng}`.replace(/\W/g, '-'),
        name,
        description: 'Samen koken en eten met buren uit de wijk, elke maand.',
        kind: 'buurtproject',
        knelpunten: [],
        lng,
        lat,
      }),
    })
  ).json()) as { number: number };
  const approval = await fetch(
    `${server.url}/api/beheer/voorstellen/${receipt.number}/goedkeuren`,
    {
      method: 'POST',
      headers: { ...headers, authorization: `Bearer ${server.adminToken}` },
      body: '{}',
    },
  );
  expect(approval.ok).toBe(true);
  return receipt.number;
}

describe('a link to any pin', () => {
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

  it('?sel=voorstel-<n> opens that approved proposal; Back returns to the initiative before it', async () => {
    const number = await approvedProposal(server, 'Buurtmaaltijd Muziekwijk', 5.172, 52.3537);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();

    await page.goto(`${server.url}/?sel=voorstel-${number}`);
    await waitForMap(page);
    const detail = page.getByRole('heading', { level: 2, name: 'Buurtmaaltijd Muziekwijk' });
    await detail.waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).searchParams.get('sel')).toBe(`voorstel-${number}`);
    await expectNoAxeViolations(page);

    // An initiative chosen from the list, then the approved proposal's pin: two steps.
    await page.goto(`${server.url}/?sel=homerushuis`);
    await waitForMap(page);
    await page.getByRole('heading', { level: 2, name: /Homerushuis/i }).waitFor();
    // The approved proposal's pin stands a kilometre east of the initiative.
    await page.locator('.pin--goedgekeurd').click({ timeout: 20_000 });
    await detail.waitFor();
    expect(new URL(page.url()).searchParams.get('sel')).toBe(`voorstel-${number}`);

    await page.goBack();
    await page.getByRole('heading', { level: 2, name: /Homerushuis/i }).waitFor();
    expect(await detail.count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('sel')).toBe('homerushuis');

    await page.goForward();
    await detail.waitFor();
    await context.close();
  });

  it('an old link with an initiative key still opens that initiative', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/?sel=steigerfestival`);
    await waitForMap(page);
    await page.getByRole('heading', { level: 2, name: /Steigerfestival/i }).waitFor();
    await context.close();
  });
});
