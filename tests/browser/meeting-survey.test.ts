import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { startAppServer, type AppServer } from '../support/app-server';
import { expectNoAxeViolations, launchChromium, screenshotDir, waitForMap } from './harness';
import { measureSlide } from './slide-geometry';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const FIRST_ITEM =
  'Er wordt teveel vóór inwoners gedacht, in plaats van te luisteren naar waar behoefte aan is bij samenlevingsopbouw.';
const OPEN_ANSWER = 'Er is geen buurthuis meer in de Haven.';

describe('a meeting survey: set up in /beheer, answered on phones, live on the big screen', () => {
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

  const newContext = (options = {}): Promise<BrowserContext> =>
    browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });

  /** A phone opens the survey and answers the first relationele item. */
  async function answerOnPhone(
    code: string,
    answer: 'Ja' | 'Nee',
    options: { offline?: boolean; open?: string } = {},
  ) {
    const context = await newContext(phone);
    const page = await context.newPage();
    await page.goto(`${server.url}/?enquete=${code}`);
    await page.getByRole('heading', { name: 'Relationele knelpunten' }).waitFor();
    if (options.offline) await context.setOffline(true);
    await page.getByRole('group', { name: FIRST_ITEM }).getByLabel(answer, { exact: true }).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByLabel(/In welke wijk/).selectOption({ label: 'Centrum Almere Haven' });
    if (options.open) await page.getByLabel(/Wat staat bij u in de weg/).fill(options.open);
    await page.getByRole('button', { name: 'Versturen' }).click();
    return { context, page };
  }

  const shareOfFirstItem = (screen: Page) =>
    screen.locator('.survey-slide__item').first().locator('.survey-slide__share').innerText();

  it('shows the shares with N, no percentage below five, an open answer only once approved', async () => {
    // The moderator makes a meeting and sets up its survey: Almere, only relationeel, open question.
    const moderator = await (await newContext()).newPage();
    await moderator.goto(`${server.url}/beheer`);
    await moderator.getByLabel('Beheercode').fill(server.adminToken);
    await moderator.getByRole('button', { name: 'Inloggen' }).click();
    await moderator.getByRole('tab', { name: 'Bijeenkomsten' }).click();
    await moderator.getByLabel('Naam van de bijeenkomst *').fill('Buurtavond Haven');
    await moderator.getByRole('button', { name: 'Bijeenkomst maken' }).click();
    const code = (await moderator.locator('.meeting-code').first().innerText()).trim();
    const card = moderator.locator('.beheer-card', { hasText: code });
    await card.getByText('Enquête voor de telefoons').click();
    await card.getByLabel('Over welke gemeente?').selectOption({ label: 'Almere' });
    await card.getByLabel('Relationele knelpunten (9 punten)').check();
    await expect(card.getByLabel(/Ook de open vraag stellen/).isChecked()).resolves.toBe(true);
    await card.getByRole('button', { name: 'Enquête opslaan' }).click();
    await card.getByText('De enquête is opgeslagen.').waitFor();
    await expectNoAxeViolations(moderator);

    // The big screen goes to the survey slide (five back from the end: four levels and closing).
    const screen = await (await newContext()).newPage();
    await screen.goto(`${server.url}/?present=1&code=${code}`);
    await waitForMap(screen);
    await screen.keyboard.press('End');
    for (let i = 0; i < 5; i += 1) await screen.keyboard.press('ArrowLeft');
    await screen.getByRole('heading', { name: 'Wat herkent u hier?' }).waitFor();
    await expect(shareOfFirstItem(screen)).resolves.toBe('nog te weinig antwoorden (N = 0)');
    // The festival's own number stands beside it, with its own source and N.
    await expect(
      screen.locator('.survey-slide__item').first().locator('.survey-slide__seed').innerText(),
    ).resolves.toBe('Verbindingsfestival: 69% (N = 77)');

    // One phone answers offline first: its answer waits on the phone, then goes out.
    const offline = await answerOnPhone(code, 'Ja', { offline: true, open: OPEN_ANSWER });
    await offline.page.getByText(/Er is nu geen verbinding/).waitFor();
    await expectNoAxeViolations(offline.page);
    await offline.page.screenshot({ path: resolve(screenshotDir, 'survey-phone-offline.png') });
    await offline.context.setOffline(false);
    await offline.page.getByText(/Dank u wel!/).waitFor({ timeout: 10_000 });
    await screen.getByText('nog te weinig antwoorden (N = 1)').waitFor({ timeout: 2_000 });

    // Two more phones answer online; each answer is on the screen within two seconds.
    for (const [answer, n] of [
      ['Nee', 2],
      ['Ja', 3],
    ] as const) {
      const online = await answerOnPhone(code, answer);
      await online.page.getByText(/Dank u wel!/).waitFor();
      const answeredAt = Date.now();
      await screen.getByText(`nog te weinig antwoorden (N = ${n})`).waitFor({ timeout: 2_000 });
      expect(Date.now() - answeredAt).toBeLessThan(2_000);
    }
    expect(await shareOfFirstItem(screen)).not.toContain('%');

    // Two more answers (straight to the API) make five: now a percentage, with its N.
    for (const [i, answer] of (['ja', 'nee'] as const).entries()) {
      const response = await fetch(`${server.url}/api/enquete/${code}/antwoord`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          device: `browser-test-extra-${i}`,
          answers: { relationeel: [answer, ...Array(8).fill(null)] },
        }),
      });
      expect(response.status).toBe(201);
    }
    const fifthAt = Date.now();
    await screen.getByText('Deze bijeenkomst: 60% herkend (N = 5)').waitFor({ timeout: 2_000 });
    expect(Date.now() - fifthAt).toBeLessThan(2_000);

    // The open answer is not on the screen until the moderator approves it.
    expect(await screen.getByText(OPEN_ANSWER).count()).toBe(0);
    await card.getByRole('button', { name: 'Vernieuwen' }).click();
    await card.getByRole('button', { name: `Tonen: ${OPEN_ANSWER}`, exact: true }).click();
    await screen.getByText(OPEN_ANSWER).waitFor({ timeout: 2_000 });
    await expectNoAxeViolations(screen);
    await screen.screenshot({ path: resolve(screenshotDir, 'survey-slide.png') });
    // Nine items with their numbers and an open answer, in big-screen type: on a laptop's screen
    // and on a 1080p projector (the shorter of the two, in the slide's units) what does not fit
    // comes in parts, each shown whole, one key after the other; then the next key goes on.
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 1920, height: 1080 },
    ]) {
      await screen.setViewportSize(viewport);
      await screen.waitForFunction((w) => innerWidth === w, viewport.width);
      const k = Math.min(viewport.width / 1920, viewport.height / 1080);
      const at = `survey slide at ${viewport.width}×${viewport.height}`;
      const heading = screen.locator('#slide-heading');
      const seen: string[] = [];
      for (let part = 1; ; part++) {
        await screen.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
        );
        const geometry = await measureSlide(screen, { gemeenten: [], wijken: [], pins: [] });
        expect(geometry.overflowing, `${at}, part ${part}: overflow`).toEqual([]);
        expect(geometry.colliding, `${at}, part ${part}: text collisions`).toEqual([]);
        expect(geometry.panelsColliding, `${at}, part ${part}: panel collisions`).toEqual([]);
        expect(geometry.smallestNote, `${at}: smallest text`).toBeGreaterThanOrEqual(24 * k - 0.01);
        seen.push(...(await screen.locator('.survey-slide__item').allInnerTexts()));
        await screen.screenshot({
          path: resolve(screenshotDir, `survey-slide-${viewport.width}-${part}.png`),
        });
        const title = await heading.innerText();
        const parts = /\(deel (\d) van (\d)\)/.exec(title);
        if (!parts || parts[1] === parts[2]) break;
        expect(Number(parts[1]), `${at}: part number`).toBe(part);
        await screen.keyboard.press('ArrowRight');
        await expect
          .poll(() => heading.innerText())
          .toContain(`(deel ${part + 1} van ${parts[2]})`);
      }
      expect(seen.length, `${at}: every item once`).toBe(9);
      expect(seen[0]).toContain(FIRST_ITEM);
      // Back to the first part, for the next size.
      while (/deel [2-9]/.test(await heading.innerText())) await screen.keyboard.press('ArrowLeft');
    }
    // After the last part, the next key shows the next slide.
    while (
      !/deel (\d) van \1|^Wat herkent u hier\?$/.test(
        await screen.locator('#slide-heading').innerText(),
      )
    )
      await screen.keyboard.press('ArrowRight');
    await screen.keyboard.press('ArrowRight');
    await expect
      .poll(() => screen.locator('#slide-heading').innerText())
      .not.toContain('Wat herkent u hier?');

    // The map's panel of Almere shows what the meeting found, apart from the seed's remarks.
    const map = await (await newContext()).newPage();
    await map.goto(`${server.url}/?gemeente=GM0034`);
    await waitForMap(map);
    const findings = map.locator('.meeting-findings');
    await findings.getByRole('heading', { name: 'Gevonden op bijeenkomsten' }).waitFor();
    const date = new Date().toLocaleDateString('nl-NL', { dateStyle: 'long' });
    await expect(findings.innerText()).resolves.toContain(
      `Buurtavond Haven, ${date}: 5 deelnemers`,
    );
    await expect(findings.innerText()).resolves.toContain('60% herkend (N = 5)');
    await expect(findings.innerText()).resolves.toContain(OPEN_ANSWER);
    await expectNoAxeViolations(map);
  }, 240_000);
});
