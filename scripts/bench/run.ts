/**
 * `npm run bench`: builds the app and a bare-MapLibre baseline into .bench/, serves both on
 * 127.0.0.1, drives both in headless Chromium, times the app's pure code at scale, runs Lighthouse,
 * sends 50 simulated phones through a 20 Mbit/s link to the real server (meeting.ts), and prints
 * every figure with its ratio to the baseline of this same run. Writes
 * .bench/results.json. Exits 0 whatever the budgets say; only a crash of the benchmark fails it.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { benchServer } from './api';
import { launchChromium, measureLoad, measurePan, type LoadResult } from './browser';
import { appOutDir, baselineOutDir, benchDir, buildApp, buildBaseline } from './build';
import { medianLighthouse, runLighthouse, type LighthouseResult } from './lighthouse';
import { formatReport } from './report';
import { budgetRecords, budgetsOf, type FrameStats, type Paired, type Results } from './results';
import { LINK_MBIT, meetingBench, PHONES } from './meeting';
import { failedMeeting } from './meeting-report';
import { measureScale } from './scale';
import { serveStatic } from './server';
import { bundleSizes, type BundleSizes } from './sizes';
import { formatCount, median, percentile } from './stats';
import { readAppData, syntheticProposals } from './synthetic';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** Lighthouse runs per page and preset (median); one run's score swings by several points here. */
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const SCALE_COUNTS = [1_000, 10_000, 100_000];
/**
 * BENCH_QUICK=1: first render, heap and bytes only (no scale, panning, Lighthouse, meeting room or
 * server), for iterating.
 */
const QUICK = process.env.BENCH_QUICK === '1';

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const seconds = (start: number) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

function withoutFiles(sizes: BundleSizes): Omit<BundleSizes, 'files'> {
  return Object.fromEntries(Object.entries(sizes).filter(([key]) => key !== 'files')) as Omit<
    BundleSizes,
    'files'
  >;
}

const describeRuns = (runs: LighthouseResult[]) =>
  runs.map((r) => (r.ok ? `${r.performance} (TBT ${r.tbtMs.toFixed(0)} ms)` : 'failed')).join(', ');

const frameStats = (label: string, frames: number[]): FrameStats => ({
  label,
  median: median(frames),
  p95: percentile(frames, 95),
  frames: frames.length,
});

