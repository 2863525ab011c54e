import { get, type IncomingMessage } from 'node:http';
import type { LiveEvent } from '../../src/proposals/contract';

/**
 * A minimal server-sent-events reader, as a presentation screen listens. node:http rather than
 * fetch: closing it really closes the connection, as a browser's EventSource.close() does.
 */
export async function openLiveStream(url: string) {
  let request: ReturnType<typeof get> | undefined;
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    request = get(url, { headers: { accept: 'text/event-stream' } }, resolve);
    request.once('error', reject);
  });
  if (response.statusCode !== 200) throw new Error(`live stream: HTTP ${response.statusCode}`);
  const events: (LiveEvent & { receivedAt: number })[] = [];
  const waiters: (() => void)[] = [];
  let ready = false;
  let ended = false;
  const decoder = new TextDecoder();
  let buffer = '';

  const reading = (async () => {
    try {
      for await (const chunk of response) {
        buffer += decoder.decode(chunk as Buffer, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const event = /^event: ?(.*)$/m.exec(block)?.[1];
          const data = /^data: ?(.*)$/m.exec(block)?.[1];
          if (event === 'ready') ready = true;
          else if (event && data)
            events.push({ ...(JSON.parse(data) as LiveEvent), receivedAt: performance.now() });
          waiters.splice(0).forEach((wake) => wake());
        }
      }
    } catch {
      // aborted by close()
    } finally {
      ended = true;
      waiters.splice(0).forEach((wake) => wake());
    }
  })();

  async function until(condition: () => boolean, timeoutMs = 5_000) {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (ended || Date.now() > deadline) return false;
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return true;
  }

  return {
    events,
    get ended() {
      return ended;
    },
    ready: () => until(() => ready),
    until,
    async close() {
      request?.destroy();
      await reading;
    },
  };
}
