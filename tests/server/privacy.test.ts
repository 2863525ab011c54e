import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type {
  LiveEvent,
  ModeratedProposal,
  PrivacyInfo,
  PublicProposal,
  SubmitReceipt,
  WithdrawReceipt,
} from '../../src/proposals/contract';
import { jsonLogger } from '../../src/server/log';
import { startRetention } from '../../src/server/retention';
import { appUnderTest, proposal, type AppUnderTest } from './app-under-test';
import { STORE_KINDS } from './databases';
import { storedText } from './stored-text';

const DAY_MS = 86_400_000;

/** Names what was found, without printing a whole database file. */
function expectNoTrace(haystack: string, secrets: string[]) {
  expect(secrets.filter((secret) => haystack.includes(secret))).toEqual([]);
}

describe.each(STORE_KINDS)('privacy on %s', (kind) => {
  let t: AppUnderTest;
  /** The server's clock, moved forward by the retention tests. */
  let clock = new Date('2026-03-01T10:00:00.000Z');
  const logLines: string[] = [];
  const events: LiveEvent[] = [];
  beforeAll(async () => {
    t = await appUnderTest(
      kind,
      { contactRetentionDays: 90, rejectedRetentionDays: 30, privacyContact: 'privacy@example.nl' },
      { log: jsonLogger((line) => logLines.push(line)), now: () => clock },
    );
    t.hub.add({ address: 'test', send: (event) => events.push(event), close: () => {} });
  });
  afterAll(async () => t.cleanup());

  const submit = async (body: Record<string, unknown>, address = '198.51.100.7') => {
    const response = await t.call('POST', '/api/voorstellen', {
      body,
      headers: { 'x-forwarded-for': address },
    });
    return { status: response.status, receipt: (await response.json()) as SubmitReceipt };
  };
  const approve = (number: number) =>
    t.call('POST', `/api/beheer/voorstellen/${number}/goedkeuren`, { admin: true, body: {} });
  const reject = (number: number) =>
    t.call('POST', `/api/beheer/voorstellen/${number}/afwijzen`, {
      admin: true,
      body: { reason: 'Past niet in het programma.' },
    });
  const moderated = async () =>
    (await (
      await t.call('GET', '/api/beheer/voorstellen', { admin: true })
    ).json()) as ModeratedProposal[];
  const withdraw = async (id: string) => {
    const response = await t.call('POST', '/api/voorstellen/intrekken', { body: { id } });
    return { status: response.status, body: (await response.json()) as WithdrawReceipt };
  };
  /** Every place a proposal can be seen or downloaded, as text. */
  const everyView = async () =>
    (
      await Promise.all(
        [
          ['/api/voorstellen', false],
          ['/api/voorstellen.csv', false],
          ['/api/voorstellen.geojson', false],
          ['/api/beheer/voorstellen', true],
          ['/api/beheer/export.csv', true],
          ['/api/beheer/export.geojson', true],
        ].map(async ([path, admin]) =>
          (await t.call('GET', path as string, { admin: admin as boolean })).text(),
        ),
      )
    ).join('\n');

  it('tells the privacy page how long data is kept and whom to contact', async () => {
    const response = await t.call('GET', '/api/privacy');
    expect(await response.json()).toEqual<PrivacyInfo>({
      contactRetentionDays: 90,
      rejectedRetentionDays: 30,
      contact: 'privacy@example.nl',
    });
  });

  it('a withdrawn approved proposal leaves the map, the live wall, every export and the database', async () => {
    const p = proposal({
      name: 'Moestuin Zonnewijzer',
      description: 'Samen groente kweken achter het buurthuis.',
      contact: 'jan.withdraw@example.nl',
    });
    const { receipt } = await submit(p);
    await approve(receipt.number);
    expect(await everyView()).toContain('Moestuin Zonnewijzer');
    const seenBefore = events.length;

    const answer = await withdraw(p.id);
    expect(answer).toEqual({ status: 200, body: { id: p.id, withdrawn: true } });
    expect(events.slice(seenBefore)).toEqual([{ type: 'removed', number: receipt.number }]);
    const views = await everyView();
    expect(views).not.toContain('Moestuin Zonnewijzer');
    expect(views).not.toContain('jan.withdraw@example.nl');
    const status = await t.call('POST', '/api/voorstellen/status', { body: { ids: [p.id] } });
    expect(await status.json()).toEqual([]);

    expectNoTrace(await storedText(t.storage), [
      'jan.withdraw@example.nl',
      'Moestuin Zonnewijzer',
      'Samen groente kweken',
    ]);
    expect(await t.repo.auditLog()).toContainEqual(
      expect.objectContaining({
        actor: 'indiener',
        action: 'withdraw',
        proposalId: receipt.number,
      }),
    );
  });

  it('a late retry of a withdrawn proposal does not bring it back', async () => {
    const p = proposal({ name: 'Repaircafé Noord' });
    await submit(p);
    await withdraw(p.id);
    const again = await submit(p);
    expect(again.status).toBe(410);
    expect(await everyView()).not.toContain('Repaircafé Noord');
  });

  it('withdrawing what the server never received is fine, and nothing is created', async () => {
    const p = proposal({ name: 'Nooit verzonden' });
    expect(await withdraw(p.id)).toEqual({ status: 200, body: { id: p.id, withdrawn: false } });
    expect((await submit(p)).status).toBe(410);
    expect((await withdraw('x')).status).toBe(422);
  });

  it('a moderator erases a proposal completely; the audit log says so without its content', async () => {
    const p = proposal({
      name: 'Buurtfeest Lindenlaan',
      description: 'Een straatfeest voor alle buren, jong en oud.',
      contact: '06-55501234',
      website: 'www.lindenlaan-feest.nl',
    });
    const { receipt } = await submit(p);
    await approve(receipt.number);
    const seenBefore = events.length;

    expect((await t.call('DELETE', `/api/beheer/voorstellen/${receipt.number}`)).status).toBe(401);
    const erased = await t.call('DELETE', `/api/beheer/voorstellen/${receipt.number}`, {
      admin: true,
    });
    expect(erased.status).toBe(204);
    expect(events.slice(seenBefore)).toEqual([{ type: 'removed', number: receipt.number }]);
    const missing = await t.call('DELETE', `/api/beheer/voorstellen/${receipt.number}`, {
      admin: true,
    });
    expect(missing.status).toBe(404);

    const traces = [p.name, p.description, '06-55501234', 'lindenlaan-feest'];
    expectNoTrace(await everyView(), traces);
    expectNoTrace(await storedText(t.storage), traces);
    const entries = (await t.repo.auditLog()).filter((e) => e.proposalId === receipt.number);
    const erasure = entries.filter((e) => e.action === 'erase');
    expect(erasure).toEqual([
      expect.objectContaining({ actor: 'beheerder', action: 'erase', proposalId: receipt.number }),
    ]);
    expect(erasure[0]?.detail).toBeUndefined();
    expectNoTrace(JSON.stringify(entries), traces);
  });

  it('deletes contact details after the retention period, and rejected proposals entirely, by itself', async () => {
    const decidedAt = new Date(clock.getTime());
    const kept = proposal({ name: 'Koffieochtend Haven', contact: 'kept@example.nl' });
    const rejected = proposal({ name: 'Afgewezen plan', contact: 'rejected@example.nl' });
    const waiting = proposal({ name: 'Nog in beoordeling', contact: 'waiting@example.nl' });
    const keptNumber = (await submit(kept)).receipt.number;
    const rejectedNumber = (await submit(rejected)).receipt.number;
    await submit(waiting);
    await approve(keptNumber);
    await reject(rejectedNumber);

    const retention = startRetention({
      repo: t.repo,
      settings: { contactRetentionDays: 90, rejectedRetentionDays: 30 },
      now: () => clock,
      log: jsonLogger((line) => logLines.push(line)),
      everyMs: 25,
    });
    try {
      const find = async (name: string) => (await moderated()).find((x) => x.name === name);
      // 29 days on: nothing has had its time yet.
      clock = new Date(decidedAt.getTime() + 29 * DAY_MS);
      await retention.run();
      expect(await find('Afgewezen plan')).toMatchObject({ contact: 'rejected@example.nl' });
      expect(await find('Koffieochtend Haven')).toMatchObject({ contact: 'kept@example.nl' });

      // 31 days on: the rejected proposal is gone, on the server's own schedule.
      clock = new Date(decidedAt.getTime() + 31 * DAY_MS);
      await vi.waitFor(async () => expect(await find('Afgewezen plan')).toBeUndefined(), {
        timeout: 5_000,
      });
      expect(await find('Koffieochtend Haven')).toMatchObject({ contact: 'kept@example.nl' });

      // 91 days on: the approved one stays on the map without its contact details.
      clock = new Date(decidedAt.getTime() + 91 * DAY_MS);
      await vi.waitFor(
        async () => expect(await find('Koffieochtend Haven')).not.toHaveProperty('contact'),
        { timeout: 5_000 },
      );
      const onMap = (await (await t.call('GET', '/api/voorstellen')).json()) as PublicProposal[];
      expect(onMap.some((x) => x.name === 'Koffieochtend Haven')).toBe(true);
      // Not yet decided: the team still needs to be able to ask.
      expect(await find('Nog in beoordeling')).toMatchObject({ contact: 'waiting@example.nl' });

      expectNoTrace(await storedText(t.storage), [
        'kept@example.nl',
        'rejected@example.nl',
        'Afgewezen plan',
      ]);
      const audit = await t.repo.auditLog();
      expect(audit).toContainEqual(
        expect.objectContaining({
          actor: 'bewaartermijn',
          action: 'erase-contact',
          proposalId: keptNumber,
        }),
      );
      expect(audit).toContainEqual(
        expect.objectContaining({
          actor: 'bewaartermijn',
          action: 'erase',
          proposalId: rejectedNumber,
        }),
      );
    } finally {
      await retention.stop();
    }
  });

  it('keeps client addresses out of the logs and the database, and proposal content out of the logs', async () => {
    const address = '203.0.113.77';
    const p = proposal({
      name: 'Zwerfvuilploeg Stad',
      description: 'Elke maand samen de wijk opruimen.',
      contact: 'log.check@example.nl',
    });
    const { receipt } = await submit(p, address);
    await t.call('POST', '/api/voorstellen', {
      body: { ...p, name: 'x' },
      headers: { 'x-forwarded-for': address },
    });
    await t.call('GET', '/api/beheer/voorstellen', { headers: { 'x-forwarded-for': address } });
    await approve(receipt.number);

    expect(logLines.length).toBeGreaterThan(0);
    const logs = logLines.join('');
    for (const secret of [address, p.name, p.description, 'log.check@example.nl', p.id])
      expect(logs).not.toContain(secret);
    expectNoTrace(await storedText(t.storage), [address]);
  });
});
