import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot } from './geo-files';

export interface AppServer {
  url: string;
  adminToken: string;
  child: ChildProcess;
  /** Every structured log line the server wrote so far. */
  logs: Record<string, unknown>[];
  stop(): Promise<void>;
}

/**
 * The real server process (src/server/main.ts through tsx) serving the production build in dist/,
 * with a fresh SQLite data directory unless one is given.
 */
export async function startAppServer(
  env: Record<string, string | undefined> = {},
): Promise<AppServer> {
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'samen-buurten-server-'));
  const adminToken = env.ADMIN_TOKEN ?? 'browser-test-admin-token-42';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: '0',
      STATIC_DIR: join(repoRoot, 'dist'),
      SUBMITS_PER_MINUTE: '1000',
      // A developer's own .env must not change what the tests see.
      ENV_FILE: '/nonexistent',
      ...env,
      DATA_DIR: dataDir,
      ADMIN_TOKEN: adminToken,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const logs: Record<string, unknown>[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line) as Record<string, unknown>;
      logs.push(entry);
      if (entry.message === 'listening') resolve(String(entry.url));
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return {
    url,
    adminToken,
    child,
    logs,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (!env.DATA_DIR) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
