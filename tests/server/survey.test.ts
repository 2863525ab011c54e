import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SurveyLiveEvent, SurveyResponseRecord, SurveyResults } from '../../src/survey/api';
import type { Survey } from '../../src/survey/survey';
import { appUnderTest, type AppUnderTest } from './app-under-test';
import { STORE_KINDS } from './databases';

/** Nine relationele items in the seed: one answer each. */
const relationeel = (first: 'ja' | 'nee' | 'weet-niet', rest: 'ja' | 'nee' | null = null) => [
  first,
  ...Array.from({ length: 8 }, () => rest),
];
let devices = 0;
const device = () => `phone-${process.pid}-${(devices += 1)}-abcdef`;

describe.each(STORE_KINDS)('the meeting survey on %s', (kind) => {
  let t: AppUnderTest;
  let code: string;
  const events: SurveyLiveEvent[] = [];
  beforeAll(async () => {
    t = await appUnderTest(kind);
    const meeting = await t.call('POST', '/api/beheer/vergaderingen', {
      admin: true,
      body: { title: 'Buurtavond Almere Haven' },
    });
    code = ((await meeting.json()) as { code: string }).code;
    t.hub.add({
      meeting: code,
      address: 'screen',
      send: () => {},
      sendSurvey: (event) => events.push(event),
      close: () => {},
    });
  });
  afterAll(async () => t.cleanup());

  const answer = (body: Record<string, unknown>, at = code) =>
    t.call('POST', `/api/enquete/${at}/antwoord`, { body });
  const results = async () =>
    (await (await t.call('GET', `/api/enquete/${code}/resultaten`)).json()) as SurveyResults;

  it('a moderator sets up the survey: Almere, only relationeel, with the open question', async () => {
    expect((await t.call('GET', `/api/enquete/${code}`)).status).toBe(404);
    const refused = await t.call('PUT', `/api/beheer/vergaderingen/${code}/enquete`, {
      body: { gemeente: 'GM0034', levels: ['relationeel'], openQuestion: true },
    });
    expect(refused.status).toBe(401);
    const outside = await t.call('PUT', `/api/beheer/vergaderingen/${code}/enquete`, {
      admin: true,
      body: { gemeente: 'GM0363', levels: ['relationeel'], openQuestion: true },
    });
    expect(outside.status).toBe(422);
    const set = await t.call('PUT', `/api/beheer/vergaderingen/${code}/enquete`, {
      admin: true,
      body: { gemeente: 'GM0034', levels: ['relationeel'], openQuestion: true },
    });
    expect(set.status).toBe(200);
    const survey = (await (await t.call('GET', `/api/enquete/${code}`)).json()) as Survey;
    expect(survey).toMatchObject({
      meetingCode: code,
      title: 'Buurtavond Almere Haven',
      gemeente: 'GM0034',
      levels: ['relationeel'],
      openQuestion: true,
    });
    expect(survey.closedAt).toBeUndefined();
  });

  it.each([
    ['a level the survey does not ask', { maatschappelijk: Array(8).fill('ja') }],
    ['too few answers for the level', { relationeel: ['ja', 'nee'] }],
    [
      'an answer that is not ja, nee or weet-niet',
      { relationeel: relationeel('ja', 'ja').with(3, 'misschien' as never) },
    ],
  ])('refuses %s', async (_, answers) => {
    const response = await answer({ device: device(), answers });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { message: string }).message).not.toBe('');
  });

  it('refuses a name or contact, a wijk of another municipality, a bad device id, a long answer', async () => {
    const base = { device: device(), answers: { relationeel: relationeel('ja') } };
    expect((await answer({ ...base, naam: 'Jan' })).status).toBe(422);
    expect((await answer({ ...base, contact: 'jan@example.nl' })).status).toBe(422);
    expect((await answer({ ...base, wijk: 'WK030301' })).status).toBe(422);
    expect((await answer({ ...base, device: 'x' })).status).toBe(422);
    expect((await answer({ ...base, open: 'a'.repeat(501) })).status).toBe(422);
    expect((await answer({ device: device(), answers: {} })).status).toBe(422);
    expect((await answer(base, 'NOPE99')).status).toBe(404);
    expect((await results()).responses).toBe(0);
  });

  it('keeps one response per device: answering again changes it', async () => {
    const phone = device();
    const first = await answer({ device: phone, answers: { relationeel: relationeel('nee') } });
    expect(first.status).toBe(201);
    const again = await answer({
      device: phone,
      answers: { relationeel: relationeel('ja') },
      wijk: 'WK003401',
    });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ...((await first.json()) as object), updated: true });
    const now = await results();
    expect(now.responses).toBe(1);
    expect(now.levels[0]!.items[0]).toEqual({ ja: 1, nee: 0, weetNiet: 0, n: 1 });
    expect(events.at(-1)).toEqual({ type: 'survey', meeting: code });
  });

  it('gives a percentage only from five answers to an item', async () => {
    for (const a of ['ja', 'nee', 'weet-niet'] as const)
      expect(
        (await answer({ device: device(), answers: { relationeel: relationeel(a) } })).status,
      ).toBe(201);
    let now = await results();
    expect(now.levels[0]!.items[0]).toEqual({ ja: 2, nee: 1, weetNiet: 1, n: 4 });
    expect(now.levels[0]!.items[1]!.n).toBe(0);
    await answer({ device: device(), answers: { relationeel: relationeel('ja') } });
    now = await results();
    expect(now.levels[0]!.items[0]).toEqual({ ja: 3, nee: 1, weetNiet: 1, n: 5, percent: 60 });
  });

  it('shows an open answer only after a moderator approves it; a changed one goes back', async () => {
    const phone = device();
    await answer({
      device: phone,
      answers: { relationeel: relationeel('ja') },
      open: 'Geen plek om samen te komen.',
    });
    expect((await results()).openAnswers).toEqual([]);
    const list = (await (
      await t.call('GET', `/api/beheer/vergaderingen/${code}/enquete/antwoorden`, { admin: true })
    ).json()) as SurveyResponseRecord[];
    const mine = list.find((r) => r.open === 'Geen plek om samen te komen.')!;
    expect(mine.openStatus).toBe('ingediend');
    expect(JSON.stringify(list)).not.toContain(phone);
    const approve = await t.call(
      'POST',
      `/api/beheer/vergaderingen/${code}/enquete/antwoorden/${mine.number}/open`,
      { admin: true, body: { status: 'goedgekeurd' } },
    );
    expect(approve.status).toBe(200);
    expect((await results()).openAnswers).toEqual(['Geen plek om samen te komen.']);
    await answer({
      device: phone,
      answers: { relationeel: relationeel('ja') },
      open: 'Iets anders.',
    });
    expect((await results()).openAnswers).toEqual([]);
  });

  it("lists a municipality's surveys with answers, with the meeting's date and N", async () => {
    const almere = (await (
      await t.call('GET', '/api/enquete?gemeente=GM0034')
    ).json()) as SurveyResults[];
    expect(almere.map((r) => [r.survey.meetingCode, r.responses])).toEqual([[code, 6]]);
    expect(almere[0]!.survey.meetingDate).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await (await t.call('GET', '/api/enquete?gemeente=GM0995')).json()).toEqual([]);
  });

  it('exports one row per answer without device ids or times', async () => {
    const response = await t.call('GET', `/api/beheer/vergaderingen/${code}/enquete.csv`, {
      admin: true,
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toBe(
      'vergadercode;antwoordnummer;niveau;punt;knelpunt;antwoord;wijk;wijk_naam',
    );
    // Six responses, each with one answered item (the rest skipped); the one open answer is
    // waiting for a moderator again, so it is not exported.
    expect(lines.filter((l) => l.includes(';relationeel;1;'))).toHaveLength(6);
    expect(lines.length).toBe(7);
    expect(lines.join('\n')).toContain('WK003401;Centrum Almere Haven');
    expect(lines.join('\n')).not.toMatch(/phone-|\d{2}:\d{2}/);
  });

  it('takes no more answers once the meeting is closed', async () => {
    const close = await t.call('POST', `/api/beheer/vergaderingen/${code}/enquete/sluiten`, {
      admin: true,
      body: {},
    });
    expect(close.status).toBe(200);
    expect(((await close.json()) as Survey).closedAt).toBeDefined();
    const late = await answer({ device: device(), answers: { relationeel: relationeel('ja') } });
    expect(late.status).toBe(409);
    expect(((await late.json()) as { message: string }).message).toMatch(/gesloten/);
    expect((await results()).responses).toBe(6);
  });
});
