import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from '../support/app-server';
import { expectNoAxeViolations, launchChromium, waitForMap } from './harness';

describe('privacy: a resident takes a proposal back, and is told what is kept', () => {
  let server: AppServer;
  let browser: Browser;
  const dataDir = mkdtempSync(join(tmpdir(), 'samen-buurten-privacy-'));
  beforeAll(async () => {
    server = await startAppServer({
      DATA_DIR: dataDir,
      CONTACT_RETENTION_DAYS: '45',
      REJECTED_RETENTION_DAYS: '14',
      PRIVACY_CONTACT: 'privacy@flevoland.example',
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const admin = { authorization: 'Bearer ', 'content-type': 'application/json' };
  const asModerator = () => ({ ...admin, authorization: `Bearer ${server.adminToken}` });
  const newContext = () => browser.newContext({ viewport: { width: 1280, height: 800 } });
  const text = async (path: string, moderator = false) =>
    (await fetch(`${server.url}${path}`, moderator ? { headers: asModerator() } : {})).text();
  /** Every export and list a proposal can be seen in, public and for moderators. */
  const everyExport = async () =>
    (
      await Promise.all([
        text('/api/voorstellen'),
        text('/api/voorstellen.csv'),
        text('/api/voorstellen.geojson'),
        text('/api/beheer/export.csv', true),
        text('/api/beheer/export.geojson', true),
        text('/api/beheer/voorstellen', true),
      ])
    ).join('\n');
  /** The SQLite database and its write-ahead log, bytes as text. */
  const database = () =>
    readdirSync(dataDir)
      .map((file) => readFileSync(join(dataDir, file)).toString('latin1'))
      .join('\n');

  /** The resident proposes with contact details; the moderator approves it. */
  async function proposeAndApprove(resident: Page, name: string, contact: string) {
    await resident.goto(`${server.url}/?voorstel=nieuw&gemeente=GM0034`);
    await waitForMap(resident);
    await resident.getByLabel('Naam van het initiatief *').fill(name);
    await resident
      .getByLabel('Korte beschrijving *')
      .fill('Samen eten met buren die elkaar nog niet kennen.');
    await resident.getByLabel('Soort initiatief *').selectOption({ label: 'Anders' });
    await resident.getByLabel('Het team mag contact met mij opnemen over dit voorstel').check();
    await resident.getByLabel('Contact (niet verplicht)').fill(contact);
    await resident.getByRole('button', { name: 'Voorstel bewaren' }).click();
    await resident.getByText('Verzonden').first().waitFor({ timeout: 20_000 });
    const pending = JSON.parse(await text('/api/beheer/voorstellen?status=ingediend', true)) as {
      number: number;
      name: string;
      contact?: string;
    }[];
    const mine = pending.find((p) => p.name === name);
    expect(mine?.contact).toBe(contact);
    const approved = await fetch(
      `${server.url}/api/beheer/voorstellen/${mine!.number}/goedkeuren`,
      {
        method: 'POST',
        headers: asModerator(),
        body: '{}',
      },
    );
    expect(approved.status).toBe(200);
    return mine!.number;
  }

  async function withdrawOnDevice(resident: Page, name: string) {
    // After saving, the proposal's own detail is open; the list is one step back.
    const back = resident.getByRole('button', { name: /Terug naar de lijst/ });
    if ((await back.count()) > 0) await back.click();
    await resident.getByRole('tab', { name: 'Mijn voorstellen' }).click();
    const button = resident.getByRole('button', { name: `Intrekken: ${name}` });
    await button.waitFor();
    const clickedAt = Date.now();
    await button.click();
    return clickedAt;
  }

  it('withdrawn on the device (online, and offline then online): gone from every map, the big screen, every export and the database', async () => {
    const residentContext = await newContext();
    const resident = await residentContext.newPage();
    resident.on('dialog', (dialog) => void dialog.accept());
    // A second browser with the map, and the big screen, both open all along.
    const other = await (await newContext()).newPage();
    const screen = await (await newContext()).newPage();
    await other.goto(`${server.url}/`);
    await screen.goto(`${server.url}/?present=1`);
    await Promise.all([waitForMap(other), waitForMap(screen)]);
    await screen.locator('.present__live').waitFor({ state: 'attached' });

    const visibleEverywhere = async (name: string) => {
      await other.locator('.initiative--approved', { hasText: name }).waitFor({ timeout: 30_000 });
      await screen
        .locator(`.pin--goedgekeurd[aria-label*="${name}"]`)
        .waitFor({ state: 'visible', timeout: 30_000 });
    };
    const goneEverywhere = async (name: string, since: number) => {
      await other
        .locator('.initiative--approved', { hasText: name })
        .waitFor({ state: 'detached', timeout: 2_000 });
      await screen
        .locator(`.pin--goedgekeurd[aria-label*="${name}"]`)
        .waitFor({ state: 'detached', timeout: 2_000 });
      expect(Date.now() - since).toBeLessThan(2_000);
    };

    // Online: withdrawn at once everywhere.
    await proposeAndApprove(resident, 'Eettafel Buitenkwartier', 'eettafel@example.nl');
    await visibleEverywhere('Eettafel Buitenkwartier');
    const withdrawnAt = await withdrawOnDevice(resident, 'Eettafel Buitenkwartier');
    await goneEverywhere('Eettafel Buitenkwartier', withdrawnAt);
    await resident
      .getByText(
        '“Eettafel Buitenkwartier” is ingetrokken en ook van de server en de kaart verwijderd.',
      )
      .waitFor();
    expect(await everyExport()).not.toContain('Eettafel Buitenkwartier');
    expect(database()).not.toContain('eettafel@example.nl');

    // Offline: the withdrawal waits on the device, and is done once the network is back.
    await proposeAndApprove(resident, 'Klusclub Stedenwijk', 'klusclub@example.nl');
    await visibleEverywhere('Klusclub Stedenwijk');
    await residentContext.setOffline(true);
    await withdrawOnDevice(resident, 'Klusclub Stedenwijk');
    await resident
      .getByText(
        '“Klusclub Stedenwijk” is ingetrokken. Zodra er verbinding is, wordt het ook van de server verwijderd.',
      )
      .waitFor();
    await resident.getByText('1 ingetrokken voorstel wacht op verbinding met de server.').waitFor();
    expect(await resident.locator('.proposal-item', { hasText: 'Klusclub' }).count()).toBe(0);
    expect(await everyExport()).toContain('Klusclub Stedenwijk');

    const backOnlineAt = Date.now();
    await residentContext.setOffline(false);
    await goneEverywhere('Klusclub Stedenwijk', backOnlineAt);
    await resident
      .getByText(
        '“Klusclub Stedenwijk” is ingetrokken en ook van de server en de kaart verwijderd.',
      )
      .waitFor();
    expect(await everyExport()).not.toContain('Klusclub Stedenwijk');
    expect(database()).not.toContain('klusclub@example.nl');
    // The server's own log lines of this whole run hold no proposal content or contact details.
    const logs = JSON.stringify(server.logs);
    for (const secret of ['Eettafel', 'Klusclub', 'eettafel@example.nl', 'klusclub@example.nl'])
      expect(logs).not.toContain(secret);
    await expectNoAxeViolations(resident);
    await residentContext.close();
  }, 300_000);

  it('the form asks for contact details only after an unticked choice, and links to the privacy page', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/?voorstel=nieuw&gemeente=GM0034`);
    await waitForMap(page);
    const consent = page.getByLabel('Het team mag contact met mij opnemen over dit voorstel');
    await consent.waitFor();
    expect(await consent.isChecked()).toBe(false);
    expect(await page.getByLabel('Contact (niet verplicht)').count()).toBe(0);
    await page
      .getByText('Het team gebruikt je contactgegevens alleen om', { exact: false })
      .waitFor();
    await consent.check();
    await page.getByLabel('Contact (niet verplicht)').waitFor();
    await expectNoAxeViolations(page);

    // One step from the form: the link opens the page in a new tab, so nothing typed is lost.
    const [privacy] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('link', { name: /Wat doen we met je gegevens\?/ }).click(),
    ]);
    await privacy.getByRole('heading', { level: 1, name: /Privacy/ }).waitFor();
    expect(new URL(privacy.url()).pathname).toBe('/privacy');
    await context.close();
  }, 240_000);

  it('the privacy page, in Dutch and English, tells the configured retention and contact, and passes axe', async () => {
    const context: BrowserContext = await newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await waitForMap(page);
    await page.locator('.app-footer').getByRole('link', { name: 'Privacy' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Privacy: wat gebeurt er met je gegevens?' })
      .waitFor();
    await page
      .getByText(
        'Je contactgegevens worden 45 dagen na het besluit over je voorstel vanzelf verwijderd.',
      )
      .waitFor();
    await page
      .getByText('Een afgewezen voorstel wordt 14 dagen na het besluit helemaal verwijderd.')
      .waitFor();
    await page.getByText('privacy@flevoland.example', { exact: false }).waitFor();
    expect(await page.locator('[data-testid="map"]').count()).toBe(0);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'English' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Privacy: what happens to your details?' })
      .waitFor();
    await page
      .getByText(
        'Your contact details are deleted automatically 45 days after the decision on your proposal.',
      )
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectNoAxeViolations(page);

    // The moderators see the same settings, and the link to this page.
    await page.goto(`${server.url}/beheer`);
    await page.getByLabel(/Beheercode|Moderator code/).fill(server.adminToken);
    await page.getByRole('button', { name: /Inloggen|Log in/ }).click();
    await page.getByText(/45 (dagen|days)/).waitFor();
    await page
      .getByRole('link', { name: /Privacypagina voor bewoners|Privacy page for residents/ })
      .first()
      .waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  }, 240_000);

  it('a moderator erases a proposal on request: gone from /beheer and the server', async () => {
    const sent = await fetch(`${server.url}/api/voorstellen`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id: `erase-${Date.now().toString(36)}`,
        name: 'Wisverzoek Hofkwartier',
        description: 'Een voorstel waarvan de indiener per telefoon vroeg het te wissen.',
        kind: 'anders',
        knelpunten: [],
        contact: 'wis.mij@example.nl',
        lng: 5.27,
        lat: 52.37,
      }),
    });
    expect(sent.status).toBe(201);
    const context = await newContext();
    const page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${server.url}/beheer`);
    await page.getByLabel('Beheercode').fill(server.adminToken);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('button', { name: 'Helemaal wissen: Wisverzoek Hofkwartier' }).click();
    await page.getByText('“Wisverzoek Hofkwartier” is helemaal gewist.').waitFor();
    expect(await page.locator('.beheer-card', { hasText: 'Wisverzoek' }).count()).toBe(0);
    expect(await everyExport()).not.toContain('Wisverzoek Hofkwartier');
    expect(database()).not.toContain('wis.mij@example.nl');
    await context.close();
  }, 240_000);
});
