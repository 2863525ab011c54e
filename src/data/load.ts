import gemeentenUrl from '../../geo/gemeenten.geojson?url';
import wijkenUrl from '../../geo/wijken.geojson?url';
import stadsdelenUrl from '../../geo/stadsdelen.geojson?url';
import landUrl from '../../geo/land.geojson?url';
import provinciesUrl from '../../geo/provincies.geojson?url';
import flevolandUrl from '../../geo/flevoland.geojson?url';
import initiatievenUrl from '../../geo/initiatieven.geojson?url';
import knelpuntenUrl from '../../geo/knelpunten.json?url';
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

/**
 * The files are checked against the schemas when the app is built (scripts/validate-geo.ts) and in
 * the tests; here only what a broken download or a wrong file would change is checked.
 */
async function fetchJson<T>(url: string, looksRight: (data: unknown) => boolean): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new DataLoadError(url, `HTTP ${response.status}`);
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    throw new DataLoadError(url, 'not JSON');
  }
  if (!looksRight(data)) throw new DataLoadError(url, 'unexpected content');
  return data as T;
}

const isCollection = (data: unknown) =>
  typeof data === 'object' &&
  data !== null &&
  (data as { type?: unknown }).type === 'FeatureCollection' &&
  Array.isArray((data as { features?: unknown }).features);

const isKnelpunten = (data: unknown) =>
  typeof data === 'object' &&
  data !== null &&
  Array.isArray((data as { levels?: unknown }).levels) &&
  typeof (data as { lokaal?: unknown }).lokaal === 'object';

/** Loads every geo/ file the app shows. */
export async function loadAppData(): Promise<AppData> {
  performance.mark('data:start');
  const [gemeenten, wijken, stadsdelen, land, provincies, flevoland, initiatieven, knelpunten] =
    await Promise.all([
      fetchJson<AppData['gemeenten']>(gemeentenUrl, isCollection),
      fetchJson<AppData['wijken']>(wijkenUrl, isCollection),
      fetchJson<AppData['stadsdelen']>(stadsdelenUrl, isCollection),
      fetchJson<AppData['land']>(landUrl, isCollection),
      fetchJson<AppData['provincies']>(provinciesUrl, isCollection),
      fetchJson<AppData['flevoland']>(flevolandUrl, isCollection),
      fetchJson<AppData['initiatieven']>(initiatievenUrl, isCollection),
      fetchJson<AppData['knelpunten']>(knelpuntenUrl, isKnelpunten),
    ]);
  performance.mark('data:ready');
  return { gemeenten, wijken, stadsdelen, land, provincies, flevoland, initiatieven, knelpunten };
}
