import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/server/config';
import type { ErrorBody } from '../../src/proposals/contract';
import { ADMIN_TOKEN, appUnderTest, proposal, type AppUnderTest } from './app-under-test';

/** Every moderator route, with a body where it takes one. */
const ADMIN_ROUTES: [method: string, path: string, body?: unknown][] = [
  ['GET', '/api/beheer/sessie'],
  ['GET', '/api/beheer/voorstellen'],
  ['GET', '/api/beheer/voorstellen?status=ingediend'],
  ['PATCH', '/api/beheer/voorstellen/1', { name: 'Overgenomen' }],
  ['POST', '/api/beheer/voorstellen/1/goedkeuren', {}],
  ['POST', '/api/beheer/voorstellen/1/afwijzen', { reason: 'Zomaar afgewezen' }],
  ['GET', '/api/beheer/export.csv'],
  ['GET', '/api/beheer/export.geojson'],
  ['GET', '/api/beheer/vergaderingen'],
  ['POST', '/api/beheer/vergaderingen', { title: 'Overgenomen' }],
  ['GET', '/api/beheer/vergaderingen/ABCDEF/verslag.csv'],
];

describe('moderator routes', () => {
  let t: AppUnderTest;
  beforeAll(async () => {
    t = await appUnderTest('sqlite');
    await t.call('POST', '/api/voorstellen', { body: proposal() });
  });
  afterAll(async () => t.cleanup());

  it.each(ADMIN_ROUTES)(
    '%s %s is 401 without a token and with a wrong one',
    async (method, path, body) => {
      // A different client address each time, so the wrong-token limit does not kick in here.
      const client = {
        'x-forwarded-for': `10.0.0.${ADMIN_ROUTES.findIndex((r) => r[1] === path) + 1}`,
      };
      const without = await t.call(method, path, { body, headers: client });
      expect(without.status).toBe(401);
      expect(await without.json()).toMatchObject({ error: 'unauthorized' });
      const wrong = await t.call(method, path, {
        body,
        headers: { ...client, authorization: 'Bearer test-admin-token-0123456788' },
      });
      expect(wrong.status).toBe(401);
      const basic = await t.call(method, path, {
        body,
        headers: { ...client, authorization: 'Basic dGVzdDp0ZXN0' },
      });
      expect(basic.status).toBe(401);
    },
  );

  it('nothing was changed by the refused calls', async () => {
    const list = await t.call('GET', '/api/beheer/voorstellen', { admin: true });
    expect(list.status).toBe(200);
    const [first] = (await list.json()) as { name: string; status: string }[];
    expect(first).toMatchObject({ status: 'ingediend' });
    expect(first?.name).not.toBe('Overgenomen');
  });

  it.each(ADMIN_ROUTES)(
    '%s %s tells every cache not to keep the answer (contact details)',
    async (method, path, body) => {
      const answer = await t.call(method, path, { body, admin: true });
      expect(answer.status).toBeLessThan(500);
      expect(answer.headers.get('cache-control')).toMatch(/\bno-store\b/);
      const refused = await t.call(method, path, { body });
      expect(refused.headers.get('cache-control')).toMatch(/\bno-store\b/);
    },
  );

  it('stops a client that keeps guessing the token', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i += 1) {
      const response = await t.call('GET', '/api/beheer/sessie', {
        headers: { 'x-forwarded-for': '192.0.2.50', authorization: `Bearer guess-${i}` },
      });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // The right token still works from that address.
    const right = await t.call('GET', '/api/beheer/sessie', {
      admin: true,
      headers: { 'x-forwarded-for': '192.0.2.50' },
    });
    expect(right.status).toBe(204);
  });
});

describe('rate limit on proposals', () => {
  let t: AppUnderTest;
  beforeAll(async () => {
    t = await appUnderTest('sqlite', { submitsPerMinute: 5 });
  });
  afterAll(async () => t.cleanup());

  it('answers 429 with Retry-After past the limit, per client', async () => {
    const from = (address: string) => ({ 'x-forwarded-for': address });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const response = await t.call('POST', '/api/voorstellen', {
        body: proposal(),
        headers: from('198.51.100.7'),
      });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(((await response.json()) as ErrorBody).error).toBe('rate-limited');
      }
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429]);
    const other = await t.call('POST', '/api/voorstellen', {
      body: proposal(),
      headers: from('198.51.100.8'),
    });
    expect(other.status).toBe(201);
  });
});

describe('hardening', () => {
  let t: AppUnderTest;
  beforeAll(async () => {
    t = await appUnderTest('sqlite', { frameAncestors: "'self' https://www.example.nl" });
  });
  afterAll(async () => t.cleanup());

  it('sends a CSP without inline scripts, nosniff and the configured frame-ancestors', async () => {
    const response = await t.call('GET', '/api/status');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'self' https://www.example.nl");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBeNull();
  });

  it('hides what went wrong inside from the client', async () => {
    const broken = await appUnderTest('sqlite');
    await broken.repo.close(); // every query now throws inside the store
    const response = await broken.call('GET', '/api/voorstellen');
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      error: 'internal',
      message: 'Er ging iets mis op de server. Probeer het later opnieuw.',
    });
    expect(text).not.toMatch(/at |sqlite|Error/);
    await broken.cleanup().catch(() => {});
  });
});

