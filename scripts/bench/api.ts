/**
 * The server section of `npm run bench` (also runnable alone, see the report for the npm script):
 * the real server (`node --import tsx src/server/main.ts`) in a child process on SQLite and, when
 * it can be started, on a private PostgreSQL, against a bare node:http child process
 * (api-baseline.ts) measured in the same run. autocannon on loopback for proposals/s, survey
 * answers/s and the approved list; 200 live screens on /api/live for SSE delivery latency of
 * approvals and of a meeting's survey updates. Figures and ratios are printed, and for the survey
 * PASS/FAIL budgets on those ratios (api-report.ts).
 *
 * Environment: BENCH_SERVER_SECONDS (8), the length of each POST run; GET runs take half.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LiveEvent, ModeratedProposal } from '../../src/proposals/contract';
import { startTestPostgres, type TestPostgres } from '../../tests/support/postgres';
import {
  formatServerSection,
  type LiveFigures,
  type LoadFigures,
  type ServerBenchFigures,
  type StorageFigures,
} from './api-report';
import { createSseParser } from './sse';
import { percentile } from './stats';

const root = resolve(import.meta.dirname, '../..');
const SECONDS = Number(process.env.BENCH_SERVER_SECONDS ?? 8);
const LIST_SECONDS = Math.max(2, Math.round(SECONDS / 2));
const WARMUP_SECONDS = 2;
const CONNECTIONS = 10;
const APPROVED = 200;
const SCREENS = 200;
const APPROVALS = 20;
/** Survey answers sent one after another while the screens of their meeting listen. */
const SURVEY_UPDATES = 20;
const ADMIN_TOKEN = 'bench-admin-token-0123456789';
/** A point in Almere Stad, as in the server tests. */
const IN_ALMERE = { lng: 5.27, lat: 52.37 };

// ---------------------------------------------------------------------------------------------
// autocannon (CommonJS, without types): the little of its programmatic API used here.

interface CannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: CannonRequest, context: object) => CannonRequest;
}
interface CannonResult {
  errors: number;
  timeouts: number;
  duration: number;
}
interface CannonInstance {
  on(
    event: 'response',
    listener: (client: unknown, statusCode: number, bytes: number, ms: number) => void,
  ): void;
}
type Autocannon = (
  options: {
    url: string;
    connections: number;
    duration: number;
    requests: CannonRequest[];
    timeout?: number;
  },
  done: (error: Error | null, result: CannonResult) => void,
) => CannonInstance;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

function cannon(
  url: string,
  seconds: number,
  request: CannonRequest,
  expectedStatus: number,
): Promise<LoadFigures> {
  return new Promise((resolvePromise, reject) => {
    const latencies: number[] = [];
    const unexpected: Record<string, number> = {};
    const instance = autocannon(
      { url, connections: CONNECTIONS, duration: seconds, requests: [request], timeout: 10 },
      (error, result) => {
        if (error) {
          reject(error);
          return;
        }
        if (result.errors > 0) unexpected['connection errors'] = result.errors;
        if (result.timeouts > 0) unexpected.timeouts = result.timeouts;
        resolvePromise({
          requestsPerSecond: latencies.length / result.duration,
          p50: percentile(latencies, 50),
          p99: percentile(latencies, 99),
          responses: latencies.length,
          unexpected,
        });
      },
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status === expectedStatus) latencies.push(ms);
      else unexpected[`HTTP ${status}`] = (unexpected[`HTTP ${status}`] ?? 0) + 1;
    });
  });
}

/** A run after a warm-up of the same requests, which is not counted. */
async function measureLoad(
  url: string,
  seconds: number,
  request: () => CannonRequest,
  expectedStatus: number,
): Promise<LoadFigures> {
  await cannon(url, WARMUP_SECONDS, request(), expectedStatus);
  return cannon(url, seconds, request(), expectedStatus);
}

// ---------------------------------------------------------------------------------------------
// Proposals as the app's submit queue sends them (see tests/server/app-under-test.ts).

let counter = 0;
const runId = `bench-${process.pid}-${Date.now().toString(36)}`;

function proposalBody(): string {
  counter += 1;
  const now = new Date().toISOString();
  return JSON.stringify({
    id: `${runId}-${counter}`,
    name: `Buurtkamer ${counter}`,
    description: 'Een open huiskamer in de wijk, elke dinsdagmiddag.',
    kind: 'ontmoeting',
    knelpunten: ['relationeel'],
    ...IN_ALMERE,
    status: 'lokaal',
    createdAt: now,
    updatedAt: now,
  });
}

