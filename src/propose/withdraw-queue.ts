import type { WithdrawReceipt } from '../proposals/contract';
import { createRetryLoop } from './retry-loop';

export interface WithdrawQueueOptions {
  /** Base URL of the Samen Buurten API ('' is this page's origin); undefined: not known yet. */
  apiUrl: string | undefined;
  fetch?: typeof fetch;
  /** The server no longer holds the proposal (receipt.withdrawn: it did until now). */
  onDone: (id: string, receipt: WithdrawReceipt) => void;
  /** Milliseconds before retry n (1, 2, …). */
  backoff?: (attempt: number) => number;
}

/**
 * Takes proposals back on the server (`POST /api/voorstellen/intrekken`), queued like submissions:
 * kept while offline or while the server is down, retried with back-off and as soon as the
 * browser is online again. Withdrawing twice is harmless; the server answers the same.
 */
export function createWithdrawQueue(options: WithdrawQueueOptions) {
  const send = options.fetch ?? globalThis.fetch.bind(globalThis);
  const pending = new Set<string>();
  let apiUrl = options.apiUrl;

  async function flush(): Promise<void> {
    if (apiUrl === undefined) return;
    for (const id of [...pending]) {
      const response = await send(`${apiUrl.replace(/\/$/, '')}/api/voorstellen/intrekken`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id }),
      });
      if (response.ok) {
        const receipt = (await response.json().catch(() => undefined)) as
          WithdrawReceipt | undefined;
        pending.delete(id);
        options.onDone(id, { id, withdrawn: receipt?.withdrawn === true });
      } else if (response.status === 422) {
        // Not an id the server could ever have held: nothing to take back there.
        pending.delete(id);
        options.onDone(id, { id, withdrawn: false });
      } else {
        throw new Error(`HTTP ${response.status}`);
      }
    }
  }

  const { run, stop: stopRetrying } = createRetryLoop(flush, options.backoff);

  return {
    get enabled() {
      return apiUrl !== undefined;
    },
    connect(url: string) {
      if (apiUrl !== undefined) return Promise.resolve();
      apiUrl = url;
      return pending.size > 0 ? run() : Promise.resolve();
    },
    /** Queues withdrawals and tries to send them now. */
    add(ids: string[]) {
      for (const id of ids) pending.add(id);
      return apiUrl !== undefined && pending.size > 0 ? run() : Promise.resolve();
    },
    get pendingCount() {
      return pending.size;
    },
    stop() {
      stopRetrying();
    },
  };
}

export type WithdrawQueue = ReturnType<typeof createWithdrawQueue>;
