import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/server/config';
import type { ErrorBody, SubmitReceipt } from '../../src/proposals/contract';
import { silentLogger } from '../../src/server/log';
import { startServer, type RunningServer } from '../../src/server/server';
import { ADMIN_TOKEN, proposal } from './app-under-test';
import { freshDataDir } from './databases';
import { exited, residentMiB, startProcess } from './server-process';
import { openLiveStream } from './sse-client';

/** `count` requests, `parallel` at a time, as `seq N | xargs -P8 curl -sI` sends them. */
async function flood(count: number, parallel: number, send: () => Promise<Response>) {
  let left = count;
  const statuses = new Map<number, number>();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (left-- > 0) {
        const response = await send();
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    }),
  );
  return statuses;
}

describe('HEAD on the live stream', () => {
  const data = freshDataDir();
  let server: Awaited<ReturnType<typeof startProcess>>;
  beforeAll(async () => {
    server = await startProcess({ DATA_DIR: data.dir, SUBMITS_PER_MINUTE: '100000' });
  });
  afterAll(async () => {
    server.child.kill('SIGTERM');
    await exited(server.child);
    data.remove();
  });

  const head = () => fetch(`${server.url}/api/live`, { method: 'HEAD' });
  const liveScreens = async () =>
    ((await (await fetch(`${server.url}/api/health`)).json()) as { liveScreens: number })
      .liveScreens;

  it('answers with the headers only and registers no screen', async () => {
    const response = await head();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(await response.text()).toBe('');
    expect(await liveScreens()).toBe(0);
  });

  it('2 000 HEAD requests leave memory flat and approvals fast', async () => {
    // Warm-up: code paths compiled, heap grown to its working size (a fresh process's RSS climbs
    // over its first few thousand requests, leak or not).
    await flood(2_000, 8, head);
    const before = residentMiB(server.child.pid!);
    const statuses = await flood(2_000, 8, head);
    expect(statuses).toEqual(new Map([[200, 2_000]]));
    expect(await liveScreens()).toBe(0);
    // Measured before the approvals below: they grow SQLite's page cache and compile new code, which
    // is growth but not a leak of the HEAD requests.
    const after = residentMiB(server.child.pid!);
    expect(after - before).toBeLessThan(20);

    const admin = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' };
    const timings: number[] = [];
    for (let i = 0; i < 80; i += 1) {
      const receipt = (await (
        await fetch(`${server.url}/api/voorstellen`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(proposal()),
        })
      ).json()) as SubmitReceipt;
      const started = performance.now();
      const approved = await fetch(
        `${server.url}/api/beheer/voorstellen/${receipt.number}/goedkeuren`,
        { method: 'POST', headers: admin, body: '{}' },
      );
      expect(approved.status).toBe(200);
      timings.push(performance.now() - started);
    }
    const median = timings.sort((a, b) => a - b)[timings.length >> 1]!;
    expect(median).toBeLessThan(100);
  }, 120_000);
});

describe('limits on live screens', () => {
  const data = freshDataDir();
  let server: RunningServer;
  beforeAll(async () => {
    const config = readConfig({
      DATA_DIR: data.dir,
      ADMIN_TOKEN,
      STATIC_DIR: '/nonexistent',
      LIVE_MAX_SCREENS: '3',
      LIVE_MAX_SCREENS_PER_CLIENT: '2',
    });
    server = await startServer({ ...config, port: 0 }, silentLogger);
  });
  afterAll(async () => {
    await server.close();
    data.remove();
  });

  const refused = async (headers: Record<string, string> = {}) => {
    const response = await fetch(`${server.url}/api/live`, { headers });
    return { status: response.status, body: (await response.json()) as ErrorBody };
  };

  it('refuses a client past its own limit with 429, and frees the place when a screen closes', async () => {
    const screens = [
      await openLiveStream(`${server.url}/api/live`),
      await openLiveStream(`${server.url}/api/live`),
    ];
    await Promise.all(screens.map((s) => s.ready()));
    const third = await refused();
    expect(third.status).toBe(429);
    expect(third.body.error).toBe('rate-limited');
    await screens[0]!.close();
    const again = await openLiveStream(`${server.url}/api/live`);
    expect(await again.ready()).toBe(true);
    await Promise.all([screens[1]!.close(), again.close()]);
  });

  it('refuses every screen past the total with 503', async () => {
    // Three screens from three clients (TRUST_PROXY is off: they share the socket's address,
    // so this server is given a per-client limit above the total).
    const config = readConfig({
      DATA_DIR: data.dir,
      ADMIN_TOKEN,
      STATIC_DIR: '/nonexistent',
      LIVE_MAX_SCREENS: '3',
      LIVE_MAX_SCREENS_PER_CLIENT: '10',
    });
    const roomy = await startServer({ ...config, port: 0 }, silentLogger);
    try {
      const screens = await Promise.all(
        [1, 2, 3].map(() => openLiveStream(`${roomy.url}/api/live`)),
      );
      await Promise.all(screens.map((s) => s.ready()));
      const response = await fetch(`${roomy.url}/api/live`);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBeTruthy();
      expect(((await response.json()) as ErrorBody).message).toMatch(/scherm/i);
      await Promise.all(screens.map((s) => s.close()));
    } finally {
      await roomy.close();
    }
  });
});
