import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

/**
 * Everything a store holds, as text to search: for SQLite the bytes of every file in its data
 * directory (the database, its write-ahead log), so deleted content left in free pages is found
 * too; for PostgreSQL every row of every table.
 */
export async function storedText(storage: {
  dataDir: string;
  databaseUrl?: string;
}): Promise<string> {
  if (!storage.databaseUrl)
    return readdirSync(storage.dataDir)
      .map((file) => readFileSync(join(storage.dataDir, file)).toString('latin1'))
      .join('\n');
  const client = new pg.Client({ connectionString: storage.databaseUrl });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    const dumps: string[] = [];
    for (const { name } of tables) {
      const { rows } = await client.query<{ dump: string | null }>(
        `SELECT json_agg(t)::text AS dump FROM "${name}" t`,
      );
      dumps.push(`${name}: ${rows[0]?.dump ?? '[]'}`);
    }
    return dumps.join('\n');
  } finally {
    await client.end();
  }
}
