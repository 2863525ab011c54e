import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import type { RecognitionOverview } from '../../src/survey/api';
import { RecognitionOverviewSchema } from '../../src/survey/schemas';
import { appUnderTest, type AppUnderTest } from './app-under-test';
import { STORE_KINDS } from './databases';

type Answer = 'ja' | 'nee' | 'weet-niet' | null;
/** Nine relationele items: the first ones as given, the rest skipped. */
const relationeel = (...first: Answer[]) => [
  ...first,
  ...Array<Answer>(9 - first.length).fill(null),
];
let devices = 0;
const device = () => `phone-${process.pid}-${(devices += 1)}-recognition`;

describe.each(STORE_KINDS)('"herkend op bijeenkomsten" per municipality on %s', (kind) => {
  let t: AppUnderTest;
  beforeAll(async () => {
    t = await appUnderTest(kind);
  });
  afterAll(async () => t.cleanup());

  async function meetingAbout(gemeente: string | null, answers: Answer[][]) {
    const meeting = await t.call('POST', '/api/beheer/vergaderingen', {
      admin: true,
      body: { title: `Buurtavond ${gemeente ?? 'Flevoland'}` },
    });
    const { code } = (await meeting.json()) as { code: string };
    const setup = await t.call('PUT', `/api/beheer/vergaderingen/${code}/enquete`, {
      admin: true,
      body: { gemeente, levels: ['relationeel'], openQuestion: false },
    });
    expect(setup.status).toBe(200);
    for (const items of answers) {
      const sent = await t.call('POST', `/api/enquete/${code}/antwoord`, {
        body: { device: device(), answers: { relationeel: relationeel(...items) } },
      });
      expect(sent.status).toBe(201);
    }
  }
  const overview = async () => {
    const response = await t.call('GET', '/api/enquete/per-gemeente');
    expect(response.status).toBe(200);
    return v.parse(RecognitionOverviewSchema, await response.json()) as RecognitionOverview;
  };

  it('is empty while no meeting has answers', async () => {
    await meetingAbout('GM0034', []);
    expect(await overview()).toEqual({ gemeenten: [] });
  });

  it("adds up a municipality's meetings; a share only from five responses", async () => {
    // Almere: two meetings, six people, ten item answers of which four "ja".
    await meetingAbout('GM0034', [['ja', 'nee'], ['ja'], ['weet-niet', 'nee']]);
    await meetingAbout('GM0034', [
      ['ja', 'ja'],
      ['nee', 'nee'],
      [null, 'nee'],
    ]);
    // Dronten: two people, all "ja", yet no share.
    await meetingAbout('GM0303', [['ja'], ['ja', 'ja']]);
    // About all of Flevoland: no municipality to colour.
    await meetingAbout(null, [['ja'], ['ja'], ['ja'], ['ja'], ['ja']]);
    const found = await overview();
    expect(found.gemeenten).toEqual([
      { gemeente: 'GM0034', meetings: 2, responses: 6, answers: 10, percent: 40 },
      { gemeente: 'GM0303', meetings: 1, responses: 2, answers: 3 },
    ]);
    expect(found.until).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('follows a new answer at once', async () => {
    await meetingAbout('GM0303', [['nee'], ['nee'], ['nee']]);
    const dronten = (await overview()).gemeenten.find((g) => g.gemeente === 'GM0303');
    expect(dronten).toEqual({
      gemeente: 'GM0303',
      meetings: 2,
      responses: 5,
      answers: 6,
      percent: 50,
    });
  });
});

describe('the per-municipality overview is rate-limited', () => {
  let t: AppUnderTest;
  beforeAll(async () => {
    t = await appUnderTest('sqlite', { submitsPerMinute: 3 });
  });
  afterAll(async () => t.cleanup());

  it('answers 429 with retry-after once a client asks too often', async () => {
    for (let i = 0; i < 3; i += 1)
      expect((await t.call('GET', '/api/enquete/per-gemeente')).status).toBe(200);
    const refused = await t.call('GET', '/api/enquete/per-gemeente');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
