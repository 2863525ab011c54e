import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/server/config';
import type { SubmitReceipt } from '../../src/proposals/contract';
import { silentLogger } from '../../src/server/log';
import { startServer, type RunningServer } from '../../src/server/server';
import { ADMIN_TOKEN, proposal } from './app-under-test';
import { STORE_KINDS, storageFor } from './databases';
import { openLiveStream } from './sse-client';

describe.each(STORE_KINDS)('live wall over HTTP on %s', (kind) => {
  let server: RunningServer;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const storage = await storageFor(kind);
    cleanup = storage.cleanup;
    const config = readConfig({
      PORT: '1',
      DATA_DIR: storage.dataDir,
      DATABASE_URL: storage.databaseUrl,
      ADMIN_TOKEN,
      STATIC_DIR: '/nonexistent',
    });
    server = await startServer({ ...config, port: 0 }, silentLogger);
  });
  afterAll(async () => {
    await server.close();
    await cleanup();
  });

  const post = async (path: string, body: unknown, admin = false) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(admin ? { authorization: `Bearer ${ADMIN_TOKEN}` } : {}),
      },
      body: JSON.stringify(body),
    });

  it('tells every screen about an approval within a moment, and about a removal', async () => {
    const screenA = await openLiveStream(`${server.url}/api/live`);
    const screenB = await openLiveStream(`${server.url}/api/live`);
    expect(await screenA.ready()).toBe(true);
    expect(await screenB.ready()).toBe(true);

    const receipt = (await (await post('/api/voorstellen', proposal())).json()) as SubmitReceipt;
    // Submitting alone shows nothing: only approval puts a proposal on the wall.
    const approvedAt = performance.now();
    await post(`/api/beheer/voorstellen/${receipt.number}/goedkeuren`, {}, true);

    for (const screen of [screenA, screenB]) {
      expect(await screen.until(() => screen.events.length > 0)).toBe(true);
      const [event] = screen.events;
      expect(event).toMatchObject({ type: 'approved', proposal: { number: receipt.number } });
      expect(event!.receivedAt - approvedAt).toBeLessThan(2_000);
    }

    await post(
      `/api/beheer/voorstellen/${receipt.number}/afwijzen`,
      { reason: 'Toch dubbel.' },
      true,
    );
    expect(await screenA.until(() => screenA.events.length === 2)).toBe(true);
    expect(screenA.events[1]).toMatchObject({ type: 'removed', number: receipt.number });
    await Promise.all([screenA.close(), screenB.close()]);
  });

  it("a meeting's screen shows only that meeting's proposals", async () => {
    const meeting = await openLiveStream(`${server.url}/api/live?vergadering=abc123`);
    const everything = await openLiveStream(`${server.url}/api/live`);
    await Promise.all([meeting.ready(), everything.ready()]);
    const other = (await (await post('/api/voorstellen', proposal())).json()) as SubmitReceipt;
    const ours = (await (
      await post('/api/voorstellen', proposal({ meetingCode: 'ABC123' }))
    ).json()) as SubmitReceipt;
    await post(`/api/beheer/voorstellen/${other.number}/goedkeuren`, {}, true);
    await post(`/api/beheer/voorstellen/${ours.number}/goedkeuren`, {}, true);

    expect(await everything.until(() => everything.events.length === 2)).toBe(true);
    expect(await meeting.until(() => meeting.events.length === 1)).toBe(true);
    expect(meeting.events.map((e) => e.type === 'approved' && e.proposal.number)).toEqual([
      ours.number,
    ]);
    await Promise.all([meeting.close(), everything.close()]);
  });

  it('ends open streams on shutdown instead of hanging', async () => {
    const storage = await storageFor(kind);
    const config = readConfig({
      DATA_DIR: storage.dataDir,
      DATABASE_URL: storage.databaseUrl,
      ADMIN_TOKEN,
      STATIC_DIR: '/nonexistent',
    });
    const second = await startServer({ ...config, port: 0 }, silentLogger);
    const screen = await openLiveStream(`${second.url}/api/live`);
    await screen.ready();
    const started = performance.now();
    await second.close();
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(await screen.until(() => screen.ended, 2_000)).toBe(true);
    await storage.cleanup();
  });
});

describe('several server processes on one PostgreSQL', () => {
  it('an approval made through one process reaches screens on the other', async () => {
    const storage = await storageFor('postgres');
    const config = readConfig({
      DATA_DIR: storage.dataDir,
      DATABASE_URL: storage.databaseUrl,
      ADMIN_TOKEN,
      STATIC_DIR: '/nonexistent',
    });
    const one = await startServer({ ...config, port: 0 }, silentLogger);
    const two = await startServer({ ...config, port: 0 }, silentLogger);
    try {
      const screen = await openLiveStream(`${two.url}/api/live`);
      await screen.ready();
      const headers = { 'content-type': 'application/json' };
      const receipt = (await (
        await fetch(`${one.url}/api/voorstellen`, {
          method: 'POST',
          headers,
          body: JSON.stringify(proposal()),
        })
      ).json()) as SubmitReceipt;
      await fetch(`${one.url}/api/beheer/voorstellen/${receipt.number}/goedkeuren`, {
        method: 'POST',
        headers: { ...headers, authorization: `Bearer ${ADMIN_TOKEN}` },
        body: '{}',
      });
      expect(await screen.until(() => screen.events.length === 1)).toBe(true);
      expect(screen.events[0]).toMatchObject({
        type: 'approved',
        proposal: { number: receipt.number },
      });
      await screen.close();
    } finally {
      await one.close();
      await two.close();
      await storage.cleanup();
    }
  });
});
