import type { Knelpunten, LevelId } from '../data/schemas';

/** The names of the knelpunten levels a proposal mentions, as one line of text. */
export function levelNames(ids: readonly LevelId[], knelpunten: Knelpunten): string {
  return ids.map((id) => knelpunten.levels.find((l) => l.id === id)?.name ?? id).join(', ');
}
