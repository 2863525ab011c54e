import { describe, expect, it } from 'vitest';
import {
  budgetLine,
  formatBytes,
  formatCount,
  formatRatio,
  median,
  percentile,
  ratio,
  verdict,
} from '../../../scripts/bench/stats';

describe('benchmark statistics', () => {
  it('takes the middle value, or the mean of the two middle ones, in any input order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('interpolates percentiles between ranks and keeps the extremes at 0 and 100', () => {
    const frames = [10, 20, 30, 40, 50];
    expect(percentile(frames, 0)).toBe(10);
    expect(percentile(frames, 100)).toBe(50);
    expect(percentile(frames, 95)).toBeCloseTo(48);
    expect(percentile([16.7], 95)).toBe(16.7);
  });

  it('shows ratios against the baseline as 1.07×, and none without a baseline', () => {
    expect(formatRatio(ratio(1070, 1000))).toBe('1.07×');
    expect(formatRatio(ratio(5, 0))).toBe('n/a');
  });

  it('counts kilobytes of 1024 bytes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(40 * 1024)).toBe('40.0 KB');
  });
});

describe('budget verdicts', () => {
  it('passes a value on the limit of an at-most budget and fails one just over it', () => {
    expect(verdict({ value: 1.15, kind: 'atMost', limit: 1.15 })).toBe('PASS');
    expect(verdict({ value: 1.16, kind: 'atMost', limit: 1.15 })).toBe('FAIL');
  });

  it('needs a strictly smaller value for a below budget', () => {
    expect(verdict({ value: 15.9, kind: 'below', limit: 16 })).toBe('PASS');
    expect(verdict({ value: 16, kind: 'below', limit: 16 })).toBe('FAIL');
  });

  it('needs at least the limit for a score budget such as accessibility 100', () => {
    expect(verdict({ value: 100, kind: 'atLeast', limit: 100 })).toBe('PASS');
    expect(verdict({ value: 99, kind: 'atLeast', limit: 100 })).toBe('FAIL');
  });

  it('never passes a budget that could not be measured', () => {
    expect(verdict({ value: Number.NaN, kind: 'atMost', limit: 1 })).toBe('FAIL');
  });

  it('prints the verdict, the value and the budget on one line', () => {
    const line = budgetLine({
      name: 'geo data, gzip',
      value: 22_800,
      kind: 'atMost',
      limit: 150 * 1024,
      format: formatBytes,
    });
    expect(line).toBe('PASS  geo data, gzip: 22.3 KB (budget ≤ 150.0 KB)');
  });
});

describe('counts', () => {
  it('groups thousands with a space', () => {
    expect(formatCount(100_000)).toBe('100 000');
    expect(formatCount(1_000)).toBe('1 000');
    expect(formatCount(999)).toBe('999');
  });
});
