import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
// The CSP must allow exactly the basemap hosts the app offers: one list, read by both (pure data).
// eslint-disable-next-line no-restricted-imports -- to move to a shared folder with the map's split
import { basemapConfig } from '../map/basemaps';
import { describeDataDirFailure } from './store/open-errors';

export interface ServerConfig {
  host: string;
  port: number;
  /** Where the SQLite file (and a generated admin token) live. */
  dataDir: string;
  /** PostgreSQL instead of SQLite when set. */
  databaseUrl?: string;
  adminToken: string;
  /** The ADMIN_TOKEN holder's name in the audit log (ADMIN_NAME). */
  adminName: string;
  /** Where the admin token came from, for the start-up log (never the token itself). */
  adminTokenSource: 'environment' | 'file';
  /** The production build the server hands out; absent when only the API is wanted. */
  staticDir?: string;
  /** CSP frame-ancestors: who may embed the map (`'self'` by default). */
  frameAncestors: string;
  /** Origins of the optional online basemaps, allowed in the CSP. */
  basemapOrigins: string[];
  /** Other sites whose copy of the app may use this API (the app built with VITE_API_URL). */
  corsOrigins: string[];
  /** The address phones use to reach the app (for the presentation's QR code). */
  publicUrl?: string;
  /** Proposals a client may send per minute (token bucket with the same burst). */
  submitsPerMinute: number;
  /**
   * How many proxies of your own stand in front (0: none). The client address is then the
   * X-Forwarded-For entry that the outermost of them appended, counted from the right: entries
   * further left were written by the client and prove nothing.
   */
  trustProxy: number;
  /** Live-wall screens in total, and from one client address. */
  liveMaxScreens: number;
  liveMaxScreensPerClient: number;
  maxBodyBytes: number;
  version: string;
  /** Days after the decision that contact details are kept (CONTACT_RETENTION_DAYS). */
  contactRetentionDays: number;
  /** Days after a rejection that a rejected proposal is kept (REJECTED_RETENTION_DAYS). */
  rejectedRetentionDays: number;
  /** How often the server looks for data whose time is up. */
  retentionCheckMs: number;
  /** Whom residents contact about their data (PRIVACY_CONTACT), shown on /privacy. */
  privacyContact?: string;
}

function wholeNumber(value: string | undefined, fallback: number, name: string, min = 1): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number >= ${min}`);
  return n;
}

/** The hosts of the online basemaps the app offers, with the same overrides the build reads. */
function basemapOrigins(env: NodeJS.ProcessEnv): string[] {
  const origins = basemapConfig(env).map((b) => new URL(b.tiles.replace(/[{}]/g, '')).origin);
  return [...new Set(origins)];
}

/** TRUST_PROXY: off, `true` (one proxy) or the number of proxies in front of the server. */
function proxyHops(value: string | undefined): number {
  const v = value?.trim().toLowerCase() ?? '';
  if (v === '' || v === 'false' || v === 'off') return 0;
  if (v === 'true' || v === 'on') return 1;
  return wholeNumber(v, 0, 'TRUST_PROXY (the number of proxies in front)', 0);
}

function publicUrlFrom(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  const url = new URL(value.trim());
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error('PUBLIC_URL must be an http(s) address');
  return url.origin + url.pathname.replace(/\/?$/, '/');
}

/**
 * A moderator token from ADMIN_TOKEN, or else one generated once and kept in the data directory, so
 * that `npm start` on a fresh machine has a working /beheer without putting a token in the code.
 */
function adminTokenFrom(env: NodeJS.ProcessEnv, dataDir: string) {
  const fromEnv = env.ADMIN_TOKEN?.trim();
  if (fromEnv) {
    if (fromEnv.length < 16) throw new Error('ADMIN_TOKEN must be at least 16 characters');
    return { adminToken: fromEnv, adminTokenSource: 'environment' as const };
  }
  const file = join(dataDir, 'admin-token');
  if (!existsSync(file))
    writeFileSync(file, `${randomBytes(24).toString('base64url')}\n`, { mode: 0o600 });
  return { adminToken: readFileSync(file, 'utf8').trim(), adminTokenSource: 'file' as const };
}

/** The version in the project's package.json, found from this file upwards (src/ or a build). */
export function packageVersion(start = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = start; dirname(dir) !== dir; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === 'samen-buurten-kaart' && pkg.version) return pkg.version;
  }
  return '0.0.0';
}

export function readConfig(
  env: NodeJS.ProcessEnv = process.env,
  root = process.cwd(),
): ServerConfig {
  const dataDir = resolve(root, env.DATA_DIR ?? 'data');
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw describeDataDirFailure(dataDir, error);
  }
  const staticDir = resolve(root, env.STATIC_DIR ?? 'dist');
  return {
    host: env.HOST ?? '127.0.0.1',
    // PORT=0 takes any free port (the log says which).
    port: wholeNumber(env.PORT, 4173, 'PORT', 0),
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    ...adminTokenFrom(env, dataDir),
    adminName: env.ADMIN_NAME?.trim() || 'beheerder',
    staticDir: existsSync(join(staticDir, 'index.html')) ? staticDir : undefined,
    frameAncestors: env.FRAME_ANCESTORS?.trim() || "'self'",
    basemapOrigins: basemapOrigins(env),
    publicUrl: publicUrlFrom(env.PUBLIC_URL),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim().replace(/\/$/, ''))
      .filter(Boolean),
    submitsPerMinute: wholeNumber(env.SUBMITS_PER_MINUTE, 60, 'SUBMITS_PER_MINUTE'),
    trustProxy: proxyHops(env.TRUST_PROXY),
    liveMaxScreens: wholeNumber(env.LIVE_MAX_SCREENS, 1000, 'LIVE_MAX_SCREENS'),
    liveMaxScreensPerClient: wholeNumber(
      env.LIVE_MAX_SCREENS_PER_CLIENT,
      20,
      'LIVE_MAX_SCREENS_PER_CLIENT',
    ),
    maxBodyBytes: wholeNumber(env.MAX_BODY_BYTES, 32 * 1024, 'MAX_BODY_BYTES'),
    version: packageVersion(),
    contactRetentionDays: wholeNumber(env.CONTACT_RETENTION_DAYS, 90, 'CONTACT_RETENTION_DAYS', 0),
    rejectedRetentionDays: wholeNumber(
      env.REJECTED_RETENTION_DAYS,
      30,
      'REJECTED_RETENTION_DAYS',
      0,
    ),
    retentionCheckMs: 60 * 60_000,
    privacyContact: env.PRIVACY_CONTACT?.trim() || undefined,
  };
}
