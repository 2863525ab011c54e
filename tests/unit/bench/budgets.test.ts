import { describe, expect, it } from 'vitest';
import { medianLighthouse, type LighthouseResult } from '../../../scripts/bench/lighthouse';
import { budgetsOf, type Results } from '../../../scripts/bench/results';
import { budgetLine } from '../../../scripts/bench/stats';

const size = (gzip: number) => ({ raw: gzip * 4, gzip });
const sizes = (appJs: number) => ({
  jsTotal: size(400_000),
  maplibre: size(230_000),
  maplibreWorker: size(90_000),
  appJsAtStartup: size(appJs),
  lazyJs: size(60_000),
  css: size(9_000),
  data: size(100_000),
});
const lighthouse = (performance: number, tbtMs: number): LighthouseResult => ({
  ok: true,
  performance,
  accessibility: 100,
  bestPractices: 100,
  tbtMs,
  metrics: {},
  report: 'x.json',
});

function results(overrides: Partial<Results>): Results {
  return {
    date: '2026-12-01',
    machine: { node: 'v22', chromium: 'Chromium', cpus: 2, runs: 3, mapSize: '800×600' },
    sizes: { app: sizes(38 * 1024), baseline: sizes(0) },
    files: { app: {}, baseline: {} },
    renderMs: { app: [1100, 1090, 1300], baseline: [1000, 1000, 1000] },
    dataLoadedMs: { app: [], baseline: [] },
    heapBytes: { app: [], baseline: [] },
    transferredBytes: { app: [], baseline: [] },
    pan: [],
    setData: [],
    scale: [],
    lighthouse: { app: {}, baseline: {} },
    ...overrides,
  };
}

const lines = (r: Results) => budgetsOf(r).map(budgetLine);

describe('benchmark budgets (issue #19)', () => {
  it('judges first render as a ratio to the baseline of the same run, 1.10× at most', () => {
    expect(lines(results({}))).toContain(
      'PASS  first full render, app / baseline (median): 1.10× (budget ≤ 1.10×)',
    );
    const slow = results({ renderMs: { app: [1200, 1200, 1200], baseline: [1000, 1000, 1000] } });
    expect(lines(slow)).toContain(
      'FAIL  first full render, app / baseline (median): 1.20× (budget ≤ 1.10×)',
    );
  });

  it('allows 38 KB of gzipped app JavaScript at startup, not a byte more', () => {
    expect(lines(results({}))).toContain(
      'PASS  app JS at startup beyond MapLibre, gzip: 38.0 KB (budget ≤ 38.0 KB)',
    );
    const heavy = results({ sizes: { app: sizes(38 * 1024 + 1), baseline: sizes(0) } });
    expect(lines(heavy).find((l) => l.includes('app JS'))).toMatch(/^FAIL/);
  });

  it('compares Lighthouse performance and blocking time with the baseline of each preset', () => {
    const r = results({
      lighthouse: {
        app: { mobile: lighthouse(57, 3900), desktop: lighthouse(70, 800) },
        baseline: { mobile: lighthouse(59, 3000), desktop: lighthouse(75, 550) },
      },
    });
    expect(lines(r)).toEqual(
      expect.arrayContaining([
        'PASS  Lighthouse mobile performance, app / baseline: 0.97× (budget ≥ 0.95×)',
        'PASS  total blocking time mobile, app / baseline: 1.30× (budget ≤ 1.30×)',
        'FAIL  Lighthouse desktop performance, app / baseline: 0.93× (budget ≥ 0.95×)',
        'FAIL  total blocking time desktop, app / baseline: 1.45× (budget ≤ 1.30×)',
        'PASS  Lighthouse mobile accessibility: 100 (budget ≥ 100)',
        'PASS  Lighthouse desktop best practices: 100 (budget ≥ 95)',
      ]),
    );
  });

  it('a Lighthouse run that failed for the baseline leaves no ratio that could pass', () => {
    const r = results({
      lighthouse: {
        app: { mobile: lighthouse(60, 1000) },
        baseline: { mobile: { ok: false, reason: 'timeout' } },
      },
    });
    expect(lines(r).some((l) => l.includes('app / baseline') && l.includes('Lighthouse'))).toBe(
      false,
    );
  });

  it('takes the median of several Lighthouse runs, leaving out failed ones', () => {
    const median = medianLighthouse([
      lighthouse(50, 5000),
      { ok: false, reason: 'timeout' },
      lighthouse(62, 3000),
      lighthouse(55, 4000),
    ]);
    expect(median).toMatchObject({ ok: true, performance: 55, tbtMs: 4000 });
  });
});
