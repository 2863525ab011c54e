import { describe, expect, it } from 'vitest';
import { ApiError, apiBase, detectServer, requestJson } from '../../../src/propose/server-api';

const answer =
  (body: string, init: ResponseInit & { type?: string } = {}) =>
  async () =>
    new Response(body, {
      status: init.status ?? 200,
      headers: { 'content-type': init.type ?? 'application/json' },
    });

describe('finding a Samen Buurten server', () => {
  it('recognises the server by its status answer', async () => {
    const status = { server: 'samen-buurten', version: '1.0.0', moderation: true };
    expect(await detectServer('', answer(JSON.stringify(status)))).toEqual(status);
  });

  it('finds none on a static host that answers 404', async () => {
    expect(await detectServer('', answer('Not found', { status: 404, type: 'text/plain' }))).toBe(
      undefined,
    );
  });

  it('finds none on a static host that answers every path with index.html', async () => {
    const html = '<!doctype html><html><body><div id="app"></div></body></html>';
    expect(await detectServer('', answer(html, { type: 'text/html' }))).toBe(undefined);
  });

  it('finds none when HTML is served as JSON, or JSON of another server', async () => {
    expect(await detectServer('', answer('<!doctype html>'))).toBe(undefined);
    expect(await detectServer('', answer('{"server":"nginx"}'))).toBe(undefined);
  });

  it('finds none when offline', async () => {
    const offline = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await detectServer('', offline)).toBe(undefined);
  });

  it('uses the configured API address, else this page', () => {
    expect(apiBase('https://api.example.org/')).toBe('https://api.example.org');
    expect(apiBase(undefined)).toBe('');
  });
});

describe('what a failed request means', () => {
  const failure = async (fetchFn: typeof fetch) => {
    try {
      await requestJson('/api/x', {}, fetchFn);
    } catch (error) {
      return error instanceof ApiError ? error.failure : error;
    }
    return undefined;
  };

  it('a wrong token is "unauthorized"', async () => {
    const body = JSON.stringify({ error: 'unauthorized', message: 'Token klopt niet' });
    expect(await failure(answer(body, { status: 401 }))).toEqual({ kind: 'unauthorized' });
  });

  it('422 carries the problems per field', async () => {
    const problems = [{ field: 'name', code: 'tooShort', limit: 3 }];
    const body = JSON.stringify({ error: 'invalid', message: 'Niet geldig', problems });
    expect(await failure(answer(body, { status: 422 }))).toEqual({ kind: 'invalid', problems });
  });

  it('no answer at all is "offline"', async () => {
    const offline = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await failure(offline)).toEqual({ kind: 'offline' });
  });

  it('a proxy error page keeps its status', async () => {
    expect(
      await failure(answer('<h1>Bad gateway</h1>', { status: 502, type: 'text/html' })),
    ).toEqual({ kind: 'server', status: 502, error: undefined, message: undefined });
  });

  it('404, 409 and 429 are told apart', async () => {
    expect(await failure(answer('{}', { status: 404 }))).toEqual({ kind: 'not-found' });
    expect(await failure(answer('{"error":"conflict","message":"x"}', { status: 409 }))).toEqual({
      kind: 'conflict',
      message: 'x',
    });
    expect(await failure(answer('{}', { status: 429 }))).toEqual({ kind: 'rate-limited' });
  });

  it('204 is a success without a body', async () => {
    const noContent = async () => new Response(null, { status: 204 });
    await expect(requestJson('/api/beheer/sessie', {}, noContent)).resolves.toBe(undefined);
  });
});
