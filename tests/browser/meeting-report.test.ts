import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { startAppServer, type AppServer } from '../support/app-server';
import { expectNoAxeViolations, launchChromium, screenshotDir } from './harness';

const APPROVED_OPEN = 'De bus naar de Haven rijdt na zeven uur niet meer.';
const UNAPPROVED_OPEN = 'Deze tekst heeft de moderator nog niet gezien.';
const PROPOSAL = 'Buurtkeuken Sluisweg';
const REJECTED = 'Afgewezen idee Havenkwartier';

describe('the meeting report: a page to read and print, reached from /beheer', () => {
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

  const moderator = () => ({
    authorization: `Bearer ${server.adminToken}`,
    'content-type': 'application/json',
  });
  async function call<T>(path: string, method: string, body?: unknown): Promise<T> {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: path.startsWith('/api/beheer')
        ? moderator()
        : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(response.ok, `${method} ${path}: ${response.status}`).toBe(true);
    return (await response.json()) as T;
  }

  /** A meeting in Almere asking the relationele level and the open question, with answers. */
  async function meetingWithAnswers() {
    const { code } = await call<{ code: string }>('/api/beheer/vergaderingen', 'POST', {
      title: 'Buurtavond Verslag',
    });
    await call(`/api/beheer/vergaderingen/${code}/enquete`, 'PUT', {
      gemeente: 'GM0034',
      levels: ['relationeel'],
      openQuestion: true,
    });
    // First item: five answers (3 ja) → 60% with N = 5; second item: three answers → too few.
    const first = ['ja', 'ja', 'ja', 'nee', 'weet-niet'];
    const second = ['ja', 'nee', 'ja', null, null];
    const open = [APPROVED_OPEN, UNAPPROVED_OPEN];
    for (let i = 0; i < 5; i += 1)
      await call(`/api/enquete/${code}/antwoord`, 'POST', {
        device: `report-test-device-${i}`,
        answers: { relationeel: [first[i], second[i], ...Array(7).fill(null)] },
        ...(open[i] ? { open: open[i] } : {}),
      });
    const responses = await call<{ number: number; open?: string }[]>(
      `/api/beheer/vergaderingen/${code}/enquete/antwoorden`,
      'GET',
    );
    const approve = responses.find((r) => r.open === APPROVED_OPEN);
    expect(approve).toBeDefined();
    await call(
      `/api/beheer/vergaderingen/${code}/enquete/antwoorden/${approve!.number}/open`,
      'POST',
      { status: 'goedgekeurd' },
    );
    // One approved proposal of this meeting, one rejected (rejections stay off paper).
    for (const [name, decision] of [
      [PROPOSAL, 'goedkeuren'],
      [REJECTED, 'afwijzen'],
    ] as const) {
      const { number } = await call<{ number: number }>('/api/voorstellen', 'POST', {
        id: `report-${name.replace(/\W/g, '')}-${Date.now().toString(36)}`,
        name,
        description: 'Een voorstel dat op de bijeenkomst is gedaan.',
        kind: 'anders',
        knelpunten: [],
        lng: 5.27,
        lat: 52.34,
        meetingCode: code,
      });
      await call(
        `/api/beheer/voorstellen/${number}/${decision}`,
        'POST',
        decision === 'afwijzen' ? { reason: 'Past niet bij de vraag.' } : {},
      );
    }
    return code;
  }

  it('shows the map, the charts with N, approved open answers only and the proposals; prints to a few A4 pages', async () => {
    const code = await meetingWithAnswers();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/beheer`);
    await page.getByLabel('Beheercode').fill(server.adminToken);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('tab', { name: 'Bijeenkomsten' }).click();
    await page
      .locator('.beheer-card', { hasText: code })
      .getByRole('link', { name: 'Verslag bekijken / afdrukken' })
      .click();
    await page.waitForURL(`**/beheer?verslag=${code}`);

    const report = page.locator('.meeting-report');
    await report.getByRole('heading', { level: 2, name: 'Buurtavond Verslag' }).waitFor();
    const facts = await report.locator('.meeting-report__facts').innerText();
    expect(facts).toContain('Almere');
    expect(facts).toContain(new Date().toLocaleDateString('nl-NL', { dateStyle: 'long' }));

    // The map picture rendered: a real picture with many colours, not an empty canvas.
    const map = report.getByRole('img', { name: 'Kaart met het voorstel van deze bijeenkomst.' });
    await map.waitFor({ timeout: 60_000 });
    const picture = await map.evaluate((img) => {
      const image = img as HTMLImageElement;
      const canvas = document.createElement('canvas');
      canvas.width = 64;
      canvas.height = 40;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0, 64, 40);
      const pixels = context.getImageData(0, 0, 64, 40).data;
      const colours = new Set<number>();
      for (let i = 0; i < pixels.length; i += 4)
        colours.add((pixels[i]! >> 4) * 256 + (pixels[i + 1]! >> 4) * 16 + (pixels[i + 2]! >> 4));
      return { width: image.naturalWidth, colours: colours.size };
    });
    expect(picture.width).toBeGreaterThan(100);
    expect(picture.colours).toBeGreaterThan(4);
    // The live map it was pictured from is gone.
    expect(await page.locator('.meeting-report__map-stage').count()).toBe(0);

    // Charts: the share with its N; below five no percentage; the seed's number under its own name.
    const items = report.locator('.report-chart__item');
    expect(await items.count()).toBe(9);
    const first = await items.nth(0).innerText();
    expect(first).toContain('Deze bijeenkomst: 60% herkend (N = 5)');
    expect(first).toContain('Verbindingsfestival: 69% (N = 77)');
    const second = items.nth(1);
    expect(await second.innerText()).toContain('nog te weinig antwoorden (N = 3)');
    expect(await second.locator('.report-chart__row').first().innerText()).not.toContain('%');
    expect(await second.locator('.report-chart__bar:not(.report-chart__bar--seed)').count()).toBe(
      0,
    );
    await report.getByText(/De vragen van het festival kunnen anders gesteld zijn/).waitFor();

    // Only the approved open answer.
    await report.getByText(APPROVED_OPEN).waitFor();
    expect(await page.getByText(UNAPPROVED_OPEN).count()).toBe(0);

    // The proposal with its place and status; the rejected one is only counted.
    const row = report.getByRole('row', { name: new RegExp(PROPOSAL) });
    expect(await row.innerText()).toMatch(/Almere/);
    expect(await row.innerText()).toContain('Goedgekeurd');
    expect(await page.getByText(REJECTED).count()).toBe(0);
    await report.getByText('1 afgewezen voorstel staat niet in dit verslag.').waitFor();

    // The CSVs are one click away on screen.
    await report.getByRole('button', { name: /Antwoorden als CSV/ }).waitFor();
    await report.getByRole('button', { name: /Voorstellen als CSV/ }).waitFor();

    await expectNoAxeViolations(page);
    await page.screenshot({ path: resolve(screenshotDir, 'meeting-report.png'), fullPage: true });

    // In English the same numbers, with the same N.
    await page.getByRole('button', { name: 'English' }).click();
    await report.getByRole('heading', { name: 'What participants recognise' }).waitFor();
    expect(await items.nth(0).innerText()).toContain('This meeting: 60% recognised (N = 5)');
    expect(await items.nth(1).innerText()).toContain('too few answers yet (N = 3)');
    expect(await row.innerText()).toContain('Approved');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await report.getByRole('heading', { name: 'Wat deelnemers herkennen' }).waitFor();

    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'true');
    });
    await report.getByRole('button', { name: 'Afdrukken / PDF' }).click();
    await page.locator('body[data-printed="true"]').waitFor();

    // On paper: no app chrome or buttons, a few A4 pages.
    await page.emulateMedia({ media: 'print' });
    // The width of A4 between its margins, for the picture of the paper.
    await page.setViewportSize({ width: 680, height: 1000 });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await report.getByRole('button', { name: 'Afdrukken / PDF' }).isVisible()).toBe(false);
    await page.screenshot({
      path: resolve(screenshotDir, 'meeting-report-print.png'),
      fullPage: true,
    });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(4);
    expect(pdf.length).toBeLessThan(2_000_000);

    // A meeting without a survey or proposals says so, and is about all of Flevoland.
    await page.emulateMedia({ media: 'screen' });
    const empty = await call<{ code: string }>('/api/beheer/vergaderingen', 'POST', {
      title: 'Lege avond',
    });
    await page.goto(`${server.url}/beheer?verslag=${empty.code}`);
    await report.getByRole('heading', { level: 2, name: 'Lege avond' }).waitFor();
    await report.getByText('Bij deze bijeenkomst was geen enquête.').waitFor();
    expect(await report.locator('.meeting-report__facts').innerText()).toContain('Heel Flevoland');
    expect(
      await report.getByText('Bij deze bijeenkomst zijn geen voorstellen ingediend.').count(),
    ).toBe(2);
    expect(await report.getByRole('img').count()).toBe(0);

    // A code that is no meeting says so (the login lasts for the tab).
    await page.goto(`${server.url}/beheer?verslag=ZZZZZZ`);
    await page.getByText('Deze bijeenkomst bestaat niet (meer).').waitFor();
    await context.close();
  }, 180_000);

  it('pictures the map in paper colours also when the page is dark', async () => {
    const code = await meetingWithAnswers();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      colorScheme: 'dark',
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/beheer`);
    await page.getByLabel('Beheercode').fill(server.adminToken);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('tab', { name: 'Bijeenkomsten' }).waitFor();
    await page.goto(`${server.url}/beheer?verslag=${code}`);
    const map = page.getByRole('img', { name: 'Kaart met het voorstel van deze bijeenkomst.' });
    await map.waitFor({ timeout: 60_000 });

    const lightness = (rgb: number[]) =>
      (0.2126 * rgb[0]! + 0.7152 * rgb[1]! + 0.0722 * rgb[2]!) / 255;
    const pageColour = await page.evaluate(() =>
      getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.slice(0, 3).map(Number),
    );
    expect(lightness(pageColour), 'the page is in its dark theme').toBeLessThan(0.2);
    const pictureColour = await map.evaluate((img) => {
      const canvas = document.createElement('canvas');
      canvas.width = 64;
      canvas.height = 40;
      const context = canvas.getContext('2d')!;
      context.drawImage(img as HTMLImageElement, 0, 0, 64, 40);
      const pixels = context.getImageData(0, 0, 64, 40).data;
      const mean = [0, 0, 0];
      for (let i = 0; i < pixels.length; i += 4)
        for (let c = 0; c < 3; c += 1) mean[c]! += pixels[i + c]! / (pixels.length / 4);
      return mean;
    });
    // Water, land and municipalities in the light palette (all lighter than 0.7), as on paper.
    expect(lightness(pictureColour), 'the map picture is light').toBeGreaterThan(0.6);
    await page.screenshot({ path: resolve(screenshotDir, 'meeting-report-dark.png') });
    await context.close();
  }, 120_000);
});
