import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { ModeratedProposal, SubmitReceipt } from '../../src/proposals/contract';
import { ADMIN_TOKEN, proposal } from './app-under-test';
import { freshDataDir } from './databases';
import { exited, startProcess } from './server-process';

/** `npm run backup -- …args` as a person runs it. */
function backupCli(dataDir: string, ...args: string[]) {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/server/backup-cli.ts', ...args],
    { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }, encoding: 'utf8' },
  );
  return { code: run.status, out: run.stdout.trim(), err: run.stderr.trim() };
}

describe('backup and restore (SQLite)', () => {
  const data = freshDataDir();
  afterAll(() => data.remove());

  const json = { 'content-type': 'application/json' };
  const admin = { ...json, authorization: `Bearer ${ADMIN_TOKEN}` };

  it('a backup made while the server runs brings back every proposal after a lost -wal file', async () => {
    const first = await startProcess({ DATA_DIR: data.dir });
    const send = async (body: unknown) =>
      (await (
        await fetch(`${first.url}/api/voorstellen`, {
          method: 'POST',
          headers: json,
          body: JSON.stringify(body),
        })
      ).json()) as SubmitReceipt;
    const kept = [proposal({ name: 'Voor de backup 1' }), proposal({ name: 'Voor de backup 2' })];
    const receipts = [await send(kept[0]), await send(kept[1])];
    await fetch(`${first.url}/api/beheer/voorstellen/${receipts[0]!.number}/goedkeuren`, {
      method: 'POST',
      headers: admin,
      body: '{}',
    });

    const backup = backupCli(data.dir);
    expect(backup.code, backup.err).toBe(0);
    expect(backup.out).toMatch(/backups\/samen-buurten-.*\.sqlite$/);
    expect(existsSync(backup.out)).toBe(true);

    await send(proposal({ name: 'Na de backup' }));
    first.child.kill('SIGKILL');
    await exited(first.child);
    // The crash plus a deleted -wal file: what was not yet checkpointed is gone from the database.
    rmSync(join(data.dir, 'samen-buurten.sqlite-wal'), { force: true });

    const restore = backupCli(data.dir, 'restore', backup.out);
    expect(restore.code, restore.err).toBe(0);
    expect(restore.out).toMatch(/before-restore/);

    const second = await startProcess({ DATA_DIR: data.dir });
    try {
      const listed = (await (
        await fetch(`${second.url}/api/beheer/voorstellen`, { headers: admin })
      ).json()) as ModeratedProposal[];
      expect(listed.map((p) => [p.name, p.status])).toEqual([
        ['Voor de backup 1', 'goedgekeurd'],
        ['Voor de backup 2', 'ingediend'],
      ]);
    } finally {
      second.child.kill('SIGTERM');
      await exited(second.child);
    }
  }, 60_000);

  it('refuses to restore a file that is missing or is not a Samen Buurten database', () => {
    const other = freshDataDir();
    try {
      const missing = backupCli(data.dir, 'restore', join(other.dir, 'missing.sqlite'));
      expect(missing.code).toBe(1);
      expect(missing.err).toMatch(/missing\.sqlite.*does not exist/);
      const notes = join(other.dir, 'notes.sqlite');
      const db = new Database(notes);
      db.exec('CREATE TABLE notes (x)');
      db.close();
      const wrong = backupCli(data.dir, 'restore', notes);
      expect(wrong.code).toBe(1);
      expect(wrong.err).toMatch(/not a Samen Buurten database/);
    } finally {
      other.remove();
    }
  });
});
