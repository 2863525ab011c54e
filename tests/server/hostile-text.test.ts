import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, ModeratedProposal, SubmitReceipt } from '../../src/proposals/contract';
import { appUnderTest, proposal, type AppUnderTest } from './app-under-test';
import { STORE_KINDS } from './databases';

describe.each(STORE_KINDS)('hostile text on %s', (kind) => {
  let t: AppUnderTest;
  beforeAll(async () => {
    t = await appUnderTest(kind);
  });
  afterAll(async () => t.cleanup());

  const submit = async (overrides: Record<string, unknown>) => {
    const response = await t.call('POST', '/api/voorstellen', { body: proposal(overrides) });
    return { status: response.status, json: (await response.json()) as SubmitReceipt & ErrorBody };
  };
  const stored = async (number: number) =>
    (
      (await (
        await t.call('GET', '/api/beheer/voorstellen', { admin: true })
      ).json()) as ModeratedProposal[]
    ).find((p) => p.number === number)!;

  it('stores a name with lone surrogates exactly as validated, and a moderator can still edit it', async () => {
    const name = `${'a'.repeat(97)}\ud800b\udc00`; // a lone high and a lone low surrogate
    const { status, json } = await submit({ name });
    expect(status).toBe(201);
    const kept = await stored(json.number);
    expect(kept.name).toBe(`${'a'.repeat(97)}\ufffdb\ufffd`);
    expect([...kept.name]).toHaveLength(100);
    const edit = await t.call('PATCH', `/api/beheer/voorstellen/${json.number}`, {
      admin: true,
      body: { description: 'Een nieuwe beschrijving van dit voorstel.' },
    });
    expect(edit.status).toBe(200);
    expect(((await edit.json()) as ModeratedProposal).name).toBe(kept.name);
  });

  it('stores NFC and drops C1 control characters', async () => {
    const { json } = await submit({ name: 'Cafe\u0301 de\u0085 Wijk\u009b' });
    expect((await stored(json.number)).name).toBe('Café de Wijk');
  });

  it('refuses a name of invisible characters only', async () => {
    const { status, json } = await submit({ name: '\u200b\u200b\u200b' });
    expect(status).toBe(422);
    expect(json.problems).toEqual([{ field: 'name', code: 'required' }]);
  });

  it('refuses direction overrides in contact details, and in a reason or a meeting title', async () => {
    const { status, json } = await submit({ contact: '\u202egnp.exe' });
    expect(status).toBe(422);
    expect(json.problems).toEqual([{ field: 'contact', code: 'direction' }]);

    const ok = await submit({});
    const reject = await t.call('POST', `/api/beheer/voorstellen/${ok.json.number}/afwijzen`, {
      admin: true,
      body: { reason: 'Dubbel \u202eleovon' },
    });
    expect(reject.status).toBe(422);
    const meeting = await t.call('POST', '/api/beheer/vergaderingen', {
      admin: true,
      body: { title: 'Avond \u2066in\u2069 Urk' },
    });
    expect(meeting.status).toBe(422);
  });
});
