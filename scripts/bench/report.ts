import type { LighthouseResult } from './lighthouse';
import { meetingLines } from './meeting-report';
import { pairedMedians, type Results } from './results';
import type { Size } from './sizes';
import {
  budgetLine,
  formatBytes,
  formatCount,
  formatMs,
  formatRatio,
  ratio,
  type Budget,
} from './stats';

/** Rows as aligned columns: the first left-aligned, the rest right-aligned. */
export function table(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('   ')
      .trimEnd(),
  );
}

const section = (title: string, lines: string[]) => ['', title, ...lines.map((l) => `  ${l}`)];

function pairedSection(results: Results): string[] {
  const render = pairedMedians(results.renderMs);
  const data = pairedMedians(results.dataLoadedMs);
  const heap = pairedMedians(results.heapBytes);
  const sent = pairedMedians(results.transferredBytes);
  const runs = (values: number[]) => values.map((v) => v.toFixed(0)).join(' ');
  return section('Startup in Chromium (median of the runs; ratio = app / baseline)', [
    ...table([
      ['', 'app', 'baseline', 'ratio'],
      [
        'first full render (navigation → map idle, data-ready)',
        formatMs(render.app),
        formatMs(render.baseline),
        formatRatio(render.ratio),
      ],
      [
        '  all geo files arrived (last response end)',
        formatMs(data.app),
        formatMs(data.baseline),
        formatRatio(data.ratio),
      ],
      [
        'JS heap after load (main thread, after GC)',
        formatBytes(heap.app),
        formatBytes(heap.baseline),
        formatRatio(heap.ratio),
      ],
      [
        'bytes transferred until ready (gzip on the wire)',
        formatBytes(sent.app),
        formatBytes(sent.baseline),
        formatRatio(sent.ratio),
      ],
    ]),
    `render runs, ms: app ${runs(results.renderMs.app)} | baseline ${runs(results.renderMs.baseline)}`,
  ]);
}

function sizeSection(results: Results): string[] {
  const { app, baseline } = results.sizes;
  const row = (label: string, a: Size, b: Size) => [
    label,
    formatBytes(a.raw),
    formatBytes(a.gzip),
    formatBytes(b.raw),
    formatBytes(b.gzip),
    formatRatio(ratio(a.gzip, b.gzip)),
  ];
  return section('Built files (KB = 1024 bytes; gzip level 9)', [
    ...table([
      ['', 'app raw', 'app gzip', 'baseline raw', 'baseline gzip', 'gzip ratio'],
      row('JS total (all chunks, MapLibre and its worker)', app.jsTotal, baseline.jsTotal),
      row('  MapLibre chunk (maplibre-*.js)', app.maplibre, baseline.maplibre),
      row('  MapLibre worker', app.maplibreWorker, baseline.maplibreWorker),
      row('  JS at startup beyond MapLibre', app.appJsAtStartup, baseline.appJsAtStartup),
      row('  lazy chunks (loaded on demand)', app.lazyJs, baseline.lazyJs),
      row('CSS', app.css, baseline.css),
      row('geo data (.geojson/.json)', app.data, baseline.data),
    ]),
  ]);
}

function interactionSection(results: Results): string[] {
  const reference = results.pan.find((p) => p.reference);
  return [
    ...section('Panning (requestAnimationFrame intervals during 6 scripted panBy moves)', [
      ...table([
        ['', 'median', 'p95', 'frames', 'median ratio'],
        ...results.pan.map((p) => [
          p.label,
          formatMs(p.median),
          formatMs(p.p95),
          String(p.frames),
          p === reference ? '(reference)' : formatRatio(ratio(p.median, reference?.median ?? NaN)),
        ]),
      ]),
    ]),
    ...section('setData → idle, baseline map, points in a circle layer (median of 3)', [
      ...table(results.setData.map((s) => [`${formatCount(s.count)} points`, formatMs(s.ms)])),
    ]),
  ];
}

