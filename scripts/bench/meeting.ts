/**
 * The meeting-room benchmark (`npm run bench:meeting`, also part of `npm run bench`): the app's
 * production build, precompressed as `npm start` does, served by the real server (src/server/main.ts)
 * behind a local proxy that shares one 20 Mbit/s token bucket between all answers, like a busy
 * meeting's wifi. 50 phones make their first visit at once: the page, the service worker and
 * everything it precaches (the list in sw.js). Once with `Accept-Encoding: br, gzip` as phones send
 * it, once without (compression off). Bytes are response bodies as they crossed the link.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompress } from '../precompress';
import { startChild } from './api';
import { appOutDir, benchDir, buildApp } from './build';
import { precacheUrls, startLinkProxy, tokenBucket } from './link';
import {
  meetingBudgets,
  meetingLines,
  type MeetingFigures,
  type MeetingRun,
} from './meeting-report';
import { budgetLine, median } from './stats';

export const PHONES = 50;
export const LINK_MBIT = 20;
/** Connections per phone to one host, as browsers open them. */
const CONNECTIONS_PER_PHONE = 6;

interface Fetched {
  bytes: number;
  encoded: boolean;
}

function fetchOne(base: string, path: string, agent: Agent, compressed: boolean): Promise<Fetched> {
  return new Promise((done, fail) => {
    const headers = compressed ? { 'accept-encoding': 'br, gzip' } : {};
    get(new URL(path, base), { agent, headers }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => {
        if (response.statusCode !== 200) fail(new Error(`${path}: HTTP ${response.statusCode}`));
        else done({ bytes, encoded: Boolean(response.headers['content-encoding']) });
      });
      response.on('error', fail);
    }).on('error', fail);
  });
}

/** One phone's first visit: the page first, then the service worker's files, six at a time. */
async function phoneVisit(base: string, files: string[], compressed: boolean): Promise<Fetched[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS_PER_PHONE });
  try {
    const page = await fetchOne(base, '/', agent, compressed);
    const rest = await Promise.all(files.map((f) => fetchOne(base, `/${f}`, agent, compressed)));
    return [page, ...rest];
  } finally {
    agent.destroy();
  }
}

async function wave(base: string, files: string[], compressed: boolean): Promise<MeetingRun> {
  const started = performance.now();
  const phones = await Promise.all(
    Array.from({ length: PHONES }, () => phoneVisit(base, files, compressed)),
  );
  const seconds = (performance.now() - started) / 1000;
  const perPhone = phones.map((fetched) => fetched.reduce((sum, f) => sum + f.bytes, 0));
  return {
    bytesPerPhone: median(perPhone),
    seconds,
    encodedFiles: phones[0]?.filter((f) => f.encoded).length ?? 0,
  };
}

/**
 * Runs both waves. `builtDir` is a production build of the app (run.ts passes .bench/app); without
 * it the app is built first. The build is copied and precompressed in .bench/meeting.
 */
export async function meetingBench(
  log: (message: string) => void,
  builtDir?: string,
): Promise<MeetingFigures> {
  if (!builtDir) {
    log('meeting room: building the app');
    await buildApp();
  }
  const staticDir = resolve(benchDir, 'meeting');
  rmSync(staticDir, { recursive: true, force: true });
  cpSync(builtDir ?? appOutDir, staticDir, { recursive: true });
  precompress(staticDir);
  const files = ['sw.js', ...precacheUrls(readFileSync(join(staticDir, 'sw.js'), 'utf8'))];
  const dataDir = mkdtempSync(join(tmpdir(), 'samen-buurten-meeting-'));
  const server = await startChild('the server', ['--import', 'tsx', 'src/server/main.ts'], {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    ADMIN_TOKEN: 'bench-admin-token-0123456789',
    STATIC_DIR: staticDir,
  });
  try {
    const run = async (compressed: boolean) => {
      // A fresh link each time: both waves start with the same (empty) bucket history.
      const proxy = await startLinkProxy(server.url, tokenBucket((LINK_MBIT * 1e6) / 8));
      try {
        log(
          `meeting room: ${PHONES} phones, ${files.length + 1} files each, ${LINK_MBIT} Mbit/s, ` +
            (compressed ? 'Accept-Encoding: br, gzip' : 'no Accept-Encoding'),
        );
        return await wave(proxy.url, files, compressed);
      } finally {
        await proxy.close();
      }
    };
    // The server has been running before people arrive: one visit of each kind, straight to it,
    // warms its file reads and JIT, so neither wave pays for a cold start.
    await phoneVisit(server.url, files, true);
    await phoneVisit(server.url, files, false);
    const compressed = await run(true);
    const plain = await run(false);
    return { phones: PHONES, mbit: LINK_MBIT, files: files.length + 1, compressed, plain };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
  meetingBench(log).then(
    (figures) => {
      const budgets = meetingBudgets(figures);
      console.log(
        [...meetingLines(figures), '', 'Budgets', ...budgets.map((b) => `  ${budgetLine(b)}`)].join(
          '\n',
        ),
      );
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
