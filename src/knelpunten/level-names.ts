import type { Knelpunten, LevelId } from '../data/schemas';

/** The names of the knelpunten levels a proposal mentions, as one line of text. */
export function levelNames(
  ids: readonly LevelId[],
  knelpunten: Knelpunten,
  translate: (dutch: string) => string = (dutch) => dutch,
): string {
  return ids
    .map((id) => translate(knelpunten.levels.find((l) => l.id === id)?.name ?? id))
    .join(', ');
}
