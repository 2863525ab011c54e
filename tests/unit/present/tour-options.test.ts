import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/data/indexes';
import type { AppData } from '../../../src/data/app-data';
import { createDescribers } from '../../../src/explore/describe';
import { nl } from '../../../src/i18n/nl';
import { presentNl } from '../../../src/i18n/present-nl';
import { presentEn } from '../../../src/i18n/present-en';
import { slideNotes } from '../../../src/present/notes';
import { tourCounts } from '../../../src/present/slide-facts';
import { buildTour, slideSubject } from '../../../src/present/tour';
import { readAppData } from '../../support/geo-files';

const data: AppData = readAppData();
const index = buildIndex(data);
const describe_ = createDescribers(data, () => nl);
const initiativesOf = (code: string) =>
  data.initiatieven.features.filter(
    (i) => i.properties.gemeente === code && i.properties.precision !== 'provincie',
  );

describe('a tour for one municipality', () => {
  it('shows the province once, then only Lelystad, its meeting’s proposals and the levels', () => {
    const tour = buildTour(data, index, { gemeente: 'GM0995', live: true });
    expect(tour.map((s) => s.kind)).toEqual([
      'overview',
      'gemeente',
      ...initiativesOf('GM0995').map(() => 'initiatief'),
      'live',
      'survey',
      'level',
      'level',
      'level',
      'level',
      'closing',
    ]);
    expect(
      tour.filter((s) => 'gemeente' in s).every((s) => 'gemeente' in s && s.gemeente === 'GM0995'),
    ).toBe(true);
  });

  it('has a live-wall slide only at a meeting', () => {
    expect(buildTour(data, index).some((s) => s.kind === 'live')).toBe(false);
    expect(buildTour(data, index, { live: true }).filter((s) => s.kind === 'live')).toHaveLength(1);
  });
});

describe('what a slide is about', () => {
  it('a municipality slide labels the municipality and only the wijken with initiatives', () => {
    const subject = slideSubject({ kind: 'gemeente', gemeente: 'GM0034', index: 1 }, data);
    const here = initiativesOf('GM0034');
    expect(subject.gemeenten).toEqual(['GM0034']);
    expect(subject.pins).toEqual(here.map((i) => i.properties.id));
    expect([...subject.wijken].sort()).toEqual(
      [...new Set(here.flatMap((i) => (i.properties.wijk ? [i.properties.wijk] : [])))].sort(),
    );
    expect(subject.wijken.length).toBeGreaterThan(0);
  });
});

describe('the first slide’s counts', () => {
  it('counts entries, the seed points they come from, municipalities with a place and those without', () => {
    const counts = tourCounts(data);
    const all = data.initiatieven.features;
    expect(counts.entries).toBe(all.length);
    expect(counts.seedPoints).toBe(new Set(all.map((i) => i.properties.seedLine)).size);
    // One seed point names two festivals: more entries than points.
    expect(counts.entries).toBeGreaterThan(counts.seedPoints);
    expect(counts.gemeentenWithPlace).toBe(
      new Set(
        all.filter((i) => i.properties.precision !== 'provincie').map((i) => i.properties.gemeente),
      ).size,
    );
    expect(counts.gemeentenWithPlace).toBeLessThan(index.gemeenten.length);
    expect(counts.provinceWide.map((i) => i.properties.id)).toEqual(
      all.filter((i) => i.properties.precision === 'provincie').map((i) => i.properties.id),
    );
  });
});

describe('the presenter’s notes', () => {
  it('give an initiative’s seed line and text, and mark a derived place', () => {
    const homerus = data.initiatieven.features.find((i) => i.properties.placeBasis === 'afgeleid')!;
    const notes = slideNotes(
      { kind: 'initiatief', gemeente: homerus.properties.gemeente!, id: homerus.properties.id },
      data,
      describe_,
      presentNl,
    );
    expect(notes.map((n) => n.text)).toContain(presentNl.noteSeedLine(homerus.properties.seedLine));
    expect(notes).toContainEqual({ text: homerus.properties.seedText, lang: 'nl' });
    expect(notes).toContainEqual({ text: nl.placeDerived });
  });

  it('give N and whether the source has percentages, in both languages', () => {
    for (const text of [presentNl, presentEn]) {
      for (const level of data.knelpunten.levels) {
        const notes = slideNotes({ kind: 'level', level: level.id }, data, describe_, text).map(
          (n) => n.text,
        );
        expect(notes).toContain(text.noteN(level.n));
        const ranked = level.items.every((i) => i.percent !== undefined);
        expect(notes).toContain(ranked ? text.notePercentages : text.noteNoPercentages);
      }
    }
  });
});
