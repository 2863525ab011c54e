import * as v from 'valibot';
import gemeentenUrl from '../../geo/gemeenten.geojson?url';
import wijkenUrl from '../../geo/wijken.geojson?url';
import stadsdelenUrl from '../../geo/stadsdelen.geojson?url';
import landUrl from '../../geo/land.geojson?url';
import provinciesUrl from '../../geo/provincies.geojson?url';
import flevolandUrl from '../../geo/flevoland.geojson?url';
import initiatievenUrl from '../../geo/initiatieven.geojson?url';
import knelpuntenUrl from '../../geo/knelpunten.json?url';
import {
  AreasSchema,
  GemeentenSchema,
  InitiatievenSchema,
  KnelpuntenSchema,
  StadsdelenSchema,
  WijkenSchema,
} from './schemas';
import type { AppData } from './app-data';

export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'DataLoadError';
  }
}

async function fetchValid<T extends v.GenericSchema>(
  url: string,
  schema: T,
): Promise<v.InferOutput<T>> {
  const response = await fetch(url);
  if (!response.ok) throw new DataLoadError(url, `HTTP ${response.status}`);
  const result = v.safeParse(schema, await response.json());
  if (!result.success) {
    const issue = result.issues[0];
    throw new DataLoadError(url, `${v.getDotPath(issue) ?? ''} ${issue.message}`.trim());
  }
  return result.output;
}

/** Loads every geo/ file the app shows and validates it against its schema. */
export async function loadAppData(): Promise<AppData> {
  performance.mark('data:start');
  const [gemeenten, wijken, stadsdelen, land, provincies, flevoland, initiatieven, knelpunten] =
    await Promise.all([
      fetchValid(gemeentenUrl, GemeentenSchema),
      fetchValid(wijkenUrl, WijkenSchema),
      fetchValid(stadsdelenUrl, StadsdelenSchema),
      fetchValid(landUrl, AreasSchema),
      fetchValid(provinciesUrl, AreasSchema),
      fetchValid(flevolandUrl, AreasSchema),
      fetchValid(initiatievenUrl, InitiatievenSchema),
      fetchValid(knelpuntenUrl, KnelpuntenSchema),
    ]);
  performance.mark('data:ready');
  return { gemeenten, wijken, stadsdelen, land, provincies, flevoland, initiatieven, knelpunten };
}
