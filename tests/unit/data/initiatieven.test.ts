import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import {
  AreasSchema,
  GemeentenSchema,
  InitiatievenSchema,
  StadsdelenSchema,
  WijkenSchema,
} from '../../../src/data/schemas';
import { readGeo, readSeed } from '../../support/geo-files';

const initiatieven = v.parse(InitiatievenSchema, readGeo('initiatieven.geojson')).features;
const gemeenten = v.parse(GemeentenSchema, readGeo('gemeenten.geojson')).features;
const wijken = v.parse(WijkenSchema, readGeo('wijken.geojson')).features;
const stadsdelen = v.parse(StadsdelenSchema, readGeo('stadsdelen.geojson')).features;
const flevoland = v.parse(AreasSchema, readGeo('flevoland.geojson')).features[0]!;

/** The 13 bullets of "Positieve voorbeelden in Flevoland", as the seed gives them. */
const SEED_EXAMPLES = [
  'Almere-Stad Binnenhaven (2x genoemd)',
  'Iriszorg: uitnodigen van buurt bij nieuwbouw',
  'Woonagenda Flevoland en uitwerking daarvan',
  'Inzet rond Festivalplein Almere',
  'HavenHart 2.0 Almere-Haven',
  'Nieuwe dagbesteding in Dronten binnen HS Aeres',
  'Hof van Hestia, Lelystad',
  'Oosterwold, Almere (2x genoemd)',
  'Bij Bosshardt van Leger des Heils in Almere-Buiten',
  'Poort Sociaal Almere-Poort',
  'Groentesoep festival Almere Buiten en Steigerfestival Almere-Haven',
  'The Green Story, Almere-Haven',
  'Homerushuis: toekomstige kansrijke ontwikkeling (2x genoemd)',
];

const byId = (id: string) => initiatieven.find((i) => i.properties.id === id)!;
const area = <F extends { properties: { code: string } }>(features: F[], code: string) => {
  const found = features.find((f) => f.properties.code === code);
  if (!found) throw new Error(`no area ${code}`);
  return found;
};

describe('initiatieven.geojson', () => {
  it('lists the seed examples, which stand in the seed in this order', () => {
    const seed = readSeed('000_d06b75ff64e8c0a4.txt');
    const section = seed.split('# Positieve voorbeelden in Flevoland')[1]!;
    const bullets = section
      .split('\n')
      .filter((l) => l.startsWith('- '))
      .map((l) => l.slice(2).trim());
    expect(bullets).toEqual(SEED_EXAMPLES);
    const covered = new Set(initiatieven.map((i) => i.properties.seedText));
    expect([...covered].sort()).toEqual([...SEED_EXAMPLES].sort());
    for (const i of initiatieven)
      expect(SEED_EXAMPLES[i.properties.seedLine - 1]).toBe(i.properties.seedText);
  });

  it('splits the two festivals into two initiatives in two places', () => {
    const groentesoep = byId('groentesoep-festival').properties;
    const steiger = byId('steigerfestival').properties;
    expect(groentesoep.stadsdeel).toBe('SD0034-buiten');
    expect(steiger.stadsdeel).toBe('SD0034-haven');
    expect(initiatieven).toHaveLength(14);
  });

  it('has unique, stable ids', () => {
    const ids = initiatieven.map((i) => i.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('counts mentions exactly where the seed says "2x genoemd"', () => {
    for (const i of initiatieven) {
      expect(i.properties.mentions).toBe(i.properties.seedText.includes('(2x genoemd)') ? 2 : 1);
    }
  });

  it('marks the Homerushuis as future and the Woonagenda as province-wide', () => {
    expect(byId('homerushuis').properties.status).toBe('toekomstig');
    expect(initiatieven.filter((i) => i.properties.status === 'toekomstig')).toHaveLength(1);
    expect(byId('woonagenda-flevoland').properties).toMatchObject({
      precision: 'provincie',
      scope: 'provincie',
      gemeente: null,
    });
  });

  it('places every initiative inside its municipality, stadsdeel and wijk', () => {
    for (const i of initiatieven) {
      const { gemeente, stadsdeel, wijk, precision } = i.properties;
      const point = i.geometry.coordinates;
      expect(booleanPointInPolygon(point, flevoland.geometry), i.properties.id).toBe(true);
      if (precision === 'provincie') continue;
      expect(gemeente, i.properties.id).toBeTruthy();
      expect(
        booleanPointInPolygon(point, area(gemeenten, gemeente!).geometry),
        `${i.properties.id} in ${gemeente}`,
      ).toBe(true);
      if (stadsdeel)
        expect(
          booleanPointInPolygon(point, area(stadsdelen, stadsdeel).geometry),
          `${i.properties.id} in ${stadsdeel}`,
        ).toBe(true);
      if (wijk) {
        const w = area(wijken, wijk);
        expect(w.properties.gemeente).toBe(gemeente);
        expect(booleanPointInPolygon(point, w.geometry), `${i.properties.id} in ${wijk}`).toBe(
          true,
        );
      }
      if (precision === 'wijk') expect(wijk).toBeTruthy();
    }
  });

  it('invents no addresses: no pin claims an exact address', () => {
    expect(initiatieven.filter((i) => i.properties.precision === 'adres')).toEqual([]);
  });

  it('gives pins sharing an area distinct positions', () => {
    const keys = initiatieven.map((i) => i.geometry.coordinates.join(','));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