const submitRequest = (): CannonRequest => ({
  method: 'POST',
  path: '/api/voorstellen',
  headers: { 'content-type': 'application/json' },
  setupRequest: (request) => ({ ...request, body: proposalBody() }),
});

// A phone's survey answer, as the survey page sends it: a new device each time, so every one is
// a new response (201). The meeting's survey asks only the nine relationele items.
const SURVEY_LEVELS = ['relationeel'];
const RELATIONEEL_ITEMS = 9;

function surveyAnswerBody(): string {
  counter += 1;
  const answers = Array.from({ length: RELATIONEEL_ITEMS }, (_, i) =>
    (counter + i) % 3 === 0 ? 'ja' : (counter + i) % 3 === 1 ? 'nee' : null,
  );
  return JSON.stringify({ device: `${runId}-${counter}`, answers: { relationeel: answers } });
}

const surveyAnswerRequest = (meeting: string) => (): CannonRequest => ({
  method: 'POST',
  path: `/api/enquete/${meeting}/antwoord`,
  headers: { 'content-type': 'application/json' },
  setupRequest: (request) => ({ ...request, body: surveyAnswerBody() }),
});

/** The baseline takes the same bodies: its figure is the ceiling for this request. */
const baselineSurveyRequest = surveyAnswerRequest('BASELINE');

// ---------------------------------------------------------------------------------------------
// Child processes that say where they listen in a JSON line on stdout.

export interface Child {
  url: string;
  stop(): Promise<void>;
}

export function startChild(label: string, args: string[], env: NodeJS.ProcessEnv): Promise<Child> {
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(killer);
    }
  };
  return new Promise((resolvePromise, reject) => {
    let pending = '';
    let url: string | undefined;
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${label} did not start within 30 s: ${stderr}`));
    }, 30_000);
    child.stdout?.setEncoding('utf8');
    // Read every line until `listening`, then keep draining (a full pipe would block the server).
    child.stdout?.on('data', (chunk: string) => {
      if (url) return;
      pending += chunk;
      let cut: number;
      while ((cut = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, cut);
        pending = pending.slice(cut + 1);
        let entry: { message?: unknown; url?: unknown; error?: unknown } = {};
        try {
          entry = JSON.parse(line) as typeof entry;
        } catch {
          continue;
        }
        if (entry.message === 'listening' && typeof entry.url === 'string') {
          url = entry.url;
          pending = '';
          clearTimeout(timer);
          resolvePromise({ url, stop });
          return;
        }
      }
    });
    child.once('exit', (code, signal) => {
      if (url) return;
      clearTimeout(timer);
      reject(new Error(`${label} exited (${code ?? signal}) before listening: ${stderr}`));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// The moderator API and the live screens.

async function admin(
  url: string,
  method: string,
  path: string,
  json: unknown = {},
): Promise<Response> {
  // A POST carries `{}` as JSON, as the moderator view sends it (the API takes JSON only).
  const body = method === 'GET' ? undefined : JSON.stringify(json);
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${ADMIN_TOKEN}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body,
  });
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status}`);
  return response;
}

const approve = async (url: string, number: number) => {
  const response = await admin(url, 'POST', `/api/beheer/voorstellen/${number}/goedkeuren`);
  await response.arrayBuffer();
};

/** A meeting about Almere whose survey asks the relationele items; returns its code. */
async function meetingWithSurvey(url: string): Promise<string> {
  const meeting = await admin(url, 'POST', '/api/beheer/vergaderingen', { title: 'Bench' });
  const { code } = (await meeting.json()) as { code: string };
  const setup = await admin(url, 'PUT', `/api/beheer/vergaderingen/${code}/enquete`, {
    gemeente: 'GM0034',
    levels: SURVEY_LEVELS,
    openQuestion: false,
  });
  await setup.arrayBuffer();
  return code;
}

async function answerSurvey(url: string, meeting: string) {
  const response = await fetch(`${url}/api/enquete/${meeting}/antwoord`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: surveyAnswerBody(),
  });
  if (response.status !== 201) throw new Error(`survey answer: HTTP ${response.status}`);
  await response.arrayBuffer();
}

/**
 * Screens on /api/live over node:http (fetch would keep an aborted socket open); with a meeting,
 * screens of that meeting, which also hear its survey updates.
 */
