import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/**
 * The production build: hashed files under /assets are cached for a year, everything else
 * (index.html, the service worker, geo data) is revalidated, and a page address such as /beheer
 * gets index.html so the app can route it. Source maps (*.map) are not served. Text files come
 * as the brotli or gzip copy made at build time (scripts/precompress.ts) when the client takes it.
 */
export function serveBuild(app: Hono, root: string) {
  // Source maps stay in the build folder for whoever debugs on the server; they are not published.
  app.get('*', async (c, next) => (c.req.path.endsWith('.map') ? c.notFound() : next()));
  // Set once the file is chosen: headers set inside serveStatic's onFound come too late for
  // the response it has already made.
  app.use('*', async (c, next) => {
    await next();
    if (c.req.path.startsWith('/api/') || !c.res.ok) return;
    // Whether or not this client got a compressed copy, caches must ask by encoding.
    c.header('vary', 'Accept-Encoding');
    c.header(
      'cache-control',
      c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
  });
  app.use('*', serveStatic({ root, precompressed: true }));
  app.get('*', async (c, next) => {
    const lastSegment = c.req.path.split('/').pop() ?? '';
    if (lastSegment.includes('.')) return next();
    return serveStatic({ root, path: 'index.html', precompressed: true })(c, next);
  });
}
