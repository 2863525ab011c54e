import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import * as v from 'valibot';
import { etag } from 'hono/etag';
import { streamSSE } from 'hono/streaming';
import {
  SERVER_NAME,
  type LiveEvent,
  type PrivacyInfo,
  type ProposalStatusReport,
  type ServerHealth,
  type ServerStatus,
  type SubmitReceipt,
  type WithdrawReceipt,
} from '../../proposals/contract';
import type { SurveyLiveEvent } from '../../survey/api';
import { publicCsv, toGeoJson } from '../exports';
import { attachment, clientAddress, fail, jsonBody } from '../http';
import { openApiDocument } from '../openapi';
import { createRateLimiter } from '../rate-limit';
import { toPublic } from '../store/repository';
import { MAX_STATUS_IDS, StatusRequestSchema, WithdrawRequestSchema } from '../schemas';
import { parseSubmission } from '../submission';
import type { AppDeps } from '../deps';

const HEARTBEAT_MS = 20_000;
// A safety net only: every change that alters the list invalidates the cache at once.
const LIST_CACHE_MS = 5_000;

const etagOf = (body: string) => `"${createHash('sha1').update(body).digest('base64url')}"`;
/**
 * If-None-Match compares weakly (RFC 9110, 13.1.2): `W/"x"` matches `"x"`. Compression (hono/compress)
 * hands the tag out weak, and that is the tag a browser sends back.
 */
