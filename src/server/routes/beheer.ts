import { randomInt } from 'node:crypto';
import { Hono } from 'hono';
import { MODERATION_STATUSES, type Meeting, type ModerationStatus } from '../contract';
import { bearerToken, tokenMatches } from '../auth';
import { moderatedCsv, toGeoJson } from '../exports';
import { attachment, clientAddress, fail, jsonBody } from '../http';
import { createRateLimiter } from '../rate-limit';
import { toModerated, type ProposalRecord } from '../store/repository';
import { fingerprintOf } from '../submission';
import { cleanText, validateProposal } from '../../propose/validate';
import type { AppDeps } from '../app';

const EDITABLE = [
  'name',
  'description',
  'kind',
  'website',
  'contact',
  'knelpunten',
  'meetingCode',
  'lng',
  'lat',
] as const;
// No 0/O or 1/I: a code is read off a screen and typed on a phone.
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const REASON = { min: 3, max: 500 };
const TITLE = { min: 2, max: 120 };

export function meetingCode(): string {
  return Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

/** Until moderators have names of their own, the audit log names the role. */
const MODERATOR_ACTOR = 'beheer';

const asNumber = (value: string) => (/^\d{1,12}$/.test(value) ? Number(value) : undefined);

export function beheerRoutes(deps: AppDeps) {
  const { repo, config } = deps;
  // Wrong tokens are limited per client, so the token cannot be guessed by trying.
  const wrongTokens = createRateLimiter(20);
  const now = () => deps.now().toISOString();

  const app = new Hono();
  app.use('*', async (c, next) => {
    if (tokenMatches(bearerToken(c.req.header('authorization')), config.adminToken)) return next();
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
      const changes = body.value as Record<string, unknown>;
      const merged: Record<string, unknown> = {};
      for (const field of EDITABLE)
        merged[field] = field in changes ? changes[field] : current[field];
      const result = validateProposal(merged, deps.geo.locate);
      if (!result.ok)
        return fail(c, 422, 'invalid', 'De wijziging is niet compleet.', {
          problems: result.problems,
        });
      return found(
        c,
        await repo.edit(current.number, result.value, fingerprintOf(result.value), now()),
      );
    })
    .delete('/voorstellen/:number', async (c) => {
      const number = asNumber(c.req.param('number'));
      const erased =
        number === undefined ? undefined : await repo.erase(number, MODERATOR_ACTOR, now());
      if (!erased) return fail(c, 404, 'not-found', 'Dit voorstel bestaat niet.');
      deps.log('info', 'proposal erased', { number });
      return c.body(null, 204);
    })
    .post('/voorstellen/:number/goedkeuren', async (c) => {
      const number = asNumber(c.req.param('number'));
      return found(
        c,
        number === undefined
          ? undefined
          : await repo.decide(number, { status: 'goedgekeurd' }, now()),
      );
    })
    .post('/voorstellen/:number/afwijzen', async (c) => {
      const number = asNumber(c.req.param('number'));
      const body = await jsonBody(c);
      if (!body.ok) return fail(c, 400, 'not-json', 'De inhoud is geen geldige JSON.');
      const reason = cleanText((body.value as { reason?: unknown } | null)?.reason, true);
      if ([...reason].length < REASON.min || [...reason].length > REASON.max)
        return fail(
          c,
          422,
          'invalid',
          `Geef een reden van ${REASON.min} tot ${REASON.max} tekens.`,
        );
      return found(
        c,
        number === undefined
          ? undefined
          : await repo.decide(number, { status: 'afgewezen', reason }, now()),
      );
    })
    .get('/export.csv', async (c) =>
      attachment(
        c,
        moderatedCsv((await repo.list()).map(toModerated)),
        'text/csv',
        'voorstellen-alle.csv',
      ),
    )
    .get('/export.geojson', async (c) =>
      attachment(
        c,
        toGeoJson((await repo.list()).map(toModerated)),
        'application/geo+json',
        'voorstellen-alle.geojson',
      ),
    )
    .get('/vergaderingen', async (c) => c.json(await repo.meetings()))
    .post('/vergaderingen', async (c) => {
      const body = await jsonBody(c);
      if (!body.ok) return fail(c, 400, 'not-json', 'De inhoud is geen geldige JSON.');
      const title = cleanText((body.value as { title?: unknown } | null)?.title);
      if ([...title].length < TITLE.min || [...title].length > TITLE.max)
        return fail(
          c,
          422,
          'invalid',
          `Geef de bijeenkomst een naam van ${TITLE.min} tot ${TITLE.max} tekens.`,
        );
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const meeting: Meeting = { code: meetingCode(), title, createdAt: now() };
        if (await repo.createMeeting(meeting)) return c.json(meeting, 201);
      }
      return fail(c, 409, 'conflict', 'Geen vrije code gevonden. Probeer het opnieuw.');
    })
    .get('/vergaderingen/:code/verslag.csv', async (c) => {
      const code = c.req.param('code').toUpperCase();
      const meeting = await repo.meeting(code);
      if (!meeting) return fail(c, 404, 'not-found', 'Deze bijeenkomst bestaat niet.');
      const rows = (await repo.forMeeting(code)).map(toModerated);
      return attachment(c, moderatedCsv(rows), 'text/csv', `verslag-${code}.csv`);
    });
}
