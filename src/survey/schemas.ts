/**
 * The survey's bodies as valibot schemas, shared by the phone page and the server (and the
 * server's OpenAPI document). Strict objects: a name or contact field is refused, not ignored,
 * so an answer stays anonymous by construction.
 */
import * as v from 'valibot';
import { LEVEL_IDS, type LevelId } from '../data/schemas';
import { DEVICE_ID, SURVEY_ANSWERS } from './survey';

const describe = <T extends v.GenericSchema>(schema: T, text: string) =>
  v.pipe(schema, v.description(text));

const itemAnswers = describe(
  v.pipe(v.array(v.nullable(v.picklist(SURVEY_ANSWERS))), v.maxLength(20)),
  "one entry per seed item of the level, in the seed's order (null: skipped)",
);

const levelAnswers = Object.fromEntries(LEVEL_IDS.map((id) => [id, v.optional(itemAnswers)])) as {
  [K in LevelId]: v.OptionalSchema<typeof itemAnswers, undefined>;
};

/** POST /api/enquete/:code/antwoord: one device's answers (sent again: an edit). */
export const SurveyResponseBodySchema = v.strictObject({
  device: describe(v.pipe(v.string(), v.regex(DEVICE_ID)), "the device's secret, stable id"),
  answers: v.strictObject(levelAnswers),
  wijk: v.nullish(describe(v.string(), 'CBS wijk code, a wijk of the municipality asked about')),
  open: v.nullish(describe(v.string(), 'the open answer, at most 500 characters')),
});

/** PUT /api/beheer/vergaderingen/:code/enquete: what the survey asks. */
export const SurveySetupBodySchema = v.strictObject({
  gemeente: v.nullable(
    describe(v.pipe(v.string(), v.regex(/^GM\d{4}$/)), 'CBS code; null: all of Flevoland'),
  ),
  levels: v.pipe(v.array(v.picklist(LEVEL_IDS)), v.minLength(1), v.maxLength(LEVEL_IDS.length)),
  openQuestion: v.boolean(),
});

export const OpenAnswerDecisionSchema = v.strictObject({
  status: v.picklist(['goedgekeurd', 'afgewezen']),
});

// Answers, for the OpenAPI document.
const isoTime = v.pipe(v.string(), v.isoTimestamp());
export const SurveySchema = v.object({
  meetingCode: v.string(),
  title: v.string(),
  meetingDate: isoTime,
  gemeente: v.nullable(v.string()),
  levels: v.array(v.picklist(LEVEL_IDS)),
  openQuestion: v.boolean(),
  updatedAt: isoTime,
  closedAt: v.optional(isoTime),
});
export const SurveyReceiptSchema = v.object({ number: v.number(), updated: v.boolean() });
const itemResult = v.object({
  ja: v.number(),
  nee: v.number(),
  weetNiet: v.number(),
  n: v.number(),
  percent: v.optional(describe(v.number(), 'share "ja" of n; only when n ≥ 5')),
});
export const SurveyResultsSchema = v.object({
  survey: SurveySchema,
  responses: describe(v.number(), 'devices that answered'),
  levels: v.array(v.object({ id: v.picklist(LEVEL_IDS), items: v.array(itemResult) })),
  openAnswers: describe(v.array(v.string()), 'approved open answers only'),
});
export const SurveyResponseRecordSchema = v.object({
  number: v.number(),
  answers: v.record(v.string(), v.array(v.nullable(v.picklist(SURVEY_ANSWERS)))),
  wijk: v.optional(v.string()),
  open: v.optional(v.string()),
  openStatus: v.optional(v.picklist(['ingediend', 'goedgekeurd', 'afgewezen'])),
  receivedAt: isoTime,
  updatedAt: isoTime,
});
export const RecognitionOverviewSchema = v.object({
  gemeenten: v.array(
    v.object({
      gemeente: v.pipe(v.string(), v.regex(/^GM\d{4}$/)),
      meetings: describe(v.number(), 'meetings whose survey about it has answers'),
      responses: describe(v.number(), 'N: devices that answered, all meetings together'),
      answers: describe(v.number(), 'item answers (ja, nee or weet-niet)'),
      percent: v.optional(describe(v.number(), 'share "ja" of answers; only when N ≥ 5')),
    }),
  ),
  until: v.optional(describe(isoTime, 'the newest meeting counted')),
});
