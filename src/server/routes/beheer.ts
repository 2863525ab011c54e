import { randomInt } from 'node:crypto';
import { Hono } from 'hono';
import * as v from 'valibot';
import { MeetingBodySchema, ProposalEditSchema, RejectBodySchema } from '../schemas';
import { MODERATION_STATUSES, type Meeting, type ModerationStatus } from '../../proposals/contract';
import { bearerToken } from '../auth';
import { moderatorFor } from '../moderators';
import { auditCsv, moderatedCsv, toGeoJson } from '../exports';
import { attachment, clientAddress, fail, jsonBody } from '../http';
import { createRateLimiter } from '../rate-limit';
import { toModerated, type AuditInput, type ProposalRecord } from '../store/repository';
import { fingerprintOf, typeProblems } from '../submission';
import { FIELD_KEYS } from '../../proposals/fields';
import { cleanText, hasDirectionControls, validateProposal } from '../../proposals/validate';
import type { AppDeps } from '../deps';
import { surveyModerationRoutes } from './survey-beheer';

/** An edit may change any field of a proposal; the rest stays as it was. */
const EDITABLE = FIELD_KEYS;
// No 0/O or 1/I: a code is read off a screen and typed on a phone.
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const REASON = { min: 3, max: 500 };
const TITLE = { min: 2, max: 120 };
const DIRECTION_MESSAGE =
  'De tekst bevat onzichtbare tekens die de leesrichting omdraaien. Typ hem opnieuw zonder die tekens.';

