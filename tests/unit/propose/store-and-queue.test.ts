import { beforeEach, describe, expect, it, vi } from 'vitest';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createRoot } from 'solid-js';
import { openProposalStore, StorageError, type ProposalStore } from '../../../src/propose/store';
import { createSubmitQueue } from '../../../src/propose/submit-queue';
import { createProposalsState } from '../../../src/propose/proposals-state';
import type { Proposal } from '../../../src/proposals/proposal';
import { approvedOnes, judgedOnes } from '../../../src/propose/own-statuses';
import { locate, validInput } from '../../support/locator';

const proposal = (id: string, status: Proposal['status'] = 'lokaal'): Proposal => ({
  ...(validInput() as Omit<Proposal, 'id' | 'gemeente' | 'status' | 'createdAt' | 'updatedAt'>),
  id,
  gemeente: 'GM0034',
  status,
  createdAt: `2026-11-24T10:0${id.length % 10}:00.000Z`,
  updatedAt: '2026-11-24T10:00:00.000Z',
});

beforeEach(() => {
  // A fresh, empty IndexedDB for every test, as in a new browser profile.
  globalThis.indexedDB = new IDBFactory();
});

describe('the proposal store (IndexedDB)', () => {
  it('keeps proposals across a reopen, as after a reload', async () => {
    await openProposalStore().put(proposal('a'));
    await openProposalStore().putMany([proposal('bb'), proposal('ccc')]);
    const reopened = openProposalStore();
    expect((await reopened.all()).map((p) => p.id)).toEqual(['a', 'bb', 'ccc']);
    await reopened.remove('bb');
    expect((await openProposalStore().all()).map((p) => p.id)).toEqual(['a', 'ccc']);
  });

  it('says "unavailable" when the browser has no IndexedDB (private mode)', async () => {
    const saved = globalThis.indexedDB;
    // Private browsing in some browsers: no IndexedDB at all.
    (globalThis as { indexedDB?: IDBFactory }).indexedDB = undefined;
    try {
      await expect(openProposalStore().all()).rejects.toMatchObject({ problem: 'unavailable' });
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});

describe('proposals on this device', () => {
  const failingStore = (problem: 'full' | 'unavailable'): ProposalStore => ({
    all: async () => [],
    put: async () => {
      throw new StorageError(problem);
    },
    putMany: async () => {
      throw new StorageError(problem);
    },
    remove: async () => {},
  });

  it('keeps a proposal in the list and says why when storage is full', async () => {
    await createRoot(async (dispose) => {
      const state = createProposalsState(failingStore('full'), async () => locate, undefined);
      const result = await state.save(validInput());
      expect(result).toMatchObject({ ok: true, stored: false });
      expect(state.proposals()).toHaveLength(1);
      expect(state.unsaved().has(state.proposals()[0]!.id)).toBe(true);
      expect(state.storageProblem()).toBe('full');
      dispose();
    });
  });

  it('does not store an invalid proposal and reports its problems', async () => {
    await createRoot(async (dispose) => {
      const state = createProposalsState(openProposalStore(), async () => locate, undefined);
      const result = await state.save(validInput({ name: '' }));
      expect(result).toEqual({ ok: false, problems: [{ field: 'name', code: 'required' }] });
      expect(state.proposals()).toEqual([]);
      dispose();
    });
  });

  it('an edit keeps the id and creation time; withdrawing removes it for good', async () => {
    await createRoot(async (dispose) => {
      const store = openProposalStore();
      const state = createProposalsState(store, async () => locate, undefined);
      const first = await state.save(validInput());
      const id = first.proposal!.id;
      const edited = await state.save(validInput({ name: 'Nieuwe naam' }), id);
      expect(edited.proposal).toMatchObject({
        id,
        name: 'Nieuwe naam',
        createdAt: first.proposal!.createdAt,
      });
      expect((await store.all()).map((p) => p.name)).toEqual(['Nieuwe naam']);
      await state.withdraw(id);
      expect(await store.all()).toEqual([]);
      expect(state.proposals()).toEqual([]);
      dispose();
    });
  });
});

describe('the submit queue', () => {
  it('keeps proposals queued while the server cannot be reached, and sends them when it can', async () => {
    vi.useFakeTimers();
    let online = false;
    const fetch = vi.fn(async () => {
      if (!online) throw new TypeError('Failed to fetch');
      return new Response('{}', { status: 201 });
    });
    const sent: string[] = [];
    const queue = createSubmitQueue({
      apiUrl: 'http://127.0.0.1:9/',
      fetch,
      onSent: (id) => sent.push(id),
      backoff: () => 1000,
    });
    await queue.submit([proposal('a'), proposal('b', 'verzonden')]);
    expect(queue.pendingCount).toBe(1);
    expect(fetch).toHaveBeenCalledWith(
      'http://127.0.0.1:9/api/voorstellen',
      expect.objectContaining({ method: 'POST' }),
    );
    online = true;
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toEqual(['a']);
    expect(queue.pendingCount).toBe(0);
    queue.stop();
    vi.useRealTimers();
  });

  it('sends nothing when no API is configured', async () => {
    const fetch = vi.fn();
    const queue = createSubmitQueue({ apiUrl: undefined, fetch, onSent: () => {} });
    await queue.submit([proposal('a')]);
    expect(fetch).not.toHaveBeenCalled();
    expect(queue.enabled).toBe(false);
  });

  it('starts sending to the page’s own server once one is found, and keeps the receipt', async () => {
    const fetch = vi.fn(
      async () =>
        new Response(JSON.stringify({ id: 'a', number: 12, status: 'ingediend' }), { status: 201 }),
    );
    const sent: [string, number | undefined][] = [];
    const queue = createSubmitQueue({
      apiUrl: undefined,
      fetch,
      onSent: (id, receipt) => sent.push([id, receipt?.number]),
    });
    await queue.submit([{ ...proposal('a'), serverNumber: 3 }]);
    expect(fetch).not.toHaveBeenCalled();
    await queue.connect('');
    expect(fetch).toHaveBeenCalledWith(
      '/api/voorstellen',
      expect.objectContaining({ method: 'POST' }),
    );
    const body = JSON.parse(
      (fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body as string,
    );
    expect(body).not.toHaveProperty('serverNumber');
    expect(sent).toEqual([['a', 12]]);
    expect(queue.enabled).toBe(true);
    queue.stop();
  });

  it('marks a proposal "verzonden" with its server number, and "goedgekeurd" once approved', async () => {
    await createRoot(async (dispose) => {
      const fetch = vi.fn(
        async () =>
          new Response(JSON.stringify({ id: 'x', number: 5, status: 'ingediend' }), {
            status: 201,
          }),
      );
      vi.stubGlobal('fetch', fetch);
      try {
        const state = createProposalsState(openProposalStore(), async () => locate, undefined);
        await state.save(validInput());
        state.connect('');
        await vi.waitFor(() => expect(state.proposals()[0]?.status).toBe('verzonden'));
        expect(state.proposals()[0]?.serverNumber).toBe(5);
        state.update(approvedOnes(state.proposals(), new Set([5])));
        await vi.waitFor(() => expect(state.proposals()[0]?.status).toBe('goedgekeurd'));
      } finally {
        vi.unstubAllGlobals();
        dispose();
      }
    });
  });

  it("learns what became of sent proposals: rejected with the team's reason, kept after a reload", async () => {
    const store = openProposalStore();
    await store.putMany([
      { ...proposal('sent-rejected', 'verzonden'), serverNumber: 7 },
      { ...proposal('sent-waiting', 'verzonden'), serverNumber: 8 },
      proposal('only-here'),
    ]);
    await createRoot(async (dispose) => {
      const state = createProposalsState(store, async () => locate, undefined);
      await state.load();
      state.update(
        judgedOnes(state.proposals(), [
          { id: 'sent-rejected', number: 7, status: 'afgewezen', reason: 'Bestaat al.' },
          { id: 'sent-waiting', number: 8, status: 'ingediend' },
          { id: 'only-here', number: 9, status: 'goedgekeurd' },
        ]),
      );
      await vi.waitFor(async () =>
        expect(
          (await openProposalStore().all()).find((p) => p.id === 'sent-rejected'),
        ).toMatchObject({ status: 'afgewezen', reason: 'Bestaat al.' }),
      );
      const byId = new Map(state.proposals().map((p) => [p.id, p]));
      expect(byId.get('sent-waiting')?.status).toBe('verzonden');
      // A proposal that never left this device is not the server's to judge.
      expect(byId.get('only-here')?.status).toBe('lokaal');
      dispose();
    });
  });
});