const clientHas = (header: string | undefined, etag: string) =>
  header?.trim() === '*' || (header?.match(/"[^"]*"/g)?.includes(etag) ?? false);

export function publicRoutes(deps: AppDeps) {
  const { repo, config, hub } = deps;
  const submits = createRateLimiter(config.submitsPerMinute);
  const statusChecks = createRateLimiter(config.submitsPerMinute);
  const openApi = openApiDocument(config.version);
  const approved = async () => (await repo.list('goedgekeurd')).map(toPublic);
  // Every screen and phone asks for the approved list; it only changes when the live wall hears
  // of a change (from this process, or through PostgreSQL from another one).
  let listCache: { body: string; etag: string; at: number } | undefined;
  repo.subscribe(() => (listCache = undefined));
  async function approvedList() {
    if (listCache && Date.now() - listCache.at < LIST_CACHE_MS) return listCache;
    const body = JSON.stringify(await approved());
    listCache = { body, etag: etagOf(body), at: Date.now() };
    return listCache;
  }

  return new Hono()
    .get('/status', (c) => {
      const status: ServerStatus = {
        server: SERVER_NAME,
        version: config.version,
        moderation: true,
      };
      if (config.publicUrl) status.publicUrl = config.publicUrl;
      return c.json(status);
    })
    .post('/voorstellen', async (c) => {
      const allowed = submits.take(clientAddress(c, config.trustProxy));
      if (!allowed.ok) {
        c.header('retry-after', String(allowed.retryAfterSeconds));
        return fail(
          c,
          429,
          'rate-limited',
          'Te veel voorstellen in korte tijd. Probeer het zo weer.',
        );
      }
      const body = await jsonBody(c);
      if (!body.ok) return fail(c, 400, 'not-json', 'De inhoud is geen geldige JSON.');
      const submission = parseSubmission(body.value, deps.geo.locate);
      if (!submission.ok)
        return fail(c, 422, 'invalid', submission.message, { problems: submission.problems });
      if (await repo.wasWithdrawn(submission.id))
        return fail(c, 410, 'gone', 'Dit voorstel is ingetrokken.');
      const { outcome, record } = await repo.submit(
        submission.id,
        submission.value,
        submission.fingerprint,
        deps.now().toISOString(),
      );
      deps.log('info', 'proposal received', { number: record.number, outcome });
      const receipt: SubmitReceipt = {
        id: record.id,
        number: record.number,
        status: record.status,
      };
      return c.json(receipt, outcome === 'created' ? 201 : 200);
    })
    .post('/voorstellen/status', async (c) => {
      const allowed = statusChecks.take(clientAddress(c, config.trustProxy));
      if (!allowed.ok) {
        c.header('retry-after', String(allowed.retryAfterSeconds));
        return fail(c, 429, 'rate-limited', 'Te vaak gevraagd. Probeer het zo weer.');
      }
      const body = await jsonBody(c);
      const request = body.ok ? v.safeParse(StatusRequestSchema, body.value) : undefined;
      if (!request?.success)
        return fail(c, 422, 'invalid', `Stuur { ids: [...] } met hoogstens ${MAX_STATUS_IDS} ids.`);
      const ids = request.output.ids;
      const reports = (await repo.byIds(ids)).map((r): ProposalStatusReport => {
        const report: ProposalStatusReport = { id: r.id, number: r.number, status: r.status };
        if (r.status === 'afgewezen' && r.reason) report.reason = r.reason;
        return report;
      });
      c.header('cache-control', 'no-store');
      return c.json(reports);
    })
    .post('/voorstellen/intrekken', async (c) => {
      const allowed = statusChecks.take(clientAddress(c, config.trustProxy));
      if (!allowed.ok) {
        c.header('retry-after', String(allowed.retryAfterSeconds));
        return fail(c, 429, 'rate-limited', 'Te vaak gevraagd. Probeer het zo weer.');
      }
      const body = await jsonBody(c);
      const request = body.ok ? v.safeParse(WithdrawRequestSchema, body.value) : undefined;
      if (!request?.success)
        return fail(c, 422, 'invalid', 'Stuur { id } van het voorstel dat je intrekt.');
      const { id } = request.output;
      const removed = await repo.withdraw(id, deps.now().toISOString());
      deps.log('info', 'proposal withdrawn', { number: removed?.number, held: Boolean(removed) });
      const receipt: WithdrawReceipt = { id, withdrawn: Boolean(removed) };
      c.header('cache-control', 'no-store');
      return c.json(receipt);
    })
    .get('/privacy', (c) => {
      const info: PrivacyInfo = {
        contactRetentionDays: config.contactRetentionDays,
        rejectedRetentionDays: config.rejectedRetentionDays,
      };
      if (config.privacyContact) info.contact = config.privacyContact;
      return c.json(info);
    })
    .get('/voorstellen', async (c) => {
      const list = await approvedList();
      c.header('cache-control', 'no-cache');
      c.header('etag', list.etag);
      if (clientHas(c.req.header('if-none-match'), list.etag)) return c.body(null, 304);
      c.header('content-type', 'application/json; charset=utf-8');
      return c.body(list.body);
    })
    .get('/voorstellen.geojson', async (c) =>
      attachment(
        c,
        toGeoJson(await approved(), deps.geo.placeName),
        'application/geo+json',
        'voorstellen.geojson',
      ),
    )
    .get('/voorstellen.csv', async (c) =>
      attachment(c, publicCsv(await approved(), deps.geo.placeName), 'text/csv', 'voorstellen.csv'),
    )
    .get('/initiatieven', etag(), (c) => {
      c.header('cache-control', 'no-cache');
      c.header('content-type', 'application/geo+json; charset=utf-8');
      return c.body(deps.geo.initiatievenJson);
    })
    .get('/openapi.json', (c) => {
      c.header('cache-control', 'no-cache');
      return c.json(openApi);
    })
    .get('/health', async (c) => {
      c.header('cache-control', 'no-store');
      try {
        await repo.ping();
      } catch (error) {
        deps.log('error', 'health check failed', { error: String(error) });
        return fail(c, 503, 'unavailable', 'De database antwoordt niet.');
      }
      const health: ServerHealth = { status: 'ok', database: 'ok', liveScreens: hub.size };
      return c.json(health);
    })
    .get('/live', (c) => {
      const meeting = c.req.query('vergadering')?.trim().toUpperCase() || undefined;
      c.header('x-accel-buffering', 'no');
      // Hono answers HEAD by running this handler and dropping the body without cancelling the
      // stream, so a stream opened for HEAD would never hear that its client left.
      if (c.req.method === 'HEAD') {
        c.header('content-type', 'text/event-stream');
        c.header('cache-control', 'no-cache');
        return c.body(null, 200);
      }
      let end = () => {};
      const ended = new Promise<void>((resolve) => (end = resolve));
      let send: (event: LiveEvent | SurveyLiveEvent) => void = () => {};
      const admission = hub.add({
        meeting,
        address: clientAddress(c, config.trustProxy),
        send: (event) => send(event),
        sendSurvey: (event) => send(event),
        close: end,
      });
      if (!admission.ok) {
        c.header('retry-after', '30');
        return admission.reason === 'full'
          ? fail(c, 503, 'unavailable', 'Er kijken al te veel schermen mee. Probeer het zo weer.')
          : fail(c, 429, 'rate-limited', 'Te veel schermen vanaf dit adres. Sluit er een.');
      }
      c.req.raw.signal.addEventListener('abort', end);
      return streamSSE(c, async (stream) => {
        send = (event) => void stream.writeSSE({ event: event.type, data: JSON.stringify(event) });
        stream.onAbort(end);
        const heartbeat = setInterval(() => void stream.write(': ping\n\n'), HEARTBEAT_MS);
        try {
          await stream.writeSSE({ event: 'ready', data: '{}', retry: 2000 });
          await ended;
        } finally {
          clearInterval(heartbeat);
          admission.remove();
        }
      });
    });
}
