import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { GemeentenSchema, InitiatievenSchema } from '../../../src/data/schemas';
import { readGeo } from '../../support/geo-files';

const square = [
  [5, 52],
  [5.1, 52],
  [5.1, 52.1],
  [5, 52],
];
const gemeente = (coordinates: unknown, type = 'Polygon') => ({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type, coordinates },
      properties: { code: 'GM0034', name: 'Almere' },
    },
  ],
});

describe('the data schemas', () => {
  it('accept the committed geo files', () => {
    expect(v.safeParse(GemeentenSchema, readGeo('gemeenten.geojson')).success).toBe(true);
    expect(v.safeParse(InitiatievenSchema, readGeo('initiatieven.geojson')).success).toBe(true);
  });

  it('accept a polygon and a multipolygon', () => {
    expect(v.safeParse(GemeentenSchema, gemeente([square])).success).toBe(true);
    expect(v.safeParse(GemeentenSchema, gemeente([[square]], 'MultiPolygon')).success).toBe(true);
  });

  it('refuse a broken boundary: a text coordinate, a ring too short, a wrong nesting, a bad code', () => {
    expect(v.safeParse(GemeentenSchema, gemeente([[[5, '52'], ...square.slice(1)]])).success).toBe(
      false,
    );
    expect(v.safeParse(GemeentenSchema, gemeente([square.slice(0, 3)])).success).toBe(false);
    expect(v.safeParse(GemeentenSchema, gemeente([square], 'MultiPolygon')).success).toBe(false);
    expect(v.safeParse(GemeentenSchema, gemeente([])).success).toBe(false);
    const badCode = gemeente([square]);
    (badCode.features[0]!.properties as { code: string }).code = 'Almere';
    expect(v.safeParse(GemeentenSchema, badCode).success).toBe(false);
  });
});
