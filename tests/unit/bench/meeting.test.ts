import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { precacheUrls, startLinkProxy, tokenBucket } from '../../../scripts/bench/link';
import {
  failedMeeting,
  meetingBudgets,
  meetingLines,
  type MeetingFigures,
} from '../../../scripts/bench/meeting-report';
import { budgetLine } from '../../../scripts/bench/stats';

describe('meeting-room benchmark', () => {
  it('reads the precache list and the workbox runtime from a built service worker', () => {
    const sw =
      'define(["./workbox-3af818fc"],function(s){s.precacheAndRoute([' +
      '{url:"index.html",revision:"52b0"},{url:"icons/icon-192.png",revision:"a70a"},' +
      '{url:"assets/maplibre-DG_dNE26.js",revision:null},{url:"index.html",revision:"52b0"}],{})})';
    expect(precacheUrls(sw)).toEqual([
      'workbox-3af818fc.js',
      'index.html',
      'icons/icon-192.png',
      'assets/maplibre-DG_dNE26.js',
    ]);
  });

  it('the shared link lets pieces go one after another at its rate, in order of asking', async () => {
    let clock = 0;
    const timers: { at: number; then: () => void }[] = [];
    const link = tokenBucket(
      1000, // bytes per second: 1 byte per ms
      () => clock,
      (ms, then) => timers.push({ at: clock + ms, then }),
    );
    const released: string[] = [];
    void link.take(500).then(() => released.push('a'));
    void link.take(500).then(() => released.push('b'));
    expect(timers.map((t) => t.at)).toEqual([500, 1000]);
    // A late timer (busy machine) does not slow the link: the next piece is due on the link's clock.
    clock = 700;
    timers.shift()!.then();
    void link.take(100).then(() => released.push('c'));
    expect(timers.map((t) => t.at)).toEqual([1000, 1100]);
    for (const t of timers) t.then();
    await Promise.resolve();
    expect(released).toEqual(['a', 'b', 'c']);
  });

  it('the proxy passes answers through unchanged and no faster than the link', async () => {
    const body = Buffer.alloc(100_000, 'x');
    const origin = createServer((request, response) =>
      response
        .writeHead(200, { 'content-type': 'text/plain', 'x-path': request.url ?? '' })
        .end(body),
    );
    await new Promise<void>((done) => origin.listen(0, '127.0.0.1', done));
    const target = `http://127.0.0.1:${(origin.address() as AddressInfo).port}`;
    const proxy = await startLinkProxy(target, tokenBucket(500_000));
    try {
      const started = performance.now();
      const answers = await Promise.all(
        [1, 2].map(async (n) => {
          const response = await fetch(`${proxy.url}/file-${n}`);
          return {
            path: response.headers.get('x-path'),
            bytes: (await response.arrayBuffer()).byteLength,
          };
        }),
      );
      // 200 000 bytes over 500 000 bytes/s: at least 0.4 s, however idle the machine.
      expect(performance.now() - started).toBeGreaterThanOrEqual(390);
      expect(answers).toEqual([
        { path: '/file-1', bytes: 100_000 },
        { path: '/file-2', bytes: 100_000 },
      ]);
    } finally {
      await proxy.close();
      await new Promise((done) => origin.close(done));
    }
  });

  it('judges the compressed first visit: 0.6 MB per phone and 15 s for the 50th phone', () => {
    const figures = (bytesPerPhone: number, seconds: number): MeetingFigures => ({
      phones: 50,
      mbit: 20,
      files: 60,
      compressed: { bytesPerPhone, seconds, encodedFiles: 48 },
      plain: { bytesPerPhone: 2_400_000, seconds: 50, encodedFiles: 0 },
    });
    expect(meetingBudgets(figures(578_000, 14.4)).map(budgetLine)).toEqual([
      'PASS  meeting room: bytes per phone (first visit + precache, br/gzip): 564.5 KB (budget ≤ 614.4 KB)',
      'PASS  meeting room: 50 phones done over 20 Mbit/s: 14.4 s (budget ≤ 15.0 s)',
    ]);
    expect(meetingBudgets(figures(700_000, 15.2)).map((b) => budgetLine(b).slice(0, 4))).toEqual([
      'FAIL',
      'FAIL',
    ]);
  });

  it('a meeting room that could not run fails both budgets and says why', () => {
    const failed = failedMeeting(50, 20, 'Error: /assets/x.js: HTTP 502');
    expect(meetingBudgets(failed).map((b) => budgetLine(b).slice(0, 4))).toEqual(['FAIL', 'FAIL']);
    expect(meetingLines(failed)).toContain('  did not run: Error: /assets/x.js: HTTP 502');
  });
});
