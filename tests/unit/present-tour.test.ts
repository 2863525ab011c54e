import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/data/indexes';
import type { AppData } from '../../src/data/app-data';
import { buildTour, slideForKey } from '../../src/present/tour';
import { readAppData } from '../support/geo-files';

const data: AppData = readAppData();
const tour = buildTour(data, buildIndex(data));

describe('the presentation tour', () => {
  it('goes overview → each municipality with its initiatives → four levels → closing', () => {
    expect(tour[0]).toEqual({ kind: 'overview' });
    expect(
      tour.filter((s) => s.kind === 'gemeente').map((s) => s.kind === 'gemeente' && s.gemeente),
    ).toEqual(['GM0034', 'GM0303', 'GM0995', 'GM0171', 'GM0184', 'GM0050']);
    const mapped = data.initiatieven.features.filter((i) => i.properties.precision !== 'provincie');
    expect(tour.filter((s) => s.kind === 'initiatief')).toHaveLength(mapped.length);
    expect(
      tour.filter((s) => s.kind === 'level').map((s) => s.kind === 'level' && s.level),
    ).toEqual(['maatschappelijk', 'bestuurlijk', 'relationeel', 'professioneel']);
    expect(tour.at(-1)).toEqual({ kind: 'closing' });
    // Every initiative follows its own municipality's slide.
    let current = '';
    for (const slide of tour) {
      if (slide.kind === 'gemeente') current = slide.gemeente;
      if (slide.kind === 'initiatief') expect(slide.gemeente).toBe(current);
    }
  });

  it('answers the keys a clicker sends, Home/End and 1–6', () => {
    expect(slideForKey('PageDown', 0, tour)).toBe(1);
    expect(slideForKey(' ', 3, tour)).toBe(4);
    expect(slideForKey('PageUp', 0, tour)).toBe(0);
    expect(slideForKey('ArrowLeft', 5, tour)).toBe(4);
    expect(slideForKey('End', 0, tour)).toBe(tour.length - 1);
    expect(slideForKey('ArrowRight', tour.length - 1, tour)).toBe(tour.length - 1);
    expect(tour[slideForKey('5', 0, tour)!]).toEqual({
      kind: 'gemeente',
      gemeente: 'GM0184',
      index: 5,
    });
    expect(slideForKey('7', 0, tour)).toBeUndefined();
    expect(slideForKey('x', 0, tour)).toBeUndefined();
  });
});
