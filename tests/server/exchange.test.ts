import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { proposalsToCsv, proposalsToGeoJson } from '../../src/proposals/exchange';
import { createProposalsState } from '../../src/propose/proposals-state';
import type { Proposal } from '../../src/proposals/proposal';
import type { ProposalStore } from '../../src/propose/store';
import type { ModeratedProposal, SubmitReceipt } from '../../src/proposals/contract';
import { locate } from '../support/locator';
import { appUnderTest, proposal, type AppUnderTest } from './app-under-test';
import { STORE_KINDS } from './databases';

const SERVER = 'http://samen-buurten.test';

function memoryStore(): ProposalStore {
  const byId = new Map<string, Proposal>();
  return {
    all: async () => [...byId.values()],
    put: async (p) => void byId.set(p.id, p),
    putMany: async (list) => list.forEach((p) => byId.set(p.id, p)),
    remove: async (id) => void byId.delete(id),
  };
}

/**
 * A second device (another person) that reads files in, with the app's own proposals state and
 * submit queue, sending to the server under test.
 */
function otherDevice(t: AppUnderTest) {
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) =>
    t.app.request(url.replace(SERVER, ''), init),
  );
  const state = createProposalsState(memoryStore(), async () => locate, SERVER);
  return {
    state,
    async read(name: string, text: string) {
      const report = await state.importFile(name, new TextEncoder().encode(text));
      // Let the submit queue send whatever it was going to send.
      await new Promise((resolve) => setTimeout(resolve, 200));
      return report;
    },
  };
}

describe.each(STORE_KINDS)('files read in on another device, server on %s', (kind) => {
  let t: AppUnderTest;
  beforeAll(async () => {
    t = await appUnderTest(kind);
  });
  afterAll(async () => t.cleanup());
  afterEach(() => vi.unstubAllGlobals());

  const everything = async () =>
    (await (
      await t.call('GET', '/api/beheer/voorstellen', { admin: true })
    ).json()) as ModeratedProposal[];
  const download = async (path: string, admin = false) =>
    (await t.call('GET', path, { admin })).text();

  async function approvedProposal(overrides: Record<string, unknown> = {}) {
    const sent = proposal(overrides);
    const receipt = (await (
      await t.call('POST', '/api/voorstellen', { body: sent })
    ).json()) as SubmitReceipt;
    await t.call('POST', `/api/beheer/voorstellen/${receipt.number}/goedkeuren`, {
      admin: true,
      body: {},
    });
    return { sent, receipt };
  }

  it('importing a server export never creates a submission, nor a status the server did not give', async () => {
    await approvedProposal({ name: 'Goedgekeurd op de server' });
    const rejected = proposal({ name: 'Afgewezen op de server' });
    const { number } = (await (
      await t.call('POST', '/api/voorstellen', { body: rejected })
    ).json()) as SubmitReceipt;
    await t.call('POST', `/api/beheer/voorstellen/${number}/afwijzen`, {
      admin: true,
      body: { reason: 'Dubbel' },
    });
    const files = [
      ['voorstellen.csv', await download('/api/voorstellen.csv')],
      ['voorstellen.geojson', await download('/api/voorstellen.geojson')],
      ['export.csv', await download('/api/beheer/export.csv', true)],
      ['export.geojson', await download('/api/beheer/export.geojson', true)],
    ] as const;
    // Names beside the CBS codes, so the file reads without a lookup.
    expect(files[0][1]).toContain(';GM0034;Almere;WK0034');
    const before = await everything();
    for (const [name, text] of files) {
      const device = otherDevice(t);
      const report = await device.read(name, text);
      if (!report.ok) throw new Error(`${name}: ${report.reason}`);
      expect(report.accepted, name).toEqual([]);
      expect(report.fromServer.length, name).toBeGreaterThan(0);
      expect(device.state.proposals(), name).toEqual([]);
      vi.unstubAllGlobals();
    }
    expect(await everything()).toEqual(before);
  });

  it('an exported file cannot rewrite a proposal on the server', async () => {
    const { sent, receipt } = await approvedProposal({ name: 'Buurtkamer van de buurt' });
    // The device that sent it exports its proposals as the person would share them.
    const own: Proposal = {
      ...(sent as unknown as Proposal),
      gemeente: 'GM0034',
      status: 'goedgekeurd',
      serverNumber: receipt.number,
    };
    for (const [name, text] of [
      ['voorstellen.csv', proposalsToCsv([own])],
      ['voorstellen.geojson', proposalsToGeoJson([own])],
    ] as const) {
      expect(text, name).not.toContain(sent.id);
      // Whoever holds the file changes the text, drops the number and status, and reads it in.
      const tampered = text
        .replaceAll('Buurtkamer van de buurt', 'Overgenomen door een ander')
        .replaceAll(String(receipt.number), '')
        .replaceAll('goedgekeurd', 'lokaal');
      const device = otherDevice(t);
      const report = await device.read(name, tampered);
      expect(report.ok && report.accepted.map((p) => p.id)).not.toContain(sent.id);
      vi.unstubAllGlobals();
    }
    const onServer = (await everything()).find((p) => p.number === receipt.number);
    expect(onServer).toMatchObject({ name: 'Buurtkamer van de buurt', status: 'goedgekeurd' });
  });
});