async function openScreens(url: string, count: number, meeting?: string) {
  const arrivals = new Map<number, number[]>();
  /** Per screen, when each `survey` event arrived. */
  const surveyArrivals = Array.from({ length: count }, (): number[] => []);
  let ready = 0;
  let wake = () => {};
  const requests: ReturnType<typeof get>[] = [];
  const changed = () => wake();

  const openOne = (screen: number) =>
    new Promise<void>((resolvePromise, reject) => {
      const request = get(
        `${url}/api/live${meeting ? `?vergadering=${meeting}` : ''}`,
        { agent: false, headers: { accept: 'text/event-stream' } },
        (response) => {
          if (response.statusCode !== 200) {
            response.resume();
            reject(new Error(`/api/live: HTTP ${response.statusCode}`));
            return;
          }
          const parse = createSseParser();
          response.setEncoding('utf8');
          response.on('error', () => {});
          response.on('data', (chunk: string) => {
            const at = performance.now();
            for (const message of parse(chunk)) {
              if (message.event === 'ready') ready += 1;
              else if (message.event === 'survey') surveyArrivals[screen]!.push(at);
              else if (message.event === 'approved') {
                const event = JSON.parse(message.data) as LiveEvent;
                if (event.type !== 'approved') continue;
                const times = arrivals.get(event.proposal.number) ?? [];
                times.push(at);
                arrivals.set(event.proposal.number, times);
              }
            }
            changed();
          });
          resolvePromise();
        },
      );
      request.on('error', reject);
      requests.push(request);
    });

  /** Resolves true when `condition` holds, false after `timeoutMs`. */
  const until = async (condition: () => boolean, timeoutMs: number) => {
    const deadline = performance.now() + timeoutMs;
    while (!condition()) {
      const left = deadline - performance.now();
      if (left <= 0) return false;
      await new Promise<void>((done) => {
        const timer = setTimeout(done, Math.min(left, 100));
        wake = () => {
          clearTimeout(timer);
          done();
        };
      });
    }
    return true;
  };

  await Promise.all(Array.from({ length: count }, (_, screen) => openOne(screen)));
  return {
    arrivals,
    surveyArrivals,
    allReady: () => until(() => ready >= count, 10_000),
    until,
    close() {
      for (const request of requests) request.destroy();
    },
  };
}

async function measureLive(url: string, numbers: number[]): Promise<LiveFigures> {
  const screens = await openScreens(url, SCREENS);
  const deliveries: number[] = [];
  const approveMs: number[] = [];
  try {
    if (!(await screens.allReady())) throw new Error('not every live screen got `ready` in 10 s');
    for (const number of numbers) {
      const sent = performance.now();
      await approve(url, number);
      approveMs.push(performance.now() - sent);
      await screens.until(() => (screens.arrivals.get(number)?.length ?? 0) >= SCREENS, 5_000);
      for (const at of screens.arrivals.get(number) ?? []) deliveries.push(at - sent);
    }
  } finally {
    screens.close();
  }
  return { screens: SCREENS, approvals: numbers.length, deliveries, approveMs };
}

/**
 * Each answer sent → the first `survey` event after it at every screen of the meeting. The
 * meeting is a fresh one: on PostgreSQL the load run's own notifications may still be arriving
 * for its meeting, and would be taken for these.
 */
async function measureSurveyLive(url: string): Promise<LiveFigures> {
  const meeting = await meetingWithSurvey(url);
  const screens = await openScreens(url, SCREENS, meeting);
  const deliveries: number[] = [];
  const approveMs: number[] = [];
  try {
    if (!(await screens.allReady())) throw new Error('not every live screen got `ready` in 10 s');
    for (let n = 0; n < SURVEY_UPDATES; n += 1) {
      const before = screens.surveyArrivals.map((times) => times.length);
      const sent = performance.now();
      await answerSurvey(url, meeting);
      approveMs.push(performance.now() - sent);
      const heard = () => screens.surveyArrivals.every((times, i) => times.length > before[i]!);
      await screens.until(heard, 5_000);
      screens.surveyArrivals.forEach((times, i) => {
        const at = times[before[i]!];
        if (at !== undefined) deliveries.push(at - sent);
      });
    }
  } finally {
    screens.close();
  }
  return { screens: SCREENS, approvals: SURVEY_UPDATES, deliveries, approveMs };
}

// ---------------------------------------------------------------------------------------------

