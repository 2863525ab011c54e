import type { SubmitReceipt } from '../proposals/contract';
import type { Proposal } from '../proposals/proposal';
import { createRetryLoop } from './retry-loop';

export interface SubmitQueueOptions {
  /** Base URL of the Samen Buurten API ('' is this page's origin); undefined: nothing is sent yet. */
  apiUrl: string | undefined;
  fetch?: typeof fetch;
  /** Called when the server has acknowledged a proposal (with its receipt, when it sent one). */
  onSent: (id: string, receipt?: SubmitReceipt) => void;
  /** Milliseconds before retry n (1, 2, …): 2 s doubling up to 5 minutes. */
  backoff?: (attempt: number) => number;
}

async function receiptOf(response: Response): Promise<SubmitReceipt | undefined> {
  try {
    const body = (await response.json()) as Partial<SubmitReceipt> | null;
    return typeof body?.number === 'number' ? (body as SubmitReceipt) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Sends local proposals to the API once one is known (configured at build time, or found on this
 * page's own origin with `connect`), and keeps them queued while offline or while the server is
 * unreachable, retrying with back-off and as soon as the browser is online again. The proposal id
 * makes a retry of an already received proposal harmless (the server treats it as the same one).
 */
export function createSubmitQueue(options: SubmitQueueOptions) {
  const send = options.fetch ?? globalThis.fetch.bind(globalThis);
  const pending = new Map<string, Proposal>();
  let apiUrl = options.apiUrl;

  async function flush(): Promise<void> {
    if (apiUrl === undefined) return;
    for (const proposal of [...pending.values()]) {
      // The server's number and reason are ours to remember, not part of what is proposed.
      const body: Partial<Proposal> = { ...proposal };
      delete body.serverNumber;
      delete body.reason;
      const response = await send(`${apiUrl.replace(/\/$/, '')}/api/voorstellen`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      // 4xx other than 408/429 will not get better by retrying: the server said no to this one.
      if (
        response.ok ||
        (response.status >= 400 && response.status < 500 && ![408, 429].includes(response.status))
      ) {
        pending.delete(proposal.id);
        if (response.ok) options.onSent(proposal.id, await receiptOf(response));
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
    /** Starts sending to a server found after start-up (the page's own origin). */
    connect(url: string) {
      if (apiUrl !== undefined) return Promise.resolve();
      apiUrl = url;
      return pending.size > 0 ? run() : Promise.resolve();
    },
    /** Queues proposals that are still local and tries to send them now. */
    submit(proposals: Proposal[]) {
      for (const p of proposals) if (p.status === 'lokaal') pending.set(p.id, p);
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
