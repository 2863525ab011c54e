import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import {
  expectNoAxeViolations,
  screenshotDir,
  startHarness,
  waitForMap,
  type Harness,
} from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const phone: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
};

async function open(query: string, options: BrowserContextOptions = {}) {
  const context = await harness.browser.newContext({
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  const page = await context.newPage();
  await page.goto(`${harness.baseUrl}/${query}`);
  await waitForMap(page);
  return page;
}

/** Words only Dutch uses; a sentence with one of them in an English page is Dutch text. */
const DUTCH = /\b(het|een|zijn|wordt|niet|voor|inwoners|gemeenten|samenlevingsopbouw|knelt)\b/i;

/** Visible sentences of the side panel that are Dutch but not marked lang="nl". */
function unmarkedDutch(page: Page) {
  return page.evaluate((source) => {
    const dutch = new RegExp(source, 'i');
    const found: string[] = [];
    const walker = document.createTreeWalker(
      document.querySelector('.side')!,
      NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement!;
      if (!text || parent.closest('[lang="nl"]') || parent.closest('[hidden]')) continue;
      if (dutch.test(text)) found.push(text);
    }
    return found;
  }, DUTCH.source);
}

describe('English mode', () => {
  it('shows the knelpunten in English, says they are translated, and marks what stays Dutch', async () => {
    const page = await open('?lang=en&gemeente=GM0034&panel=knelpunten');
    await page.getByRole('heading', { name: 'Societal bottlenecks' }).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.title()).toBe('Samen Buurten map');
    await page.getByText('an English translation of the Dutch presentation').waitFor();
    for (const text of [
      'Administrative bottlenecks',
      'Relational bottlenecks',
      'Professional bottlenecks',
      'Residents feel too little ownership of community building projects.',
      'The fast turnover of residents in Almere makes it hard to develop and build communities.',
    ])
      expect(await page.getByText(text, { exact: false }).count()).toBeGreaterThan(0);
    for (const details of await page.locator('.level__bullets').all())
      await details.locator('summary').click();
    expect(await unmarkedDutch(page)).toEqual([]);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: resolve(screenshotDir, 'everyday-english-knelpunten.png') });
    await page.context().close();
  }, 120_000);

  it("quotes the seed in Dutch, marked as Dutch, in an initiative's detail", async () => {
    const page = await open('?lang=en&sel=woonagenda-flevoland');
    const quote = page.locator('.detail q');
    await quote.waitFor();
    expect(await quote.getAttribute('lang')).toBe('nl');
    await expect(page.locator('.detail').innerText()).resolves.toContain('Quoted word for word');
    expect(await unmarkedDutch(page)).toEqual([]);
    await expectNoAxeViolations(page);
    await page.context().close();
  }, 120_000);

  it('offers the knelpunten in the propose form in English on a phone', async () => {
    const page = await open('?lang=en&voorstel=nieuw', phone);
    for (const name of [
      'Societal bottlenecks',
      'Administrative bottlenecks',
      'Relational bottlenecks',
      'Professional bottlenecks',
    ])
      await page.getByRole('checkbox', { name }).waitFor();
    expect(await unmarkedDutch(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save proposal' }).click();
    await page.locator('.error-summary').waitFor();
    expect(await unmarkedDutch(page)).toEqual([]);
    await expectNoAxeViolations(page);
    await page.context().close();
  }, 120_000);
});
