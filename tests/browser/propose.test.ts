import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import {
  screenshotDir,
  startHarness,
  waitForMap,
  type Harness,
  expectNoAxeViolations,
} from './harness';
import { FIELD_KEYS, PROPOSAL_FIELDS } from '../../src/proposals/fields';

let harness: Harness;
let context: BrowserContext;

beforeAll(async () => {
  harness = await startHarness();
  // One context for the whole file: like one browser profile, so IndexedDB persists across reloads.
  context = await harness.browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
});

afterAll(async () => {
  await harness?.close();
});

async function open(query = '') {
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${harness.baseUrl}/?debug=map${query ? `&${query}` : ''}`);
  await waitForMap(page);
  return page;
}

/** Screen position of a place on the map. */
async function screenPoint(page: Page, lng: number, lat: number) {
  return page.evaluate(
    ([lng, lat]) => {
      const map = (window as unknown as { __samenBuurtenMap: import('maplibre-gl').Map })
        .__samenBuurtenMap;
      const { x, y } = map.project([lng!, lat!]);
      const canvas = map.getCanvas().getBoundingClientRect();
      return { x: canvas.left + x, y: canvas.top + y };
    },
    [lng, lat],
  );
}

/** What the browser has stored in IndexedDB, as another tab or a reload would find it. */
const storedProposals = (page: Page) =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>(
      (done) =>
        (indexedDB.open('samen-buurten').onsuccess = (e) =>
          done((e.target as IDBOpenDBRequest).result)),
    );
    return new Promise<unknown[]>(
      (done) =>
        (db.transaction('voorstellen').objectStore('voorstellen').getAll().onsuccess = (e) =>
          done((e.target as IDBRequest).result)),
    );
  });

const proposalNames = (page: Page) => page.locator('.proposal-item__name').allInnerTexts();

describe('proposing an initiative', () => {
  it('the form shows a labelled control for every field of the field table', async () => {
    const page = await open('gemeente=GM0034');
    await page.getByRole('button', { name: '+ Initiatief voorstellen' }).click();
    // Personal data stays hidden until the person chooses to give it.
    await page.locator('#propose-contact-consent').check();
    for (const key of FIELD_KEYS) {
      const spec = PROPOSAL_FIELDS[key];
      // Both coordinates are chosen with the place picker (map, or municipality and wijk).
      if (spec.type === 'coordinate') {
        await expect(page.locator('#location-gemeente').isVisible()).resolves.toBe(true);
        continue;
      }
      const control = page.locator(`#propose-${key}`);
      await expect(control.isVisible(), key).resolves.toBe(true);
      // Its own label (the words themselves are checked in tests/unit/proposals/fields.test.ts).
      const label =
        spec.type === 'levels'
          ? control.locator('legend')
          : page.locator(`label[for="propose-${key}"]`);
      await expect(label.innerText(), key).resolves.toMatch(/\p{L}{3}/u);
    }
    await page.close();
  });

  it('with the mouse: click the map, fill in, save; it shows as a proposal on the map and in the list', async () => {
    const page = await open('gemeente=GM0034');
    await page.getByRole('button', { name: '+ Initiatief voorstellen' }).click();
    await page.getByLabel('Naam van het initiatief *').fill('Buurtkamer De Werven');
    await page
      .getByLabel('Korte beschrijving *')
      .fill('Elke woensdag koffie en een praatje voor iedereen uit de buurt.');
    await page.getByLabel('Soort initiatief *').selectOption({ label: 'Ontmoetingsplek' });
    const point = await screenPoint(page, 5.2185, 52.336);
    await page.mouse.click(point.x, point.y);
    await expect(page.locator('#location-status').innerText()).resolves.toContain('Almere');
    await page.getByLabel('Relationele knelpunten').check();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: resolve(screenshotDir, 'propose-form.png') });
    await page.getByRole('button', { name: 'Voorstel bewaren' }).click();
    await page.getByRole('status').filter({ hasText: 'Je voorstel is bewaard' }).first().waitFor();
    expect(
      await page.getByRole('status').filter({ hasText: 'Je voorstel is bewaard' }).count(),
    ).toBe(1);
    await page.getByRole('heading', { level: 2, name: 'Buurtkamer De Werven' }).first().waitFor();
    expect(
      await page.getByRole('heading', { level: 2, name: 'Buurtkamer De Werven' }).count(),
    ).toBe(1);
    const pin = page.locator('.pin--voorstel');
    expect(await pin.count()).toBe(1);
    expect(await pin.getAttribute('aria-label')).toBe(
      'Voorstel: Buurtkamer De Werven, Centrum Almere Haven, Almere',
    );
    await page.getByRole('button', { name: /Terug naar de lijst/ }).click();
    await expect(page.locator('.initiative--proposal').innerText()).resolves.toContain(
      'Buurtkamer De Werven',
    );
    await page.screenshot({ path: resolve(screenshotDir, 'propose-saved.png') });
    await page.close();
  });

  it('shows clear errors next to the fields and puts focus on the first one', async () => {
    const page = await open();
    await page.getByRole('button', { name: '+ Initiatief voorstellen' }).click();
    await page.getByLabel('Naam van het initiatief *').fill('  ab ');
    await page.getByLabel('Website (niet verplicht)').fill('geen adres');
    await page.getByRole('button', { name: 'Voorstel bewaren' }).click();
    await expect(page.getByRole('alert').first().innerText()).resolves.toContain(
      'Er zijn 5 fouten',
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('propose-name');
    await expect(page.locator('#propose-name-error').innerText()).resolves.toBe(
      'Gebruik minstens 3 tekens.',
    );
    await expect(page.locator('#propose-description-error').innerText()).resolves.toBe(
      'Dit veld is verplicht.',
    );
    await expect(page.locator('#propose-website-error').innerText()).resolves.toContain(
      'Vul een webadres in',
    );
    await expect(page.locator('#location-error').innerText()).resolves.toContain('Kies een plek');
    await expect(
      page.getByLabel('Naam van het initiatief *').getAttribute('aria-invalid'),
    ).resolves.toBe('true');
    await page.screenshot({ path: resolve(screenshotDir, 'propose-errors.png') });
    await expectNoAxeViolations(page);
    // A point in the Markermeer cannot be submitted.
    const lake = await screenPoint(page, 5.3, 52.55);
    await page.mouse.click(lake.x, lake.y);
    await expect(page.locator('#location-status').innerText()).resolves.toContain(
      'buiten Flevoland',
    );
    // Typed text is kept as a draft for next time unless the person throws it away.
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await page.getByRole('button', { name: 'Ja, weggooien' }).click();
    await page.close();
  });

  it('with the keyboard only: choose municipality from a list, nudge the pin with arrow keys, save', async () => {
    const page = await open();
    let onButton = false;
    for (let i = 0; i < 60 && !onButton; i++) {
      await page.keyboard.press('Tab');
      onButton = await page.evaluate(
        () => document.activeElement?.textContent?.includes('Initiatief voorstellen') ?? false,
      );
    }
    expect(onButton).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'propose-heading');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Moestuin aan de dijk');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Samen groenten kweken met buren, jong en oud.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Buurtproject');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('location-gemeente');
    await page.keyboard.type('Urk');
    await expect(page.locator('#location-status').innerText()).resolves.toContain('Urk');
    const before = await page.locator('.pick-pin').boundingBox();
    await page.locator('.nudge').focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    const after = await page.locator('.pick-pin').boundingBox();
    expect(after!.y).toBeLessThan(before!.y);
    await page.getByRole('button', { name: 'Voorstel bewaren' }).focus();
    await page.keyboard.press('Enter');
    await page.screenshot({ path: resolve(screenshotDir, 'propose-keyboard.png') });
    await page.getByRole('heading', { level: 2, name: 'Moestuin aan de dijk' }).first().waitFor();
    expect(
      await page.getByRole('heading', { level: 2, name: 'Moestuin aan de dijk' }).count(),
    ).toBe(1);
    await expect(page.locator('.detail--proposal').innerText()).resolves.toContain('Urk');
    await page.close();
  });

  it('is still there after a reload, and can be edited and withdrawn', async () => {
    const page = await open();
    await page.getByRole('tab', { name: 'Mijn voorstellen' }).click();
    // The device's proposals are read from IndexedDB as the page opens: they appear a moment later.
    await expect
      .poll(async () => (await proposalNames(page)).sort())
      .toEqual(['Buurtkamer De Werven', 'Moestuin aan de dijk']);
    await page.getByRole('button', { name: 'Aanpassen: Moestuin aan de dijk' }).click();
    await page.getByLabel('Naam van het initiatief *').fill('Moestuin aan de Urkerdijk');
    await page.getByRole('button', { name: 'Voorstel bewaren' }).click();
    await page.getByRole('heading', { level: 2, name: 'Moestuin aan de Urkerdijk' }).waitFor();
    await page.reload();
    await waitForMap(page);
    await page.getByRole('tab', { name: 'Mijn voorstellen' }).click();
    await expect
      .poll(async () => (await proposalNames(page)).sort())
      .toEqual(['Buurtkamer De Werven', 'Moestuin aan de Urkerdijk']);
    await page.close();
  });
});

