import type { Knelpunten, LevelId } from '../data/schemas';
import { MIN_N, type SurveyAnswer, type SurveyResponseInput, type SurveySetup } from './survey';

export interface ItemResult {
  ja: number;
  nee: number;
  weetNiet: number;
  /** Responses that answered this item (any of the three answers). */
  n: number;
  /** Share of n that recognised the item, whole percent; absent below MIN_N answers. */
  percent?: number;
}

export interface LevelResult {
  id: LevelId;
  items: ItemResult[];
}

/** Share "herkend" = ja / everyone who answered the item; no percentage below MIN_N answers. */
export function itemResult(answers: readonly (SurveyAnswer | null | undefined)[]): ItemResult {
  const count = (a: SurveyAnswer) => answers.filter((x) => x === a).length;
  const result: ItemResult = {
    ja: count('ja'),
    nee: count('nee'),
    weetNiet: count('weet-niet'),
    n: 0,
  };
  result.n = result.ja + result.nee + result.weetNiet;
  if (result.n >= MIN_N) result.percent = Math.round((100 * result.ja) / result.n);
  return result;
}

/** Tallies the responses per asked level and seed item. */
export function tally(
  responses: readonly Pick<SurveyResponseInput, 'answers'>[],
  setup: Pick<SurveySetup, 'levels'>,
  knelpunten: Knelpunten,
): LevelResult[] {
  return knelpunten.levels
    .filter((level) => setup.levels.includes(level.id))
    .map((level) => ({
      id: level.id,
      items: level.items.map((_, index) =>
        itemResult(responses.map((r) => r.answers[level.id]?.[index])),
      ),
    }));
}
