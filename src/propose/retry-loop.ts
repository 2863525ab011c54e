/** Waits 2 s, 4 s, 8 s … up to 5 minutes between tries. */
export const defaultBackoff = (attempt: number) => Math.min(2_000 * 2 ** (attempt - 1), 300_000);

/**
 * Runs `flush` until it succeeds: one run at a time, retried with backoff after a failure and at
 * once when the browser comes back online. Shared by the submit and withdraw queues.
 */
export function createRetryLoop(
  flush: () => Promise<void>,
  backoff: (attempt: number) => number = defaultBackoff,
) {
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;

  function run(): Promise<void> {
    if (running) return running;
    clearTimeout(timer);
    running = flush()
      .then(() => {
        attempt = 0;
      })
      .catch(() => {
        attempt += 1;
        timer = setTimeout(() => void run(), backoff(attempt));
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  const onOnline = () => void run();
  globalThis.addEventListener?.('online', onOnline);

  return {
    run,
    stop() {
      clearTimeout(timer);
      globalThis.removeEventListener?.('online', onOnline);
    },
  };
}
