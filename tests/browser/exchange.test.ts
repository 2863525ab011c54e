import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { FIXTURES } from '../fixtures/exchange/expected';
import {
  expectNoAxeViolations,
  screenshotDir,
  startHarness,
  waitForMap,
  type Harness,
} from './harness';

const fixtureDir = resolve(import.meta.dirname, '../fixtures/exchange');
let harness: Harness;
let context: BrowserContext;

beforeAll(async () => {
  harness = await startHarness();
  context = await harness.browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
});

afterAll(async () => {
  await harness?.close();
});

/** A fresh page with an empty device (each test its own IndexedDB, so tests do not share state). */
async function open() {
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.accept();
  });
  await page.goto(`${harness.baseUrl}/?debug=map`);
  await waitForMap(page);
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const request = indexedDB.open('samen-buurten');
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('voorstellen')) return done();
          const tx = db.transaction('voorstellen', 'readwrite');
          tx.objectStore('voorstellen').clear();
          tx.oncomplete = () => done();
        };
      }),
  );
  await page.reload();
  await waitForMap(page);
  await page.getByRole('tab', { name: 'Mijn voorstellen' }).click();
  await page.getByText('Je hebt nog geen voorstellen gedaan.').first().waitFor();
  return { page, dialogs };
}

const fileInput = (page: Page) =>
  page.getByLabel('Lees een bestand in (CSV, Excel of een bestand voor kaartprogramma’s: GeoJSON)');
const proposalNames = (page: Page) => page.locator('.proposal-item__name').allInnerTexts();

const NOTES = {
  windows1252: 'Dit bestand is opgeslagen als Windows-1252',
  rdNew: 'Rijksdriehoekscoördinaten (RD New)',
};

describe('files from Excel, QGIS, GDAL and uMap, read in through the page', () => {
  for (const expected of FIXTURES) {
    it(`${expected.file}: ${expected.accepted.length} in, the bad rows named by field`, async () => {
      const { page } = await open();
      await fileInput(page).setInputFiles(resolve(fixtureDir, expected.file));
      const report = page.locator('.import-report');
      await report
        .getByText(`${expected.accepted.length} ingelezen, ${expected.rejected.length} afgekeurd.`)
        .waitFor();
      const text = await report.innerText();
      for (const { row, message } of expected.rejected) {
        expect(text).toMatch(
          new RegExp(`Regel ${row} \\([^)]*\\): ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
        );
      }
      if (expected.note) expect(text).toContain(NOTES[expected.note]);
      else for (const note of Object.values(NOTES)) expect(text).not.toContain(note);
      await expect
        .poll(async () => (await proposalNames(page)).sort())
        .toEqual([...expected.accepted].sort());
      if (expected.file === 'excel-nl-windows1252.csv') {
        await page.screenshot({
          path: resolve(screenshotDir, 'exchange-import.png'),
          fullPage: true,
        });
        await expectNoAxeViolations(page);
      }
      await page.close();
    });
  }
});

describe('exports', () => {
  async function withTwoProposals() {
    const opened = await open();
    await fileInput(opened.page).setInputFiles(resolve(fixtureDir, 'qgis-dutch.geojson'));
    await opened.page.locator('.import-report').getByText('2 ingelezen, 1 afgekeurd.').waitFor();
    return opened;
  }

  async function download(page: Page, button: string) {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
    const path = resolve(screenshotDir, '..', file.suggestedFilename());
    await file.saveAs(path);
    return path;
  }

  it('an Excel workbook: typed numbers, and it reads back in as the same proposals', async () => {
    const { page } = await withTwoProposals();
    const path = await download(page, 'Download als Excel-werkmap (.xlsx)');
    expect(path).toMatch(/\.xlsx$/);
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
    const stored = await storedProposals(page);
    await fileInput(page).setInputFiles(path);
    // Already on this device: recognised, not added twice.
    await page.locator('.import-report').getByText('0 ingelezen, 2 afgekeurd.').waitFor();
    expect(await page.locator('.import-report').innerText()).toContain('Dit voorstel staat er al.');
    expect(await storedProposals(page)).toEqual(stored);
    await page.close();
  });

  it('a device backup only after a warning; it holds the secrets the plain export leaves out', async () => {
    const { page, dialogs } = await withTwoProposals();
    const ids = (await storedProposals(page)).map((p) => p.id);
    const csv = readFileSync(await download(page, 'Download als CSV (Excel)'), 'utf8');
    for (const id of ids) expect(csv).not.toContain(id);
    expect(await page.getByText('Een reservekopie bevat de geheime sleutel').count()).toBe(1);
    const backup = readFileSync(
      await download(page, 'Download reservekopie (met geheime sleutels)'),
      'utf8',
    );
    expect(dialogs.at(-1)).toContain('Dit bestand bevat je geheime sleutels');
    for (const id of ids) expect(backup).toContain(id);
    await page.close();
  });
});

/** What the browser has stored in IndexedDB. */
const storedProposals = (page: Page) =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>(
      (done) =>
        (indexedDB.open('samen-buurten').onsuccess = (e) =>
          done((e.target as IDBOpenDBRequest).result)),
    );
    return new Promise<{ id: string }[]>(
      (done) =>
        (db.transaction('voorstellen').objectStore('voorstellen').getAll().onsuccess = (e) =>
          done((e.target as IDBRequest).result as { id: string }[])),
    );
  });
