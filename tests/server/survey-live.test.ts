import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/server/config';
import { silentLogger } from '../../src/server/log';
import { startServer } from '../../src/server/server';
import { ADMIN_TOKEN } from './app-under-test';
import { storageFor } from './databases';
import { openLiveStream } from './sse-client';

describe("a meeting's survey on the live stream", () => {
  it('an answer given through one process reaches the meeting’s screens on the other', async () => {
    const storage = await storageFor('postgres');
    const config = readConfig({
      DATA_DIR: storage.dataDir,
      DATABASE_URL: storage.databaseUrl,
      ADMIN_TOKEN,
      STATIC_DIR: '/nonexistent',
    });
    const one = await startServer({ ...config, port: 0 }, silentLogger);
    const two = await startServer({ ...config, port: 0 }, silentLogger);
    const admin = { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` };
    try {
      const { code } = (await (
        await fetch(`${one.url}/api/beheer/vergaderingen`, {
          method: 'POST',
          headers: admin,
          body: JSON.stringify({ title: 'Twee servers' }),
        })
      ).json()) as { code: string };
      await fetch(`${one.url}/api/beheer/vergaderingen/${code}/enquete`, {
        method: 'PUT',
        headers: admin,
        body: JSON.stringify({ gemeente: null, levels: ['relationeel'], openQuestion: false }),
      });
      const screen = await openLiveStream(`${two.url}/api/live?vergadering=${code}`);
      const elsewhere = await openLiveStream(`${two.url}/api/live?vergadering=OTHER1`);
      await screen.ready();
      await elsewhere.ready();
      const answered = await fetch(`${one.url}/api/enquete/${code}/antwoord`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          device: 'two-servers-device',
          answers: { relationeel: ['ja', ...Array(8).fill(null)] },
        }),
      });
      expect(answered.status).toBe(201);
      expect(await screen.until(() => screen.events.length === 1)).toBe(true);
      expect(screen.events[0]).toMatchObject({ type: 'survey', meeting: code });
      const results = (await (await fetch(`${two.url}/api/enquete/${code}/resultaten`)).json()) as {
        responses: number;
      };
      expect(results.responses).toBe(1);
      expect(elsewhere.events).toEqual([]);
      await screen.close();
      await elsewhere.close();
    } finally {
      await one.close();
      await two.close();
      await storage.cleanup();
    }
  });
});
