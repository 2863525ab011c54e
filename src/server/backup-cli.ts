/**
 * `npm run backup`: a consistent copy of the SQLite database into DATA_DIR/backups/ (or the path
 * given), safe while the server runs. `npm run backup -- restore FILE` puts a backup back, with
 * the server stopped. With DATABASE_URL, use PostgreSQL's own pg_dump / pg_restore.
 */
import { resolve } from 'node:path';
import { backupSqlite, restoreSqlite } from './store/backup';

async function main(args: string[]) {
  if (process.env.DATABASE_URL) {
    console.error('DATABASE_URL is set: back up PostgreSQL with pg_dump, restore with pg_restore.');
    return 2;
  }
  const dataDir = resolve(process.env.DATA_DIR ?? 'data');
  if (args[0] === 'restore') {
    if (!args[1]) {
      console.error('Usage: npm run backup -- restore FILE   (stop the server first)');
      return 2;
    }
    const kept = await restoreSqlite(resolve(args[1]), dataDir);
    console.log(`Restored ${args[1]} into ${dataDir}.`);
    if (kept) console.log(`The database it replaced is kept as ${kept}.`);
    return 0;
  }
  const file = await backupSqlite(dataDir, args[0] ? resolve(args[0]) : undefined);
  console.log(file);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