function scaleSection(results: Results): string[] {
  const header = ['proposals', ...results.scale.map((s) => formatCount(s.count))];
  const row = (label: string, pick: (s: Results['scale'][number]) => number) => [
    label,
    ...results.scale.map((s) => formatMs(pick(s))),
  ];
  const worstOf = (times: Record<string, number>) => Math.max(...Object.values(times));
  const medianOf = (times: Record<string, number>) => {
    const sorted = Object.values(times).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  };
  const last = results.scale.at(-1);
  const worstQuery = last
    ? Object.entries(last.search).sort((a, b) => b[1] - a[1])[0]?.[0]
    : undefined;
  return section("Scale (Node, the app's own pure functions, median ms)", [
    ...table([
      header,
      row('filter proposals, worst setting (proposalMatches)', (s) => worstOf(s.filterProposals)),
      row('filter initiatives, worst setting (matchesFilters)', (s) =>
        worstOf(s.filterInitiatives),
      ),
      row('search: build index (createSearchIndex)', (s) => s.searchIndexBuild),
      row('search: one query, median of 5 queries', (s) => medianOf(s.search)),
      row(`search: worst query ("${worstQuery ?? '?'}")`, (s) => worstOf(s.search)),
      row('clusters: supercluster load (PinLayer settings)', (s) => s.clusterLoad),
      ...Object.keys(results.scale[0]?.clusters ?? {}).map((zoom) =>
        row(`clusters: getClusters at ${zoom}`, (s) => s.clusters[zoom] ?? Number.NaN),
      ),
    ]),
  ]);
}

function lighthouseSection(results: Results): string[] {
  const lines: string[] = [];
  const presets = ['mobile', 'desktop'] as const;
  const cell = (
    r: LighthouseResult | undefined,
    pick: (ok: LighthouseResult & { ok: true }) => number,
  ) => (r?.ok ? String(pick(r)) : 'n/a');
  const rows = [['', ...presets.flatMap((p) => [`app ${p}`, `baseline ${p}`])]];
  const metric = (label: string, pick: (ok: LighthouseResult & { ok: true }) => number) =>
    rows.push([
      label,
      ...presets.flatMap((p) => [
        cell(results.lighthouse.app[p], pick),
        cell(results.lighthouse.baseline[p], pick),
      ]),
    ]);
  metric('performance', (r) => r.performance);
  metric('accessibility', (r) => r.accessibility);
  metric('best practices', (r) => r.bestPractices);
  metric('total blocking time, ms', (r) => Math.round(r.tbtMs));
  lines.push(...table(rows));
  for (const [name, byPreset] of Object.entries(results.lighthouse)) {
    for (const [preset, result] of Object.entries(byPreset)) {
      if (!result.ok) lines.push(`Lighthouse did not run for ${name} ${preset}: ${result.reason}`);
      else
        lines.push(
          `${name} ${preset}: ${Object.entries(result.metrics)
            .map(([id, value]) => `${id.replace(/-/g, ' ')} ${value}`)
            .join(', ')}`,
        );
    }
  }
  return section('Lighthouse (scores 0–100, median of the runs; lab metrics below)', lines);
}

export function formatReport(results: Results, budgets: Budget[]): string {
  const { machine } = results;
  return [
    'Samen Buurten kaart: benchmark against a bare-MapLibre baseline measured in the same run',
    `${machine.chromium}, Node ${machine.node}, ${machine.cpus} CPUs, ${machine.runs} runs each ` +
      `(alternating, fresh context), viewport 1280×800, map area ${machine.mapSize}`,
    'Timings depend on this machine (software WebGL); read them as ratios to the baseline.',
    ...pairedSection(results),
    ...sizeSection(results),
    // A quick run (BENCH_QUICK=1) measures none of these: leave them out rather than print blanks.
    ...(results.pan.length ? interactionSection(results) : []),
    ...(results.scale.length ? scaleSection(results) : []),
    ...(Object.keys(results.lighthouse.app).length ? lighthouseSection(results) : []),
    ...(results.meeting ? meetingLines(results.meeting) : []),
    ...section('Budgets', budgets.map(budgetLine)),
  ].join('\n');
}
