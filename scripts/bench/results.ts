import type { LighthousePreset, LighthouseResult } from './lighthouse';
import { meetingBudgets, type MeetingFigures } from './meeting-report';
import type { ScaleResult } from './scale';
import type { BundleSizes, Size } from './sizes';
import {
  formatBytes,
  formatCount,
  formatMs,
  formatRatio,
  median,
  ratio,
  verdict,
  type Budget,
} from './stats';

/** Samples of one figure for app and baseline, measured alternately in the same run. */
export interface Paired {
  app: number[];
  baseline: number[];
}

export interface FrameStats {
  label: string;
  median: number;
  p95: number;
  frames: number;
  /** The row the others are compared with. */
  reference?: boolean;
}

export interface Results {
  date: string;
  machine: { node: string; chromium: string; cpus: number; runs: number; mapSize: string };
  sizes: { app: Omit<BundleSizes, 'files'>; baseline: Omit<BundleSizes, 'files'> };
  files: { app: BundleSizes['files']; baseline: BundleSizes['files'] };
  renderMs: Paired;
  dataLoadedMs: Paired;
  heapBytes: Paired;
  transferredBytes: Paired;
  pan: FrameStats[];
  /** Baseline: setData of N points in a circle layer until idle (ms, median of 3). */
  setData: { count: number; ms: number }[];
  scale: ScaleResult[];
  lighthouse: Record<'app' | 'baseline', Partial<Record<LighthousePreset, LighthouseResult>>>;
  /** The meeting-room benchmark (meeting.ts); not in a quick run. */
  meeting?: MeetingFigures;
  budgets?: { name: string; value: number; kind: string; limit: number; verdict: string }[];
}

const KB = 1024;
const SCALE_TARGET_MS = 16;

export const pairedMedians = (p: Paired) => {
  const app = median(p.app);
  const baseline = median(p.baseline);
  return { app, baseline, ratio: ratio(app, baseline) };
};

const worst = (times: Record<string, number>) => Math.max(...Object.values(times));

/**
 * The budgets of issues #7 and #19, measured in this run: timings and Lighthouse performance as
 * ratios to the bare-MapLibre baseline of the same run, sizes and the other Lighthouse categories
 * as absolute figures. Lighthouse ones only where it ran for both.
 */
export function budgetsOf(results: Results): Budget[] {
  const gzip = (size: Size) => size.gzip;
  const largest = results.scale.reduce<ScaleResult | undefined>(
    (max, s) => (!max || s.count > max.count ? s : max),
    undefined,
  );
  const budgets: Budget[] = [
    {
      name: 'first full render, app / baseline (median)',
      value: pairedMedians(results.renderMs).ratio,
      kind: 'atMost',
      limit: 1.1,
      format: formatRatio,
    },
    {
      name: 'app JS at startup beyond MapLibre, gzip',
      value: gzip(results.sizes.app.appJsAtStartup),
      kind: 'atMost',
      limit: 38 * KB,
      format: formatBytes,
    },
    {
      name: 'geo data, gzip',
      value: gzip(results.sizes.app.data),
      kind: 'atMost',
      limit: 150 * KB,
      format: formatBytes,
    },
  ];
  // Without scale figures (BENCH_QUICK=1) there is nothing to judge.
  if (largest)
    budgets.push(
      {
        name: `filter ${formatCount(largest.count)} proposals + initiatives, worst setting`,
        value: Math.max(worst(largest.filterProposals), worst(largest.filterInitiatives)),
        kind: 'below',
        limit: SCALE_TARGET_MS,
        format: formatMs,
      },
      {
        name: `search ${formatCount(largest.count)} names, worst query`,
        value: worst(largest.search),
        kind: 'below',
        limit: SCALE_TARGET_MS,
        format: formatMs,
      },
    );
  for (const [preset, result] of Object.entries(results.lighthouse.app)) {
    if (!result.ok) continue;
    const base = results.lighthouse.baseline[preset as LighthousePreset];
    const score = (value: number) => String(Math.round(value));
    if (base?.ok)
      budgets.push(
        {
          name: `Lighthouse ${preset} performance, app / baseline`,
          value: ratio(result.performance, base.performance),
          kind: 'atLeast',
          limit: 0.95,
          format: formatRatio,
        },
        {
          name: `total blocking time ${preset}, app / baseline`,
          // A baseline without any blocking time leaves no ratio: judge the app's own then.
          value: base.tbtMs > 0 ? ratio(result.tbtMs, base.tbtMs) : result.tbtMs > 0 ? NaN : 1,
          kind: 'atMost',
          limit: 1.3,
          format: formatRatio,
        },
      );
    budgets.push(
      {
        name: `Lighthouse ${preset} accessibility`,
        value: result.accessibility,
        kind: 'atLeast',
        limit: 100,
        format: score,
      },
      {
        name: `Lighthouse ${preset} best practices`,
        value: result.bestPractices,
        kind: 'atLeast',
        limit: 95,
        format: score,
      },
    );
  }
  if (results.meeting) budgets.push(...meetingBudgets(results.meeting));
  return budgets;
}

export const budgetRecords = (budgets: Budget[]): NonNullable<Results['budgets']> =>
  budgets.map((b) => ({
    name: b.name,
    value: b.value,
    kind: b.kind,
    limit: b.limit,
    verdict: verdict(b),
  }));
