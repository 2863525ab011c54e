import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ErrorBody,
  Meeting,
  ModeratedProposal,
  PublicProposal,
  SubmitReceipt,
} from '../../src/proposals/contract';
import { parseCsv } from '../../src/proposals/csv';
import { appUnderTest, IN_THE_LAKE, proposal, type AppUnderTest } from './app-under-test';
import { STORE_KINDS } from './databases';

describe.each(STORE_KINDS)('API on %s', (kind) => {
  let t: AppUnderTest;
  beforeAll(async () => {
    t = await appUnderTest(kind);
  });
  afterAll(async () => t.cleanup());

  const submit = async (body: unknown) => {
    const response = await t.call('POST', '/api/voorstellen', { body });
    return { response, json: (await response.json()) as SubmitReceipt & ErrorBody };
  };
  const pending = async () =>
    (await (
      await t.call('GET', '/api/beheer/voorstellen?status=ingediend', { admin: true })
    ).json()) as ModeratedProposal[];
  const approvedList = async () =>
    (await (await t.call('GET', '/api/voorstellen')).json()) as PublicProposal[];

  it('says it is a Samen Buurten server', async () => {
    expect(t.repo.kind).toBe(kind);
    const response = await t.call('GET', '/api/status');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ server: 'samen-buurten' });
  });

  it('takes a proposal, finds its municipality and wijk, and keeps it out of view until approved', async () => {
    const p = proposal({ name: '  Samen   koken ', contact: 'buurt@example.nl' });
    const { response, json } = await submit(p);
    expect(response.status).toBe(201);
    expect(json).toMatchObject({ id: p.id, status: 'ingediend' });
    expect(json.number).toBeGreaterThan(0);

    const mine = (await pending()).find((x) => x.number === json.number);
    expect(mine).toMatchObject({
      name: 'Samen koken',
      gemeente: 'GM0034',
      contact: 'buurt@example.nl',
      status: 'ingediend',
    });
    expect(mine?.wijk).toMatch(/^WK0034\d\d$/);
    expect((await approvedList()).some((x) => x.number === json.number)).toBe(false);
  });

  it('treats the same proposal sent again (a retry) as one proposal', async () => {
    const p = proposal();
    const first = await submit(p);
    const again = await submit(p);
    const third = await submit({ ...p, updatedAt: new Date().toISOString() });
    expect(first.response.status).toBe(201);
    expect(again.response.status).toBe(200);
    expect(third.response.status).toBe(200);
    expect(again.json.number).toBe(first.json.number);
    expect((await pending()).filter((x) => x.name === p.name)).toHaveLength(1);
  });

  it('approves: the proposal is listed for everyone without contact details', async () => {
    const p = proposal({ contact: '06-12345678', website: 'www.buurtkamer.nl' });
    const { json } = await submit(p);
    const approve = await t.call('POST', `/api/beheer/voorstellen/${json.number}/goedkeuren`, {
      admin: true,
      body: {},
    });
    expect(approve.status).toBe(200);
    expect(await approve.json()).toMatchObject({ status: 'goedgekeurd' });

    const listed = (await approvedList()).find((x) => x.number === json.number);
    expect(listed).toMatchObject({
      name: p.name,
      website: 'www.buurtkamer.nl',
      gemeente: 'GM0034',
    });
    expect(listed).not.toHaveProperty('contact');
    expect(listed).not.toHaveProperty('id');
    expect(listed?.approvedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('an edit by the submitter sends an approved proposal back for review', async () => {
    const p = proposal();
    const { json } = await submit(p);
    await t.call('POST', `/api/beheer/voorstellen/${json.number}/goedkeuren`, {
      admin: true,
      body: {},
    });
    const edited = await submit({ ...p, description: 'Een open huiskamer, nu ook op zaterdag.' });
    expect(edited.response.status).toBe(200);
    expect(edited.json.status).toBe('ingediend');
    expect((await approvedList()).some((x) => x.number === json.number)).toBe(false);
  });

  it('rejects with a reason, and requires one', async () => {
    const { json } = await submit(proposal());
    const path = `/api/beheer/voorstellen/${json.number}/afwijzen`;
    const noReason = await t.call('POST', path, { admin: true, body: {} });
    expect(noReason.status).toBe(422);
    const rejected = await t.call('POST', path, {
      admin: true,
      body: { reason: 'Dit bestaat al in deze wijk.' },
    });
    expect(await rejected.json()).toMatchObject({
      status: 'afgewezen',
      reason: 'Dit bestaat al in deze wijk.',
    });
    const list = (await (
      await t.call('GET', '/api/beheer/voorstellen?status=afgewezen', { admin: true })
    ).json()) as ModeratedProposal[];
    expect(list.some((x) => x.number === json.number)).toBe(true);
  });

  it('lets a moderator edit with the same validation as the form', async () => {
    const { json } = await submit(proposal());
    const path = `/api/beheer/voorstellen/${json.number}`;
    const bad = await t.call('PATCH', path, { admin: true, body: { name: 'x', ...IN_THE_LAKE } });
    expect(bad.status).toBe(422);
    const problems = ((await bad.json()) as ErrorBody).problems ?? [];
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: 'name', code: 'tooShort', limit: 3 },
        { field: 'location', code: 'outsideFlevoland' },
      ]),
    );
    const good = await t.call('PATCH', path, { admin: true, body: { name: 'Buurtkamer Haven' } });
    expect(good.status).toBe(200);
    expect(await good.json()).toMatchObject({ name: 'Buurtkamer Haven', gemeente: 'GM0034' });
    const missing = await t.call('PATCH', '/api/beheer/voorstellen/999999', {
      admin: true,
      body: { name: 'Buurtkamer' },
    });
    expect(missing.status).toBe(404);
  });

  it('tells a device what became of its own proposals, by their secret ids', async () => {
    const approved = proposal();
    const rejected = proposal();
    const waiting = proposal();
    const numbers: number[] = [];
    for (const p of [approved, rejected, waiting]) numbers.push((await submit(p)).json.number);
    await t.call('POST', `/api/beheer/voorstellen/${numbers[0]}/goedkeuren`, {
      admin: true,
      body: {},
    });
    await t.call('POST', `/api/beheer/voorstellen/${numbers[1]}/afwijzen`, {
      admin: true,
      body: { reason: 'Buiten het programma.' },
    });
    const response = await t.call('POST', '/api/voorstellen/status', {
      body: { ids: [approved.id, rejected.id, waiting.id, 'never-sent-0000'] },
    });
    expect(response.status).toBe(200);
    const reports = (await response.json()) as { id: string; status: string; reason?: string }[];
    expect(reports.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [
        { id: approved.id, number: numbers[0], status: 'goedgekeurd' },
        {
          id: rejected.id,
          number: numbers[1],
          status: 'afgewezen',
          reason: 'Buiten het programma.',
        },
        { id: waiting.id, number: numbers[2], status: 'ingediend' },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
    for (const body of [{}, { ids: 'x' }, { ids: [42] }, { ids: Array(101).fill(waiting.id) }]) {
      expect((await t.call('POST', '/api/voorstellen/status', { body })).status).toBe(422);
    }
  });

  it('says per field what is wrong with an invalid proposal', async () => {
    const { response, json } = await submit(
      proposal({ name: '', description: 'kort', kind: 'feest', ...IN_THE_LAKE }),
    );
    expect(response.status).toBe(422);
    expect(json.problems).toEqual(
      expect.arrayContaining([
        { field: 'name', code: 'required' },
        { field: 'description', code: 'tooShort', limit: 10 },
        { field: 'kind', code: 'invalid' },
        { field: 'location', code: 'outsideFlevoland' },
      ]),
    );
    const withoutId = await submit({ ...proposal(), id: undefined });
    expect(withoutId.response.status).toBe(422);
    expect(withoutId.json.message).toMatch(/id/);
  });

  it('accepts JSON only, within the size limit', async () => {
    const form = await t.call('POST', '/api/voorstellen', {
      body: 'name=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    const broken = await t.call('POST', '/api/voorstellen', { body: '{"name": ' });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ error: 'not-json' });
    const huge = await t.call('POST', '/api/voorstellen', {
      body: proposal({ description: 'x'.repeat(40_000) }),
    });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: 'too-large' });
  });

  it('answers 304 when the approved list has not changed, and a new ETag when it has', async () => {
    const first = await t.call('GET', '/api/voorstellen');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const same = await t.call('GET', '/api/voorstellen', { headers: { 'if-none-match': etag! } });
    expect(same.status).toBe(304);
    const { json } = await submit(proposal());
    await t.call('POST', `/api/beheer/voorstellen/${json.number}/goedkeuren`, {
      admin: true,
      body: {},
    });
    const changed = await t.call('GET', '/api/voorstellen', {
      headers: { 'if-none-match': etag! },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('serves the published initiatives with an ETag', async () => {
    const response = await t.call('GET', '/api/initiatieven');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { features: unknown[] };
    expect(body.features.length).toBe(14);
    const again = await t.call('GET', '/api/initiatieven', {
      headers: { 'if-none-match': response.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
  });

  it('exports approved proposals as GeoJSON and CSV, and everything for moderators', async () => {
    const p = proposal({ name: '=HYPERLINK("x")', contact: 'geheim@example.nl' });
    const { json } = await submit(p);
    await t.call('POST', `/api/beheer/voorstellen/${json.number}/goedkeuren`, {
      admin: true,
      body: {},
    });

    const geojson = await t.call('GET', '/api/voorstellen.geojson');
    expect(geojson.headers.get('content-disposition')).toContain('voorstellen.geojson');
    const collection = (await geojson.json()) as {
      features: { geometry: { coordinates: number[] }; properties: { number: number } }[];
    };
    const feature = collection.features.find((f) => f.properties.number === json.number);
    expect(feature?.geometry.coordinates).toEqual([p.lng, p.lat]);

    const csv = await (await t.call('GET', '/api/voorstellen.csv')).text();
    const rows = parseCsv(csv);
    expect(rows[0]).toContain('naam');
    expect(rows[0]).not.toContain('contact');
    const row = rows.find((r) => r[0] === String(json.number));
    // A formula in a name is written as text, so a spreadsheet does not run it.
    expect(row?.[1]).toBe(`'=HYPERLINK("x")`);
    expect(csv).not.toContain('geheim@example.nl');

    const all = parseCsv(
      await (await t.call('GET', '/api/beheer/export.csv', { admin: true })).text(),
    );
    expect(all[0]).toEqual(expect.arrayContaining(['contact', 'status', 'reden']));
    expect(all.some((r) => r.includes('geheim@example.nl'))).toBe(true);
  });

  it('creates meetings with a code and reports what was proposed there', async () => {
    const created = await t.call('POST', '/api/beheer/vergaderingen', {
      admin: true,
      body: { title: 'Buurtavond Almere Haven' },
    });
    expect(created.status).toBe(201);
    const meeting = (await created.json()) as Meeting;
    expect(meeting.code).toMatch(/^[A-Z2-9]{6}$/);

    const a = await submit(
      proposal({ meetingCode: meeting.code.toLowerCase(), name: 'Voorstel A' }),
    );
    await submit(proposal({ meetingCode: meeting.code, name: 'Voorstel B' }));
    await submit(proposal({ name: 'Niet op de avond' }));
    await t.call('POST', `/api/beheer/voorstellen/${a.json.number}/goedkeuren`, {
      admin: true,
      body: {},
    });

    const meetings = (await (
      await t.call('GET', '/api/beheer/vergaderingen', { admin: true })
    ).json()) as Meeting[];
    expect(meetings.map((m) => m.code)).toContain(meeting.code);

    const report = await t.call('GET', `/api/beheer/vergaderingen/${meeting.code}/verslag.csv`, {
      admin: true,
    });
    expect(report.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = parseCsv(await report.text());
    const status = rows[0]!.indexOf('status');
    const byName = new Map(rows.slice(1).map((r) => [r[1], r[status]]));
    expect(Object.fromEntries(byName)).toEqual({
      'Voorstel A': 'goedgekeurd',
      'Voorstel B': 'ingediend',
    });

    const unknown = await t.call('GET', '/api/beheer/vergaderingen/ZZZZZZ/verslag.csv', {
      admin: true,
    });
    expect(unknown.status).toBe(404);
    const noTitle = await t.call('POST', '/api/beheer/vergaderingen', { admin: true, body: {} });
    expect(noTitle.status).toBe(422);
  });

  it('answers unknown API addresses with JSON 404', async () => {
    const response = await t.call('GET', '/api/bestaat-niet');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  });
});
