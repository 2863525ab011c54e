import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUnderTest, IN_ALMERE, proposal, type AppUnderTest } from './app-under-test';
import { STORE_KINDS } from './databases';

/** Proposal-shaped objects with every field replaced by anything, and plain garbage. */
const anyValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 5 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);
const proposalLike = fc.record(
  {
    id: fc.oneof(fc.uuid(), fc.string({ maxLength: 80 })),
    name: anyValue,
    description: anyValue,
    kind: fc.oneof(fc.constantFrom('ontmoeting', 'wonen', 'anders'), anyValue),
    website: anyValue,
    contact: anyValue,
    knelpunten: fc.oneof(fc.constant(['bestuurlijk']), anyValue),
    meetingCode: anyValue,
    lng: fc.oneof(fc.constant(IN_ALMERE.lng), fc.double(), anyValue),
    lat: fc.oneof(fc.constant(IN_ALMERE.lat), fc.double(), anyValue),
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  proposalLike.map((p) => JSON.stringify(p)),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }),
);

describe.each(STORE_KINDS)('fuzzed bodies on %s', (kind) => {
  let t: AppUnderTest;
  let number = 0;
  beforeAll(async () => {
    t = await appUnderTest(kind);
    const response = await t.call('POST', '/api/voorstellen', { body: proposal() });
    number = ((await response.json()) as { number: number }).number;
  });
  afterAll(async () => t.cleanup());

  const runs = kind === 'sqlite' ? 300 : 100;

  it('never makes the proposal endpoint fail with a 500', async () => {
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        const response = await t.call('POST', '/api/voorstellen', { body: text });
        expect([200, 201, 400, 413, 422]).toContain(response.status);
        expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      }),
      { numRuns: runs },
    );
  });

  it('never makes the status endpoint fail with a 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          body,
          fc
            .array(fc.oneof(fc.uuid(), fc.string(), anyValue), { maxLength: 120 })
            .map((ids) => JSON.stringify({ ids })),
        ),
        async (text) => {
          const response = await t.call('POST', '/api/voorstellen/status', { body: text });
          expect([200, 400, 413, 422]).toContain(response.status);
        },
      ),
      { numRuns: runs },
    );
  });

  it('never makes the moderator endpoints fail with a 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        body,
        fc.constantFrom('PATCH', 'POST-afwijzen', 'POST-vergadering'),
        async (text, route) => {
          const [method, path] =
            route === 'PATCH'
              ? ['PATCH', `/api/beheer/voorstellen/${number}`]
              : route === 'POST-afwijzen'
                ? ['POST', `/api/beheer/voorstellen/${number}/afwijzen`]
                : ['POST', '/api/beheer/vergaderingen'];
          const response = await t.call(method, path, { body: text, admin: true });
          expect(response.status).toBeLessThan(500);
        },
      ),
      { numRuns: runs },
    );
  });
});
