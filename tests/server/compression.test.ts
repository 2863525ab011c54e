import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../../scripts/precompress';
import { appUnderTest, proposal, type AppUnderTest } from './app-under-test';

const SCRIPT = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `woord ${i}`))};\n`;

describe('compressed answers', () => {
  let t: AppUnderTest;
  let build: string;
  beforeAll(async () => {
    build = mkdtempSync(join(tmpdir(), 'samen-buurten-build-'));
    mkdirSync(join(build, 'assets'));
    writeFileSync(
      join(build, 'index.html'),
      `<!doctype html><title>app</title>${' '.repeat(2000)}`,
    );
    writeFileSync(join(build, 'assets', 'index-abc123.js'), SCRIPT);
    writeFileSync(join(build, 'assets', 'tiny-abc123.js'), 'export {};\n');
    expect(precompress(build)).toBe(2); // the page and the script; the tiny file is not worth it
    t = await appUnderTest('sqlite', { staticDir: build });
  });
  afterAll(async () => {
    await t.cleanup();
    rmSync(build, { recursive: true, force: true });
  });

  const get = (path: string, encoding?: string) =>
    t.call('GET', path, { headers: encoding ? { 'accept-encoding': encoding } : {} });
  const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

  it('hands out the brotli or gzip copy made at build time, with Vary and the long cache', async () => {
    const br = await get('/assets/index-abc123.js', 'gzip, deflate, br');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    expect(brotliDecompressSync(await bytes(br)).toString()).toBe(SCRIPT);

    const gzip = await get('/assets/index-abc123.js', 'gzip');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(await bytes(gzip)).toString()).toBe(SCRIPT);

    const plain = await get('/assets/index-abc123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toMatch(/accept-encoding/i);
    expect((await bytes(plain)).toString()).toBe(SCRIPT);

    const page = await get('/beheer', 'br');
    expect(page.headers.get('content-encoding')).toBe('br');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(brotliDecompressSync(await bytes(page)).toString()).toContain('<title>app</title>');
  });

  it('compresses JSON answers from the API, but not the live event stream', async () => {
    for (let i = 0; i < 8; i += 1) {
      const sent = await t.call('POST', '/api/voorstellen', { body: proposal() });
      const { number } = (await sent.json()) as { number: number };
      await t.call('POST', `/api/beheer/voorstellen/${number}/goedkeuren`, {
        admin: true,
        body: {},
      });
    }
    const list = await get('/api/voorstellen', 'gzip');
    expect(list.headers.get('content-encoding')).toBe('gzip');
    const approved = JSON.parse(gunzipSync(await bytes(list)).toString()) as unknown[];
    expect(approved).toHaveLength(8);

    // A browser sends back the tag it got with the compressed list (made weak by compression):
    // an unchanged list is still "not modified", not downloaded again on every poll.
    const again = await t.call('GET', '/api/voorstellen', {
      headers: { 'accept-encoding': 'gzip', 'if-none-match': list.headers.get('etag')! },
    });
    expect(list.headers.get('etag')).toMatch(/^W\//);
    expect(again.status).toBe(304);

    const live = await get('/api/live', 'gzip, br');
    expect(live.status).toBe(200);
    expect(live.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(live.headers.get('content-encoding')).toBeNull();
    const reader = live.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toContain('event: ready');
    await reader.cancel();
  });
});
