import { afterAll, describe, expect, it } from 'vitest';
import type { ModeratedProposal, SubmitReceipt } from '../../src/proposals/contract';
import { ADMIN_TOKEN, proposal } from './app-under-test';
import { STORE_KINDS, storageFor } from './databases';
import { exited, startProcess } from './server-process';

describe.each(STORE_KINDS)('kill -9 during a burst on %s', (kind) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it('keeps every acknowledged proposal, and retries of the rest are stored once', async () => {
    const storage = await storageFor(kind);
    cleanups.push(storage.cleanup);
    const env = {
      DATA_DIR: storage.dataDir,
      DATABASE_URL: storage.databaseUrl,
      SUBMITS_PER_MINUTE: '100000',
    };
    const first = await startProcess(env);
    cleanups.push(async () => void first.child.kill('SIGKILL'));

    const proposals = Array.from({ length: 300 }, (_, i) => proposal({ name: `Burst ${i}` }));
    const acknowledged = new Map<string, number>();
    let next = 0;
    let killed = false;
    const send = async () => {
      while (next < proposals.length) {
        const p = proposals[next++]!;
        try {
          const response = await fetch(`${first.url}/api/voorstellen`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(p),
          });
          if (response.status === 201 || response.status === 200) {
            acknowledged.set(p.id, ((await response.json()) as SubmitReceipt).number);
          }
        } catch {
          // The connection died with the server: not acknowledged, the client queue retries it.
        }
        if (!killed && acknowledged.size >= 60) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, send));
    await exited(first.child);
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(acknowledged.size).toBeGreaterThanOrEqual(60);
    expect(acknowledged.size).toBeLessThan(proposals.length);

    const second = await startProcess(env);
    try {
      const listed = (await (
        await fetch(`${second.url}/api/beheer/voorstellen`, {
          headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
        })
      ).json()) as ModeratedProposal[];
      const byNumber = new Map(listed.map((p) => [p.number, p.name]));
      for (const [id, number] of acknowledged) {
        const sent = proposals.find((p) => p.id === id)!;
        expect(byNumber.get(number)).toBe(sent.name);
      }

      // The client queue sends everything that was not acknowledged again (and may repeat some
      // that were): each proposal ends up stored exactly once, acknowledged ones keep their number.
      for (const p of proposals) {
        const response = await fetch(`${second.url}/api/voorstellen`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(p),
        });
        expect([200, 201]).toContain(response.status);
        const receipt = (await response.json()) as SubmitReceipt;
        if (acknowledged.has(p.id)) expect(receipt.number).toBe(acknowledged.get(p.id));
      }
      const all = (await (
        await fetch(`${second.url}/api/beheer/voorstellen`, {
          headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
        })
      ).json()) as ModeratedProposal[];
      expect(all).toHaveLength(proposals.length);
      expect(new Set(all.map((p) => p.name)).size).toBe(proposals.length);
    } finally {
      second.child.kill('SIGTERM');
      await exited(second.child);
    }
    expect(second.child.exitCode).toBe(0);
  }, 60_000);
});
