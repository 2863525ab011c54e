import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';

/** A fresh, empty database on the test PostgreSQL server; dropped again by the returned function. */
export async function freshPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = inject('postgresUrl');
  const name = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A fresh data directory for a SQLite store. */
export function freshDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'samen-buurten-data-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export type StoreKind = 'sqlite' | 'postgres';
export const STORE_KINDS: StoreKind[] = ['sqlite', 'postgres'];

/** Where a store of this kind lives for one test file: a data dir, or a database URL. */
export async function storageFor(
  kind: StoreKind,
): Promise<{ dataDir: string; databaseUrl?: string; cleanup(): Promise<void> }> {
  const data = freshDataDir();
  if (kind === 'sqlite') return { dataDir: data.dir, cleanup: async () => data.remove() };
  const db = await freshPostgresDatabase();
  return {
    dataDir: data.dir,
    databaseUrl: db.url,
    async cleanup() {
      await db.drop();
      data.remove();
    },
  };
}
