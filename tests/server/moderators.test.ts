import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, Meeting, SubmitReceipt } from '../../src/proposals/contract';
import { parseCsv } from '../../src/proposals/csv';
import { appUnderTest, proposal, type AppUnderTest } from './app-under-test';
import { STORE_KINDS } from './databases';

describe.each(STORE_KINDS)('named moderators and the audit log on %s', (kind) => {
  let t: AppUnderTest;
  beforeAll(async () => {
    t = await appUnderTest(kind);
  });
  afterAll(async () => t.cleanup());

  /** `npm run moderator -- …args` against this test's database. */
  const moderatorCli = (...args: string[]) => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/server/moderator-cli.ts', ...args],
      {
        env: {
          ...process.env,
          DATA_DIR: t.storage.dataDir,
          DATABASE_URL: t.storage.databaseUrl ?? '',
        },
        encoding: 'utf8',
      },
    );
    return { code: run.status, out: run.stdout.trim(), err: run.stderr.trim() };
  };
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const submit = async () =>
    (
      (await (
        await t.call('POST', '/api/voorstellen', { body: proposal() })
      ).json()) as SubmitReceipt
    ).number;

  it('each moderator has a token of their own, and the log says who did what', async () => {
    const added = moderatorCli('add', 'Fatima');
    expect(added.code, added.err).toBe(0);
    const token = added.out.split('\n').at(-1)!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(moderatorCli('add', 'Fatima').code).toBe(1); // the name is taken

    const approved = await submit();
    const rejected = await submit();
    const edited = await submit();
    expect(
      (
        await t.call('POST', `/api/beheer/voorstellen/${approved}/goedkeuren`, {
          body: {},
          headers: as(token),
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await t.call('POST', `/api/beheer/voorstellen/${rejected}/afwijzen`, {
          body: { reason: 'Staat er al: zie nummer 1.' },
          admin: true,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await t.call('PATCH', `/api/beheer/voorstellen/${edited}`, {
          body: { name: 'Nieuwe naam', contact: 'iemand@example.nl' },
          headers: as(token),
        })
      ).status,
    ).toBe(200);
    const meeting = (await (
      await t.call('POST', '/api/beheer/vergaderingen', {
        body: { title: 'Avond in Lelystad' },
        headers: as(token),
      })
    ).json()) as Meeting;
    // Refused calls and proposals that do not exist leave no trace.
    await t.call('POST', '/api/beheer/voorstellen/999999/goedkeuren', { body: {}, admin: true });

    const log = (await (
      await t.call('GET', '/api/beheer/logboek', { headers: as(token) })
    ).json()) as AuditEntry[];
    expect(
      log.map(({ actor, action, proposalId, detail }) => ({ actor, action, proposalId, detail })),
    ).toEqual([
      { actor: 'Fatima', action: 'meeting', proposalId: undefined, detail: meeting.code },
      { actor: 'Fatima', action: 'edit', proposalId: edited, detail: 'name, contact' },
      { actor: 'beheerder', action: 'reject', proposalId: rejected, detail: undefined },
      { actor: 'Fatima', action: 'approve', proposalId: approved, detail: undefined },
      { actor: 'cli', action: 'moderator-add', proposalId: undefined, detail: 'Fatima' },
    ]);
    for (const entry of log) expect(new Date(entry.at).toISOString()).toBe(entry.at);
    // Never personal data: not the contact address, not the reason.
    expect(JSON.stringify(log)).not.toMatch(/example\.nl|nummer 1/);

    const file = await t.call('GET', '/api/beheer/logboek.csv', { admin: true });
    expect(file.headers.get('content-disposition')).toContain('logboek.csv');
    const rows = parseCsv(await file.text());
    expect(rows[0]).toEqual(['id', 'tijd', 'wie', 'actie', 'voorstel', 'details']);
    expect(rows.slice(1).map((r) => r[3])).toEqual([
      'meeting',
      'edit',
      'reject',
      'approve',
      'moderator-add',
    ]);
  });

  it('a revoked token is refused at once; the token is stored only as a hash', async () => {
    const added = moderatorCli('add', 'Jan de Vries');
    const token = added.out.split('\n').at(-1)!;
    expect((await t.call('GET', '/api/beheer/sessie', { headers: as(token) })).status).toBe(204);
    expect(moderatorCli('list').out).toMatch(/^Jan de Vries\tsince /m);

    const revoked = moderatorCli('revoke', 'Jan de Vries');
    expect(revoked.code, revoked.err).toBe(0);
    const refused = await t.call('GET', '/api/beheer/voorstellen', { headers: as(token) });
    expect(refused.status).toBe(401);
    expect(moderatorCli('list').out).toMatch(/^Jan de Vries\tsince .*\trevoked /m);
    expect(moderatorCli('revoke', 'Niemand').code).toBe(1);

    const everything = JSON.stringify(await t.repo.moderators());
    expect(everything).not.toContain(token);
    // The first administrator keeps working beside the named moderators.
    expect((await t.call('GET', '/api/beheer/sessie', { admin: true })).status).toBe(204);
  });
});
