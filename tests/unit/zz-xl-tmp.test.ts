import { it, expect } from 'vitest';
import { importProposals } from '../../src/propose/import-proposals';
import { proposalsToXlsx } from '../../src/propose/xlsx';
import { locate } from '../support/locator';
const base = {"name":"abc","kind":"ontmoeting","lng":5.2185,"lat":52.336,"knelpunten":[],"gemeente":"GM0034","wijk":"WK003401","status":"lokaal","createdAt":"2026-01-01T00:00:00.000Z","updatedAt":"2026-01-01T00:00:00.000Z"};
for (const [d, c] of [["'\n' en nog wat tekst", 'toString'], ["'\n' en nog wat tekst", 'x'], ['en nog', 'toString'], ["'\n'", undefined]] as const)
it(`${JSON.stringify(d)} ${c}`, async () => {
  const list = [{ ...base, description: d, contact: c, id: '68d7e77a-546b-41f5-971e-7aad02497d16' }] as any;
  if (!c) delete list[0].contact;
  const f = new Uint8Array(await (await proposalsToXlsx(list, (x: string) => x)).arrayBuffer());
  const r = await importProposals('v.xlsx', f, locate, []);
  if (!r.ok) console.log("REASON", r.reason); else console.log("REJ", JSON.stringify(r.rejected));
  expect(r.ok && r.accepted.map((p: any) => [p.description, p.contact])).toEqual([[d, c]]);
});
