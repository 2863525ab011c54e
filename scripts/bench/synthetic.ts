import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import type { AppData } from '../../src/data/app-data';
import {
  AreasSchema,
  GemeentenSchema,
  InitiatievenSchema,
  KnelpuntenSchema,
  StadsdelenSchema,
  WijkenSchema,
} from '../../src/data/schemas';
import { createLocator } from '../../src/proposals/locate';
import { PROPOSAL_KINDS, type Proposal } from '../../src/proposals/proposal';
import { repoRoot } from './build';

/** The geo/ files, validated with the app's own schemas (as src/data/load.ts does in the browser). */
export function readAppData(): AppData {
  const read = <T extends v.GenericSchema>(name: string, schema: T): v.InferOutput<T> =>
    v.parse(schema, JSON.parse(readFileSync(resolve(repoRoot, 'geo', name), 'utf8')));
  return {
    gemeenten: read('gemeenten.geojson', GemeentenSchema),
    wijken: read('wijken.geojson', WijkenSchema),
    stadsdelen: read('stadsdelen.geojson', StadsdelenSchema),
    land: read('land.geojson', AreasSchema),
    provincies: read('provincies.geojson', AreasSchema),
    flevoland: read('flevoland.geojson', AreasSchema),
    initiatieven: read('initiatieven.geojson', InitiatievenSchema),
    knelpunten: read('knelpunten.json', KnelpuntenSchema),
  };
}

/** A small seeded generator (mulberry32), so every run benchmarks the same points. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTIVITIES = [
  'Taalcafé',
  'Buurtmoestuin',
  'Repair Café',
  'Buurtkamer',
  'Samen koken',
  'Wandelgroep',
  'Huiswerkklas',
  'Speeltuinvereniging',
  'Inloopochtend',
  'Burenhulp',
  'Muziekmiddag',
  'Voedselbank-punt',
];
const QUALIFIERS = ['', '', 'De Brug', 'Samen', 'voor iedereen', 'op zaterdag', 'Noord', 'Zuid'];

/**
 * `count` proposals at random places inside Flevoland's bounding box, kept only where the app's own
 * locator puts them in a municipality (so on land, with a gemeente and usually a wijk), with names
 * like people give them ("Taalcafé De Brug Filmwijk").
 */
export function syntheticProposals(data: AppData, count: number, seed = 7): Proposal[] {
  const random = seededRandom(seed);
  const locate = createLocator(data.gemeenten.features, data.wijken.features);
  const wijkName = new Map(data.wijken.features.map((f) => [f.properties.code, f.properties.name]));
  const gemeenteName = new Map(
    data.gemeenten.features.map((f) => [f.properties.code, f.properties.name]),
  );
  const [west, south, east, north] = boundsOf(data);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const proposals: Proposal[] = [];
  const createdAt = '2025-01-01T00:00:00.000Z';
  while (proposals.length < count) {
    const lng = west + random() * (east - west);
    const lat = south + random() * (north - south);
    const place = locate(lng, lat);
    if (!place.gemeente) continue;
    const where = (place.wijk && wijkName.get(place.wijk)) ?? gemeenteName.get(place.gemeente);
    const name = [pick(ACTIVITIES), pick(QUALIFIERS), where].filter(Boolean).join(' ');
    proposals.push({
      id: `bench-${proposals.length}`,
      name,
      description: `${name}: een voorstel uit de benchmark.`,
      kind: pick(PROPOSAL_KINDS),
      knelpunten: [],
      lng: Math.round(lng * 1e6) / 1e6,
      lat: Math.round(lat * 1e6) / 1e6,
      gemeente: place.gemeente,
      ...(place.wijk ? { wijk: place.wijk } : {}),
      status: 'lokaal',
      createdAt,
      updatedAt: createdAt,
    });
  }
  return proposals;
}

function boundsOf(data: AppData): [number, number, number, number] {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const feature of data.gemeenten.features) {
    const rings =
      feature.geometry.type === 'Polygon'
        ? feature.geometry.coordinates
        : feature.geometry.coordinates.flat();
    for (const [lng = 0, lat = 0] of rings.flat()) {
      west = Math.min(west, lng);
      east = Math.max(east, lng);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  }
  return [west, south, east, north];
}
