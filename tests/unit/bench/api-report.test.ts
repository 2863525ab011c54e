import { describe, expect, it } from 'vitest';
import {
  formatRate,
  formatServerSection,
  summarize,
  type LoadFigures,
  type ServerBenchFigures,
  type StorageFigures,
} from '../../../scripts/bench/api-report';

const load = (requestsPerSecond: number, p99: number, unexpected = {}): LoadFigures => ({
  requestsPerSecond,
  p50: p99 / 4,
  p99,
  responses: requestsPerSecond * 8,
  unexpected,
});

const storage = (
  name: string,
  deliveries: number[],
  survey: { answers?: LoadFigures; deliveries?: number[] } = {},
): StorageFigures => ({
  storage: name,
  submit: load(1000, 20),
  list: load(500, 40),
  listNotModified: load(800, 30),
  listBytes: 51_300,
  approved: 200,
  live: { screens: 2, approvals: 2, deliveries, approveMs: [4, 6, 5] },
  surveyAnswer: survey.answers ?? load(900, 25),
  surveyLive: {
    screens: 2,
    approvals: 2,
    deliveries: survey.deliveries ?? [8, 12, 16, 20],
    approveMs: [4, 6, 5],
  },
});

const figures = (overrides: Partial<ServerBenchFigures> = {}): ServerBenchFigures => ({
  cpus: 2,
  loadAtStart: 1.234,
  connections: 10,
  seconds: 8,
  listSeconds: 4,
  warmupSeconds: 2,
  baseline: { post: load(4000, 10), get: load(10_000, 5), surveyPost: load(3000, 12) },
  storages: [storage('SQLite', [10, 20, 30, 40])],
  skipped: [],
  ...overrides,
});

describe('server benchmark: summaries', () => {
  it('summarizes latencies with interpolated percentiles and the maximum', () => {
    expect(summarize([5, 1, 4, 2, 3])).toEqual({
      count: 5,
      median: 3,
      p95: 4.8,
      p99: 4.96,
      max: 5,
    });
    const empty = summarize([]);
    expect(empty.count).toBe(0);
    expect(empty.median).toBeNaN();
    expect(empty.max).toBeNaN();
  });

  it('formats rates per second with grouped thousands', () => {
    expect(formatRate(12_345.6)).toBe('12 346/s');
    expect(formatRate(Number.NaN)).toBe('n/a');
  });
});

describe('server benchmark: the printed section', () => {
  it('gives throughput and p99 ratios against the baseline of the same run', () => {
    const text = formatServerSection(figures()).join('\n');
    expect(text).toMatch(/baseline: bare node:http, JSON\.parse, 201\s+4 000\/s.*\(reference\)/);
    expect(text).toMatch(/SQLite\s+1 000\/s\s+5\.00 ms\s+20 ms\s+0\.25×\s+2\.00×/);
    expect(text).toMatch(/SQLite: 200, 200 approved \(50\.1 KB\)\s+500\/s.*0\.05×\s+8\.00×/);
    expect(text).toMatch(/SQLite: 304 \(If-None-Match\)\s+800\/s/);
    expect(text).toContain('2 CPUs shared by client and server; load average 1.2 at the start');
  });

  it('reports SSE delivery figures, missed deliveries and the ratio to the approve response', () => {
    const lines = formatServerSection(figures({ storages: [storage('SQLite', [10, 20, 30])] }));
    const row = lines.find(
      (l) => l.trim().startsWith('SQLite') && l.includes('ms') && /\s3\s/.test(l),
    );
    // 2 screens × 2 approvals = 4 expected, 3 arrived: 1 missed; p99 29.8 ms / median approve 5 ms.
    expect(row).toMatch(/SQLite\s+20 ms\s+29 ms\s+30 ms\s+30 ms\s+3\s+1\s+5\.00 ms\s+5\.96×/);
  });

  it('says why a storage was skipped and notes unexpected responses', () => {
    const text = formatServerSection(
      figures({
        skipped: ['PostgreSQL was skipped: it could not be started (not installed)'],
        baseline: {
          post: load(4000, 10, { 'HTTP 500': 3 }),
          get: load(10_000, 5),
          surveyPost: load(3000, 12),
        },
      }),
    ).join('\n');
    expect(text).toContain('PostgreSQL was skipped: it could not be started (not installed)');
    expect(text).toContain(
      'note: baseline: bare node:http, JSON.parse, 201: 3 × HTTP 500 (not counted)',
    );
  });

  it('reports survey answers/s and their live update as ratios, with PASS/FAIL budgets', () => {
    const text = formatServerSection(figures()).join('\n');
    // 900/s against the bare server's 3000/s with the same bodies: 0.30×, p99 25 / 12 ms.
    expect(text).toMatch(/SQLite\s+900\/s\s+6\.25 ms\s+25 ms\s+0\.30×\s+2\.08×/);
    // Deliveries 8–20 ms: p99 19.9 ms (median 14 ms) against a median answer response of 5 ms.
    expect(text).toMatch(/SQLite\s+14 ms\s+19 ms\s+20 ms\s+20 ms\s+4\s+0\s+5\.00 ms\s+3\.98×/);
    expect(text).toContain(
      'PASS  SQLite: survey answers/s, server / baseline: 0.30× (budget ≥ 0.02×)',
    );
    expect(text).toContain(
      'PASS  SQLite: survey update to 2 screens, SSE median / median answer response: 2.80× (budget ≤ 3.00×)',
    );
  });

  it('fails the survey budgets when answers are slow or a screen missed an update', () => {
    const slow = figures({
      storages: [
        storage('SQLite', [10, 20, 30, 40], { answers: load(30, 25), deliveries: [8, 12, 16] }),
      ],
    });
    const text = formatServerSection(slow).join('\n');
    expect(text).toContain(
      'FAIL  SQLite: survey answers/s, server / baseline: 0.01× (budget ≥ 0.02×)',
    );
    expect(text).toMatch(/FAIL {2}SQLite: survey update to 2 screens.*: n\/a \(budget ≤ 3\.00×\)/);
  });
});
