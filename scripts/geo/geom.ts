/**
 * Small polygon toolkit on top of @turf/turf for the geo build: null-safe
 * boolean operations, area in km², output cleaning (rounding, ring
 * orientation, dropping slivers) and `partition`, which makes separately
 * generalised layers fit a container without gaps or overlaps.
 */
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export type Poly = Polygon | MultiPolygon;
export type PolyFeature = Feature<Poly>;
/** A geometry or feature, or nothing (the result of an empty operation). */
export type MaybePoly = Poly | PolyFeature | null | undefined;

const asFeature = (g: Poly | PolyFeature): PolyFeature =>
  g.type === 'Feature' ? g : turf.feature(g);

/** Polygons (as coordinate arrays) of a geometry or feature; [] for nothing. */
export function polygonsOf(g: MaybePoly): Position[][][] {
  if (!g) return [];
  const geom = g.type === 'Feature' ? g.geometry : g;
  return geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
}

/** Builds a Polygon or MultiPolygon from polygons; null when there are none. */
export function fromPolygons(polys: Position[][][]): Poly | null {
  if (polys.length === 0) return null;
  if (polys.length === 1) return { type: 'Polygon', coordinates: polys[0]! };
  return { type: 'MultiPolygon', coordinates: polys };
}

export function areaKm2(g: MaybePoly): number {
  return g ? turf.area(asFeature(g)) / 1e6 : 0;
}

/**
 * Runs a polyclip-based turf operation. polyclip-ts occasionally fails on
 * nearly coincident vertices ("Unable to complete output ring"); the inputs
 * are then snapped to a 1 cm, 10 cm and 1 m grid in turn and the operation retried.
 */
