/** The individual output layers, built from the CBS sources (and optionally OSM land). */
import type { Feature, GeoJsonProperties, Polygon } from 'geojson';
import * as turf from '@turf/turf';
import {
  type Poly,
  areaKm2,
  bufferKm,
  clean,
  difference,
  intersect,
  partition,
  union,
} from './geom.js';
import type { SourceFeature } from './io.js';
import { representativePoint } from '../../src/data/representative-point';

/**
 * Area shown around Flevoland: [west, south, east, north]. Wide enough that a 16:9 screen showing
 * all of Flevoland beside the presentation's panels sees no edge of it (the North Sea coast is in).
 */
export const SURROUNDINGS_BBOX: [number, number, number, number] = [3.9, 51.95, 6.7, 53.1];
/**
 * Where the neighbouring provinces' names go: their part near Flevoland, so that the names stand
 * in the first view, not in the middle of what the wide box leaves of them.
 */
export const LABEL_BBOX: [number, number, number, number] = [4.75, 52.05, 6.25, 53.0];
export const FLEVOLAND_CODE = 'PV24';

export type OutFeature = Feature<Poly, GeoJsonProperties>;
type Log = (msg: string) => void;

const str = (f: SourceFeature, key: string): string => String(f.properties[key] ?? '');
const byCode = (a: SourceFeature, b: SourceFeature): number =>
  str(a, 'code').localeCompare(str(b, 'code'));
const feature = (properties: GeoJsonProperties, geometry: Poly): OutFeature => ({
  type: 'Feature',
  properties,
  geometry,
});
const round1 = (x: number): number => Math.round(x * 10) / 10;
export const boxPolygon = (): Polygon => turf.bboxPolygon(SURROUNDINGS_BBOX).geometry;

/**
 * Municipalities. Without `osmLand` these are the CBS polygons (which follow
 * the shores already and share their borders exactly). With `osmLand` the
 * shoreline comes from OSM: the land within 1.5 km of CBS Flevoland that no
 * other CBS province covers is divided among the municipalities (nearest
 * municipality wins where the CBS outline is off), slivers < 0.05 km² dropped.
 */
export function buildGemeenten(
  source: SourceFeature[],
  otherProvinces: SourceFeature[],
  osmLand: Poly | null,
  log: Log,
): OutFeature[] {
  const sorted = [...source].sort(byCode);
  let geometries: (Poly | null)[];
  if (!osmLand) {
    geometries = sorted.map((g) => g.geometry);
  } else {
    const flevoland = union(sorted);
    const reach = difference(bufferKm(flevoland, 1.5), union(otherProvinces));
    const container = intersect(reach, osmLand);
    const { parts, leftoverKm2 } = partition(sorted, container, { stepKm: 0.1, maxSteps: 20 });
    if (leftoverKm2 > 0.01) log(`warning: ${leftoverKm2.toFixed(3)} km² of land not assigned`);
    geometries = parts;
  }
  return sorted.flatMap((g, i) => {
    const geometry = clean(geometries[i], { minPartKm2: osmLand ? 0.05 : 0, minHoleKm2: 1e-4 });
    if (!geometry) {
      log(`warning: municipality ${str(g, 'code')} came out empty`);
      return [];
    }
    const properties = { code: str(g, 'code'), name: str(g, 'name'), areaKm2: 0 };
    properties.areaKm2 = round1(areaKm2(geometry));
    return [feature(properties, geometry)];
  });
}

/**
 * Wijken fitted into their (output) municipality: clipped to it, and the gaps
 * between the separately generalised wijk and municipality layers given to
 * the nearest wijk, so the wijken of a municipality tile it exactly.
 */
export function buildWijken(
  source: SourceFeature[],
  gemeenten: OutFeature[],
  log: Log,
): OutFeature[] {
  const out: OutFeature[] = [];
  for (const gm of gemeenten) {
    const code = String(gm.properties?.code);
    const wijken = source.filter((w) => str(w, 'gemeente') === code).sort(byCode);
    if (wijken.length === 0) continue;
    const { parts, leftoverKm2 } = partition(wijken, gm.geometry);
    if (leftoverKm2 > 0.001) log(`warning: ${code}: ${leftoverKm2.toFixed(4)} km² in no wijk`);
    wijken.forEach((w, i) => {
      const geometry = clean(parts[i], { minPartKm2: 0.001, minHoleKm2: 1e-4 });
      if (!geometry) return log(`warning: wijk ${str(w, 'code')} came out empty`);
      out.push(feature({ code: str(w, 'code'), name: str(w, 'name'), gemeente: code }, geometry));
    });
  }
  const known = new Set(gemeenten.map((g) => String(g.properties?.code)));
  for (const w of source) {
    if (!known.has(str(w, 'gemeente'))) log(`warning: wijk ${str(w, 'code')} has unknown gemeente`);
  }
  return out.sort((a, b) => String(a.properties?.code).localeCompare(String(b.properties?.code)));
}

