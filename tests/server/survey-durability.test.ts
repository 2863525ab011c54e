import { afterAll, describe, expect, it } from 'vitest';
import type { SurveyReceipt, SurveyResponseRecord } from '../../src/survey/api';
import { ADMIN_TOKEN } from './app-under-test';
import { STORE_KINDS, storageFor } from './databases';
import { exited, startProcess } from './server-process';

const admin = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' };

describe.each(STORE_KINDS)('kill -9 during a burst of survey answers on %s', (kind) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it('keeps every acknowledged answer, and retries of the rest are stored once', async () => {
    const storage = await storageFor(kind);
    cleanups.push(storage.cleanup);
    const env = {
      DATA_DIR: storage.dataDir,
      DATABASE_URL: storage.databaseUrl,
      SUBMITS_PER_MINUTE: '100000',
    };
    const first = await startProcess(env);
    cleanups.push(async () => void first.child.kill('SIGKILL'));
    const meeting = (await (
      await fetch(`${first.url}/api/beheer/vergaderingen`, {
        method: 'POST',
        headers: admin,
        body: JSON.stringify({ title: 'Stresstest' }),
      })
    ).json()) as { code: string };
    const code = meeting.code;
    const setup = await fetch(`${first.url}/api/beheer/vergaderingen/${code}/enquete`, {
      method: 'PUT',
      headers: admin,
      body: JSON.stringify({ gemeente: null, levels: ['relationeel'], openQuestion: false }),
    });
    expect(setup.status).toBe(200);

    // Each phone's answers say which phone it is: the first item "ja" for even phones.
    const phones = Array.from({ length: 300 }, (_, i) => ({
      device: `burst-${process.pid}-${i}-device`,
      answers: { relationeel: [i % 2 ? 'nee' : 'ja', ...Array(8).fill(i % 3 ? null : 'ja')] },
    }));
    const acknowledged = new Map<string, number>();
    let next = 0;
    let killed = false;
    const send = async (url: string, body: object) =>
      fetch(`${url}/api/enquete/${code}/antwoord`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const burst = async () => {
      while (next < phones.length) {
        const phone = phones[next++]!;
        try {
          const response = await send(first.url, phone);
          if (response.status === 201 || response.status === 200)
            acknowledged.set(phone.device, ((await response.json()) as SurveyReceipt).number);
        } catch {
          // The connection died with the server: not acknowledged, the phone's queue retries it.
        }
        if (!killed && acknowledged.size >= 60) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, burst));
    await exited(first.child);
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(acknowledged.size).toBeGreaterThanOrEqual(60);
    expect(acknowledged.size).toBeLessThan(phones.length);

    const second = await startProcess(env);
    try {
      const stored = async () =>
        (await (
          await fetch(`${second.url}/api/beheer/vergaderingen/${code}/enquete/antwoorden`, {
            headers: admin,
          })
        ).json()) as SurveyResponseRecord[];
      const byNumber = new Map((await stored()).map((r) => [r.number, r.answers]));
      for (const [device, number] of acknowledged) {
        const sent = phones.find((p) => p.device === device)!;
        expect(byNumber.get(number)).toEqual(sent.answers);
      }
      // Every phone sends again what was not acknowledged (and may repeat what was).
      for (const phone of phones) {
        const response = await send(second.url, phone);
        expect([200, 201]).toContain(response.status);
        const receipt = (await response.json()) as SurveyReceipt;
        if (acknowledged.has(phone.device)) {
          expect(receipt).toEqual({ number: acknowledged.get(phone.device), updated: true });
        }
      }
      expect(await stored()).toHaveLength(phones.length);
    } finally {
      second.child.kill('SIGTERM');
      await exited(second.child);
    }
    expect(second.child.exitCode).toBe(0);
  }, 60_000);
});