function robust(
  op: (fc: ReturnType<typeof turf.featureCollection<Poly>>) => PolyFeature | null,
  inputs: (Poly | PolyFeature)[],
): Poly | null {
  let lastError: unknown;
  for (const decimals of [null, 7, 6, 5]) {
    const geoms = inputs.map((g) =>
      decimals === null ? asFeature(g).geometry : clean(g, { decimals }),
    );
    const present = geoms.filter((g): g is Poly => g !== null);
    try {
      return op(turf.featureCollection(present.map((g) => turf.feature(g))))?.geometry ?? null;
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

export function union(parts: MaybePoly[]): Poly | null {
  const fs = parts.filter((p): p is Poly | PolyFeature => !!p && polygonsOf(p).length > 0);
  if (fs.length === 0) return null;
  if (fs.length === 1) return asFeature(fs[0]!).geometry;
  return robust((fc) => turf.union(fc), fs);
}

export function intersect(a: MaybePoly, b: MaybePoly): Poly | null {
  if (!a || !b || polygonsOf(a).length === 0 || polygonsOf(b).length === 0) return null;
  return robust((fc) => (fc.features.length < 2 ? null : turf.intersect(fc)), [a, b]);
}

/** a minus b (a itself when b is empty). */
export function difference(a: MaybePoly, b: MaybePoly): Poly | null {
  if (!a || polygonsOf(a).length === 0) return null;
  if (!b || polygonsOf(b).length === 0) return asFeature(a).geometry;
  return robust(
    (fc) => (fc.features.length < 2 ? (fc.features[0] ?? null) : turf.difference(fc)),
    [a, b],
  );
}

/** Buffer, snapped to a 1 cm grid (buffers have many near-duplicate vertices). */
export function bufferKm(g: MaybePoly, km: number): Poly | null {
  if (!g) return null;
  return clean(turf.buffer(asFeature(g), km, { units: 'kilometers', steps: 8 })?.geometry, {
    decimals: 7,
  });
}

/** Shoelace sum in degrees; > 0 for counter-clockwise rings. */
function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    s += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  }
  return s / 2;
}

const ringAreaKm2 = (ring: Position[]): number => turf.area(turf.polygon([ring])) / 1e6;

export interface CleanOptions {
  /** Decimals to round coordinates to (7 ≈ 1 cm, the default; 5 ≈ 1 m). */
  decimals?: number;
  /** Polygons (outer ring minus holes) smaller than this are dropped. */
  minPartKm2?: number;
  /** Holes smaller than this are filled. */
  minHoleKm2?: number;
}

/**
 * Rounds coordinates, removes repeated points and degenerate rings, drops
 * small parts and holes, and orients rings as RFC 7946 asks (outer rings
 * counter-clockwise, holes clockwise). Returns null when nothing is left.
 */
export function clean(g: MaybePoly, options: CleanOptions = {}): Poly | null {
  const { decimals = 7, minPartKm2 = 0, minHoleKm2 = 0 } = options;
  const f = 10 ** decimals;
  const round = (p: Position): Position => [Math.round(p[0]! * f) / f, Math.round(p[1]! * f) / f];
  const cleanRing = (ring: Position[]): Position[] | null => {
    const out: Position[] = [];
    for (const p of ring.map(round)) {
      const last = out[out.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    const first = out[0];
    const last = out[out.length - 1];
    if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push(first);
    return out.length >= 4 && signedArea(out) !== 0 ? out : null;
  };
  const polys: Position[][][] = [];
  for (const poly of polygonsOf(g)) {
    const [outerRaw, ...holesRaw] = poly;
    const outer = outerRaw && cleanRing(outerRaw);
    if (!outer) continue;
    if (signedArea(outer) < 0) outer.reverse();
    const holes: Position[][] = [];
    for (const h of holesRaw) {
      const hole = cleanRing(h);
      if (!hole || ringAreaKm2(hole) < minHoleKm2) continue;
      if (signedArea(hole) > 0) hole.reverse();
      holes.push(hole);
    }
    const area = ringAreaKm2(outer) - holes.reduce((s, h) => s + ringAreaKm2(h), 0);
    if (area < minPartKm2) continue;
    polys.push([outer, ...holes]);
  }
  return fromPolygons(polys);
}

/** Vertex count (for logging). */
export const vertexCount = (g: MaybePoly): number =>
  polygonsOf(g).reduce((s, p) => s + p.reduce((t, r) => t + r.length, 0), 0);

/** turf.simplify that never throws (it rejects rings that collapse); null for nothing. */
function simplified(g: MaybePoly, toleranceDeg: number): Poly | null {
  const tidy = clean(g, { decimals: 7 });
  if (!tidy) return null;
  try {
    return clean(turf.simplify(turf.feature(tidy), { tolerance: toleranceDeg }).geometry, {
      decimals: 7,
    });
  } catch {
    return tidy;
  }
}

const bboxesTouch = (a: number[], b: number[], margin: number): boolean =>
  a[0]! - margin <= b[2]! &&
  b[0]! - margin <= a[2]! &&
  a[1]! - margin <= b[3]! &&
  b[1]! - margin <= a[3]!;

/**
 * Fits `pieces` into `container` without gaps or overlaps.
 *
 * Each piece first keeps its own part of the container (earlier pieces win
 * where the sources overlap). What is left of the container (gaps between
 * separately generalised layers) then goes to the nearest piece: all pieces
 * grow into it together by `stepKm` per round, like a wavefront, so where two
 * pieces meet in a gap the border between them runs roughly half-way. Parts
 * that no front reaches within `maxSteps` rounds go to any piece within
 * `fallbackKm`. `leftoverKm2` is what is still unassigned after that.
 */
export function partition(
  pieces: MaybePoly[],
  container: MaybePoly,
  options: { stepKm?: number; maxSteps?: number; fallbackKm?: number[] } = {},
): { parts: (Poly | null)[]; leftoverKm2: number } {
  const { stepKm = 0.025, maxSteps = 40, fallbackKm = [1, 2, 4] } = options;
  const parts: (Poly | null)[] = [];
  let taken: Poly | null = null;
  for (const piece of pieces) {
    const own = difference(intersect(piece, container), taken);
    parts.push(own);
    taken = union([taken, own]);
  }
  let remaining = difference(container, taken);
  /** Gives piece i what of `remaining` lies within `km` of `from`; returns that. */
  const grow = (i: number, from: MaybePoly, km: number): Poly | null => {
    if (!remaining || !from || polygonsOf(from).length === 0) return null;
    // Rough degrees per km at latitude ~52°, only to skip pieces far from the gaps.
    if (!bboxesTouch(turf.bbox(asFeature(from)), turf.bbox(asFeature(remaining)), km / 60))
      return null;
    // The front only needs to be as precise as the step.
    const grown = intersect(bufferKm(simplified(from, km / 500), km), remaining);
    if (!grown || areaKm2(grown) === 0) return null;
    parts[i] = union([parts[i], grown]);
    remaining = difference(remaining, grown);
    return grown;
  };
  // Each round grows every piece from what it gained in the previous round.
  let fronts: (Poly | null)[] = [...parts];
  for (let round = 0; round < maxSteps && areaKm2(remaining) > 1e-7; round++) {
    fronts = fronts.map((front, i) => grow(i, front, stepKm));
    if (fronts.every((f) => f === null)) break; // the rest is out of reach of every front
  }
  for (const km of fallbackKm) {
    if (areaKm2(remaining) <= 1e-7) break;
    for (let i = 0; i < pieces.length; i++) grow(i, pieces[i], km);
  }
  return { parts, leftoverKm2: areaKm2(remaining) };
}
