import type { AppData } from '../data/app-data';

/**
 * What the first slide counts, from the data: the examples (one seed point can name two), the seed
 * points they come from, the municipalities they have a place in, and those with no place.
 */
export function tourCounts(data: Pick<AppData, 'initiatieven'>) {
  const all = data.initiatieven.features;
  const provinceWide = all.filter((i) => i.properties.precision === 'provincie');
  const placed = all.filter((i) => i.properties.precision !== 'provincie' && i.properties.gemeente);
  return {
    entries: all.length,
    seedPoints: new Set(all.map((i) => i.properties.seedLine)).size,
    gemeentenWithPlace: new Set(placed.map((i) => i.properties.gemeente)).size,
    provinceWide,
  };
}
