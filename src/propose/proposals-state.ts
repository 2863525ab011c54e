import { batch, createSignal } from 'solid-js';
import type { Locate } from '../proposals/locate';
import type { ImportReport } from './import-proposals';
import { newProposalId, type Proposal } from '../proposals/proposal';
import { StorageError, type ProposalStore, type StorageProblem } from './store';
import { createSubmitQueue } from './submit-queue';
import { serverSeen } from './server-seen';
import type { ValidationResult } from '../proposals/validate';
import type { WithdrawQueue } from './withdraw-queue';

/** What became of the last proposal taken back, for the user to read. */
export interface WithdrawalNotice {
  name: string;
  /** local: it was only on this device; waiting: the server still has to delete it; server: done. */
  state: 'local' | 'waiting' | 'server';
  id: string;
}

/**
 * Proposals made on this device. A proposal is in the list (and on the map) the moment it is
 * submitted; storing it follows. If storing fails the proposal stays in the list, marked unsaved,
 * and the user is told and offered an export — nothing is dropped silently.
 */
export function createProposalsState(
  store: ProposalStore,
  loadLocate: () => Promise<Locate>,
  apiUrl: string | undefined,
) {
  const [proposals, setProposals] = createSignal<Proposal[]>([]);
  const [unsaved, setUnsaved] = createSignal<ReadonlySet<string>>(new Set());
  const [storageProblem, setStorageProblem] = createSignal<StorageProblem>();
  /** Whether the device's stored proposals have been read (until then the list is not "empty"). */
  const [loaded, setLoaded] = createSignal(false);
  const [withdrawal, setWithdrawal] = createSignal<WithdrawalNotice>();
  /** Ids taken back here that the server has not confirmed yet. */
  const [withdrawing, setWithdrawing] = createSignal<ReadonlySet<string>>(new Set());

  // The withdraw queue loads with the first withdrawal (or one left from an earlier visit).
  let withdrawApi = apiUrl;
  let withdrawQueue: Promise<WithdrawQueue> | undefined;
  const withdrawals = () =>
    (withdrawQueue ??= import('./withdraw-queue').then((m) =>
      m.createWithdrawQueue({
        apiUrl: withdrawApi,
        onDone: (id) => {
          // The server holds nothing of it any more: now the device forgets it too.
          void store.remove(id).catch(() => {});
          batch(() => {
            setWithdrawing((ids) => new Set([...ids].filter((x) => x !== id)));
            setWithdrawal((notice) =>
              notice?.id === id ? { ...notice, state: 'server' } : notice,
            );
          });
        },
      }),
    ));
  const queueWithdrawals = (ids: string[]) => {
    if (ids.length === 0) return;
    setWithdrawing((current) => new Set([...current, ...ids]));
    void withdrawals().then((queue) => queue.add(ids));
  };

  const queue = createSubmitQueue({
    apiUrl,
    onSent: (id, receipt) => {
      const sent = proposals().find((p) => p.id === id);
      if (!sent) return;
      const status = receipt?.status === 'ingediend' || !receipt ? 'verzonden' : receipt.status;
      void persist([
        {
          ...sent,
          status,
          ...(receipt && { serverNumber: receipt.number }),
          updatedAt: new Date().toISOString(),
        },
      ]);
    },
  });

  function upsert(list: Proposal[]) {
    setProposals((current) => {
      const byId = new Map(current.map((p) => [p.id, p]));
      for (const p of list) byId.set(p.id, p);
      return [...byId.values()];
    });
  }

  async function persist(list: Proposal[]): Promise<boolean> {
    upsert(list);
    try {
      await (list.length === 1 ? store.put(list[0]!) : store.putMany(list));
      batch(() => {
        setUnsaved((ids) => new Set([...ids].filter((id) => !list.some((p) => p.id === id))));
        if (unsaved().size === 0) setStorageProblem(undefined);
      });
      return true;
    } catch (error) {
      batch(() => {
        setUnsaved((ids) => new Set([...ids, ...list.map((p) => p.id)]));
        setStorageProblem(error instanceof StorageError ? error.problem : 'failed');
      });
      return false;
    }
  }

  return {
    proposals,
    loaded,
    unsaved,
    storageProblem,
    get submitting() {
      return queue.enabled;
    },
    /** Whether a proposal still on this device will be sent once the server can be reached. */
    sendsLater: () => queue.enabled || serverSeen(),

    /** A Samen Buurten server was found on this page's origin: send what is still local there. */
    connect(url: string) {
      void queue.connect(url);
      withdrawApi ??= url;
      void withdrawQueue?.then((queue) => queue.connect(url));
      void queue.submit(proposals());
    },

    /** Stores changes the server's answers brought (see own-statuses.ts). */
    update(changed: Proposal[]) {
      if (changed.length > 0) void persist(changed);
    },

    async load() {
      try {
        const all = await store.all();
        const stored = all.filter((p) => !p.withdrawnAt);
        upsert(stored);
        void queue.submit(stored);
        queueWithdrawals(all.filter((p) => p.withdrawnAt).map((p) => p.id));
      } catch (error) {
        setStorageProblem(error instanceof StorageError ? error.problem : 'failed');
      }
      setLoaded(true);
    },

    /** Validates and stores a new proposal, or an edit of an existing one (`id`). */
    async save(
      raw: unknown,
      id?: string,
    ): Promise<ValidationResult & { stored?: boolean; proposal?: Proposal }> {
      // Validation loads with the first save, not with the map.
      const { validateProposal } = await import('../proposals/validate');
      const result = validateProposal(raw, await loadLocate());
      if (!result.ok) return result;
      const now = new Date().toISOString();
      const previous = id ? proposals().find((p) => p.id === id) : undefined;
      const proposal: Proposal = {
        ...result.value,
        id: previous?.id ?? newProposalId(),
        // An edit goes back to the team for a new look.
        status: 'lokaal',
        createdAt: previous?.createdAt ?? now,
        updatedAt: now,
      };
      const stored = await persist([proposal]);
      void queue.submit([proposal]);
      return { ...result, stored, proposal };
    },

    withdrawal,
    /** How many withdrawals still wait for the server (offline, or the server is down). */
    withdrawalsWaiting: () => withdrawing().size,

    /**
     * Takes a proposal back: off this device's list and map at once, and off the server (and so the
     * public map, the exports and the live wall) as soon as it can be reached. Until then the device
     * keeps a stripped record, so the withdrawal survives a reload.
     */
    async withdraw(id: string): Promise<boolean> {
      const proposal = proposals().find((p) => p.id === id);
      if (!proposal) return false;
      // Only what was never sent to any server stays a matter for this device alone.
      const serverMayHaveIt = proposal.status !== 'lokaal' || withdrawApi !== undefined;
      try {
        if (serverMayHaveIt) {
          const stripped: Proposal = { ...proposal, withdrawnAt: new Date().toISOString() };
          delete stripped.contact;
          delete stripped.website;
          stripped.description = '';
          await store.put(stripped);
        } else {
          await store.remove(id);
        }
      } catch (error) {
        setStorageProblem(error instanceof StorageError ? error.problem : 'failed');
        return false;
      }
      batch(() => {
        setProposals((list) => list.filter((p) => p.id !== id));
        setUnsaved((ids) => new Set([...ids].filter((x) => x !== id)));
        setWithdrawal({ id, name: proposal.name, state: serverMayHaveIt ? 'waiting' : 'local' });
      });
      if (serverMayHaveIt) queueWithdrawals([id]);
      return true;
    },

    async importFile(
      name: string,
      bytes: Uint8Array,
    ): Promise<ImportReport & { stored?: boolean }> {
      // Import code (CSV, XLSX and GeoJSON reading) is only loaded when someone imports a file.
      const { importProposals } = await import('./import-proposals');
      const report = await importProposals(name, bytes, await loadLocate(), proposals());
      if (!report.ok || report.accepted.length === 0) return report;
      const stored = await persist(report.accepted);
      // Only new proposals go to the server; a backup's sent ones are already there.
      void queue.submit(report.accepted);
      return { ...report, stored };
    },
  };
}

export type ProposalsState = ReturnType<typeof createProposalsState>;
