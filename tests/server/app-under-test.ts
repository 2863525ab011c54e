import { createApp } from '../../src/server/app';
import type { AppDeps } from '../../src/server/deps';
import type { Hono } from 'hono';
import { loadServerGeo } from '../../src/server/geo';
import { createLiveHub } from '../../src/server/live';
import { silentLogger, type Logger } from '../../src/server/log';
import { openRepository } from '../../src/server/server';
import type { Repository } from '../../src/server/store/repository';
import { storageFor, type StoreKind } from './databases';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';
const geo = loadServerGeo();

/** A point in Almere Stad (GM0034) and one in the IJsselmeer, outside every municipality. */
export const IN_ALMERE = { lng: 5.27, lat: 52.37 };
export const IN_THE_LAKE = { lng: 5.45, lat: 52.75 };

let counter = 0;
/** A proposal as the app's submit queue sends it: the device's stable id plus the form's fields. */
export function proposal(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    id: `test-${process.pid}-${Date.now().toString(36)}-${counter}`,
    name: `Buurtkamer ${counter}`,
    description: 'Een open huiskamer in de wijk, elke dinsdagmiddag.',
    kind: 'ontmoeting',
    knelpunten: ['relationeel'],
    meetingCode: undefined as string | undefined,
    ...IN_ALMERE,
    status: 'lokaal',
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
    ...overrides,
  };
}

export interface AppUnderTest {
  app: Hono;
  repo: Repository;
  hub: ReturnType<typeof createLiveHub>;
  /** Where the store lives: the SQLite directory or the PostgreSQL database (tools, raw reads). */
  storage: { dataDir: string; databaseUrl?: string };
  /** JSON request helper: `admin` adds the moderator token. */
  call(
    method: string,
    path: string,
    options?: { body?: unknown; admin?: boolean; headers?: Record<string, string> },
  ): Promise<Response>;
  cleanup(): Promise<void>;
}

export async function appUnderTest(
  kind: StoreKind,
  config: Partial<AppDeps['config']> = {},
  options: { log?: Logger; now?: () => Date } = {},
): Promise<AppUnderTest> {
  const storage = await storageFor(kind);
  const repo = await openRepository(storage);
  const hub = createLiveHub();
  const unsubscribe = repo.subscribe((event) => hub.publish(event));
  const app = createApp({
    repo,
    geo,
    hub,
    log: options.log ?? silentLogger,
    now: options.now ?? (() => new Date()),
    config: {
      adminToken: ADMIN_TOKEN,
      adminName: 'beheerder',
      frameAncestors: "'self'",
      basemapOrigins: [],
      corsOrigins: [],
      publicUrl: undefined,
      submitsPerMinute: 10_000,
      contactRetentionDays: 90,
      rejectedRetentionDays: 30,
      privacyContact: undefined,
      trustProxy: 1,
      liveMaxScreens: 1000,
      liveMaxScreensPerClient: 20,
      maxBodyBytes: 32 * 1024,
      version: 'test',
      staticDir: undefined,
      ...config,
    },
  });
  return {
    app,
    repo,
    hub,
    storage: { dataDir: storage.dataDir, databaseUrl: storage.databaseUrl },
    call(method, path, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      if (options.body !== undefined) headers['content-type'] ??= 'application/json';
      if (options.admin) headers.authorization = `Bearer ${ADMIN_TOKEN}`;
      const body =
        options.body === undefined
          ? undefined
          : typeof options.body === 'string'
            ? options.body
            : JSON.stringify(options.body);
      return Promise.resolve(app.request(path, { method, headers, body }));
    },
    async cleanup() {
      unsubscribe();
      await repo.close();
      await storage.cleanup();
    },
  };
}
