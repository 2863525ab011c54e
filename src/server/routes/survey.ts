import { Hono } from 'hono';
import type { RecognitionOverview, SurveyReceipt, SurveyResults } from '../../survey/api';
import { tally } from '../../survey/results';
import { checkResponse } from '../../survey/validate';
import type { AppDeps } from '../deps';
import { clientAddress, fail, jsonBody } from '../http';
import { createRateLimiter } from '../rate-limit';
import { recognitionOverview } from './survey-recognition';

const codeOf = (raw: string) => raw.trim().toUpperCase();

/** The results a screen shows: counts per item with N, approved open answers only. */
export async function surveyResults(
  deps: Pick<AppDeps, 'repo' | 'geo'>,
  code: string,
): Promise<SurveyResults | undefined> {
  const survey = await deps.repo.survey(code);
  if (!survey) return undefined;
  const responses = await deps.repo.surveyResponses(code);
  return {
    survey,
    responses: responses.length,
    levels: tally(responses, survey, deps.geo.knelpunten),
    openAnswers: responses.filter((r) => r.openStatus === 'goedgekeurd').map((r) => r.open!),
  };
}

/** The phones' side of a meeting's survey, and the results for the big screen. */
export function surveyRoutes(deps: AppDeps) {
  const { repo, config, hub, geo } = deps;
  const answers = createRateLimiter(config.submitsPerMinute);
  // Every screen of a meeting asks again when it hears of a change: one tally per change.
  const cache = new Map<string, Promise<SurveyResults | undefined>>();
  const overviews = createRateLimiter(config.submitsPerMinute);
  let overview: Promise<RecognitionOverview> | undefined;
  repo.subscribeSurveys((event) => {
    cache.delete(event.meeting);
    overview = undefined;
    hub.publishSurvey(event);
  });
  const noSurvey = (c: Parameters<typeof fail>[0]) =>
    fail(c, 404, 'not-found', 'Bij deze code hoort geen enquête.');

  return new Hono()
    .get('/', async (c) => {
      // What a municipality's meetings found, for its panel on the map: only surveys with answers.
      const gemeente = c.req.query('gemeente');
      const chosen = (await repo.surveys()).filter((s) => !gemeente || s.gemeente === gemeente);
      const all = await Promise.all(chosen.map((s) => surveyResults(deps, s.meetingCode)));
      c.header('cache-control', 'no-cache');
      return c.json(all.filter((r) => r && r.responses > 0));
    })
    .get('/per-gemeente', async (c) => {
      // (Registered before '/:code', which would take it for a meeting code.)
      const allowed = overviews.take(clientAddress(c, config.trustProxy));
      if (!allowed.ok) {
        c.header('retry-after', String(allowed.retryAfterSeconds));
        return fail(c, 429, 'rate-limited', 'Te vaak gevraagd. Probeer het zo weer.');
      }
      if (!overview) {
        overview = recognitionOverview(repo);
        overview.catch(() => (overview = undefined));
      }
      c.header('cache-control', 'no-cache');
      return c.json(await overview);
    })
    .get('/:code', async (c) => {
      const survey = await repo.survey(codeOf(c.req.param('code')));
      c.header('cache-control', 'no-cache');
      return survey ? c.json(survey) : noSurvey(c);
    })
    .get('/:code/resultaten', async (c) => {
      const code = codeOf(c.req.param('code'));
      let results = cache.get(code);
      if (!results) {
        results = surveyResults(deps, code);
        cache.set(code, results);
        results.catch(() => cache.delete(code));
      }
      const found = await results;
      c.header('cache-control', 'no-store');
      return found ? c.json(found) : noSurvey(c);
    })
    .post('/:code/antwoord', async (c) => {
      const allowed = answers.take(clientAddress(c, config.trustProxy));
      if (!allowed.ok) {
        c.header('retry-after', String(allowed.retryAfterSeconds));
        return fail(
          c,
          429,
          'rate-limited',
          'Te veel antwoorden in korte tijd. Probeer het zo weer.',
        );
      }
      const code = codeOf(c.req.param('code'));
      const survey = await repo.survey(code);
      if (!survey) return noSurvey(c);
      const body = await jsonBody(c);
      if (!body.ok) return fail(c, 400, 'not-json', 'De inhoud is geen geldige JSON.');
      const checked = checkResponse(body.value, survey, geo.knelpunten, geo.gemeenteOfWijk);
      if (!checked.ok) return fail(c, 422, 'invalid', checked.message);
      const { device, ...input } = checked.value;
      const outcome = await repo.answerSurvey(code, device, input, deps.now().toISOString());
      if (outcome.kind === 'no-survey') return noSurvey(c);
      if (outcome.kind === 'closed')
        return fail(
          c,
          409,
          'conflict',
          'De bijeenkomst is gesloten. Er kunnen geen antwoorden meer bij.',
        );
      deps.log('info', 'survey answer received', { meeting: code, outcome: outcome.kind });
      const receipt: SurveyReceipt = {
        number: outcome.number,
        updated: outcome.kind === 'updated',
      };
      return c.json(receipt, outcome.kind === 'created' ? 201 : 200);
    });
}
