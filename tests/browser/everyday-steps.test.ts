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

const devices: [string, BrowserContextOptions][] = [
  ['desktop', { viewport: { width: 1280, height: 900 } }],
  ['phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
];

/** A fresh browser profile that came to the app from another page, as a person following a link. */
async function open(options: BrowserContextOptions, query = '') {
  const context = await harness.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${harness.baseUrl}/manifest.webmanifest`);
  await page.goto(`${harness.baseUrl}/${query}`);
  await waitForMap(page);
  return page;
}

const countText = (page: Page) => page.locator('.count').first().innerText();
const formOpen = (page: Page) => page.locator('#propose-heading').count();
const params = (page: Page) => new URL(page.url()).searchParams;

describe.each(devices)('Back and drafts (%s)', (device, options) => {
  it('Back undoes a filter and a tab instead of leaving the app', async () => {
    const page = await open(options);
    await page.locator('#filter-gemeente').selectOption('GM0995');
    await expect.poll(() => countText(page)).toContain('Lelystad');
    await page.getByRole('tab', { name: 'Knelpunten' }).click();
    await expect(
      page.getByRole('tab', { name: 'Knelpunten' }).getAttribute('aria-selected'),
    ).resolves.toBe('true');

    await page.goBack();
    await expect
      .poll(() => page.getByRole('tab', { name: 'Initiatieven' }).getAttribute('aria-selected'))
      .toBe('true');
    expect(params(page).get('gemeente')).toBe('GM0995');
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => countText(page)).toContain('in Flevoland');
    expect(params(page).get('gemeente')).toBeNull();
    await expect(page.locator('#filter-gemeente').inputValue()).resolves.toBe('');
    await page.goForward();
    await expect.poll(() => countText(page)).toContain('Lelystad');
    await page.context().close();
  });

  it('Back closes the form but keeps what was typed; reopening and reloading bring it back', async () => {
    const page = await open(options);
    await page.getByRole('button', { name: '+ Initiatief voorstellen' }).click();
    await page.getByLabel('Naam van het initiatief *').fill('Taalcafé in de bibliotheek');
    await page.getByLabel('Korte beschrijving *').fill('Elke donderdag samen Nederlands oefenen.');
    expect(params(page).get('voorstel')).toBe('nieuw');

    await page.goBack();
    await expect.poll(() => formOpen(page)).toBe(0);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(params(page).get('voorstel')).toBeNull();

    await page.getByRole('button', { name: '+ Initiatief voorstellen' }).click();
    await expect(page.getByLabel('Naam van het initiatief *').inputValue()).resolves.toBe(
      'Taalcafé in de bibliotheek',
    );
    await expect(page.getByLabel('Korte beschrijving *').inputValue()).resolves.toBe(
      'Elke donderdag samen Nederlands oefenen.',
    );
    await page.getByRole('status').filter({ hasText: 'We hebben teruggezet' }).waitFor();
    await expectNoAxeViolations(page);

    // A reload (or a closed tab) keeps it too.
    await page.reload();
    await waitForMap(page);
    await expect(page.getByLabel('Naam van het initiatief *').inputValue()).resolves.toBe(
      'Taalcafé in de bibliotheek',
    );
    await page.screenshot({ path: resolve(screenshotDir, `everyday-draft-${device}.png`) });
    await page.context().close();
  });

  it('"Annuleren" asks before throwing typed text away', async () => {
    const page = await open(options);
    await page.getByRole('button', { name: '+ Initiatief voorstellen' }).click();
    await page.getByLabel('Naam van het initiatief *').fill('Repair café Urk');
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await page.getByText('Je hebt al iets ingevuld. Wil je dat weggooien?').waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Nee, verder invullen' }).click();
    await expect(page.getByLabel('Naam van het initiatief *').inputValue()).resolves.toBe(
      'Repair café Urk',
    );
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await page.getByRole('button', { name: 'Ja, weggooien' }).click();
    await expect.poll(() => formOpen(page)).toBe(0);
    await page.getByRole('button', { name: '+ Initiatief voorstellen' }).click();
    await expect(page.getByLabel('Naam van het initiatief *').inputValue()).resolves.toBe('');
    // An untouched form closes without a question.
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => formOpen(page)).toBe(0);
    await page.context().close();
  });
});

describe('the propose form', () => {
  it('says where the pin is after every change of place, not the first one', async () => {
    const page = await open(devices[0]![1]);
    await page.getByRole('button', { name: '+ Initiatief voorstellen' }).click();
    const place = page.locator('#location-gemeente');
    await place.selectOption({ label: 'Lelystad' });
    await expect.poll(() => page.locator('#location-status').innerText()).toContain('Lelystad');
    await place.selectOption({ label: 'Urk' });
    await expect.poll(() => page.locator('#location-status').innerText()).toContain('Urk');
    await expect(page.locator('#location-status').innerText()).resolves.not.toContain('Lelystad');
    await page.context().close();
  });

  it.each(devices)(
    'lists every error with a link to its field, and clears each as it is fixed (%s)',
    async (device, options) => {
      const page = await open(options);
      await page.getByRole('button', { name: '+ Initiatief voorstellen' }).click();
      await page.getByRole('button', { name: 'Voorstel bewaren' }).click();
      const summary = page.locator('.error-summary');
      await expect(summary.locator('.error-summary__title').innerText()).resolves.toContain(
        'Er zijn 4 fouten',
      );
      expect(await summary.getByRole('link').allInnerTexts()).toEqual([
        'Naam: Dit veld is verplicht.',
        'Beschrijving: Dit veld is verplicht.',
        'Soort initiatief: Dit veld is verplicht.',
        'Plaats: Kies een plek op de kaart of met de lijsten.',
      ]);
      // The place problem is said once next to the place.
      expect(await page.locator('.location .error-text').count()).toBe(1);
      await expectNoAxeViolations(page);
      await page.screenshot({ path: resolve(screenshotDir, `everyday-errors-${device}.png`) });

      await summary.getByRole('link', { name: /^Plaats/ }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('location-gemeente');

      await page.getByLabel('Naam van het initiatief *').fill('Buurtbus Zeewolde');
      await expect.poll(() => page.locator('#propose-name-error').count()).toBe(0);
      await expect(
        page.getByLabel('Naam van het initiatief *').getAttribute('aria-invalid'),
      ).resolves.toBe('false');
      await expect
        .poll(() => summary.locator('.error-summary__title').innerText())
        .toContain('Er zijn 3 fouten');
      await page.locator('#location-gemeente').selectOption({ label: 'Zeewolde' });
      await expect.poll(() => page.locator('.location .error-text').count()).toBe(0);
      // A field that was never wrong gets no error before the next save.
      await page.getByLabel('Website (niet verplicht)').fill('geen adres');
      await expect
        .poll(() => summary.getByRole('link').allInnerTexts())
        .toEqual([
          'Beschrijving: Dit veld is verplicht.',
          'Soort initiatief: Dit veld is verplicht.',
        ]);
      await page
        .getByLabel('Korte beschrijving *')
        .fill('Vrijwilligers rijden ouderen naar de markt.');
      await page.getByLabel('Soort initiatief *').selectOption({ label: 'Buurtproject' });
      await expect.poll(() => summary.count()).toBe(0);
      await page.context().close();
    },
  );

  it('a reload after saving shows the saved proposal, not an empty form', async () => {
    const page = await open(devices[0]![1], '?voorstel=nieuw');
    await page.getByLabel('Naam van het initiatief *').fill('Buurtbus Zeewolde');
    await page
      .getByLabel('Korte beschrijving *')
      .fill('Vrijwilligers rijden ouderen naar de markt.');
    await page.getByLabel('Soort initiatief *').selectOption({ label: 'Buurtproject' });
    await page.locator('#location-gemeente').selectOption({ label: 'Zeewolde' });
    await page.getByRole('button', { name: 'Voorstel bewaren' }).click();
    await page.getByRole('heading', { level: 2, name: 'Buurtbus Zeewolde' }).waitFor();
    expect(params(page).get('voorstel')).toBeNull();
    await page.reload();
    await waitForMap(page);
    expect(await formOpen(page)).toBe(0);
    // Back from the saved proposal goes to where the person was before the form, not to it.
    await page.getByRole('button', { name: '+ Initiatief voorstellen' }).click();
    await expect(page.getByLabel('Naam van het initiatief *').inputValue()).resolves.toBe('');
    await page.context().close();
  });
});
