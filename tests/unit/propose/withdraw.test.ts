import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createRoot } from 'solid-js';
import { openProposalStore } from '../../../src/propose/store';
import { createProposalsState } from '../../../src/propose/proposals-state';
import type { Proposal } from '../../../src/proposals/proposal';
import { createWithdrawQueue } from '../../../src/propose/withdraw-queue';
import { locate, validInput } from '../../support/locator';

const sent = (id: string): Proposal => ({
  ...(validInput({ contact: 'buur@example.nl', website: 'www.buurt.nl' }) as Omit<
    Proposal,
    'id' | 'gemeente' | 'status' | 'createdAt' | 'updatedAt'
  >),
  id,
  gemeente: 'GM0034',
  status: 'goedgekeurd',
  serverNumber: 4,
  createdAt: '2026-11-24T10:00:00.000Z',
  updatedAt: '2026-11-24T10:00:00.000Z',
});

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the withdraw queue', () => {
  it('keeps a withdrawal while the server cannot be reached and sends it when it can', async () => {
    vi.useFakeTimers();
    let online = false;
    const fetch = vi.fn(async (_url: unknown, init?: RequestInit) => {
      if (!online) throw new TypeError('Failed to fetch');
      const { id } = JSON.parse(init?.body as string) as { id: string };
      return new Response(JSON.stringify({ id, withdrawn: true }), { status: 200 });
    });
    const done: [string, boolean][] = [];
    const queue = createWithdrawQueue({
      apiUrl: 'http://127.0.0.1:9',
      fetch,
      onDone: (id, receipt) => done.push([id, receipt.withdrawn]),
      backoff: () => 1000,
    });
    await queue.add(['abc-12345']);
    expect(fetch).toHaveBeenCalledWith(
      'http://127.0.0.1:9/api/voorstellen/intrekken',
      expect.objectContaining({ method: 'POST', body: '{"id":"abc-12345"}' }),
    );
    expect(queue.pendingCount).toBe(1);
    online = true;
    await vi.advanceTimersByTimeAsync(1000);
    expect(done).toEqual([['abc-12345', true]]);
    expect(queue.pendingCount).toBe(0);
    queue.stop();
  });
});

describe('withdrawing a proposal on this device', () => {
  it('only on the device when it was never sent and there is no server', async () => {
    await createRoot(async (dispose) => {
      const fetch = vi.fn();
      vi.stubGlobal('fetch', fetch);
      const store = openProposalStore();
      const state = createProposalsState(store, async () => locate, undefined);
      const saved = await state.save(validInput({ name: 'Alleen hier' }));
      await state.withdraw(saved.proposal!.id);
      expect(state.proposals()).toEqual([]);
      expect(await store.all()).toEqual([]);
      expect(state.withdrawal()).toMatchObject({ name: 'Alleen hier', state: 'local' });
      expect(fetch).not.toHaveBeenCalled();
      dispose();
    });
  });

  it('a sent proposal: hidden at once, kept stripped until the server confirms, also after a reload', async () => {
    const store = openProposalStore();
    await store.put(sent('sent-1234'));
    let online = false;
    const fetch = vi.fn(async (url: string) => {
      if (!online) throw new TypeError('Failed to fetch');
      if (url.endsWith('/api/voorstellen/intrekken'))
        return new Response(JSON.stringify({ id: 'sent-1234', withdrawn: true }));
      return new Response('{}', { status: 404 });
    });
    vi.stubGlobal('fetch', fetch);

    await createRoot(async (dispose) => {
      const state = createProposalsState(store, async () => locate, undefined);
      await state.load();
      expect(await state.withdraw('sent-1234')).toBe(true);
      expect(state.proposals()).toEqual([]);
      expect(state.withdrawal()).toMatchObject({ state: 'waiting' });
      expect(state.withdrawalsWaiting()).toBe(1);
      // What is kept while waiting holds nothing personal.
      const [kept] = await store.all();
      expect(kept).toMatchObject({ id: 'sent-1234', description: '' });
      expect(kept?.withdrawnAt).toMatch(/^\d{4}-/);
      expect(kept).not.toHaveProperty('contact');
      expect(kept).not.toHaveProperty('website');
      dispose();
    });

    // A reload while still offline: the proposal stays hidden and the withdrawal still waits.
    await createRoot(async (dispose) => {
      const state = createProposalsState(store, async () => locate, undefined);
      await state.load();
      expect(state.proposals()).toEqual([]);
      expect(state.withdrawalsWaiting()).toBe(1);
      online = true;
      state.connect('');
      await vi.waitFor(() => expect(state.withdrawalsWaiting()).toBe(0));
      await vi.waitFor(async () => expect(await store.all()).toEqual([]));
      expect(fetch).toHaveBeenCalledWith(
        '/api/voorstellen/intrekken',
        expect.objectContaining({ body: '{"id":"sent-1234"}' }),
      );
      dispose();
    });
  });
});
