import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';

export const SQLITE_FILE = 'samen-buurten.sqlite';

const stamp = (date: Date) => date.toISOString().replace(/[:.]/g, '-');

/**
 * A consistent copy of the SQLite database, made with SQLite's online backup API: safe while the
 * server runs, and it includes what is still in the -wal file. Returns the backup's path.
 */
export async function backupSqlite(
  dataDir: string,
  target = join(dataDir, 'backups', `samen-buurten-${stamp(new Date())}.sqlite`),
): Promise<string> {
  const source = join(dataDir, SQLITE_FILE);
  if (!existsSync(source)) throw new Error(`No database at ${source}: is DATA_DIR right?`);
  mkdirSync(dirname(target), { recursive: true });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
  return target;
}

/** Checks that a file is a sound Samen Buurten database; throws saying what is wrong. */
function verifyBackup(file: string) {
  if (!existsSync(file)) throw new Error(`The backup ${file} does not exist.`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`${file} is damaged: ${String(check)}`);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    if (!tables.includes('proposals'))
      throw new Error(`${file} is not a Samen Buurten database (no proposals table)`);
  } finally {
    db.close();
  }
}

/**
 * Puts a backup in place of the database (with the server stopped). The current database, with
 * its -wal and -shm files, is kept beside it as samen-buurten.sqlite.before-restore-<time>.
 */
export async function restoreSqlite(backup: string, dataDir: string): Promise<string> {
  verifyBackup(backup);
  const target = join(dataDir, SQLITE_FILE);
  const kept = `${target}.before-restore-${stamp(new Date())}`;
  if (existsSync(target)) {
    // Folding the -wal file in first makes the kept copy complete on its own.
    const current = new Database(target);
    current.pragma('wal_checkpoint(TRUNCATE)');
    current.close();
    renameSync(target, kept);
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  return existsSync(kept) ? kept : '';
}