export function meetingCode(): string {
  return Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

const asNumber = (value: string) => (/^\d{1,12}$/.test(value) ? Number(value) : undefined);

export function beheerRoutes(deps: AppDeps) {
  const { repo, config } = deps;
  // Wrong tokens are limited per client, so the token cannot be guessed by trying.
  const wrongTokens = createRateLimiter(20);
  const now = () => deps.now().toISOString();

  const app = new Hono<{ Variables: { moderator: string } }>();
  app.use('*', async (c, next) => {
    // Answers carry contact details and the moderators' work: no cache may keep them.
    c.header('cache-control', 'no-store');
    const moderator = await moderatorFor(bearerToken(c.req.header('authorization')), config, repo);
    if (moderator) {
      c.set('moderator', moderator);
      return next();
    }
    const limited = wrongTokens.take(clientAddress(c, config.trustProxy));
    c.header('www-authenticate', 'Bearer realm="beheer"');
    if (!limited.ok) {
      c.header('retry-after', String(limited.retryAfterSeconds));
      return fail(c, 429, 'rate-limited', 'Te vaak een verkeerde code. Wacht even.');
    }
    return fail(c, 401, 'unauthorized', 'Log in met de beheercode.');
  });

  const found = (c: Parameters<typeof fail>[0], record: ProposalRecord | undefined) =>
    record ? c.json(toModerated(record)) : fail(c, 404, 'not-found', 'Dit voorstel bestaat niet.');
  /** Notes who did what to a proposal that exists, before the answer goes out. */
  const audited = async (
    actor: string,
    action: AuditInput['action'],
    record: ProposalRecord | undefined,
    detail?: string,
  ) => {
    if (record) await repo.recordAudit({ actor, action, proposalId: record.number, detail });
    return record;
  };

  return app
    .get('/sessie', (c) => c.body(null, 204))
    .get('/voorstellen', async (c) => {
      const status = c.req.query('status');
      if (status && !(MODERATION_STATUSES as readonly string[]).includes(status))
        return fail(c, 400, 'invalid', `Onbekende status: kies ${MODERATION_STATUSES.join(', ')}.`);
      return c.json((await repo.list(status as ModerationStatus | undefined)).map(toModerated));
    })
    .patch('/voorstellen/:number', async (c) => {
      const number = asNumber(c.req.param('number'));
      const current = number === undefined ? undefined : await repo.byNumber(number);
      if (!current) return fail(c, 404, 'not-found', 'Dit voorstel bestaat niet.');
      const body = await jsonBody(c);
      if (!body.ok || !body.value || typeof body.value !== 'object' || Array.isArray(body.value))
        return fail(c, 400, 'not-json', 'Stuur de velden als JSON-object.');
      const shape = v.safeParse(ProposalEditSchema, body.value);
      if (!shape.success)
        return fail(c, 422, 'invalid', 'De wijziging is niet compleet.', {
          problems: typeProblems(shape.issues, []),
        });
      const changes = body.value as Record<string, unknown>;
      const merged: Record<string, unknown> = {};
      for (const field of EDITABLE)
        merged[field] = field in changes ? changes[field] : current[field];
      const result = validateProposal(merged, deps.geo.locate);
      if (!result.ok)
        return fail(c, 422, 'invalid', 'De wijziging is niet compleet.', {
          problems: result.problems,
        });
      const changed = EDITABLE.filter(
        (field) => JSON.stringify(current[field]) !== JSON.stringify(result.value[field]),
      );
      const edited = await repo.edit(
        current.number,
        result.value,
        fingerprintOf(result.value),
        now(),
      );
      return found(c, await audited(c.var.moderator, 'edit', edited, changed.join(', ')));
    })
    .delete('/voorstellen/:number', async (c) => {
      const number = asNumber(c.req.param('number'));
      const erased =
        number === undefined ? undefined : await repo.erase(number, c.get('moderator'), now());
      if (!erased) return fail(c, 404, 'not-found', 'Dit voorstel bestaat niet.');
      deps.log('info', 'proposal erased', { number });
      return c.body(null, 204);
    })
    .post('/voorstellen/:number/goedkeuren', async (c) => {
      const number = asNumber(c.req.param('number'));
      const decided =
        number === undefined
          ? undefined
          : await repo.decide(number, { status: 'goedgekeurd' }, now());
      return found(c, await audited(c.var.moderator, 'approve', decided));
    })
    .post('/voorstellen/:number/afwijzen', async (c) => {
      const number = asNumber(c.req.param('number'));
      const body = await jsonBody(c);
      if (!body.ok) return fail(c, 400, 'not-json', 'De inhoud is geen geldige JSON.');
      const request = v.safeParse(RejectBodySchema, body.value);
      const reason = request.success ? cleanText(request.output.reason, true) : '';
      if (hasDirectionControls(reason)) return fail(c, 422, 'invalid', DIRECTION_MESSAGE);
      if ([...reason].length < REASON.min || [...reason].length > REASON.max)
        return fail(
          c,
          422,
          'invalid',
          `Geef een reden van ${REASON.min} tot ${REASON.max} tekens.`,
        );
      const decided =
        number === undefined
          ? undefined
          : await repo.decide(number, { status: 'afgewezen', reason }, now());
      // The reason is not copied into the log: it may name people.
      return found(c, await audited(c.var.moderator, 'reject', decided));
    })
    .get('/export.csv', async (c) =>
      attachment(
        c,
        moderatedCsv((await repo.list()).map(toModerated), deps.geo.placeName),
        'text/csv',
        'voorstellen-alle.csv',
      ),
    )
    .get('/export.geojson', async (c) =>
      attachment(
        c,
        toGeoJson((await repo.list()).map(toModerated), deps.geo.placeName),
        'application/geo+json',
        'voorstellen-alle.geojson',
      ),
    )
    .get('/logboek', async (c) => c.json(await repo.auditLog()))
    .get('/logboek.csv', async (c) =>
      attachment(c, auditCsv(await repo.auditLog(100_000)), 'text/csv', 'logboek.csv'),
    )
    .get('/vergaderingen', async (c) => c.json(await repo.meetings()))
    .post('/vergaderingen', async (c) => {
      const body = await jsonBody(c);
      if (!body.ok) return fail(c, 400, 'not-json', 'De inhoud is geen geldige JSON.');
      const request = v.safeParse(MeetingBodySchema, body.value);
      const title = request.success ? cleanText(request.output.title) : '';
      if (hasDirectionControls(title)) return fail(c, 422, 'invalid', DIRECTION_MESSAGE);
      if ([...title].length < TITLE.min || [...title].length > TITLE.max)
        return fail(
          c,
          422,
          'invalid',
          `Geef de bijeenkomst een naam van ${TITLE.min} tot ${TITLE.max} tekens.`,
        );
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const meeting: Meeting = { code: meetingCode(), title, createdAt: now() };
        if (await repo.createMeeting(meeting)) {
          await repo.recordAudit({
            actor: c.var.moderator,
            action: 'meeting',
            detail: meeting.code,
            at: meeting.createdAt,
          });
          return c.json(meeting, 201);
        }
      }
      return fail(c, 409, 'conflict', 'Geen vrije code gevonden. Probeer het opnieuw.');
    })
    .get('/vergaderingen/:code/verslag.csv', async (c) => {
      const code = c.req.param('code').toUpperCase();
      const meeting = await repo.meeting(code);
      if (!meeting) return fail(c, 404, 'not-found', 'Deze bijeenkomst bestaat niet.');
      const rows = (await repo.forMeeting(code)).map(toModerated);
      return attachment(
        c,
        moderatedCsv(rows, deps.geo.placeName),
        'text/csv',
        `verslag-${code}.csv`,
      );
    })
    .route('/vergaderingen', surveyModerationRoutes(deps));
}
