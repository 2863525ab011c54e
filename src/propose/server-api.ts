import {
  SERVER_NAME,
  type ErrorBody,
  type ErrorCode,
  type ServerStatus,
} from '../proposals/contract';
import type { ProposalProblem } from '../proposals/proposal';

/**
 * Talking to a Samen Buurten server, if there is one. On static hosting there is none: /api/status
 * answers 404 or the app's own index.html, and the app works exactly as without a server.
 */

/** Where the API lives: the build's VITE_API_URL, else this page's own origin (''). */
export function apiBase(configured = import.meta.env.VITE_API_URL as string | undefined): string {
  return (configured ?? '').trim().replace(/\/+$/, '');
}

/** The server's status when `/api/status` is a Samen Buurten server; undefined for anything else. */
export async function detectServer(
  base: string,
  fetchFn: typeof fetch = globalThis.fetch.bind(globalThis),
): Promise<ServerStatus | undefined> {
  try {
    const response = await fetchFn(`${base}/api/status`, {
      headers: { accept: 'application/json' },
      cache: 'no-store',
    });
    if (!response.ok) return undefined;
    if (!(response.headers.get('content-type') ?? '').includes('json')) return undefined;
    const body: unknown = await response.json();
    return isServerStatus(body) ? body : undefined;
  } catch {
    // Offline, blocked by the CSP, or an HTML page that is not JSON: no server.
    return undefined;
  }
}

function isServerStatus(body: unknown): body is ServerStatus {
  return (
    typeof body === 'object' &&
    body !== null &&
    (body as { server?: unknown }).server === SERVER_NAME
  );
}

/** Why a request failed, in terms the UI can explain. */
export type ApiFailure =
  | { kind: 'offline' }
  | { kind: 'unauthorized' }
  | { kind: 'invalid'; problems: ProposalProblem[] }
  | { kind: 'not-found' }
  | { kind: 'rate-limited' }
  | { kind: 'conflict'; message?: string }
  | { kind: 'server'; status: number; error?: ErrorCode; message?: string };

export class ApiError extends Error {
  constructor(readonly failure: ApiFailure) {
    super(`API: ${failure.kind}`);
    this.name = 'ApiError';
  }
}

/** Reads the error JSON ({ error, message, problems }) of a failed response, if it is JSON. */
export async function failureOf(response: Response): Promise<ApiFailure> {
  let body: Partial<ErrorBody> = {};
  try {
    const parsed: unknown = await response.json();
    if (parsed && typeof parsed === 'object') body = parsed as Partial<ErrorBody>;
  } catch {
    // A proxy's HTML error page: the status says enough.
  }
  const status = response.status;
  if (status === 401 || body.error === 'unauthorized') return { kind: 'unauthorized' };
  if (status === 422 || body.error === 'invalid')
    return { kind: 'invalid', problems: Array.isArray(body.problems) ? body.problems : [] };
  if (status === 404 || body.error === 'not-found') return { kind: 'not-found' };
  if (status === 429 || body.error === 'rate-limited') return { kind: 'rate-limited' };
  if (status === 409 || body.error === 'conflict')
    return { kind: 'conflict', message: body.message };
  return { kind: 'server', status, error: body.error, message: body.message };
}

/**
 * A JSON request: the parsed body on success (undefined for 204), an ApiError otherwise. A request
 * that never got an answer (no network, server down) is `offline`.
 */
export async function requestJson<T>(
  url: string,
  init: RequestInit = {},
  fetchFn: typeof fetch = globalThis.fetch.bind(globalThis),
): Promise<T> {
  let response: Response;
  try {
    response = await fetchFn(url, {
      ...init,
      headers: { accept: 'application/json', ...(init.headers as Record<string, string>) },
    });
  } catch {
    throw new ApiError({ kind: 'offline' });
  }
  if (!response.ok) throw new ApiError(await failureOf(response));
  if (response.status === 204) return undefined as T;
  try {
    return (await response.json()) as T;
  } catch {
    // 200 with HTML: a static host or a captive portal, not the API.
    throw new ApiError({ kind: 'server', status: response.status });
  }
}