describe('export and import', () => {
  it('exports to CSV and imports it back to the same data', async () => {
    const page = await open();
    await page.getByRole('tab', { name: 'Mijn voorstellen' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download als CSV (Excel)' }).click(),
    ]);
    const csvPath = resolve(screenshotDir, '..', 'voorstellen-export.csv');
    await download.saveAs(csvPath);
    const csv = readFileSync(csvPath, 'utf8');
    expect(csv.startsWith('\uFEFFnummer;naam;beschrijving')).toBe(true);
    const before = await storedProposals(page);
    for (const name of await proposalNames(page)) {
      await page.getByRole('button', { name: `Intrekken: ${name}` }).click();
    }
    await page.getByText('Je hebt nog geen voorstellen gedaan.').first().waitFor();
    expect(await page.getByText('Je hebt nog geen voorstellen gedaan.').count()).toBe(1);
    await page
      .getByLabel('Lees een bestand in (CSV, Excel of een bestand voor kaartprogramma’s: GeoJSON)')
      .setInputFiles(csvPath);
    await page.locator('.import-report').getByText('2 ingelezen, 0 afgekeurd.').waitFor();
    const after = await storedProposals(page);
    // A plain export holds no edit secrets: the proposals come back the same, with new ones.
    const byName = (list: unknown[]) =>
      (list as Record<string, unknown>[])
        .map((p) => {
          const copy = { ...p };
          delete copy.id;
          return copy;
        })
        .sort((a, b) => String(a.name).localeCompare(String(b.name)));
    expect(byName(after)).toEqual(byName(before));
    await page.close();
  });

  it('imports 3 good rows, reports the 2 bad ones and offers them for download', async () => {
    const page = await open();
    await page.getByRole('tab', { name: 'Mijn voorstellen' }).click();
    const file = [
      'naam;beschrijving;soort;lengtegraad;breedtegraad',
      'Taalcafé Emmeloord;Nederlands oefenen met buren;activiteit;5.748;52.71',
      'Buurtmaaltijd;Samen koken en eten, elke vrijdag;ontmoeting;5.475;52.508',
      'Repair café;Samen spullen repareren in de wijk;buurtproject;5.54;52.33',
      'Te kort;kort;ontmoeting;5.2185;52.336',
      'In het meer;Een plek midden in het Markermeer;activiteit;5.3;52.55',
    ].join('\r\n');
    await page
      .getByLabel('Lees een bestand in (CSV, Excel of een bestand voor kaartprogramma’s: GeoJSON)')
      .setInputFiles({ name: 'lijst.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
    const report = page.locator('.import-report');
    await report.getByText('3 ingelezen, 2 afgekeurd.').waitFor();
    await expect(report.innerText()).resolves.toContain(
      "Regel 5 (Te kort): 'beschrijving': Gebruik minstens 10 tekens.",
    );
    await expect(report.innerText()).resolves.toContain(
      "Regel 6 (In het meer): 'lengtegraad/breedtegraad': Kies een plek in Flevoland.",
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download de afgekeurde regels' }).click(),
    ]);
    const rejectedPath = resolve(screenshotDir, '..', 'afgekeurd.csv');
    await download.saveAs(rejectedPath);
    const rejected = readFileSync(rejectedPath, 'utf8');
    expect(rejected).toContain('Te kort');
    expect(rejected).toContain('In het meer');
    await page.screenshot({ path: resolve(screenshotDir, 'propose-import.png'), fullPage: true });
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('says what is wrong with a broken file and adds nothing', async () => {
    const page = await open();
    await page.getByRole('tab', { name: 'Mijn voorstellen' }).click();
    const count = (await storedProposals(page)).length;
    await expect.poll(async () => (await proposalNames(page)).length).toBe(count);
    await page
      .getByLabel('Lees een bestand in (CSV, Excel of een bestand voor kaartprogramma’s: GeoJSON)')
      .setInputFiles({
        name: 'kapot.geojson',
        mimeType: 'application/json',
        buffer: Buffer.from('{"type": "Feat'),
      });
    await page.locator('.import-report').getByText('Dit bestand kunnen we niet lezen.').waitFor();
    expect((await proposalNames(page)).length).toBe(count);
    await page.close();
  });
});

describe('safety', () => {
  it('shows script and markup in every field as plain text, never as HTML', async () => {
    const page = await open();
    const payload = (field: string) =>
      `<img src=x onerror="window.__xss='${field}'"><script>window.__xss='${field}'</script>`;
    await page.getByRole('button', { name: '+ Initiatief voorstellen' }).click();
    await page.getByLabel('Naam van het initiatief *').fill(`Test ${payload('name')}`);
    await page.getByLabel('Korte beschrijving *').fill(`Omschrijving ${payload('description')}`);
    await page.getByLabel('Soort initiatief *').selectOption({ label: 'Anders' });
    await page.getByLabel('Het team mag contact met mij opnemen over dit voorstel').check();
    await page.getByLabel('Contact (niet verplicht)').fill(payload('contact').slice(0, 190));
    await page.getByLabel('Website (niet verplicht)').fill('https://example.org/?q=<b>x</b>');
    await page.getByLabel('Gemeente', { exact: true }).last().selectOption({ label: 'Lelystad' });
    await page.getByRole('button', { name: 'Voorstel bewaren' }).click();
    const detail = page.locator('.detail--proposal');
    await detail.waitFor();
    await expect(detail.innerText()).resolves.toContain(`Test ${payload('name')}`);
    await expect(detail.innerText()).resolves.toContain(payload('description'));
    expect(
      await page.locator('.detail--proposal img, .detail--proposal script, .side b').count(),
    ).toBe(0);
    expect(await page.locator(`.pin--voorstel[aria-label*="<img"]`).count()).toBe(1);
    await page.getByRole('button', { name: /Terug naar de lijst/ }).click();
    await page.getByRole('tab', { name: 'Mijn voorstellen' }).click();
    await expect(page.locator('.my-proposals').innerText()).resolves.toContain(
      `Test ${payload('name')}`,
    );
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: string }).__xss),
    ).toBeUndefined();
    await page.close();
  });
});
