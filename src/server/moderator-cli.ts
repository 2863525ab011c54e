/**
 * `npm run moderator -- add NAME`: a moderator with a token of their own, printed once (only its
 * hash is stored). `revoke NAME` ends that token at once; `list` shows who can moderate.
 * Uses DATA_DIR or DATABASE_URL, as the server does.
 */
import { resolve } from 'node:path';
import { MODERATOR_NAME, hashToken, newModeratorToken } from './moderators';
import { openRepository } from './server';

const USAGE = 'Usage: npm run moderator -- add NAME | revoke NAME | list';

async function main([command, ...rest]: string[]): Promise<number> {
  const name = rest.join(' ').trim();
  if (!command || (command !== 'list' && !name)) {
    console.error(USAGE);
    return 2;
  }
  const repo = await openRepository({
    dataDir: resolve(process.env.DATA_DIR ?? 'data'),
    databaseUrl: process.env.DATABASE_URL || undefined,
  });
  const now = new Date().toISOString();
  try {
    switch (command) {
      case 'add': {
        if (!MODERATOR_NAME.test(name)) {
          console.error('A name has 1 to 40 letters, digits, spaces, dots, dashes or underscores.');
          return 2;
        }
        const token = newModeratorToken();
        if (!(await repo.addModerator(name, hashToken(token), now))) {
          console.error(`There is already a moderator called ${name}.`);
          return 1;
        }
        await repo.recordAudit({ actor: 'cli', action: 'moderator-add', detail: name, at: now });
        console.log(`Moderator ${name} added. Their token (shown only now):\n${token}`);
        return 0;
      }
      case 'revoke': {
        if (!(await repo.revokeModerator(name, now))) {
          console.error(`No active moderator called ${name}.`);
          return 1;
        }
        await repo.recordAudit({ actor: 'cli', action: 'moderator-revoke', detail: name, at: now });
        console.log(`The token of ${name} no longer works.`);
        return 0;
      }
      case 'list': {
        for (const m of await repo.moderators())
          console.log(
            `${m.name}\tsince ${m.createdAt}${m.revokedAt ? `\trevoked ${m.revokedAt}` : ''}`,
          );
        return 0;
      }
      default:
        console.error(USAGE);
        return 2;
    }
  } finally {
    await repo.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
