import { readFileSync } from 'node:fs';
import { bbox } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { boundsOf } from '../../../src/data/bounds';

const geo = (name: string) =>
  JSON.parse(readFileSync(`geo/${name}.geojson`, 'utf8')) as FeatureCollection;

describe('bounding boxes of the geo data', () => {
  it.each(['gemeenten', 'stadsdelen', 'wijken', 'land', 'flevoland', 'provincies'])(
    'every area of %s gets the same box as turf computes',
    (name) => {
      const collection = geo(name);
      expect(collection.features.length).toBeGreaterThan(0);
      for (const feature of collection.features) expect(boundsOf(feature)).toEqual(bbox(feature));
      expect(boundsOf(collection)).toEqual(bbox(collection));
    },
  );

  it('walks points, multi-polygons and geometry collections, and trusts a bbox member', () => {
    expect(
      boundsOf({
        type: 'GeometryCollection',
        geometries: [
          { type: 'Point', coordinates: [5.2, 52.4] },
          {
            type: 'MultiPolygon',
            coordinates: [
              [
                [
                  [5.0, 52.3],
                  [5.6, 52.3],
                  [5.6, 52.7],
                  [5.0, 52.3],
                ],
              ],
            ],
          },
        ],
      }),
    ).toEqual([5.0, 52.3, 5.6, 52.7]);
    expect(boundsOf({ type: 'Point', coordinates: [5.2, 52.4], bbox: [1, 2, 3, 4] })).toEqual([
      1, 2, 3, 4,
    ]);
  });
});
