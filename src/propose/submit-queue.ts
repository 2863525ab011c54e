import type { Proposal } from './proposal';

export interface SubmitQueueOptions {
  /** Base URL of the Samen Buurten API; without it nothing is sent and proposals stay local. */
  apiUrl: string | undefined;
  fetch?: typeof fetch;
  /** Called when the server has acknowledged a proposal. */
  onSent: (id: string) => void;
  /** Milliseconds before retry n (1, 2, …): 2 s doubling up to 5 minutes. */
  backoff?: (attempt: number) => number;
}

const defaultBackoff = (attempt: number) => Math.min(2_000 * 2 ** (attempt - 1), 300_000);

/**
 * Sends local proposals to the API when one is configured, and keeps them queued while offline or
 * while the server is unreachable, retrying with back-off and as soon as the browser is online again.
 * The proposal id makes a retry of an already received proposal harmless (the server treats it as
 * the same proposal).
 */
export function createSubmitQueue(options: SubmitQueueOptions) {
  const send = options.fetch ?? globalThis.fetch.bind(globalThis);
  const backoff = options.backoff ?? defaultBackoff;
  const pending = new Map<string, Proposal>();
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;

  async function flush(): Promise<void> {
    if (!options.apiUrl) return;
    for (const proposal of [...pending.values()]) {
      const response = await send(`${options.apiUrl.replace(/\/$/, '')}/api/voorstellen`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(proposal),
      });
      // 4xx other than 408/429 will not get better by retrying: the server said no to this one.
      if (
        response.ok ||
        (response.status >= 400 && response.status < 500 && ![408, 429].includes(response.status))
      ) {
        pending.delete(proposal.id);
        if (response.ok) options.onSent(proposal.id);
      } else {
        throw new Error(`HTTP ${response.status}`);
      }
    }
  }

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
    enabled: Boolean(options.apiUrl),
    /** Queues proposals that are still local and tries to send them now. */
    submit(proposals: Proposal[]) {
      for (const p of proposals) if (p.status === 'lokaal') pending.set(p.id, p);
      return options.apiUrl && pending.size > 0 ? run() : Promise.resolve();
    },
    get pendingCount() {
      return pending.size;
    },
    stop() {
      clearTimeout(timer);
      globalThis.removeEventListener?.('online', onOnline);
    },
  };
}
