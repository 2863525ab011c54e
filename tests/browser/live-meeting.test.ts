import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { startAppServer, type AppServer } from '../support/app-server';
import { expectNoAxeViolations, launchChromium, screenshotDir, waitForMap } from './harness';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe('a live meeting: propose on a phone, approve in /beheer, see it on the big screen', () => {
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

  const newPage = async (options = {}): Promise<Page> =>
    (await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options })).newPage();

  it('shows the approved proposal on the presentation within 2 seconds', async () => {
    // The moderator logs in on a phone and opens a meeting.
    const moderator = await newPage(phone);
    await moderator.goto(`${server.url}/beheer`);
    await moderator.getByLabel('Beheercode').fill('not the token');
    await moderator.getByRole('button', { name: 'Inloggen' }).click();
    await moderator.getByText('Deze code klopt niet').waitFor();
    await moderator.getByLabel('Beheercode').fill(server.adminToken);
    await moderator.getByRole('button', { name: 'Inloggen' }).click();
    await moderator.getByRole('tab', { name: 'Bijeenkomsten' }).click();
    await moderator.getByLabel('Naam van de bijeenkomst *').fill('Buurtavond Haven');
    await moderator.getByRole('button', { name: 'Bijeenkomst maken' }).click();
    const code = (await moderator.locator('.meeting-code').first().innerText()).trim();
    expect(code).toMatch(/^[A-Z0-9-]{4,12}$/);
    await expect(
      moderator.getByRole('link', { name: 'Open de presentatie' }).getAttribute('href'),
    ).resolves.toBe(`${server.url}/?present=1&code=${code}`);
    await expectNoAxeViolations(moderator);

    // Back to the new proposals, where the moderator waits for what comes in.
    await moderator.getByRole('tab', { name: /Nieuw/ }).click();
    await moderator.locator('.beheer__list-bar').waitFor();

    // The big screen shows the presentation for this meeting and follows the live stream.
    const screen = await newPage();
    await screen.goto(`${server.url}/?present=1&code=${code}`);
    await waitForMap(screen);
    await screen.locator('.present__live').waitFor({ state: 'attached' });

    // A participant scans the QR code and proposes on a phone, with the meeting code filled in.
    const participant = await newPage(phone);
    await participant.goto(`${server.url}/?voorstel=nieuw&gemeente=GM0034&code=${code}`);
    await participant.getByLabel('Naam van het initiatief *').fill('Taalcafé De Haven');
    await participant
      .getByLabel('Korte beschrijving *')
      .fill('Iedere dinsdag samen Nederlands oefenen bij de koffie.');
    await participant
      .getByLabel('Soort initiatief *')
      .selectOption({ label: 'Activiteit of evenement' });
    await expect(participant.getByLabel(/Code van de bijeenkomst/).inputValue()).resolves.toBe(
      code,
    );
    await participant.getByRole('button', { name: 'Voorstel bewaren' }).click();
    await participant
      .getByRole('status')
      .filter({ hasText: 'Je voorstel is bewaard' })
      .first()
      .waitFor();
    await participant.getByText('Verzonden').first().waitFor({ timeout: 20_000 });

    // The moderator sees it come in by itself (the list of new proposals looks for more every
    // few seconds), with the meeting code, and approves it.
    const card = moderator.locator('.beheer-card', { hasText: 'Taalcafé De Haven' });
    await card.waitFor({ timeout: 15_000 });
    await moderator.getByText('Er is 1 nieuw voorstel binnengekomen.').waitFor();
    await expect(card.innerText()).resolves.toContain(code);
    await expect(card.innerText()).resolves.toContain('Almere');
    await expectNoAxeViolations(moderator);
    await moderator.screenshot({
      path: resolve(screenshotDir, 'beheer-phone.png'),
      fullPage: true,
    });
    const approvedAt = Date.now();
    await moderator.getByRole('button', { name: 'Goedkeuren: Taalcafé De Haven' }).click();

    // Within two seconds the presentation shows the pin itself (a new pin is never hidden in a
    // group at the province view) and says so.
    const pin = screen.locator('.pin--goedgekeurd.pin--new');
    await pin.waitFor({ state: 'visible', timeout: 2_000 });
    expect(Date.now() - approvedAt).toBeLessThan(2_000);
    await expect(screen.locator('.present__live').innerText()).resolves.toBe('1 nieuw voorstel');
    // The audience reads what was proposed and where, for a few seconds; then it is a pin like the
    // others, and the counter stays.
    const callout = screen.locator('.present__callout');
    await expect(callout.innerText()).resolves.toMatch(
      /Nieuw voorstel\s+Taalcafé De Haven\s+.*Almere/,
    );
    await screen.screenshot({ path: resolve(screenshotDir, 'live-wall.png') });
    await callout.waitFor({ state: 'detached', timeout: 15_000 });
    expect(Date.now() - approvedAt).toBeGreaterThan(5_000);
    await expect(screen.locator('.present__live').innerText()).resolves.toBe('1 nieuw voorstel');
    expect(await pin.isVisible()).toBe(true);

    // The participant's own proposal now counts as approved and is not shown twice.
    await participant.reload();
    await waitForMap(participant);
    await participant.locator('.pin--goedgekeurd').waitFor({ state: 'attached', timeout: 20_000 });
    expect(await participant.locator('.pin--voorstel').count()).toBe(0);
  });
});
