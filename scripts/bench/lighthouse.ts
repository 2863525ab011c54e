import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from './browser';
import { benchDir } from './build';

export type LighthousePreset = 'mobile' | 'desktop';

export type LighthouseResult =
  | {
      ok: true;
      /** Category scores 0–100. */
      performance: number;
      accessibility: number;
      bestPractices: number;
      /** Total blocking time, ms (the lab metric, unrounded). */
      tbtMs: number;
      /** Lab metrics as Lighthouse shows them ("2.8 s"). */
      metrics: Record<string, string>;
      report: string;
    }
  | { ok: false; reason: string };

/**
 * Lighthouse is not a project dependency (its dependency tree does not lock cleanly for `npm ci`):
 * the bench installs it once into .bench/tools from the npm registry, like any other npm package.
 */
const LIGHTHOUSE_VERSION = '12.8.2';
const TOOLS = resolve(benchDir, 'tools');
const CLI = resolve(TOOLS, 'node_modules', 'lighthouse', 'cli', 'index.js');
let installing: Promise<boolean> | undefined;

function ensureLighthouse(): Promise<boolean> {
  if (existsSync(CLI)) return Promise.resolve(true);
  installing ??= new Promise((done) => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const child = spawn(
      npm,
      [
        'install',
        '--prefix',
        TOOLS,
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        `lighthouse@${LIGHTHOUSE_VERSION}`,
      ],
      { stdio: 'ignore' },
    );
    child.on('close', () => done(existsSync(CLI)));
    child.on('error', () => done(false));
  });
  return installing;
}
const TIMEOUT_MS = 120_000;
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

interface LighthouseJson {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { displayValue?: string; numericValue?: number }>;
  runtimeError?: { message: string };
}

/**
 * Runs the Lighthouse CLI (npm package `lighthouse`) against `url` with Debian's Chromium, headless.
 * It downloads nothing: CHROME_PATH points it at /usr/bin/chromium. Asynchronous on purpose: the
 * static server answering Lighthouse runs in this same process.
 */
export async function runLighthouse(
  url: string,
  name: string,
  preset: LighthousePreset,
): Promise<LighthouseResult> {
  if (!(await ensureLighthouse())) {
    return {
      ok: false,
      reason: `lighthouse@${LIGHTHOUSE_VERSION} could not be installed into ${TOOLS}`,
    };
  }
  if (!existsSync(CHROMIUM)) return { ok: false, reason: `no Chromium at ${CHROMIUM}` };
  const report = resolve(benchDir, `lighthouse-${name}-${preset}.json`);
  rmSync(report, { force: true });
  const args = [
    CLI,
    url,
    '--output=json',
    `--output-path=${report}`,
    '--only-categories=performance,accessibility,best-practices',
    `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
    '--quiet',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((done) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: CHROMIUM },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stderr });
    });
    child.on('error', (error) => done({ code: -1, stderr: String(error) }));
  });
  if (code !== 0 || !existsSync(report)) {
    const lastLine = stderr.trim().split('\n').pop() ?? '';
    return { ok: false, reason: `lighthouse exited with ${code}: ${lastLine}`.trim() };
  }
  const json = JSON.parse(readFileSync(report, 'utf8')) as LighthouseJson;
  if (json.runtimeError) return { ok: false, reason: json.runtimeError.message };
  const score = (id: string) => Math.round((json.categories[id]?.score ?? Number.NaN) * 100);
  return {
    ok: true,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    tbtMs: json.audits['total-blocking-time']?.numericValue ?? Number.NaN,
    metrics: Object.fromEntries(METRICS.map((id) => [id, json.audits[id]?.displayValue ?? 'n/a'])),
    report,
  };
}

/**
 * One result from several runs of the same page and preset: the median of each score and of the
 * blocking time; the lab metrics of the run whose performance score is the median. Runs that failed
 * are left out; when all failed, the first failure is the result.
 */
export function medianLighthouse(runs: LighthouseResult[]): LighthouseResult {
  const ok = runs.filter((r): r is LighthouseResult & { ok: true } => r.ok);
  if (ok.length === 0) return runs[0] ?? { ok: false, reason: 'Lighthouse did not run' };
  const mid = <T>(values: T[], by: (value: T) => number): T =>
    [...values].sort((a, b) => by(a) - by(b))[Math.floor((values.length - 1) / 2)] as T;
  const pick = (by: (r: LighthouseResult & { ok: true }) => number) => by(mid(ok, by));
  return {
    ...mid(ok, (r) => r.performance),
    accessibility: pick((r) => r.accessibility),
    bestPractices: pick((r) => r.bestPractices),
    tbtMs: pick((r) => r.tbtMs),
  };
}
