/**
 * Token buckets per client: `perMinute` requests on average with bursts of the same size. Old
 * buckets are swept so a flood of addresses cannot grow memory without end.
 */
export function createRateLimiter(perMinute: number, now: () => number = Date.now) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refillPerMs = perMinute / 60_000;
  let lastSweep = now();

  function sweep(t: number) {
    if (t - lastSweep < 60_000) return;
    lastSweep = t;
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + (t - bucket.at) * refillPerMs >= perMinute) buckets.delete(key);
    }
  }

  return {
    /** Takes one token; when there is none, says how many seconds until there is. */
    take(key: string): { ok: true } | { ok: false; retryAfterSeconds: number } {
      const t = now();
      sweep(t);
      const bucket = buckets.get(key) ?? { tokens: perMinute, at: t };
      bucket.tokens = Math.min(perMinute, bucket.tokens + (t - bucket.at) * refillPerMs);
      bucket.at = t;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.ceil((1 - bucket.tokens) / refillPerMs / 1000) };
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
