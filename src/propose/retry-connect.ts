import { onCleanup } from 'solid-js';

/**
 * Tries `attempt` now, again whenever the browser says it is online, and every `everyMs` while
 * `keepTrying()` holds; stops after the first success. An app opened offline thus finds its
 * server when the connection returns, without a reload. Must run under a Solid owner.
 */
export function retryUntilConnected(
  attempt: () => Promise<boolean>,
  options: { everyMs: number; keepTrying: () => boolean },
) {
  let connected = false;
  let busy = false;
  const tryNow = async () => {
    if (connected || busy) return;
    busy = true;
    try {
      connected = await attempt();
    } catch {
      connected = false;
    } finally {
      busy = false;
    }
    if (connected) stop();
  };
  const timer = setInterval(() => {
    if (options.keepTrying()) void tryNow();
  }, options.everyMs);
  const onOnline = () => void tryNow();
  globalThis.addEventListener('online', onOnline);
  function stop() {
    clearInterval(timer);
    globalThis.removeEventListener('online', onOnline);
  }
  onCleanup(stop);
  void tryNow();
}
