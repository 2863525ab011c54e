import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody, ErrorCode } from '../proposals/contract';

/** Every error the API gives is JSON with a machine code and a plain Dutch sentence. */
export function fail(
  c: Context,
  status: ContentfulStatusCode,
  error: ErrorCode,
  message: string,
  extra: Partial<ErrorBody> = {},
) {
  return c.json<ErrorBody>({ error, message, ...extra }, status);
}

/**
 * The client's address: the socket's, or behind `proxyHops` trusted proxies the X-Forwarded-For
 * entry the outermost one appended (counted from the right). Entries further left are whatever the
 * client wrote, so they never choose whose allowance a request spends.
 */
export function clientAddress(c: Context, proxyHops: number): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const socket = env?.incoming?.socket?.remoteAddress ?? 'local';
  if (proxyHops <= 0) return socket;
  const hops = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request did not come through all of them.
  return hops[hops.length - proxyHops] ?? socket;
}

/** The JSON body, or undefined when it is not valid JSON (the caller answers 400). */
export async function jsonBody(c: Context): Promise<{ ok: true; value: unknown } | { ok: false }> {
  try {
    return { ok: true, value: await c.req.json() };
  } catch {
    return { ok: false };
  }
}

export function attachment(c: Context, body: string, type: string, filename: string) {
  c.header('content-type', `${type}; charset=utf-8`);
  c.header('content-disposition', `attachment; filename="${filename}"`);
  c.header('cache-control', 'no-store');
  return c.body(body);
}
