/**
 * Gives every initiative in geo/initiatieven.geojson its pin position. The properties are written by
 * hand from the seed; the geometry is derived here: an initiative without a known address sits at the
 * representative point of the area its precision names (wijk, stadsdeel, gemeente or the province), spread
 * a little when several share the same area. Run after scripts/geo/build.ts (`npm run geo`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { spreadPoints } from '../src/data/representative-point';

type Polygonal = Polygon | MultiPolygon;
type Props = Record<string, unknown> & { id: string; precision: string; seedLine: number };

const geoDir = resolve(import.meta.dirname, '..', 'geo');
const read = <T>(name: string): T => JSON.parse(readFileSync(resolve(geoDir, name), 'utf8')) as T;

const areas = new Map<string, Polygonal>();
for (const file of [
  'gemeenten.geojson',
  'wijken.geojson',
  'stadsdelen.geojson',
  'flevoland.geojson',
]) {
  for (const f of read<FeatureCollection<Polygonal, { code: string }>>(file).features) {
    areas.set(f.properties.code, f.geometry);
  }
}

const initiatives = read<FeatureCollection<null | Polygonal, Props>>('initiatieven.geojson');

/** The area the pin stands for is the one its precision names, nothing smaller or larger. */
function areaCode(p: Props): string {
  if (p.precision === 'provincie') return 'PV24';
  const code = p[p.precision];
  if (typeof code !== 'string')
    throw new Error(`${p.id}: precision ${p.precision} without its area`);
  return code;
}

const byArea = new Map<string, Feature<Polygonal | null, Props>[]>();
for (const f of initiatives.features) {
  if (f.properties.precision === 'adres') continue;
  const code = areaCode(f.properties);
  byArea.set(code, [...(byArea.get(code) ?? []), f]);
}

for (const [code, group] of byArea) {
  const area = areas.get(code);
  if (!area) throw new Error(`unknown area ${code}`);
  group.sort(
    (a, b) =>
      a.properties.seedLine - b.properties.seedLine ||
      a.properties.id.localeCompare(b.properties.id),
  );
  const points = spreadPoints(area, group.length);
  group.forEach((f, i) => {
    (f as Feature).geometry = { type: 'Point', coordinates: points[i] ?? points[0]! };
  });
}

writeFileSync(resolve(geoDir, 'initiatieven.geojson'), JSON.stringify(initiatives, null, 2) + '\n');
console.log(`placed ${initiatives.features.length} initiatives in ${byArea.size} areas`);
