import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN } from './app-under-test';
import { freshDataDir } from './databases';

/** Starts the server and waits for it to give up; its log lines and exit code. */
async function failedStart(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, PORT: '0', STATIC_DIR: '/nonexistent', ADMIN_TOKEN, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const lines = output
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { level: string; message: string; error?: string });
  return { code, lines, error: lines.find((l) => l.level === 'error')?.error ?? '' };
}

describe('start-up errors name the path and the reason', () => {
  const data = freshDataDir();
  afterAll(() => data.remove());

  it('a database path that is a folder', async () => {
    mkdirSync(join(data.dir, 'samen-buurten.sqlite'));
    const { code, error } = await failedStart({ DATA_DIR: data.dir });
    expect(code).toBe(1);
    expect(error).toContain(join(data.dir, 'samen-buurten.sqlite'));
    expect(error).toMatch(/is a folder/);
  });

  it('a data folder where nothing can be written', async () => {
    // /proc takes no new files, not even from root: a read-only DATA_DIR as far as SQLite can tell.
    const { code, error } = await failedStart({ DATA_DIR: '/proc' });
    expect(code).toBe(1);
    expect(error).toContain('/proc/samen-buurten.sqlite');
    expect(error).toMatch(/cannot create files in \/proc/);
  });

  it('a data folder that is a file', async () => {
    const file = join(data.dir, 'not-a-folder');
    writeFileSync(file, 'x');
    const { code, error } = await failedStart({ DATA_DIR: file });
    expect(code).toBe(1);
    expect(error).toContain(file);
    expect(error).toMatch(/DATA_DIR/);
  });
});