/** Almere's stadsdelen as blocks of CBS wijk numbers (see SOURCE.md of the data). */
export const ALMERE_STADSDELEN = [
  { slug: 'haven', name: 'Almere Haven', from: 1, to: 16 },
  { slug: 'stad', name: 'Almere Stad', from: 17, to: 40 },
  { slug: 'buiten', name: 'Almere Buiten', from: 41, to: 59 },
  { slug: 'poort', name: 'Almere Poort', from: 60, to: 74 },
  { slug: 'hout', name: 'Almere Hout', from: 75, to: 85 },
  { slug: 'pampus', name: 'Almere Pampus', from: 96, to: 96 },
] as const;

export function buildStadsdelen(wijken: OutFeature[], log: Log): OutFeature[] {
  const almere = wijken.filter((w) => w.properties?.gemeente === 'GM0034');
  const number = (w: OutFeature): number => Number(String(w.properties?.code).slice(6));
  const out: OutFeature[] = [];
  for (const sd of ALMERE_STADSDELEN) {
    const members = almere.filter((w) => number(w) >= sd.from && number(w) <= sd.to);
    const geometry = clean(union(members.map((w) => w.geometry)), { minHoleKm2: 1e-3 });
    if (!geometry) continue;
    out.push(
      feature(
        {
          code: `SD0034-${sd.slug}`,
          name: sd.name,
          gemeente: 'GM0034',
          wijken: members.map((w) => String(w.properties?.code)),
          derived: 'union of CBS wijken by CBS numbering block',
        },
        geometry,
      ),
    );
  }
  const covered = new Set(out.flatMap((f) => f.properties?.wijken as string[]));
  for (const w of almere) {
    if (!covered.has(String(w.properties?.code)))
      log(`warning: ${w.properties?.code} is in no stadsdeel`);
  }
  return out;
}

export function buildFlevoland(gemeenten: OutFeature[]): OutFeature[] {
  const geometry = clean(union(gemeenten.map((g) => g.geometry)), { minHoleKm2: 1e-3 });
  return geometry ? [feature({ code: FLEVOLAND_CODE, name: 'Flevoland' }, geometry)] : [];
}

/**
 * The other provinces and the plain land around Flevoland, clipped to
 * SURROUNDINGS_BBOX; Flevoland itself is left out (it is drawn from its own
 * layers). CBS provinces are land polygons already; with `osmLand`, the OSM
 * land outside Flevoland is divided among them instead.
 */
export function buildSurroundings(
  otherProvinces: SourceFeature[],
  flevoland: Poly | null,
  osmLand: Poly | null,
  log: Log,
): { provincies: OutFeature[]; land: OutFeature[] } {
  const sorted = [...otherProvinces].sort(byCode);
  const box = boxPolygon();
  let geometries: (Poly | null)[];
  if (!osmLand) {
    geometries = sorted.map((p) => difference(intersect(p.geometry, box), flevoland));
  } else {
    const container = difference(intersect(osmLand, box), flevoland);
    const { parts, leftoverKm2 } = partition(sorted, container, { stepKm: 0.4, maxSteps: 10 });
    if (leftoverKm2 > 0.01)
      log(`warning: ${leftoverKm2.toFixed(3)} km² of surrounding land in no province`);
    geometries = parts;
  }
  const provincies: OutFeature[] = [];
  const labelBox = turf.bboxPolygon(LABEL_BBOX).geometry;
  sorted.forEach((p, i) => {
    const geometry = clean(geometries[i], { minPartKm2: 0.01 });
    if (!geometry) return;
    const near = clean(intersect(geometry, labelBox), { minPartKm2: 1 });
    const labelPoint = representativePoint(near ?? geometry);
    provincies.push(feature({ code: str(p, 'code'), name: str(p, 'name'), labelPoint }, geometry));
  });
  const landGeometry = clean(union(geometries), { minPartKm2: 0.01, minHoleKm2: 1e-3 });
  const land = landGeometry ? [feature({ kind: 'land' }, landGeometry)] : [];
  return { provincies, land };
}
