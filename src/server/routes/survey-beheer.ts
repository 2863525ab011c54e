import { Hono } from 'hono';
import * as v from 'valibot';
import { OpenAnswerDecisionSchema } from '../../survey/schemas';
import { checkSetup } from '../../survey/validate';
import type { AppDeps } from '../deps';
import { attachment, fail, jsonBody } from '../http';
import { surveyCsv } from '../survey-export';

const asNumber = (value: string) => (/^\d{1,12}$/.test(value) ? Number(value) : undefined);

/** The moderator's side of a meeting's survey; mounted under /api/beheer/vergaderingen (auth). */
export function surveyModerationRoutes(deps: AppDeps) {
  const { repo, geo } = deps;
  const now = () => deps.now().toISOString();
  const noSurvey = (c: Parameters<typeof fail>[0]) =>
    fail(c, 404, 'not-found', 'Deze bijeenkomst heeft (nog) geen enquête.');

  return new Hono<{ Variables: { moderator: string } }>()
    .put('/:code/enquete', async (c) => {
      const code = c.req.param('code').toUpperCase();
      const body = await jsonBody(c);
      if (!body.ok) return fail(c, 400, 'not-json', 'De inhoud is geen geldige JSON.');
      const setup = checkSetup(body.value, geo.knelpunten, geo.isGemeente);
      if (!setup.ok) return fail(c, 422, 'invalid', setup.message);
      const survey = await repo.setSurvey(code, setup.value, now());
      if (!survey) return fail(c, 404, 'not-found', 'Deze bijeenkomst bestaat niet.');
      await repo.recordAudit({ actor: c.var.moderator, action: 'survey', detail: code });
      return c.json(survey);
    })
    .post('/:code/enquete/sluiten', async (c) => {
      const code = c.req.param('code').toUpperCase();
      const survey = await repo.closeSurvey(code, now());
      if (!survey) return noSurvey(c);
      await repo.recordAudit({ actor: c.var.moderator, action: 'survey-close', detail: code });
      return c.json(survey);
    })
    .get('/:code/enquete/antwoorden', async (c) => {
      const code = c.req.param('code').toUpperCase();
      if (!(await repo.survey(code))) return noSurvey(c);
      return c.json(await repo.surveyResponses(code));
    })
    .post('/:code/enquete/antwoorden/:number/open', async (c) => {
      const code = c.req.param('code').toUpperCase();
      const number = asNumber(c.req.param('number'));
      const body = await jsonBody(c);
      const request = body.ok ? v.safeParse(OpenAnswerDecisionSchema, body.value) : undefined;
      if (!request?.success)
        return fail(
          c,
          422,
          'invalid',
          'Stuur { status: "goedgekeurd" } of { status: "afgewezen" }.',
        );
      const decided =
        number === undefined
          ? undefined
          : await repo.decideOpenAnswer(code, number, request.output.status);
      if (!decided) return fail(c, 404, 'not-found', 'Dit open antwoord bestaat niet.');
      await repo.recordAudit({
        actor: c.var.moderator,
        action: request.output.status === 'goedgekeurd' ? 'survey-approve' : 'survey-reject',
        detail: `${code} #${number}`,
      });
      return c.json(decided);
    })
    .get('/:code/enquete.csv', async (c) => {
      const code = c.req.param('code').toUpperCase();
      if (!(await repo.survey(code))) return noSurvey(c);
      const csv = surveyCsv(code, await repo.surveyResponses(code), geo.knelpunten, geo.placeName);
      return attachment(c, csv, 'text/csv', `enquete-${code}.csv`);
    });
}
