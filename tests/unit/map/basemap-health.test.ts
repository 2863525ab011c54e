import { describe, expect, it } from 'vitest';
import {
  FAILURES_BEFORE_FALLBACK,
  FRESH_TILE_HEALTH,
  recordTileEvent,
  shouldFallBack,
  type TileEvent,
} from '../../../src/map/basemap-health';

const after = (events: TileEvent[]) => events.reduce(recordTileEvent, FRESH_TILE_HEALTH);
const failures = (n: number): TileEvent[] => Array.from({ length: n }, () => 'failed');

describe('falling back to the embedded basemap', () => {
  it('waits while the first tiles are on their way', () => {
    expect(shouldFallBack(FRESH_TILE_HEALTH, true)).toBe(false);
    expect(shouldFallBack(after(['failed']), true)).toBe(false);
  });

  it('falls back when the browser says it is offline, before asking for any tile', () => {
    expect(shouldFallBack(FRESH_TILE_HEALTH, false)).toBe(true);
  });

  it('falls back after a run of failed tiles (server down, no network)', () => {
    expect(shouldFallBack(after(failures(FAILURES_BEFORE_FALLBACK - 1)), true)).toBe(false);
    expect(shouldFallBack(after(failures(FAILURES_BEFORE_FALLBACK)), true)).toBe(true);
  });

  it('falls back when no tile arrived in time', () => {
    expect(shouldFallBack(after(['timeout']), true)).toBe(true);
  });

  it('keeps a basemap that works, even when a tile fails now and then or a later one is slow', () => {
    const health = after([
      'loaded',
      ...failures(FAILURES_BEFORE_FALLBACK - 1),
      'loaded',
      ...failures(FAILURES_BEFORE_FALLBACK - 1),
      'timeout',
    ]);
    expect(shouldFallBack(health, true)).toBe(false);
  });

  it('gives up on a basemap that stops working (the network went away)', () => {
    const health = after(['loaded', 'loaded', ...failures(FAILURES_BEFORE_FALLBACK)]);
    expect(shouldFallBack(health, true)).toBe(true);
  });
});
