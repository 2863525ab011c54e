import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import * as s from '../../src/data/schemas';
import type { AppData } from '../../src/data/app-data';

export const repoRoot = resolve(import.meta.dirname, '..', '..');

export function readGeo<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(resolve(repoRoot, 'geo', name), 'utf8')) as T;
}

/**
 * A seed document from the shared folder beside the clone (where CI puts it too). The data is
 * checked against it, so a missing seed is an error, never a skipped check.
 */
export function readSeed(name: string): string {
  const path = resolve(repoRoot, '..', 'shared', 'seeds', name);
  if (!existsSync(path)) throw new Error(`seed document missing: ${path}`);
  return readFileSync(path, 'utf8');
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