async function main() {
  const started = performance.now();
  log('building the app into .bench/app and the baseline into .bench/baseline');
  await buildApp();
  await buildBaseline();
  const appSizes = bundleSizes(appOutDir);
  const baselineSizes = bundleSizes(baselineOutDir);
  log(`built (${seconds(started)})`);

  if (!QUICK)
    log("scale: synthetic proposals through the app's filter, search and clustering code");
  const data = readAppData();
  const proposals = syntheticProposals(data, Math.max(...SCALE_COUNTS));
  const scale = QUICK
    ? []
    : SCALE_COUNTS.map((count) => measureScale(data, proposals.slice(0, count)));

  const app = await serveStatic(appOutDir);
  const baseline = await serveStatic(baselineOutDir);
  const browser = await launchChromium();
  const chromiumVersion = browser.version();
  const renderMs: Paired = { app: [], baseline: [] };
  const dataLoadedMs: Paired = { app: [], baseline: [] };
  const heapBytes: Paired = { app: [], baseline: [] };
  const transferredBytes: Paired = { app: [], baseline: [] };
  const pan: FrameStats[] = [];
  const setData: Results['setData'] = [];
  let mapSize: string | undefined;
  try {
    // A first visit of each, not counted: warms the disk cache and tells the app's map size,
    // which the baseline then takes, so both draw the same pixels.
    const warm = await measureLoad(browser, `${app.url}/`);
    const baselineUrl = `${baseline.url}/?w=${warm.mapSize.width}&h=${warm.mapSize.height}`;
    mapSize = `${warm.mapSize.width}×${warm.mapSize.height}`;
    await measureLoad(browser, baselineUrl);
    const record = (side: keyof Paired, result: LoadResult) => {
      renderMs[side].push(result.renderMs);
      dataLoadedMs[side].push(result.dataLoadedMs);
      heapBytes[side].push(result.heapBytes);
      transferredBytes[side].push(result.transferredBytes);
    };
    for (let run = 1; run <= RUNS; run++) {
      const a = await measureLoad(browser, `${app.url}/`);
      const b = await measureLoad(browser, baselineUrl);
      record('app', a);
      record('baseline', b);
      log(
        `run ${run}/${RUNS}: render app ${a.renderMs.toFixed(0)} ms, baseline ${b.renderMs.toFixed(0)} ms`,
      );
    }

    if (!QUICK) {
      log('panning');
      const appFrames: number[] = [];
      const baselineFrames: number[] = [];
      for (let run = 0; run < 2; run++) {
        // ?debug is the app's existing test hook: it exposes the map, nothing else changes.
        appFrames.push(
          ...(await measurePan(browser, `${app.url}/?debug`, '__samenBuurtenMap')).frames,
        );
        baselineFrames.push(...(await measurePan(browser, baselineUrl, '__benchMap')).frames);
      }
      pan.push(frameStats('app as it is (12 pins, area labels)', appFrames));
      pan.push({ ...frameStats('baseline (12 pins)', baselineFrames), reference: true });
      const flat = proposals.flatMap((p) => [p.lng, p.lat]);
      for (const count of SCALE_COUNTS) {
        log(`baseline with ${count} synthetic points`);
        const result = await measurePan(
          browser,
          baselineUrl,
          '__benchMap',
          flat.slice(0, 2 * count),
        );
        pan.push(
          frameStats(`baseline + ${formatCount(count)} points (circle layer)`, result.frames),
        );
        setData.push({ count, ms: median(result.setDataMs ?? []) });
      }
    }
  } finally {
    await browser.close();
  }

  const lighthouse: Results['lighthouse'] = { app: {}, baseline: {} };
  if (!QUICK) {
    log(`Lighthouse (mobile and desktop presets, app and baseline, median of ${LIGHTHOUSE_RUNS})`);
    for (const preset of ['mobile', 'desktop'] as const) {
      const appRuns: LighthouseResult[] = [];
      const baselineRuns: LighthouseResult[] = [];
      // Alternating, like the render runs, so a busy moment of the machine hits both.
      for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
        appRuns.push(await runLighthouse(`${app.url}/`, 'app', preset));
        baselineRuns.push(await runLighthouse(`${baseline.url}/`, 'baseline', preset));
      }
      lighthouse.app[preset] = medianLighthouse(appRuns);
      lighthouse.baseline[preset] = medianLighthouse(baselineRuns);
      log(
        `Lighthouse ${preset}: ${describeRuns(appRuns)} | baseline ${describeRuns(baselineRuns)}`,
      );
    }
  }
  await app.close();
  await baseline.close();
  // A meeting room that could not be measured fails its budgets but keeps the rest of the report.
  const meeting = QUICK
    ? undefined
    : await meetingBench(log, appOutDir).catch((error: unknown) => {
        log(`meeting room failed: ${String(error)}`);
        return failedMeeting(PHONES, LINK_MBIT, String(error));
      });

  const results: Results = {
    date: new Date().toISOString(),
    machine: {
      node: process.version,
      chromium: `Chromium ${chromiumVersion}`,
      cpus: cpus().length,
      runs: RUNS,
      mapSize: mapSize ?? 'unknown',
    },
    sizes: { app: withoutFiles(appSizes), baseline: withoutFiles(baselineSizes) },
    files: { app: appSizes.files, baseline: baselineSizes.files },
    renderMs,
    dataLoadedMs,
    heapBytes,
    transferredBytes,
    pan,
    setData,
    scale,
    lighthouse,
    ...(meeting ? { meeting } : {}),
  };
  const budgets = budgetsOf(results);
  results.budgets = budgetRecords(budgets);
  writeFileSync(resolve(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(formatReport(results, budgets));
  if (!QUICK) console.log((await benchServer(log)).join('\n'));
  console.log(`\nWritten to .bench/results.json (the whole benchmark took ${seconds(started)}).`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
