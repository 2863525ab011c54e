import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, ServerHealth } from '../../src/proposals/contract';
import { appUnderTest, type AppUnderTest } from './app-under-test';
import { STORE_KINDS } from './databases';

describe.each(STORE_KINDS)('health check on %s', (kind) => {
  it('says ok while the database answers, and 503 once it does not', async () => {
    const t = await appUnderTest(kind);
    const healthy = await t.call('GET', '/api/health');
    expect(healthy.status).toBe(200);
    expect(healthy.headers.get('cache-control')).toBe('no-store');
    expect((await healthy.json()) as ServerHealth).toEqual({
      status: 'ok',
      database: 'ok',
      liveScreens: 0,
    });

    await t.repo.close(); // the database is gone
    const down = await t.call('GET', '/api/health');
    expect(down.status).toBe(503);
    const body = (await down.json()) as ErrorBody;
    expect(body.error).toBe('unavailable');
    expect(body.message).toMatch(/database/);
    await t.cleanup().catch(() => {});
  });
});

describe('the app beside the API', () => {
  let t: AppUnderTest;
  let build: string;
  beforeAll(async () => {
    build = mkdtempSync(join(tmpdir(), 'samen-buurten-build-'));
    mkdirSync(join(build, 'assets'));
    writeFileSync(join(build, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(build, 'assets', 'index-abc123.js'), 'console.log(1);\n');
    writeFileSync(join(build, 'assets', 'index-abc123.js.map'), '{"version":3,"sources":[]}');
    t = await appUnderTest('sqlite', { staticDir: build });
  });
  afterAll(async () => {
    await t.cleanup();
    rmSync(build, { recursive: true, force: true });
  });

  it('answers an unknown /api address with JSON 404, never the app page', async () => {
    for (const path of ['/api/nope', '/api/voorstellen/extra/deep', '/api/beheer-x', '/api/']) {
      const response = await t.call('GET', path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toMatch(/^application\/json/);
      expect(((await response.json()) as ErrorBody).error, path).toBe('not-found');
    }
    const page = await t.call('GET', '/beheer');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>app</title>');
  });

  it('serves the app but not its source maps', async () => {
    const script = await t.call('GET', '/assets/index-abc123.js');
    expect(script.status).toBe(200);
    const map = await t.call('GET', '/assets/index-abc123.js.map');
    expect(map.status).toBe(404);
    expect(await map.text()).not.toContain('"sources"');
  });
});
