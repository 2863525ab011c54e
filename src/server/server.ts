import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import type { Server } from 'node:http';
import { createApp } from './app';
import type { ServerConfig } from './config';
import { loadServerGeo } from './geo';
import { createLiveHub } from './live';
import type { Logger } from './log';
import { openPostgres } from './store/postgres';
import type { Repository } from './store/repository';
import { openSqlite } from './store/sqlite';

export async function openRepository(
  config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>,
): Promise<Repository> {
  return config.databaseUrl
    ? openPostgres(config.databaseUrl)
    : openSqlite(join(config.dataDir, 'samen-buurten.sqlite'));
}

export interface RunningServer {
  url: string;
  repo: Repository;
  /** Stops taking requests, ends live streams, lets running requests finish, closes storage. */
  close(): Promise<void>;
}

/** Opens storage, builds the app and listens; used by main.ts and by the integration tests. */
export async function startServer(config: ServerConfig, log: Logger): Promise<RunningServer> {
  const repo = await openRepository(config);
  const hub = createLiveHub({
    maxScreens: config.liveMaxScreens,
    maxScreensPerClient: config.liveMaxScreensPerClient,
  });
  const unsubscribe = repo.subscribe((event) => hub.publish(event));
  const app = createApp({ repo, geo: loadServerGeo(), hub, log, config, now: () => new Date() });

  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, () =>
      resolve(s),
    );
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}`;

  let closing: Promise<void> | undefined;
  return {
    url,
    repo,
    close: () =>
      (closing ??= (async () => {
        unsubscribe();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        hub.closeAll();
        // Connections whose last response (an ended live stream, say) has just finished become
        // idle a moment later; close them as they do instead of waiting for keep-alive to lapse.
        const idle = setInterval(() => (server as Server).closeIdleConnections?.(), 50);
        (server as Server).closeIdleConnections?.();
        const timeout = setTimeout(() => (server as Server).closeAllConnections?.(), 10_000);
        await closed;
        clearInterval(idle);
        clearTimeout(timeout);
        await repo.close();
      })()),
  };
}
