import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody, ErrorCode } from './contract';

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

/** The client's address: the socket's, or the first X-Forwarded-For hop behind a trusted proxy. */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
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
