import type { AppData } from './app-data';
import { boundsOf, type BBox } from './bounds';
import type { Gemeente, Initiatief, Stadsdeel, Wijk } from './schemas';
import type { SearchEntry } from './search';
import { plainWijkName } from './plain-names';

export type { BBox };

export interface AreaInfo {
  code: string;
  name: string;
  kind: 'gemeente' | 'stadsdeel' | 'wijk';
  /** Municipality the area lies in (itself for a municipality). */
  gemeente: string;
  bbox: BBox;
}

/** Look-ups derived once from the loaded data. */
export interface DataIndex {
  areas: Map<string, AreaInfo>;
  gemeenten: AreaInfo[];
  /** Second-level areas per municipality: Almere's stadsdelen first, then the wijken. */
  subAreas: Map<string, AreaInfo[]>;
  initiatives: Map<string, Initiatief>;
  searchEntries: SearchEntry[];
  provinceBbox: BBox;
}

// One collator for all comparisons: localeCompare with a locale builds a new one per call.
const nameCollator = new Intl.Collator('nl', { numeric: true });
const byName = (a: AreaInfo, b: AreaInfo) => nameCollator.compare(a.name, b.name);

export function buildIndex(data: AppData): DataIndex {
  const areas = new Map<string, AreaInfo>();
  const gemeenteNames = new Map(
    data.gemeenten.features.map((g) => [g.properties.code, g.properties.name]),
  );
  // A resident reads "Emmeloord", not CBS's "Wijk 01 Emmeloord"; a wijk that is only a number
  // ("Wijk 00") is called by its municipality. The geo files keep CBS's names.
  const readableName = (f: Gemeente | Stadsdeel | Wijk, kind: AreaInfo['kind']) =>
    kind === 'wijk'
      ? (plainWijkName(f.properties.name) ??
        gemeenteNames.get((f as Wijk).properties.gemeente) ??
        f.properties.name)
      : f.properties.name;
  const toArea =
    (kind: AreaInfo['kind']) =>
    (f: Gemeente | Stadsdeel | Wijk): AreaInfo => ({
      code: f.properties.code,
      name: readableName(f, kind),
      kind,
      gemeente: 'gemeente' in f.properties ? f.properties.gemeente : f.properties.code,
      bbox: boundsOf(f),
    });
  const gemeenten = data.gemeenten.features.map(toArea('gemeente')).sort(byName);
  const subAreas = new Map<string, AreaInfo[]>(gemeenten.map((g) => [g.code, []]));
  const stadsdelen = data.stadsdelen.features.map(toArea('stadsdeel'));
  const wijken = data.wijken.features.map(toArea('wijk'));
  for (const area of [...gemeenten, ...stadsdelen, ...wijken]) areas.set(area.code, area);
  for (const area of [...stadsdelen.sort(byName), ...wijken.sort(byName)]) {
    subAreas.get(area.gemeente)?.push(area);
  }
  const gemeenteName = (code: string) => areas.get(code)?.name;
  const initiatives = new Map(data.initiatieven.features.map((i) => [i.properties.id, i]));
  const searchEntries: SearchEntry[] = [
    ...data.initiatieven.features.map((i): SearchEntry => {
      const p = i.properties;
      const place = [
        p.stadsdeel && areas.get(p.stadsdeel)?.name,
        p.gemeente && gemeenteName(p.gemeente),
      ]
        .filter(Boolean)
        .join(', ');
      return { kind: 'initiatief', key: p.id, label: p.name, ...(place ? { detail: place } : {}) };
    }),
    ...gemeenten.map((g): SearchEntry => ({ kind: 'gemeente', key: g.code, label: g.name })),
    ...[...stadsdelen, ...wijken].map((a): SearchEntry => ({
      kind: a.kind,
      key: a.code,
      label: a.name,
      detail: gemeenteName(a.gemeente) ?? '',
    })),
  ];
  return {
    areas,
    gemeenten,
    subAreas,
    initiatives,
    searchEntries,
    provinceBbox: boundsOf(data.flevoland),
  };
}

/** Straight-line distance in km (equirectangular; fine at the scale of a province). */
export function distanceKm([lng1, lat1]: number[], [lng2, lat2]: number[]): number {
  const rad = Math.PI / 180;
  const x = ((lng2 ?? 0) - (lng1 ?? 0)) * rad * Math.cos((((lat1 ?? 0) + (lat2 ?? 0)) / 2) * rad);
  const y = ((lat2 ?? 0) - (lat1 ?? 0)) * rad;
  return Math.sqrt(x * x + y * y) * 6371;
}

/** The closest other initiatives with a place on the map, nearest first. */
export function nearbyInitiatives(
  target: Initiatief,
  all: Initiatief[],
  limit = 3,
  maxKm = 15,
): { initiatief: Initiatief; km: number }[] {
  if (target.properties.precision === 'provincie') return [];
  return all
    .filter(
      (i) => i.properties.id !== target.properties.id && i.properties.precision !== 'provincie',
    )
    .map((initiatief) => ({
      initiatief,
      km: distanceKm(target.geometry.coordinates, initiatief.geometry.coordinates),
    }))
    .filter((n) => n.km <= maxKm)
    .sort((a, b) => a.km - b.km)
    .slice(0, limit);
}
