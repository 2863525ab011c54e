import { batch, createSignal } from 'solid-js';
import type { PublicProposal } from '../proposals/contract';
import { requestJson } from './server-api';

/** The approved proposals as the server lists them (`GET /api/voorstellen`), kept in a signal. */
export function createApprovedList(options: {
  base: string;
  fetch?: typeof fetch;
  /** Each list that arrived (the device marks its own approved proposals with it). */
  onList: (list: PublicProposal[]) => void;
}) {
  const [approved, setApproved] = createSignal<PublicProposal[]>([]);
  const [loaded, setLoaded] = createSignal(false);

  /** Fetches the list again; undefined when it could not be had (offline, server down). */
  async function refresh(): Promise<PublicProposal[] | undefined> {
    try {
      const list = await requestJson<PublicProposal[]>(
        `${options.base}/api/voorstellen`,
        {},
        options.fetch,
      );
      if (!Array.isArray(list)) return undefined;
      batch(() => {
        setApproved(list);
        setLoaded(true);
      });
      options.onList(list);
      return list;
    } catch {
      return undefined;
    }
  }

  return { approved, setApproved, loaded, refresh };
}

export type ApprovedList = ReturnType<typeof createApprovedList>;
