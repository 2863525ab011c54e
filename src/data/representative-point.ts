import polylabel from 'polylabel';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon, Position } from 'geojson';

type Polygonal = Polygon | MultiPolygon;

function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    sum += (xj - xi) * (yj + yi);
  }
  return Math.abs(sum / 2);
}

function largestPolygon(geometry: Polygonal): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  let best: Position[][] = geometry.coordinates[0] ?? [];
  for (const polygon of geometry.coordinates) {
    if (ringArea(polygon[0] ?? []) > ringArea(best[0] ?? [])) best = polygon;
  }
  return best;
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;

/**
 * The visual centre of an area: the point inside it farthest from its edges (pole of
 * inaccessibility), on its largest part. Unlike a centroid it never falls in a lake or a bay.
 */
export function representativePoint(geometry: Polygonal): [number, number] {
  const [x = 0, y = 0] = polylabel(largestPolygon(geometry) as [number, number][][], 0.0001);
  return [round(x), round(y)];
}

/**
 * `count` distinct points inside an area around its representative point, so that several pins
 * sharing only an approximate place do not hide each other. Index 0 is the centre itself.
 */
export function spreadPoints(
  geometry: Polygonal,
  count: number,
  radiusDeg = 0.006,
): [number, number][] {
  const centre = representativePoint(geometry);
  if (count <= 1) return [centre];
  const points: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    const angle = (2 * Math.PI * i) / count + Math.PI / 2;
    let radius = radiusDeg;
    let point: [number, number] = centre;
    // Shrink towards the centre until the point lies inside the area (narrow or odd shapes).
    while (radius > radiusDeg / 16) {
      const candidate: [number, number] = [
        round(centre[0] + (radius * Math.cos(angle)) / Math.cos((centre[1] * Math.PI) / 180)),
        round(centre[1] + radius * Math.sin(angle)),
      ];
      if (booleanPointInPolygon(candidate, geometry)) {
        point = candidate;
        break;
      }
      radius /= 2;
    }
    points.push(point);
  }
  return points;
}