async function measureStorage(
  storage: string,
  env: NodeJS.ProcessEnv,
  log: (message: string) => void,
): Promise<StorageFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'samen-buurten-bench-'));
  const server = await startChild(
    `the server on ${storage}`,
    ['--import', 'tsx', 'src/server/main.ts'],
    {
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ADMIN_TOKEN,
      SUBMITS_PER_MINUTE: '100000000',
      // Every screen comes from 127.0.0.1, past the per-address limit meant for the internet.
      LIVE_MAX_SCREENS_PER_CLIENT: String(SCREENS),
      STATIC_DIR: '/nonexistent',
      ...env,
    },
  );
  try {
    log(`server on ${storage}: POST /api/voorstellen, ${SECONDS} s`);
    const submit = await measureLoad(server.url, SECONDS, submitRequest, 201);

    log(`server on ${storage}: approving ${APPROVED} proposals`);
    const submitted = (await (
      await admin(server.url, 'GET', '/api/beheer/voorstellen?status=ingediend')
    ).json()) as ModeratedProposal[];
    const numbers = submitted.map((p) => p.number).sort((a, b) => a - b);
    if (numbers.length < APPROVED + APPROVALS)
      throw new Error(`only ${numbers.length} proposals were stored`);
    for (const number of numbers.slice(0, APPROVED)) await approve(server.url, number);

    log(`server on ${storage}: GET /api/voorstellen (200 and 304), ${LIST_SECONDS} s each`);
    const first = await fetch(`${server.url}/api/voorstellen`);
    const listBytes = (await first.arrayBuffer()).byteLength;
    const etag = first.headers.get('etag');
    if (!etag) throw new Error('GET /api/voorstellen has no ETag');
    const list = await measureLoad(
      server.url,
      LIST_SECONDS,
      () => ({ path: '/api/voorstellen' }),
      200,
    );
    const listNotModified = await measureLoad(
      server.url,
      LIST_SECONDS,
      () => ({ path: '/api/voorstellen', headers: { 'if-none-match': etag } }),
      304,
    );

    log(`server on ${storage}: ${SCREENS} live screens, ${APPROVALS} approvals`);
    const live = await measureLive(server.url, numbers.slice(APPROVED, APPROVED + APPROVALS));

    const meeting = await meetingWithSurvey(server.url);
    log(`server on ${storage}: POST /api/enquete/${meeting}/antwoord, ${SECONDS} s`);
    const surveyAnswer = await measureLoad(server.url, SECONDS, surveyAnswerRequest(meeting), 201);
    log(`server on ${storage}: ${SCREENS} screens of a meeting, ${SURVEY_UPDATES} answers`);
    const surveyLive = await measureSurveyLive(server.url);
    return {
      storage,
      submit,
      list,
      listNotModified,
      listBytes,
      approved: APPROVED,
      live,
      surveyAnswer,
      surveyLive,
    };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Runs the server benchmark and returns the lines of its section of the report. */
export async function benchServer(log: (message: string) => void): Promise<string[]> {
  const loadAtStart = loadavg()[0] ?? Number.NaN;
  log('server: the bare node:http baseline');
  const baselineServer = await startChild(
    'the node:http baseline',
    ['--import', 'tsx', 'scripts/bench/api-baseline.ts'],
    {},
  );
  let baseline: ServerBenchFigures['baseline'];
  try {
    const post = await measureLoad(baselineServer.url, SECONDS, submitRequest, 201);
    const surveyPost = await measureLoad(baselineServer.url, SECONDS, baselineSurveyRequest, 201);
    const getList = await measureLoad(
      baselineServer.url,
      LIST_SECONDS,
      () => ({ path: '/api/voorstellen' }),
      200,
    );
    baseline = { post, get: getList, surveyPost };
  } finally {
    await baselineServer.stop();
  }

  const storages: StorageFigures[] = [await measureStorage('SQLite', {}, log)];
  const skipped: string[] = [];
  let postgres: TestPostgres | undefined;
  try {
    postgres = await startTestPostgres();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    skipped.push(`PostgreSQL was skipped: it could not be started (${reason})`);
  }
  if (postgres) {
    try {
      storages.push(await measureStorage('PostgreSQL', { DATABASE_URL: postgres.url }, log));
    } finally {
      postgres.stop();
    }
  }

  return formatServerSection({
    cpus: cpus().length,
    loadAtStart,
    connections: CONNECTIONS,
    seconds: SECONDS,
    listSeconds: LIST_SECONDS,
    warmupSeconds: WARMUP_SECONDS,
    baseline,
    storages,
    skipped,
  });
}

const runDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (runDirectly) {
  const started = performance.now();
  benchServer((message) => process.stderr.write(`[bench] ${message}\n`)).then(
    (lines) => {
      console.log(lines.join('\n'));
      console.log(
        `\n(the server benchmark took ${((performance.now() - started) / 1000).toFixed(1)} s)`,
      );
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
