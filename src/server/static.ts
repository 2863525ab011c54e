import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/**
 * The production build: hashed files under /assets are cached for a year, everything else
 * (index.html, the service worker, geo data) is revalidated, and a page address such as /beheer
 * gets index.html so the app can route it.
 */
export function serveBuild(app: Hono, root: string) {
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
