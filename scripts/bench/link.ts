/**
 * A shared, bandwidth-limited link for the meeting-room benchmark: one token bucket that every
 * response through the proxy draws from, like one wifi access point that all phones share.
 */
import { once } from 'node:events';
import { createServer, request, Agent, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Bytes are released in pieces of at most this size, so streams take turns (in order per piece). */
export const PIECE_BYTES = 16 * 1024;

export interface Link {
  /** Resolves once `bytes` have gone over the link, after every piece asked for before. */
  take(bytes: number): Promise<void>;
}

/**
 * A token bucket of `bytesPerSecond` filled continuously, without a burst allowance: each piece
 * leaves when the link has carried the pieces before it, in order of arrival. Departure times are
 * kept on the link's own clock, so a timer that fires late (a busy machine) does not lose
 * bandwidth: the pieces due meanwhile leave together. `now` and `wait` are injectable for tests.
 */
export function tokenBucket(
  bytesPerSecond: number,
  now: () => number = () => performance.now(),
  wait: (ms: number, then: () => void) => void = (ms, then) => void setTimeout(then, ms),
): Link {
  let freeAt = now();
  return {
    take(bytes) {
      freeAt = Math.max(freeAt, now()) + (bytes / bytesPerSecond) * 1000;
      const due = freeAt - now();
      return new Promise((release) => (due <= 0 ? release() : wait(due, release)));
    },
  };
}

/** The precached URLs a workbox service worker (vite-plugin-pwa's dist/sw.js) lists. */
export function precacheUrls(swSource: string): string[] {
  const urls = [...swSource.matchAll(/\{url:"([^"]+)",revision:(?:"[^"]*"|null)\}/g)].map(
    (m) => m[1]!,
  );
  // The worker's own runtime (define(["./workbox-…"], …)) comes with it.
  const runtime = [...swSource.matchAll(/define\(\["\.\/(workbox-[\w-]+)"\]/g)].map(
    (m) => `${m[1]!}.js`,
  );
  return [...new Set([...runtime, ...urls])];
}

export interface LinkProxy {
  url: string;
  close(): Promise<void>;
}

/** An HTTP proxy for GET requests on 127.0.0.1 in front of `target`; answers go through `link`. */
export async function startLinkProxy(target: string, link: Link): Promise<LinkProxy> {
  const upstreamAgent = new Agent({ keepAlive: true, maxSockets: 64 });
  const { host } = new URL(target);
  const forward = async (
    upstream: IncomingMessage,
    response: import('node:http').ServerResponse,
  ) => {
    response.writeHead(upstream.statusCode ?? 502, upstream.headers);
    for await (const chunk of upstream as AsyncIterable<Buffer>) {
      for (let at = 0; at < chunk.length; at += PIECE_BYTES) {
        const piece = chunk.subarray(at, at + PIECE_BYTES);
        await link.take(piece.length);
        if (!response.write(piece)) await once(response, 'drain');
      }
    }
    response.end();
  };
  // Phones only GET here, so a request carries no body and may be sent again: once, when a kept-alive
  // socket to the server was closed just as it was reused (ECONNRESET under load).
  const server: Server = createServer((incoming, response) => {
    const send = (retry: boolean) => {
      const outgoing = request(
        new URL(incoming.url ?? '/', target),
        { method: incoming.method, headers: { ...incoming.headers, host }, agent: upstreamAgent },
        (upstream) => void forward(upstream, response).catch(() => response.destroy()),
      );
      outgoing.on('error', () => {
        if (response.headersSent) response.destroy();
        else if (retry) send(false);
        else response.writeHead(502).end();
      });
      outgoing.end();
    };
    send(true);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        upstreamAgent.destroy();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
