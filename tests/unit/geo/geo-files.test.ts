/**
 * Checks the committed map data in geo/ (built by `npm run geo`) the way a
 * map user would notice problems: the right municipalities, no gaps or
 * overlaps, lakes that are water, places in the right municipality.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { validityError } from '../../../scripts/geo/valid';

type Poly = Polygon | MultiPolygon;
type Props = Record<string, unknown>;
type PolyFeature = Feature<Poly, Props>;

const geoDir = resolve(import.meta.dirname, '..', '..', '..', 'geo');
const read = (name: string): PolyFeature[] =>
  (JSON.parse(readFileSync(resolve(geoDir, name), 'utf8')) as FeatureCollection<Poly, Props>)
    .features;

const gemeenten = read('gemeenten.geojson');
const wijken = read('wijken.geojson');
const stadsdelen = read('stadsdelen.geojson');
const flevoland = read('flevoland.geojson');
const provincies = read('provincies.geojson');
const land = read('land.geojson');

const km2 = (f: Feature<Poly> | Poly | null | undefined): number => (f ? turf.area(f) / 1e6 : 0);
const code = (f: PolyFeature): string => String(f.properties.code);
const polygonsOf = (g: Poly): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
const inside = (p: [number, number], f: PolyFeature): boolean =>
  turf.booleanPointInPolygon(turf.point(p), f);
const containing = (p: [number, number], fs: PolyFeature[]): string[] =>
  fs.filter((f) => inside(p, f)).map(code);

const EXPECTED = {
  GM0034: 'Almere',
  GM0050: 'Zeewolde',
  GM0171: 'Noordoostpolder',
  GM0184: 'Urk',
  GM0303: 'Dronten',
  GM0995: 'Lelystad',
};

describe('geo/gemeenten.geojson', () => {
  it('has exactly the six municipalities of Flevoland', () => {
    const got = Object.fromEntries(gemeenten.map((g) => [code(g), g.properties.name]));
    expect(got).toEqual(EXPECTED);
  });

  it('states each area correctly in areaKm2', () => {
    for (const g of gemeenten) expect(g.properties.areaKm2).toBeCloseTo(km2(g), 0);
  });

  it('has no overlaps between municipalities', () => {
    for (let i = 0; i < gemeenten.length; i++) {
      for (let j = i + 1; j < gemeenten.length; j++) {
        const overlap = turf.intersect(turf.featureCollection([gemeenten[i]!, gemeenten[j]!]));
        expect(km2(overlap), `${code(gemeenten[i]!)} × ${code(gemeenten[j]!)}`).toBeLessThan(0.01);
      }
    }
  });

  it('has no gaps between municipalities', () => {
    const union = turf.union(turf.featureCollection(gemeenten))!;
    const sum = gemeenten.reduce((s, g) => s + km2(g), 0);
    // No overlaps (above), so equal areas mean the union adds nothing and loses nothing.
    expect(Math.abs(km2(union) - sum) / sum).toBeLessThan(0.001);
    // Neighbours share their borders: the union of two neighbours has fewer
    // polygons than the two had apart. (Flevopolder and Noordoostpolder are
    // separate islands, so the union of all six may have more than one part.)
    const neighbours = [
      ['GM0034', 'GM0050'],
      ['GM0034', 'GM0995'],
      ['GM0050', 'GM0995'],
      ['GM0050', 'GM0303'],
      ['GM0995', 'GM0303'],
      ['GM0171', 'GM0184'],
    ];
    const byCode = new Map(gemeenten.map((g) => [code(g), g]));
    for (const [a, b] of neighbours) {
      const fa = byCode.get(a!)!;
      const fb = byCode.get(b!)!;
      const pair = turf.union(turf.featureCollection([fa, fb]))!;
      const apart = polygonsOf(fa.geometry).length + polygonsOf(fb.geometry).length;
      expect(polygonsOf(pair.geometry).length, `${a} + ${b}`).toBeLessThan(apart);
    }
    const bigParts = polygonsOf(union.geometry).filter((p) => km2(turf.polygon(p)) > 1);
    expect(bigParts.length).toBeLessThanOrEqual(2);
    // Holes in the union would be unassigned land between municipalities.
    const holes = polygonsOf(union.geometry).flatMap((p) => p.slice(1));
    for (const h of holes) expect(km2(turf.polygon([h]))).toBeLessThan(0.01);
  });

  it("has areas that fit CBS's official figures", () => {
    // CBS "land" area in km² (CBS regional figures, quoted from memory; they
    // move by a few tenths of a km² from year to year). The polygons are CBS's
    // generalised land polygons: they include inland water that CBS does not
    // count as land (Weerwater and other lakes and ponds, canals, the
    // Oostvaardersplassen marshes, Urk's harbours), so they are larger. The
    // allowed excess is set per municipality for that reason: 5% where inland
    // water is minor, more for Almere (~7% measured), Urk (~8%, a small area
    // where generalisation weighs more) and Lelystad (~10%: Oostvaardersplassen,
    // harbours, the Houtribdijk strip).
    const officialLand = {
      GM0034: 130,
      GM0050: 248,
      GM0171: 460,
      GM0184: 12,
      GM0303: 333,
      GM0995: 230,
    };
    const allowedExcess = {
      GM0034: 0.1,
      GM0050: 0.05,
      GM0171: 0.05,
      GM0184: 0.12,
      GM0303: 0.05,
      GM0995: 0.13,
    };
    for (const g of gemeenten) {
      const c = code(g) as keyof typeof officialLand;
      expect(km2(g), c).toBeGreaterThan(officialLand[c] * 0.97);
      expect(km2(g), c).toBeLessThan(officialLand[c] * (1 + allowedExcess[c]));
    }
    const total = gemeenten.reduce((s, g) => s + km2(g), 0);
    expect(total).toBeGreaterThan(1400); // Flevoland: ~1 410 km² land, ~2 412 km² with water
    expect(total).toBeLessThan(1500);
  });

  it('puts well-known places in the right municipality', () => {
    const places: [string, [number, number], string][] = [
      ['Almere-Haven', [5.2185, 52.336], 'GM0034'],
      ['Almere-Stad', [5.215, 52.372], 'GM0034'],
      ['Almere-Buiten', [5.276, 52.388], 'GM0034'],
      ['Almere-Poort', [5.16, 52.344], 'GM0034'],
      ['Oosterwold', [5.33, 52.33], 'GM0034'],
      ['Emmeloord', [5.748, 52.71], 'GM0171'],
      ['Urk', [5.601, 52.662], 'GM0184'],
      ['Lelystad', [5.475, 52.508], 'GM0995'],
      ['Dronten', [5.718, 52.525], 'GM0303'],
      ['Zeewolde', [5.54, 52.33], 'GM0050'],
    ];
    for (const [name, p, expected] of places)
      expect(containing(p, gemeenten), name).toEqual([expected]);
  });

  it('leaves the lakes as water', () => {
    const lakes: [string, [number, number]][] = [
      ['Markermeer', [5.3, 52.55]],
      ['IJsselmeer', [5.4, 52.75]],
      ['Veluwemeer', [5.66, 52.38]],
      ['Gooimeer', [5.2, 52.315]],
      ['IJmeer', [5.1, 52.4]],
      ['Ketelmeer', [5.75, 52.59]],
    ];
    for (const [name, p] of lakes) {
      expect(containing(p, gemeenten), name).toEqual([]);
      expect(containing(p, land), name).toEqual([]);
      expect(containing(p, provincies), name).toEqual([]);
    }
  });
});

describe('geo/wijken.geojson', () => {
  const gemeenteByCode = new Map(gemeenten.map((g) => [code(g), g]));

  it('has the 103 CBS wijken, each in one of the six municipalities', () => {
    expect(wijken).toHaveLength(103);
    expect(new Set(wijken.map(code)).size).toBe(103);
    for (const w of wijken) {
      expect(code(w)).toMatch(/^WK\d{6}$/);
      expect(Object.keys(EXPECTED)).toContain(w.properties.gemeente);
      expect(code(w).slice(2, 6)).toBe(String(w.properties.gemeente).slice(2));
      expect(String(w.properties.name).length).toBeGreaterThan(0);
    }
  });

  it('has every wijk inside its municipality', () => {
    for (const w of wijken) {
      const gm = gemeenteByCode.get(String(w.properties.gemeente))!;
      const p = turf.pointOnFeature(w).geometry.coordinates as [number, number];
      expect(inside(p, gm), code(w)).toBe(true);
      const outside = turf.difference(turf.featureCollection([w, gm]));
      expect(km2(outside), code(w)).toBeLessThan(0.01);
    }
  });

  it('covers each municipality without gaps or overlaps', () => {
    for (const gm of gemeenten) {
      const own = wijken.filter((w) => w.properties.gemeente === code(gm));
      const sum = own.reduce((s, w) => s + km2(w), 0);
      expect(Math.abs(sum - km2(gm)) / km2(gm), code(gm)).toBeLessThan(0.002);
      const union = own.length > 1 ? turf.union(turf.featureCollection(own)) : own[0];
      expect(Math.abs(km2(union) - sum) / sum, code(gm)).toBeLessThan(0.001);
    }
  });
});

describe('geo/stadsdelen.geojson', () => {
  it("has Almere's six stadsdelen made of Almere's wijken", () => {
    expect(stadsdelen.map((s) => [code(s), s.properties.name])).toEqual([
      ['SD0034-haven', 'Almere Haven'],
      ['SD0034-stad', 'Almere Stad'],
      ['SD0034-buiten', 'Almere Buiten'],
      ['SD0034-poort', 'Almere Poort'],
      ['SD0034-hout', 'Almere Hout'],
      ['SD0034-pampus', 'Almere Pampus'],
    ]);
    const members = stadsdelen.flatMap((s) => s.properties.wijken as string[]);
    const almere = wijken.filter((w) => w.properties.gemeente === 'GM0034').map(code);
    expect([...members].sort()).toEqual([...almere].sort()); // each Almere wijk exactly once
    for (const s of stadsdelen) {
      expect(s.properties.gemeente).toBe('GM0034');
      expect(s.properties.derived).toBe('union of CBS wijken by CBS numbering block');
    }
  });

  it('puts the districts where they belong', () => {
    const find = (c: string): PolyFeature => stadsdelen.find((s) => code(s) === c)!;
    expect(inside([5.2185, 52.336], find('SD0034-haven'))).toBe(true);
    expect(inside([5.215, 52.372], find('SD0034-stad'))).toBe(true);
    expect(inside([5.276, 52.388], find('SD0034-buiten'))).toBe(true);
    expect(inside([5.16, 52.344], find('SD0034-poort'))).toBe(true);
    expect(inside([5.33, 52.33], find('SD0034-hout'))).toBe(true);
    const almere = gemeenten.find((g) => code(g) === 'GM0034')!;
    const sum = stadsdelen.reduce((s, sd) => s + km2(sd), 0);
    expect(Math.abs(sum - km2(almere)) / km2(almere)).toBeLessThan(0.002);
  });
});

describe('geo/flevoland.geojson, provincies.geojson and land.geojson', () => {
  it('outlines the province as the union of its municipalities', () => {
    expect(flevoland).toHaveLength(1);
    expect(flevoland[0]!.properties).toMatchObject({ code: 'PV24', name: 'Flevoland' });
    const sum = gemeenten.reduce((s, g) => s + km2(g), 0);
    expect(Math.abs(km2(flevoland[0]) - sum) / sum).toBeLessThan(0.001);
  });

  it('shows the neighbouring provinces around Flevoland, without Flevoland', () => {
    const codes = provincies.map(code);
    expect(codes).not.toContain('PV24');
    for (const c of ['PV21', 'PV23', 'PV25', 'PV26', 'PV27']) expect(codes).toContain(c);
    for (const p of provincies) {
      expect(String(p.properties.name).length).toBeGreaterThan(0);
      const overlap = turf.intersect(turf.featureCollection([p, flevoland[0]!]));
      expect(km2(overlap), code(p)).toBeLessThan(0.01);
    }
    // Harderwijk (Gelderland), Enkhuizen (Noord-Holland), Lemmer (Fryslân), Huizen (Noord-Holland)
    expect(containing([5.62, 52.342], provincies)).toEqual(['PV25']);
    expect(containing([5.29, 52.703], provincies)).toEqual(['PV27']);
    expect(containing([5.71, 52.845], provincies)).toEqual(['PV21']);
    expect(containing([5.24, 52.3], provincies)).toEqual(['PV27']);
  });

  it('has land around the lakes', () => {
    expect(land).toHaveLength(1);
    expect(land[0]!.properties.kind).toBe('land');
    expect(km2(land[0])).toBeGreaterThan(3000);
    expect(inside([5.62, 52.342], land[0]!)).toBe(true); // Harderwijk
    expect(inside([5.29, 52.703], land[0]!)).toBe(true); // Enkhuizen
  });

  it('stores coordinates with at most 5 decimals', () => {
    for (const f of [
      ...gemeenten,
      ...wijken,
      ...stadsdelen,
      ...flevoland,
      ...provincies,
      ...land,
    ]) {
      for (const [x, y] of turf.coordAll(f)) {
        expect(Math.abs(x! * 1e5 - Math.round(x! * 1e5))).toBeLessThan(1e-6);
        expect(Math.abs(y! * 1e5 - Math.round(y! * 1e5))).toBeLessThan(1e-6);
      }
    }
  });
});

describe('geometries that GIS tools accept', () => {
  const layers = { gemeenten, wijken, stadsdelen, flevoland, provincies, land };

  it('are valid by the OGC rules (no self-intersections, no crossing rings), as QGIS checks them', () => {
    const invalid = Object.entries(layers).flatMap(([layer, features]) =>
      features.flatMap((f) => {
        const error = validityError(f.geometry);
        return error ? [`${layer} ${String(f.properties.code ?? '')}: ${error}`] : [];
      }),
    );
    expect(invalid).toEqual([]);
  });

  it('follow the right-hand rule: outer rings counter-clockwise, holes clockwise', () => {
    for (const features of Object.values(layers)) {
      for (const f of features) {
        for (const [outer, ...holes] of polygonsOf(f.geometry)) {
          expect(turf.booleanClockwise(outer!), String(f.properties.code)).toBe(false);
          for (const hole of holes) expect(turf.booleanClockwise(hole)).toBe(true);
        }
      }
    }
  });

  it('have one geometry type per layer: MultiPolygon', () => {
    for (const [layer, features] of Object.entries(layers)) {
      expect(new Set(features.map((f) => f.geometry.type)), layer).toEqual(
        new Set(['MultiPolygon']),
      );
    }
  });
});
