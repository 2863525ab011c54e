import { MIN_N, type SurveyResponseInput } from './survey';

/** How much a municipality's meetings recognised the knelpunten they were asked about. */
export interface Recognition {
  /** N: the responses (devices) across all of the municipality's meeting surveys. */
  responses: number;
  /** Item answers given: ja, nee or weet-niet (a skipped item is no answer). */
  answers: number;
  /** Whole percent of `answers` that were "ja"; absent below MIN_N responses or without answers. */
  percent?: number;
}

/**
 * "Herkend op bijeenkomsten" for one municipality: of every item answer in every response to its
 * meetings' surveys, the share that was "ja". Each answer weighs the same, so a meeting that asked
 * more levels counts for more; only shown from MIN_N responses (people, not answers), like a
 * single item's share.
 */
export function recognition(
  responses: readonly Pick<SurveyResponseInput, 'answers'>[],
): Recognition {
  let ja = 0;
  let answers = 0;
  for (const response of responses)
    for (const items of Object.values(response.answers))
      for (const answer of items ?? []) {
        if (answer === null || answer === undefined) continue;
        answers += 1;
        if (answer === 'ja') ja += 1;
      }
  const result: Recognition = { responses: responses.length, answers };
  if (responses.length >= MIN_N && answers > 0) result.percent = Math.round((100 * ja) / answers);
  return result;
}

/** The choropleth's classes: lower bounds in percent, each up to the next (the last to 100). */
export const RECOGNITION_CLASSES = [0, 25, 50, 75] as const;

/** The class (index into RECOGNITION_CLASSES) a percentage falls in. */
export function recognitionClass(percent: number): number {
  return RECOGNITION_CLASSES.findLastIndex((lower) => percent >= lower);
}
