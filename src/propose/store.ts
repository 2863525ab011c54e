import type { IDBPDatabase } from 'idb';
import type { Proposal } from '../proposals/proposal';

const DB_NAME = 'samen-buurten';
const STORE = 'voorstellen';

export type StorageProblem = 'unavailable' | 'full' | 'failed';

export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    cause?: unknown,
  ) {
    super(`proposal storage: ${problem}`, { cause });
    this.name = 'StorageError';
  }
}

function classify(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return new StorageError('full', error);
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'NotFoundError') {
    return new StorageError('unavailable', error);
  }
  return new StorageError('failed', error);
}

export interface ProposalStore {
  all(): Promise<Proposal[]>;
  put(proposal: Proposal): Promise<void>;
  putMany(proposals: Proposal[]): Promise<void>;
  remove(id: string): Promise<void>;
}

/**
 * Proposals on this device, in IndexedDB: they survive a reload and a browser restart. Every failure
 * comes out as a StorageError saying why (unavailable in private mode, full, other), never silently.
 */
export function openProposalStore(dbName = DB_NAME): ProposalStore {
  let db: Promise<IDBPDatabase> | undefined;
  const database = () => {
    if (!globalThis.indexedDB) return Promise.reject(new StorageError('unavailable'));
    // idb loads on first use, beside the map rather than before it (it is not needed to draw).
    db ??= import('idb')
      .then(({ openDB }) =>
        openDB(dbName, 1, {
          upgrade(upgrading) {
            upgrading.createObjectStore(STORE, { keyPath: 'id' });
          },
        }),
      )
      .catch((error: unknown) => {
        db = undefined;
        throw classify(error);
      });
    return db;
  };
  const guard = async <T>(work: (db: IDBPDatabase) => Promise<T>): Promise<T> => {
    try {
      return await work(await database());
    } catch (error) {
      throw classify(error);
    }
  };
  return {
    all: () =>
      guard(async (db) =>
        ((await db.getAll(STORE)) as Proposal[]).sort((a, b) =>
          a.createdAt.localeCompare(b.createdAt),
        ),
      ),
    put: (proposal) => guard(async (db) => void (await db.put(STORE, proposal))),
    putMany: (proposals) =>
      guard(async (db) => {
        const tx = db.transaction(STORE, 'readwrite');
        await Promise.all([...proposals.map((p) => tx.store.put(p)), tx.done]);
      }),
    remove: (id) => guard(async (db) => void (await db.delete(STORE, id))),
  };
}
