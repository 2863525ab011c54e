import Supercluster from 'supercluster';
import type { AppData } from '../../src/data/app-data';
import { buildIndex } from '../../src/data/indexes';
import type { InitiatiefProperties } from '../../src/data/schemas';
import { createSearchIndex, type SearchEntry } from '../../src/data/search';
import { CLUSTER_MAX_ZOOM } from '../../src/map/style';
import { proposalMatches } from '../../src/propose/controller';
import type { Proposal } from '../../src/proposals/proposal';
import { matchesFilters, type Filters } from '../../src/state/filters';
import { median } from './stats';

/**
 * Median wall time of `fn` after one warm-up call (lets the JIT settle): at least `minRuns` calls
 * and about 100 ms of them, so quick calls are sampled often enough to be stable.
 */
export function timeMedian(fn: () => unknown, minRuns = 5): number {
  fn();
  const times: number[] = [];
  let total = 0;
  while (times.length < minRuns || (total < 100 && times.length < 200)) {
    const start = performance.now();
    fn();
    const elapsed = performance.now() - start;
    times.push(elapsed);
    total += elapsed;
  }
  return median(times);
}

export interface ScaleResult {
  count: number;
  /** ms per filter setting, the whole list filtered once. */
  filterProposals: Record<string, number>;
  filterInitiatives: Record<string, number>;
  searchIndexBuild: number;
  /** ms per query. */
  search: Record<string, number>;
  clusterLoad: number;
  /** ms for getClusters over the world at each zoom, as PinLayer.render asks. */
  clusters: Record<string, number>;
}

const SEARCH_QUERIES = ['al', 'taal', 'moestuin haven', 'repair café lelystad', 'qqq'];
const CLUSTER_ZOOMS = [8, 10, CLUSTER_MAX_ZOOM];

/** Times the app's pure filter, search and clustering code on `proposals`. */
export function measureScale(data: AppData, proposals: Proposal[]): ScaleResult {
  const index = buildIndex(data);
  const stadsdeelWijken = new Map(
    data.stadsdelen.features.map((f) => [f.properties.code, f.properties.wijken]),
  );
  const almere = 'GM0034';
  const stadsdeel = data.stadsdelen.features[1]?.properties.code ?? '';
  const wijk = data.wijken.features[0]?.properties.code ?? '';
  const proposalFilters: Record<string, Filters> = {
    none: {},
    gemeente: { gemeente: almere },
    stadsdeel: { gemeente: almere, area: stadsdeel },
    wijk: { gemeente: almere, area: wijk },
  };
  const filterProposals: Record<string, number> = {};
  for (const [name, filters] of Object.entries(proposalFilters)) {
    filterProposals[name] = timeMedian(() =>
      proposals.filter((p) => proposalMatches(p, filters, index, stadsdeelWijken)),
    );
  }

  // The same number of initiatives, shaped like geo/initiatieven.geojson's properties.
  const initiatives: InitiatiefProperties[] = proposals.map((p, i) => ({
    id: p.id,
    name: p.name,
    gemeente: p.gemeente,
    ...(p.wijk ? { wijk: p.wijk } : {}),
    precision: 'wijk',
    placeBasis: 'bron',
    mentions: 1 + (i % 3),
    status: i % 4 === 0 ? 'toekomstig' : 'genoemd',
    source: 'benchmark',
    seedLine: 1,
    seedText: p.name,
  }));
  const initiativeFilters: Record<string, Filters> = {
    gemeente: { gemeente: almere },
    'status+mentions': { status: 'genoemd', minMentions: 2 },
  };
  const filterInitiatives: Record<string, number> = {};
  for (const [name, filters] of Object.entries(initiativeFilters)) {
    filterInitiatives[name] = timeMedian(() =>
      initiatives.filter((p) => matchesFilters(p, filters)),
    );
  }

  const entries: SearchEntry[] = [
    ...proposals.map((p): SearchEntry => ({
      kind: 'initiatief',
      key: p.id,
      label: p.name,
      detail: index.areas.get(p.gemeente)?.name ?? '',
    })),
    ...index.searchEntries,
  ];
  const searchIndexBuild = timeMedian(() => createSearchIndex(entries), 3);
  const search = createSearchIndex(entries);
  const searchTimes: Record<string, number> = {};
  for (const query of SEARCH_QUERIES) searchTimes[query] = timeMedian(() => search(query), 5);

  const points = proposals.map((p) => ({
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: [p.lng, p.lat] },
    properties: { id: p.id },
  }));
  // The pins source's settings (src/map/style.ts): MapLibre groups them with this same library in its worker.
  const newIndex = () => new Supercluster({ radius: 44, maxZoom: CLUSTER_MAX_ZOOM });
  const clusterLoad = timeMedian(() => newIndex().load(points), 3);
  const loaded = newIndex().load(points);
  const clusters: Record<string, number> = {};
  for (const zoom of CLUSTER_ZOOMS) {
    clusters[`z${zoom}`] = timeMedian(() => loaded.getClusters([-180, -85, 180, 85], zoom), 5);
  }

  return {
    count: proposals.length,
    filterProposals,
    filterInitiatives,
    searchIndexBuild,
    search: searchTimes,
    clusterLoad,
    clusters,
  };
}
