/** Small, pure statistics and verdict helpers for the benchmark (unit-tested in tests/unit/bench). */

/** The p-th percentile (0–100), linearly interpolated between the closest ranks; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (Math.min(Math.max(p, 0), 100) / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low] ?? Number.NaN;
  const highValue = sorted[high] ?? Number.NaN;
  return lowValue + (highValue - lowValue) * (rank - low);
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** `value / baseline`; NaN when there is no usable baseline. */
export function ratio(value: number, baseline: number): number {
  return baseline > 0 && Number.isFinite(value) ? value / baseline : Number.NaN;
}

/** A ratio as people read it: `1.07×`. */
export function formatRatio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a';
}

export function formatMs(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(0)} ms`;
}

/** Counts with a space between thousands, as in Dutch and SI usage: `100 000`. */
export function formatCount(value: number): string {
  return Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return 'n/a';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

export type Verdict = 'PASS' | 'FAIL';

/** `atMost`: value ≤ limit; `below`: value < limit; `atLeast`: value ≥ limit. */
export type BudgetKind = 'atMost' | 'below' | 'atLeast';
const SIGN: Record<BudgetKind, string> = { atMost: '≤', below: '<', atLeast: '≥' };

export interface Budget {
  name: string;
  value: number;
  kind: BudgetKind;
  limit: number;
  /** How value and limit are shown, e.g. formatBytes. */
  format: (value: number) => string;
}

/** A missing (NaN) value never passes: a budget that could not be measured is not met. */
export function verdict(budget: Pick<Budget, 'value' | 'kind' | 'limit'>): Verdict {
  const { value, kind, limit } = budget;
  if (!Number.isFinite(value)) return 'FAIL';
  const ok = kind === 'atMost' ? value <= limit : kind === 'below' ? value < limit : value >= limit;
  return ok ? 'PASS' : 'FAIL';
}

export function budgetLine(budget: Budget): string {
  const limit = `${SIGN[budget.kind]} ${budget.format(budget.limit)}`;
  return `${verdict(budget)}  ${budget.name}: ${budget.format(budget.value)} (budget ${limit})`;
}
