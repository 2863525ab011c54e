import type { InitiatiefProperties } from '../data/schemas';

export type StatusFilter = 'genoemd' | 'toekomstig';

/** What the user narrowed the initiatives down to. Empty means everything. */
export interface Filters {
  /** Municipality code (GM…). */
  gemeente?: string;
  /** A second-level area inside the municipality: a wijk (WK…) or an Almere stadsdeel (SD…). */
  area?: string;
  status?: StatusFilter;
  /** Only initiatives mentioned at least this often. */
  minMentions?: number;
  /** Hide the proposals made on this device. */
  hideProposals?: boolean;
}

export const noFilters: Filters = {};

export function isFiltered(filters: Filters): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}

export function matchesFilters(p: InitiatiefProperties, filters: Filters): boolean {
  if (filters.gemeente && p.gemeente !== filters.gemeente) return false;
  if (filters.area && p.wijk !== filters.area && p.stadsdeel !== filters.area) return false;
  if (filters.status && p.status !== filters.status) return false;
  if (filters.minMentions && p.mentions < filters.minMentions) return false;
  return true;
}

/** Count per municipality for the filter control, given the other (non-place) filters. */
export function countByGemeente<T extends { properties: InitiatiefProperties }>(
  items: T[],
  filters: Filters,
): Map<string, number> {
  const counts = new Map<string, number>();
  const rest: Filters = { status: filters.status, minMentions: filters.minMentions };
  for (const item of items) {
    const code = item.properties.gemeente;
    if (!code || !matchesFilters(item.properties, rest)) continue;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}
