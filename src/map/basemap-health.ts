/**
 * When to give up on an online basemap and show the embedded one again. Pure, so the rules are
 * tested without a map: MapView only feeds it tile events.
 */

/** No tile at all within this time after choosing an online basemap: it is not reachable. */
export const FIRST_TILE_TIMEOUT_MS = 8_000;
/** Failed tiles in a row (no tile loaded in between) that mean the network or server is gone. */
export const FAILURES_BEFORE_FALLBACK = 4;

export interface TileHealth {
  anyLoaded: boolean;
  failedInARow: number;
  timedOut: boolean;
}

export type TileEvent = 'loaded' | 'failed' | 'timeout';

export const FRESH_TILE_HEALTH: TileHealth = { anyLoaded: false, failedInARow: 0, timedOut: false };

export function recordTileEvent(health: TileHealth, event: TileEvent): TileHealth {
  switch (event) {
    case 'loaded':
      return { ...health, anyLoaded: true, failedInARow: 0 };
    case 'failed':
      return { ...health, failedInARow: health.failedInARow + 1 };
    case 'timeout':
      return { ...health, timedOut: true };
  }
}

/**
 * A single failed tile is not enough (a server hiccup, a tile at the edge); a run of them is. Once a
 * tile has loaded, a slow later tile is no reason to fall back.
 */
export function shouldFallBack(health: TileHealth, browserOnline: boolean): boolean {
  if (!browserOnline) return true;
  if (health.failedInARow >= FAILURES_BEFORE_FALLBACK) return true;
  return health.timedOut && !health.anyLoaded;
}
