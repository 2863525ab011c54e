import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import * as s from '../../src/data/schemas';
import type { AppData } from '../../src/data/app-data';

export const repoRoot = resolve(import.meta.dirname, '..', '..');

export function readGeo<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(resolve(repoRoot, 'geo', name), 'utf8')) as T;
}

/** The seed documents, when the shared folder sits beside the clone (not needed for the tests). */
export function readSeed(name: string): string | undefined {
  const path = resolve(repoRoot, '..', 'shared', 'seeds', name);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** All geo/ files, validated by the app's own schemas, as the app holds them after loading. */
export function readAppData(): AppData {
  return {
    gemeenten: v.parse(s.GemeentenSchema, readGeo('gemeenten.geojson')),
    wijken: v.parse(s.WijkenSchema, readGeo('wijken.geojson')),
    stadsdelen: v.parse(s.StadsdelenSchema, readGeo('stadsdelen.geojson')),
    land: v.parse(s.AreasSchema, readGeo('land.geojson')),
    provincies: v.parse(s.AreasSchema, readGeo('provincies.geojson')),
    flevoland: v.parse(s.AreasSchema, readGeo('flevoland.geojson')),
    initiatieven: v.parse(s.InitiatievenSchema, readGeo('initiatieven.geojson')),
    knelpunten: v.parse(s.KnelpuntenSchema, readGeo('knelpunten.json')),
  };
}
