import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import type { AppDeps } from './deps';
import { fail } from './http';
import { beheerRoutes } from './routes/beheer';
import { publicRoutes } from './routes/public';
import { surveyRoutes } from './routes/survey';
import { securityHeaders } from './security';
import { serveBuild } from './static';

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/** The whole HTTP surface: API under /api, the moderator API under /api/beheer, then the app. */
export function createApp(deps: AppDeps) {
  const { config, log } = deps;
  const app = new Hono();

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    log('info', 'request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  });
  app.use('*', securityHeaders(config));
  // JSON answers are compressed per request (gzip); hono/compress leaves the live event stream
  // alone (text/event-stream is never buffered) and the build's files come precompressed.
  app.use('/api/*', compress());

  // A copy of the app on another site (static hosting, built with VITE_API_URL) may use the API
  // when that site is named in CORS_ORIGINS; no other site may.
  if (config.corsOrigins.length > 0)
    app.use(
      '/api/*',
      cors({
        origin: config.corsOrigins,
        allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
        allowHeaders: ['content-type', 'authorization'],
        maxAge: 600,
      }),
    );
  app.use('/api/*', async (c, next) => {
    if (!WITH_BODY.has(c.req.method)) return next();
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/json\s*(;|$)/i.test(type))
      return fail(
        c,
        415,
        'not-json',
        'Stuur de gegevens als JSON (Content-Type: application/json).',
      );
    return next();
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: config.maxBodyBytes,
      onError: (c) => fail(c, 413, 'too-large', 'Het bericht is te groot.'),
    }),
  );
  app.route('/api/beheer', beheerRoutes(deps));
  app.route('/api/enquete', surveyRoutes(deps));
  app.route('/api', publicRoutes(deps));
  app.all('/api/*', (c) => fail(c, 404, 'not-found', 'Dit adres bestaat niet in de API.'));

  if (config.staticDir) serveBuild(app, config.staticDir);

  app.notFound((c) => fail(c, 404, 'not-found', 'Deze pagina bestaat niet.'));
  app.onError((error, c) => {
    // The details go to the log, never to the client.
    log('error', 'unhandled error', {
      method: c.req.method,
      path: c.req.path,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    return fail(c, 500, 'internal', 'Er ging iets mis op de server. Probeer het later opnieuw.');
  });
  return app;
}
