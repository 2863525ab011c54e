import { createRetryLoop } from '../propose/retry-loop';
import type { SurveyResponseInput } from '../survey/survey';

/** Where the phone stands with its answers to one meeting's survey. */
export type SendState =
  | { kind: 'idle' }
  | { kind: 'waiting' }
  | { kind: 'sent'; number: number }
  | { kind: 'closed' }
  | { kind: 'refused'; message: string };

export interface AnswerQueueOptions {
  apiUrl: string;
  code: string;
  device: string;
  fetch?: typeof fetch;
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  onState: (state: SendState) => void;
  backoff?: (attempt: number) => number;
}

const keyOf = (code: string) => `samen-buurten:enquete:${code}`;

/** The answers this device gave to a meeting's survey, kept until they are sent (and after). */
export function savedAnswers(
  code: string,
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): (SurveyResponseInput & { pending: boolean }) | undefined {
  try {
    const raw = storage?.getItem(keyOf(code));
    return raw ? (JSON.parse(raw) as SurveyResponseInput & { pending: boolean }) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Sends the device's answers, keeping them on the device while offline or while the server does
 * not answer and retrying like the proposals' queue (the shared retry loop). The device id makes a
 * repeat harmless: the server keeps one response per device and replaces it.
 */
export function createAnswerQueue(options: AnswerQueueOptions) {
  const send = options.fetch ?? globalThis.fetch.bind(globalThis);
  const storage = options.storage ?? globalThis.localStorage;
  let pending: SurveyResponseInput | undefined;
  const remember = (answers: SurveyResponseInput, stillPending: boolean) => {
    try {
      storage?.setItem(keyOf(options.code), JSON.stringify({ ...answers, pending: stillPending }));
    } catch {
      // A private window: the answers still go out while the page is open.
    }
  };

  async function flush() {
    const answers = pending;
    if (!answers) return;
    const response = await send(
      `${options.apiUrl}/api/enquete/${encodeURIComponent(options.code)}/antwoord`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ device: options.device, ...answers }),
      },
    );
    if (response.status >= 500 || response.status === 408 || response.status === 429)
      throw new Error(`HTTP ${response.status}`);
    if (pending === answers) pending = undefined;
    remember(answers, false);
    if (response.ok) {
      const receipt = (await response.json()) as { number: number };
      options.onState({ kind: 'sent', number: receipt.number });
    } else if (response.status === 409) options.onState({ kind: 'closed' });
    else {
      const body = (await response.json().catch(() => ({}))) as { message?: string };
      options.onState({ kind: 'refused', message: body.message ?? `HTTP ${response.status}` });
    }
  }

  const loop = createRetryLoop(async () => {
    try {
      await flush();
    } catch (error) {
      options.onState({ kind: 'waiting' });
      throw error;
    }
  }, options.backoff);

  return {
    submit(answers: SurveyResponseInput) {
      pending = answers;
      remember(answers, true);
      return loop.run();
    },
    stop: loop.stop,
  };
}

/** A random id for this device, kept on it: the server's one-response-per-device key. */
export function deviceId(
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage,
) {
  const key = 'samen-buurten:apparaat';
  try {
    const known = storage?.getItem(key);
    if (known) return known;
    const made = crypto.randomUUID();
    storage?.setItem(key, made);
    return made;
  } catch {
    return crypto.randomUUID();
  }
}
