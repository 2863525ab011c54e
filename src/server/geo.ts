import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import {
  GemeentenSchema,
  InitiatievenSchema,
  KnelpuntenSchema,
  WijkenSchema,
  type Knelpunten,
} from '../data/schemas';
import { createLocator, type Locate } from '../proposals/locate';

/** The project's geo/ folder: found from this file upwards, so it works from src/ and from a build. */
export function findGeoDir(start = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'geo', 'gemeenten.geojson'))) return join(dir, 'geo');
    if (dirname(dir) === dir) throw new Error('geo/gemeenten.geojson not found above ' + start);
  }
}

function readValid<T extends v.GenericSchema>(file: string, schema: T): v.InferOutput<T> {
  return v.parse(schema, JSON.parse(readFileSync(file, 'utf8')));
}

export interface ServerGeo {
  locate: Locate;
  /** The published initiatives, as the app's geo file holds them. */
  initiatievenJson: string;
  /** A municipality's or wijk's name by its CBS code, for exports. */
  placeName: (code: string) => string | undefined;
  /** The seed's knelpunten: the survey asks about its levels and items. */
  knelpunten: Knelpunten;
  /** The municipality a wijk lies in, by CBS codes. */
  gemeenteOfWijk: (wijk: string) => string | undefined;
  isGemeente: (code: string) => boolean;
}

/** The same boundaries the app validates proposals against, so server and client agree on a place. */
export function loadServerGeo(geoDir = findGeoDir()): ServerGeo {
  const dir = resolve(geoDir);
  const gemeenten = readValid(join(dir, 'gemeenten.geojson'), GemeentenSchema);
  const wijken = readValid(join(dir, 'wijken.geojson'), WijkenSchema);
  const initiatieven = readValid(join(dir, 'initiatieven.geojson'), InitiatievenSchema);
  const names = new Map(
    [...gemeenten.features, ...wijken.features].map((f) => [f.properties.code, f.properties.name]),
  );
  const knelpunten = readValid(join(dir, 'knelpunten.json'), KnelpuntenSchema);
  const wijkGemeente = new Map(
    wijken.features.map((f) => [f.properties.code, f.properties.gemeente]),
  );
  const gemeenteCodes = new Set(gemeenten.features.map((f) => f.properties.code));
  return {
    knelpunten,
    gemeenteOfWijk: (wijk) => wijkGemeente.get(wijk),
    isGemeente: (code) => gemeenteCodes.has(code),
    locate: createLocator(gemeenten.features, wijken.features),
    initiatievenJson: JSON.stringify(initiatieven),
    placeName: (code) => names.get(code),
  };
}
