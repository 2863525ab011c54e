/** Reading source GeoJSON and writing the committed, diff-friendly output files. */
import fs from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry } from 'geojson';
import type { Poly } from './geom.js';
import { representativePoint } from '../../src/data/representative-point';

export type SourceFeature = Feature<Poly, Record<string, unknown>>;

export function readFeatures(file: string): SourceFeature[] {
  const fc = JSON.parse(fs.readFileSync(file, 'utf8')) as FeatureCollection;
  const out: SourceFeature[] = [];
  for (const f of fc.features) {
    const t = f.geometry?.type;
    if (t !== 'Polygon' && t !== 'MultiPolygon') {
      throw new Error(`${file}: feature ${JSON.stringify(f.properties)} has geometry ${t}`);
    }
    out.push(f as SourceFeature);
  }
  return out;
}

/**
 * Named areas get the point where the app writes their name (the pole of inaccessibility), computed
 * here once instead of in every browser, unless their layer chose one.
 */
function withLabelPoint(f: Feature<Geometry, GeoJsonProperties>): GeoJsonProperties {
  const polygonal = f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';
  if (!polygonal || typeof f.properties?.name !== 'string' || f.properties.labelPoint)
    return f.properties;
  return { ...f.properties, labelPoint: representativePoint(f.geometry as Poly) };
}

/**
 * Writes a FeatureCollection with one feature per line (small diffs). The
 * caller rounds coordinates and fixes property order, so the same input
 * always gives byte-identical files.
 */
export function writeFeatures(
  file: string,
  features: Feature<Geometry, GeoJsonProperties>[],
): number {
  const body = features.map((f) =>
    JSON.stringify({ type: 'Feature', properties: withLabelPoint(f), geometry: f.geometry }),
  );
  const text =
    body.length === 0
      ? '{"type":"FeatureCollection","features":[]}\n'
      : `{"type":"FeatureCollection","features":[\n${body.join(',\n')}\n]}\n`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return Buffer.byteLength(text);
}
