import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/**
 * The production build: hashed files under /assets are cached for a year, everything else
 * (index.html, the service worker, geo data) is revalidated, and a page address such as /beheer
 * gets index.html so the app can route it. Source maps (*.map) are not served.
 */
export function serveBuild(app: Hono, root: string) {
  // Source maps stay in the build folder for whoever debugs on the server; they are not published.
  app.get('*', async (c, next) => (c.req.path.endsWith('.map') ? c.notFound() : next()));
  app.use(
    '*',
    serveStatic({
      root,
      onFound: (path, c) => {
        c.header(
          'cache-control',
          /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    }),
  );
  app.get('*', async (c, next) => {
    const lastSegment = c.req.path.split('/').pop() ?? '';
    if (lastSegment.includes('.')) return next();
    c.header('cache-control', 'no-cache');
    return serveStatic({ root, path: 'index.html' })(c, next);
  });
}
