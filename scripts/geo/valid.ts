/**
 * Valid output geometry for GIS tools. Rounding coordinates to the files' precision can make a ring
 * cross itself or its neighbour (QGIS and GDAL then stop on the layer), so what rounding breaks is
 * repaired and rounded again until JTS's IsValidOp (jsts; the same rules as GEOS's ST_IsValid, which
 * QGIS uses) accepts the result.
 */
import type { MultiPolygon } from 'geojson';
import GeoJSONReader from 'jsts/org/locationtech/jts/io/GeoJSONReader.js';
import GeometryFactory from 'jsts/org/locationtech/jts/geom/GeometryFactory.js';
import PrecisionModel from 'jsts/org/locationtech/jts/geom/PrecisionModel.js';
import GeoJSONWriter from 'jsts/org/locationtech/jts/io/GeoJSONWriter.js';
import GeometryPrecisionReducer from 'jsts/org/locationtech/jts/precision/GeometryPrecisionReducer.js';
import IsValidOp from 'jsts/org/locationtech/jts/operation/valid/IsValidOp.js';
import { area } from '@turf/turf';
import * as polyclip from 'polyclip-ts';
import { type Poly, clean, fromPolygons, polygonsOf } from './geom.js';

const reader = new GeoJSONReader(new GeometryFactory());
const writer = new GeoJSONWriter();

function reducedByJts(g: Poly, decimals: number): Poly | null {
  const reduced = GeometryPrecisionReducer.reduce(
    reader.read(g),
    new PrecisionModel(10 ** decimals),
  );
  const out = clean(writer.write(reduced) as Poly, { decimals });
  const km2 = (p: Poly | null) => (p ? area(p) / 1e6 : 0);
  if (Math.abs(km2(out) - km2(g)) > 0.001 * km2(g)) throw new Error('precision reducer lost area');
  return out;
}

/** Why a geometry is invalid by the OGC rules, or null when it is valid. */
export function validityError(g: Poly): string | null {
  const op = new IsValidOp(reader.read(g));
  return op.isValid() ? null : String(op.getValidationError());
}

/**
 * Rounds to `decimals` and returns a valid MultiPolygon (outer rings counter-clockwise, holes
 * clockwise, as RFC 7946 asks), or null when nothing is left. Throws when no valid result is found.
 */
export function validMultiPolygon(g: Poly | null, decimals: number): MultiPolygon | null {
  if (!g) return null;
  let current = clean(g, { decimals });
  for (let attempt = 0; attempt < 8 && current && validityError(current); attempt++) {
    // Rounding made rings touch or cross: a union of the polygon with itself splits them where they
    // meet (keeping every lobe, unlike buffer(0)); the new crossing points are rounded again.
    current = clean(fromPolygons(polyclip.union(polygonsOf(current) as polyclip.Geom)), {
      decimals,
    });
  }
  // What the union cannot settle (a spike whose crossing rounds back onto itself) JTS's precision
  // reducer can; it repairs with buffer(0), which may drop a lobe, so the area must stay the same.
  const rounded = current && validityError(current) ? reducedByJts(current, decimals) : current;
  if (!rounded) return null;
  const error = validityError(rounded);
  if (error) throw new Error(`no valid geometry at ${decimals} decimals: ${error}`);
  return { type: 'MultiPolygon', coordinates: polygonsOf(rounded) };
}