describe('another site using the API (CORS_ORIGINS)', () => {
  let t: AppUnderTest;
  beforeAll(async () => {
    t = await appUnderTest('sqlite', { corsOrigins: ['https://kaart.example.nl'] });
  });
  afterAll(async () => t.cleanup());

  it('lets the named site send proposals and moderate, and no other site', async () => {
    const preflight = await t.call('OPTIONS', '/api/beheer/voorstellen/1/goedkeuren', {
      headers: {
        origin: 'https://kaart.example.nl',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://kaart.example.nl');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/i);

    const sent = await t.call('POST', '/api/voorstellen', {
      body: proposal(),
      headers: { origin: 'https://kaart.example.nl' },
    });
    expect(sent.status).toBe(201);
    expect(sent.headers.get('access-control-allow-origin')).toBe('https://kaart.example.nl');

    const other = await t.call('GET', '/api/voorstellen', {
      headers: { origin: 'https://elders.example.com' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends no CORS headers at all when no site is named', async () => {
    const plain = await appUnderTest('sqlite');
    const response = await plain.call('GET', '/api/voorstellen', {
      headers: { origin: 'https://kaart.example.nl' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    await plain.cleanup();
  });
});

describe('PUBLIC_URL', () => {
  it('is read as an http(s) address and told to the app, for the QR code', async () => {
    expect(
      readConfig({ PUBLIC_URL: 'http://192.168.1.20:4173', DATA_DIR: tmpdir(), ADMIN_TOKEN })
        .publicUrl,
    ).toBe('http://192.168.1.20:4173/');
    expect(() => readConfig({ PUBLIC_URL: 'ftp://x', DATA_DIR: tmpdir(), ADMIN_TOKEN })).toThrow(
      /PUBLIC_URL/,
    );
    const t = await appUnderTest('sqlite', { publicUrl: 'https://kaart.example.nl/' });
    const status = await (await t.call('GET', '/api/status')).json();
    expect(status).toMatchObject({ publicUrl: 'https://kaart.example.nl/' });
    await t.cleanup();
  });
});

describe('client address behind a trusted proxy (TRUST_PROXY)', () => {
  const rotating = (i: number, real: string) => ({
    'x-forwarded-for': `203.0.113.${i % 250}, ${real}`,
  });

  it('takes the entry the proxy appended, so rotating the first entry does not evade the limit', async () => {
    const t = await appUnderTest('sqlite', { submitsPerMinute: 5, trustProxy: 1 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 30; i += 1) {
        const response = await t.call('POST', '/api/voorstellen', {
          body: proposal(),
          headers: rotating(i, '198.51.100.20'),
        });
        statuses.push(response.status);
      }
      expect(statuses.filter((s) => s === 201)).toHaveLength(5);
      expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
      // Someone else behind the same proxy, writing the first client's address in front, does not
      // spend that client's allowance.
      const other = await t.call('POST', '/api/voorstellen', {
        body: proposal(),
        headers: { 'x-forwarded-for': '198.51.100.20, 198.51.100.21' },
      });
      expect(other.status).toBe(201);
    } finally {
      await t.cleanup();
    }
  });

  it('locks out 60 wrong admin tokens with rotating first entries', async () => {
    const t = await appUnderTest('sqlite', { trustProxy: 1 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 60; i += 1) {
        const response = await t.call('GET', '/api/beheer/sessie', {
          headers: { ...rotating(i, '198.51.100.30'), authorization: `Bearer guess-${i}` },
        });
        statuses.push(response.status);
      }
      expect(statuses.filter((s) => s === 401)).toHaveLength(20);
      expect(statuses.at(-1)).toBe(429);
    } finally {
      await t.cleanup();
    }
  });

  it('counts N hops from the right when there are N proxies', async () => {
    const t = await appUnderTest('sqlite', { submitsPerMinute: 2, trustProxy: 2 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        const response = await t.call('POST', '/api/voorstellen', {
          body: proposal(),
          // client (written by the outer proxy), outer proxy (written by the inner one)
          headers: { 'x-forwarded-for': `203.0.113.${i}, 198.51.100.40, 10.1.1.1` },
        });
        statuses.push(response.status);
      }
      expect(statuses).toEqual([201, 201, 429, 429]);
    } finally {
      await t.cleanup();
    }
  });

  it('reads TRUST_PROXY as a number of proxies', () => {
    const hops = (value: string) =>
      readConfig({ TRUST_PROXY: value, DATA_DIR: tmpdir(), ADMIN_TOKEN }).trustProxy;
    expect(hops('')).toBe(0);
    expect(hops('0')).toBe(0);
    expect(hops('1')).toBe(1);
    expect(hops('true')).toBe(1);
    expect(hops('2')).toBe(2);
    expect(() => hops('yes please')).toThrow(/TRUST_PROXY/);
  });
});
