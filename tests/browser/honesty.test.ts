/**
 * What the map and its panels claim is what the seed says, in Dutch and in English: the local
 * remarks are individual responses, the chart caption says only N and level, derived places say so,
 * and the credits name the licence and the authors (and OpenStreetMap only when its map is shown).
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  openPage,
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

async function open(query: string): Promise<Page> {
  const page = await openPage(harness);
  await page.goto(`${harness.baseUrl}/?${query}`);
  await waitForMap(page);
  return page;
}

const LANGUAGES = [
  {
    lang: 'nl',
    framing:
      'Dit zijn losse reacties van een paar mensen die de vragenlijst invulden. Het is geen uitkomst van het onderzoek.',
    noordoostpolder: 'De bron noemt niets specifieks over Noordoostpolder.',
    caption: 'Relationele knelpunten: percentages uit de bron (N = 77).',
    noPercentages: 'De bron geeft hier geen percentages en geen rangorde.',
    licence: 'Grenzen: CBS, Kadaster (CC BY 4.0)',
    derived: 'De bron noemt geen plaats; de plek is afgeleid uit de naam.',
    derivedShort: 'plek afgeleid uit de naam',
    derivedCount: 'Daarvan staat 1 op een plek die is afgeleid uit de naam.',
    named: 'Genoemd als positief voorbeeld',
    stadsdeel: 'Locatie bij benadering: stadsdeel Almere Haven',
    firstSlide:
      '14 positieve voorbeelden uit 13 punten van de bron, met een plek in 3 van de 6 gemeenten.',
    noPlace: '2 voorbeelden hebben geen eigen plek',
  },
  {
    lang: 'en',
    framing:
      'These are single responses from a few people who filled in the questionnaire. They are not a finding of the research.',
    noordoostpolder: 'The source names nothing specific about Noordoostpolder.',
    caption: 'percentages from the source (N = 77).',
    noPercentages: 'The source gives no percentages and no ranking here.',
    licence: 'Boundaries: CBS, Kadaster (CC BY 4.0)',
    derived: 'The source names no place; the place is derived from the name.',
    derivedShort: 'place derived from the name',
    derivedCount: 'Of these, 1 is at a place derived from the name.',
    named: 'Named as a positive example',
    stadsdeel: 'Approximate location: borough Almere Haven',
    firstSlide:
      '14 positive examples from 13 points in the source, with a place in 3 of the 6 municipalities.',
    noPlace: '2 examples have no place of their own',
  },
] as const;

describe.each(LANGUAGES)('honest to the seed ($lang)', (text) => {
  it('frames the local remarks as individual responses and captions only N and level', async () => {
    const page = await open(`lang=${text.lang}&panel=knelpunten`);
    const panel = page.locator('.knelpunten');
    await panel.waitFor();
    const shown = await panel.innerText();
    expect(shown).toContain(text.framing);
    expect(shown).toContain(text.noordoostpolder);
    expect(shown).not.toMatch(/herken|recognis/i);
    await expect(page.locator('.chart figcaption').innerText()).resolves.toContain(text.caption);
    // The three levels without percentages are an unranked list, said so.
    expect(await page.locator('.level ol.level__items').count()).toBe(0);
    expect(await page.locator('.level ul.level__items').count()).toBe(3);
    expect(await page.getByText(text.noPercentages).count()).toBe(3);
    await page.screenshot({ path: resolve(screenshotDir, `honesty-knelpunten-${text.lang}.png`) });
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('credits the boundaries with their licence and the seed with its authors, not OSM', async () => {
    const page = await open(`lang=${text.lang}`);
    const credit = page.locator('.maplibregl-ctrl-attrib');
    const shown = await credit.innerText();
    expect(shown).toContain(text.licence);
    expect(shown).toContain('Anneke Brock, Maarten Kwakernaak');
    expect(shown).not.toContain('OpenStreetMap');
    await expect(
      credit.getByRole('link', { name: 'CC BY 4.0' }).getAttribute('href'),
    ).resolves.toMatch(/^https:\/\/creativecommons\.org\/licenses\/by\/4\.0\//);
    await page.context().close();
  });

  it('draws a derived place differently and says it is derived, in the detail and the list', async () => {
    const page = await open(`lang=${text.lang}&sel=homerushuis`);
    const pin = page.locator('button.pin[data-id="homerushuis"]');
    await expect(pin.getAttribute('class')).resolves.toContain('pin--derived');
    expect(await page.locator('button.pin.pin--derived').count()).toBe(1);
    // Visibly different: a dashed rim, not only another colour.
    const rim = await pin.evaluate(
      (el) => getComputedStyle(el.querySelector('.pin__shape')!, '::before').borderTopStyle,
    );
    expect(rim).toBe('dashed');
    const detail = page.locator('.detail');
    await detail.getByText(text.derived).waitFor();
    // The municipality's remarks are not pinned on a place the seed does not give.
    expect(await detail.locator('.local-knelpunten').count()).toBe(0);
    await page.screenshot({ path: resolve(screenshotDir, `honesty-derived-${text.lang}.png`) });
    await page.goto(`${harness.baseUrl}/?lang=${text.lang}&gemeente=GM0034`);
    await waitForMap(page);
    const item = page.locator('.initiative[data-id="homerushuis"]');
    await expect(item.innerText()).resolves.toContain(text.derivedShort);
    // The municipality's count says what it counts: one of them is at a derived place.
    await expect(page.locator('.initiative-list .count').innerText()).resolves.toContain(
      text.derivedCount,
    );
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('counts on the first slide what the data holds, and says what it counts', async () => {
    const page = await open(`lang=${text.lang}&present=1`);
    const slide = page.locator('.slide');
    await slide.getByText(text.firstSlide).waitFor();
    const shown = await slide.innerText();
    expect(shown).toContain(text.noPlace);
    // The old claim: every example placed in all six municipalities.
    expect(shown).not.toMatch(/voorbeelden in 6 gemeenten|examples in 6 municipalities/);
    await page.screenshot({ path: resolve(screenshotDir, `honesty-first-slide-${text.lang}.png`) });
    await page.context().close();
  });

  it('says "named as a positive example" and the stadsdeel the seed gives', async () => {
    const page = await open(`lang=${text.lang}&sel=steigerfestival`);
    const detail = page.locator('.detail');
    await detail.getByText(text.named).waitFor();
    await expect(detail.innerText()).resolves.toContain(text.stadsdeel);
    await expect(detail.innerText()).resolves.not.toContain('De Steiger');
    await page.context().close();
  });
});
