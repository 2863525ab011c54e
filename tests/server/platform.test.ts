import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/server/config';
import type { ServerStatus } from '../../src/proposals/contract';
import { ADMIN_TOKEN } from './app-under-test';
import { freshDataDir } from './databases';
import { exited } from './server-process';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  version: string;
  engines: { node: string };
  allowScripts: Record<string, boolean>;
};

describe('platform facts', () => {
  const folder = freshDataDir();
  afterAll(() => folder.remove());

  it("reports the package's version, whoever starts the server", () => {
    expect(readConfig({ DATA_DIR: folder.dir, ADMIN_TOKEN }).version).toBe(pkg.version);
    expect(
      readConfig({ DATA_DIR: folder.dir, ADMIN_TOKEN, npm_package_version: '0.0.1' }).version,
    ).toBe(pkg.version);
  });

  it('says which Node versions work, and which install scripts may run', () => {
    expect(pkg.engines.node).toBe('^20.19.0 || >=22.12.0');
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    expect(major === 20 ? minor >= 19 : major >= 22).toBe(true);
    expect(pkg.allowScripts).toEqual({ 'better-sqlite3': true, esbuild: true });
  });

  it('reads .env in the folder it starts in; the real environment wins', async () => {
    writeFileSync(
      join(folder.dir, '.env'),
      [
        '# a comment',
        'PUBLIC_URL=http://kaart.example.nl:4173',
        "FRAME_ANCESTORS='self' https://uit-het-bestand.example",
        'DATA_DIR=./gegevens',
      ].join('\n'),
    );
    const child = spawn(
      process.execPath,
      ['--import', import.meta.resolve('tsx'), resolve('src/server/main.ts')],
      {
        cwd: folder.dir,
        env: {
          ...process.env,
          PORT: '0',
          STATIC_DIR: '/nonexistent',
          ADMIN_TOKEN,
          FRAME_ANCESTORS: "'self' https://uit-de-omgeving.example",
          PUBLIC_URL: undefined,
          DATA_DIR: undefined,
          ENV_FILE: undefined,
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    try {
      const url = await new Promise<string>((found, failed) => {
        createInterface({ input: child.stdout }).on('line', (line) => {
          const entry = JSON.parse(line) as { message: string; url?: string };
          if (entry.message === 'listening') found(entry.url!);
        });
        child.once('exit', (code) => failed(new Error(`server exited with ${code}`)));
      });
      const response = await fetch(`${url}/api/status`);
      const status = (await response.json()) as ServerStatus;
      expect(status.publicUrl).toBe('http://kaart.example.nl:4173/');
      expect(status.version).toBe(pkg.version);
      expect(response.headers.get('content-security-policy')).toContain(
        'https://uit-de-omgeving.example',
      );
      // DATA_DIR from the file, relative to the folder the server started in.
      expect(existsSync(join(folder.dir, 'gegevens', 'samen-buurten.sqlite'))).toBe(true);
    } finally {
      child.kill('SIGTERM');
      await exited(child);
    }
  });
});
