/**
 * The Samen Buurten server: `npm start` builds the app and runs this. It serves the production build
 * and the JSON API (src/proposals/contract.ts) from one process.
 *
 * Environment:
 *   PORT (4173), HOST (127.0.0.1; 0.0.0.0 to be reachable from phones on the network)
 *   DATA_DIR (./data): the SQLite file and, without ADMIN_TOKEN, a generated admin token
 *   DATABASE_URL: use PostgreSQL instead of SQLite (postgres://user:pass@host/db)
 *   ADMIN_TOKEN: the moderators' token for /beheer (at least 16 characters)
 *   FRAME_ANCESTORS ('self'): who may embed the map, e.g. "'self' https://www.example.nl"
 *   PUBLIC_URL: the address phones use to reach the app (the presentation's QR code points there),
 *     e.g. "http://192.168.1.20:4173" at a meeting, "https://kaart.example.nl" in production
 *   CORS_ORIGINS: sites whose copy of the app (built with VITE_API_URL) may use this API,
 *     comma-separated, e.g. "https://kaart.example.nl"
 *   SUBMITS_PER_MINUTE (60): proposals per client address per minute
 *   TRUST_PROXY (off): the number of proxies of your own in front (1 = one); the client address
 *     is then the X-Forwarded-For entry the outermost proxy appended
 *   STATIC_DIR (./dist), MAX_BODY_BYTES (32768)
 *   ADMIN_NAME (beheerder): the ADMIN_TOKEN holder's name in the audit log
 *   LIVE_MAX_SCREENS (1000), LIVE_MAX_SCREENS_PER_CLIENT (20): live-wall screens
 *   ENV_FILE (.env): a file with these settings, read at start (see .env.example)
 *   CONTACT_RETENTION_DAYS (90): contact details are deleted this long after the decision
 *   REJECTED_RETENTION_DAYS (30): rejected proposals are deleted this long after the decision
 *   PRIVACY_CONTACT: whom residents contact about their data (shown on /privacy and in /beheer)
 */
import { existsSync } from 'node:fs';
import { readConfig } from './config';
import { jsonLogger } from './log';
import { startServer } from './server';

const log = jsonLogger();

async function main() {
  // Settings may live in a .env file (see .env.example); the real environment wins over it.
  const envFile = process.env.ENV_FILE ?? '.env';
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const config = readConfig();
  const running = await startServer(config, log);
  log('info', 'listening', {
    url: running.url,
    storage: running.repo.kind,
    app: config.staticDir ? 'served' : 'not built (API only)',
    adminToken:
      config.adminTokenSource === 'file'
        ? `generated, in ${config.dataDir}/admin-token`
        : 'from ADMIN_TOKEN',
  });

  const stop = (signal: string) => {
    log('info', 'shutting down', { signal });
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log('error', 'shutdown failed', { error: String(error) });
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  log('error', 'could not start', {
    error: error instanceof Error ? error.message : String(error),
  });
  process.exit(1);
});
