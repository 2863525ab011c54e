/**
 * The figures of the server benchmark (scripts/bench/api.ts) and how they are printed: pure,
 * unit-tested in tests/unit/bench.
 */
import { table } from './report';
import { formatCount, formatMs, formatRatio, median, percentile, ratio } from './stats';

/** One autocannon run: successful responses per second and their latency. */
export interface LoadFigures {
  requestsPerSecond: number;
  /** Latency of the expected responses, ms. */
  p50: number;
  p99: number;
  /** Responses with the expected status. */
  responses: number;
  /** Responses with another status, and connection errors/timeouts. */
  unexpected: Record<string, number>;
}

export interface LatencySummary {
  count: number;
  median: number;
  p95: number;
  p99: number;
  max: number;
}

export interface LiveFigures {
  screens: number;
  approvals: number;
  /** Approve request sent → `approved` event for that number at a screen, ms, every delivery. */
  deliveries: number[];
  /** How long each approve request took to answer, ms. */
  approveMs: number[];
}

export interface StorageFigures {
  storage: string;
  submit: LoadFigures;
  list: LoadFigures;
  listNotModified: LoadFigures;
  /** The approved list's size in bytes, as served. */
  listBytes: number;
  approved: number;
  live: LiveFigures;
}

export interface ServerBenchFigures {
  cpus: number;
  /** The 1-minute load average when the benchmark began: other work shows in the figures. */
  loadAtStart: number;
  connections: number;
  seconds: number;
  listSeconds: number;
  warmupSeconds: number;
  baseline: { post: LoadFigures; get: LoadFigures };
  storages: StorageFigures[];
  /** Why a storage was not measured, e.g. `PostgreSQL: not installed`. */
  skipped: string[];
}

export function summarize(values: readonly number[]): LatencySummary {
  return {
    count: values.length,
    median: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
    max: values.length > 0 ? Math.max(...values) : Number.NaN,
  };
}

export function formatRate(value: number): string {
  return Number.isFinite(value) ? `${formatCount(value)}/s` : 'n/a';
}

const section = (title: string, lines: string[]) => ['', title, ...lines.map((l) => `  ${l}`)];

function unexpectedNotes(label: string, figures: LoadFigures): string[] {
  const entries = Object.entries(figures.unexpected).filter(([, count]) => count > 0);
  if (entries.length === 0) return [];
  return [
    `note: ${label}: ${entries.map(([what, count]) => `${formatCount(count)} × ${what}`).join(', ')} (not counted)`,
  ];
}

function loadRows(
  rows: { label: string; figures: LoadFigures }[],
  reference: LoadFigures,
): { lines: string[]; notes: string[] } {
  const lines = table([
    ['', 'req/s', 'p50', 'p99', 'req/s ratio', 'p99 ratio'],
    ...rows.map(({ label, figures }) => {
      const isReference = figures === reference;
      return [
        label,
        formatRate(figures.requestsPerSecond),
        formatMs(figures.p50),
        formatMs(figures.p99),
        isReference
          ? '(reference)'
          : formatRatio(ratio(figures.requestsPerSecond, reference.requestsPerSecond)),
        isReference ? '' : formatRatio(ratio(figures.p99, reference.p99)),
      ];
    }),
  ]);
  return { lines, notes: rows.flatMap(({ label, figures }) => unexpectedNotes(label, figures)) };
}

export function formatServerSection(figures: ServerBenchFigures): string[] {
  const { baseline, storages } = figures;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const submit = loadRows(
    [
      { label: 'baseline: bare node:http, JSON.parse, 201', figures: baseline.post },
      ...storages.map((s) => ({ label: s.storage, figures: s.submit })),
    ],
    baseline.post,
  );
  const list = loadRows(
    [
      { label: 'baseline: bare node:http GET, small JSON', figures: baseline.get },
      ...storages.flatMap((s) => [
        {
          label: `${s.storage}: 200, ${s.approved} approved (${kb(s.listBytes)})`,
          figures: s.list,
        },
        { label: `${s.storage}: 304 (If-None-Match)`, figures: s.listNotModified },
      ]),
    ],
    baseline.get,
  );
  const liveRows = storages.map((s) => {
    const sse = summarize(s.live.deliveries);
    const approve = median(s.live.approveMs);
    const missed = s.live.screens * s.live.approvals - sse.count;
    return [
      s.storage,
      formatMs(sse.median),
      formatMs(sse.p95),
      formatMs(sse.p99),
      formatMs(sse.max),
      `${formatCount(sse.count)}`,
      String(missed),
      formatMs(approve),
      formatRatio(ratio(sse.p99, approve)),
    ];
  });
  const screens = storages[0]?.live.screens ?? 0;
  const approvals = storages[0]?.live.approvals ?? 0;
  return [
    ...section(
      `Server API on loopback (autocannon, ${figures.connections} connections × ${figures.seconds} s ` +
        `after ${figures.warmupSeconds} s warm-up; the server is \`node --import tsx src/server/main.ts\`, ` +
        'the baseline a bare node:http child process; ratio = server / baseline)',
      [
        `${figures.cpus} CPUs shared by client and server; load average ${figures.loadAtStart.toFixed(1)} at the start`,
        ...figures.skipped,
        'POST /api/voorstellen, a new proposal each time (unique id, as the submit queue sends it):',
        ...submit.lines,
        ...submit.notes,
        `GET /api/voorstellen, the approved list (${figures.listSeconds} s each):`,
        ...list.lines,
        ...list.notes,
      ],
    ),
    ...section(
      `Live wall: SSE delivery latency, ${screens} screens on /api/live, ${approvals} approvals one ` +
        'after another (approve request sent → `approved` event at each screen; ratio = SSE p99 / ' +
        'median approve response)',
      [
        ...table([
          [
            '',
            'median',
            'p95',
            'p99',
            'max',
            'deliveries',
            'missed',
            'approve response',
            'p99 ratio',
          ],
          ...liveRows,
        ]),
      ],
    ),
  ];
}
