import { batch, createMemo, createSignal, onCleanup, runWithOwner, type Owner } from 'solid-js';
import type { ProposalStatusReport, PublicProposal } from '../server/contract';
import { approvedProposalItems } from '../map-items/adapters';
import { approvedItemId } from '../map-items/ids';
import type { ApprovedSelection } from '../map-items/selection';
import type { Lang } from '../i18n/i18n';
import { serverText } from '../i18n/server-text';
import type { ServerMessages } from '../i18n/server-nl';
import { applyLiveEvent, newSince, parseLiveEvent } from '../present/live';
import { approvedOnes, judgedOnes } from './own-statuses';
import type { Proposal } from './proposal';
import type { ProposalsState } from './proposals-state';
import { apiBase, detectServer, requestJson } from './server-api';
import { rememberServer } from './server-seen';

export interface ApprovedOptions {
  base: string;
  lang: () => Lang;
  loadServerEn: () => Promise<ServerMessages>;
  /** Whether a proposal falls within the explore filters (the propose controller's test). */
  matches: (p: Pick<Proposal, 'gemeente' | 'wijk'>) => boolean;
  /** This device's own proposals, to mark the approved ones and not show them twice. */
  local: ProposalsState;
  placeText: (p: Pick<Proposal, 'gemeente' | 'wijk'>) => string;
  /** The app's one selection, as the approved proposals see it. */
  selection: ApprovedSelection;
  fetch?: typeof fetch;
  EventSource?: typeof EventSource;
}

const RECONNECT_MS = 5_000;

/**
 * Approved proposals from the Samen Buurten server, for everyone: the list, its pins, the one
 * selected, and the live wall (`/api/live`) that adds newly approved ones while presenting.
 * Must run under a Solid owner. (It imports nothing that the first-load chunk has beyond Solid and
 * pure modules: importing i18n.tsx or controller.ts from here makes the bundler split that chunk.)
 */
export function createApprovedState(options: ApprovedOptions) {
  const text = serverText(options.lang, options.loadServerEn);
  const [approved, setApproved] = createSignal<PublicProposal[]>([]);
  const [loaded, setLoaded] = createSignal(false);
  const [fresh, setFresh] = createSignal<number[]>([]);
  /** Whether the live stream is connected (undefined before it was first tried). */
  const [liveUp, setLiveUp] = createSignal<boolean>();

  /** Fetches the approved list again; undefined when it could not be had (offline, server down). */
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
      options.local.update(
        approvedOnes(options.local.proposals(), new Set(list.map((p) => p.number))),
      );
      return list;
    } catch {
      return undefined;
    }
  }

  const filtered = createMemo(() => approved().filter(options.matches));
  const selected = createMemo(() =>
    approved().find((p) => p.number === options.selection.number()),
  );
  const pinId = (p: PublicProposal) => approvedItemId(p.number);
  const items = createMemo(() => {
    const isNew = new Set(fresh());
    return approvedProposalItems(
      approved(),
      (p) => {
        const label = text().approvedPinLabel(p.name, options.placeText(p));
        return isNew.has(p.number) ? text().liveNewPinLabel(label) : label;
      },
      (p) => isNew.has(p.number),
    );
  });

  /** A proposal of this device that the server shows approved: its pin is the server's one. */
  function hides(own: Proposal): boolean {
    return approved().some(
      (p) =>
        p.number === own.serverNumber ||
        (p.name === own.name &&
          Math.abs(p.lng - own.lng) < 1e-6 &&
          Math.abs(p.lat - own.lat) < 1e-6),
    );
  }

  /**
   * Follows `/api/live` (for one meeting, with a code) until the owner is cleaned up. The browser's
   * EventSource reconnects by itself; each (re)open refetches the list so nothing approved in
   * between is missed. If the server answers with an error the stream closes: try again later.
   * The map outside the presentation follows it too, without marking proposals as new, so that a
   * withdrawn or erased proposal leaves every open map at once.
   */
  function watchLive(meetingCode: string | undefined, follow: { highlightNew?: boolean } = {}) {
    const Source = options.EventSource ?? globalThis.EventSource;
    if (!Source) return;
    const highlightNew = follow.highlightNew ?? true;
    let baseline = loaded() ? new Set(approved().map((p) => p.number)) : undefined;
    const update = (list: PublicProposal[]) => {
      if (!highlightNew) return;
      baseline ??= new Set(list.map((p) => p.number));
      setFresh((seen) => newSince(baseline!, list, meetingCode, seen));
    };
    const query = meetingCode ? `?vergadering=${encodeURIComponent(meetingCode)}` : '';
    let source: EventSource | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onEvent = (event: MessageEvent<string>) => {
      const live = parseLiveEvent(event.type, event.data);
      if (!live) return;
      const list = applyLiveEvent(approved(), live);
      setApproved(list);
      if (live.type === 'approved')
        options.local.update(
          approvedOnes(options.local.proposals(), new Set([live.proposal.number])),
        );
      update(list);
    };
    const open = () => {
      source = new Source(`${options.base}/api/live${query}`);
      source.addEventListener('open', () => {
        setLiveUp(true);
        void refresh().then((list) => list && update(list));
      });
      for (const type of ['approved', 'removed', 'message'])
        source.addEventListener(type, onEvent as EventListener);
      source.addEventListener('error', () => {
        setLiveUp(false);
        if (source?.readyState !== Source.CLOSED) return;
        source.close();
        timer = setTimeout(open, RECONNECT_MS);
      });
    };
    open();
    onCleanup(() => {
      clearTimeout(timer);
      source?.close();
      setFresh([]);
    });
  }

  return {
    text,
    approved,
    filtered,
    selected,
    /** The approved proposals as map items (src/map-items). */
    items,
    hides,
    refresh,
    watchLive,
    /** How many proposals arrived on the live wall since it started. */
    freshCount: () => fresh().length,
    /** The proposals that arrived on the live wall, in the order they came. */
    freshProposals: () => fresh().flatMap((n) => approved().filter((p) => p.number === n)),
    liveUp,
    visibleIds: () => filtered().map(pinId),
    allIds: () => approved().map(pinId),
    select: options.selection.set,
    placeText: options.placeText,
  };
}

export type ApprovedState = ReturnType<typeof createApprovedState> & {
  /** Where phones reach the app, when the server knows (PUBLIC_URL). */
  publicUrl?: string;
};

/**
 * Looks for a Samen Buurten server; when there is one, local proposals are sent there and the
 * approved ones are loaded. Undefined on a static host: then nothing changes. The state is made
 * under `owner` (the explore screen), which the awaited detection would otherwise lose.
 */
export async function connectToServer(
  options: Omit<ApprovedOptions, 'base'> & { base?: string },
  owner: Owner | null,
): Promise<ApprovedState | undefined> {
  const base = options.base ?? apiBase();
  const status = await detectServer(base, options.fetch);
  if (!status) return undefined;
  rememberServer();
  options.local.connect(base);
  const state: ApprovedState | undefined = runWithOwner(owner, () => {
    followOwnStatuses(base, options);
    return { ...createApprovedState({ ...options, base }), publicUrl: status.publicUrl };
  });
  await state?.refresh();
  await learnOwnStatuses(base, options);
  return state;
}

/** How often the device asks about its proposals that still wait for the team's decision. */
const STATUS_POLL_MS = 10_000;

/**
 * A decision made while the app is open (approved, rejected) shows without a reload: the device
 * asks again every few seconds while one of its proposals waits, and when the connection returns.
 */
function followOwnStatuses(base: string, options: Pick<ApprovedOptions, 'local' | 'fetch'>) {
  const ask = () => {
    if (document.visibilityState === 'hidden') return;
    if (options.local.proposals().some((p) => p.status === 'verzonden'))
      void learnOwnStatuses(base, options);
  };
  const timer = setInterval(ask, STATUS_POLL_MS);
  globalThis.addEventListener('online', ask);
  onCleanup(() => {
    clearInterval(timer);
    globalThis.removeEventListener('online', ask);
  });
}

/** Asks what became of this device's sent proposals (the server knows them by their secret ids). */
async function learnOwnStatuses(base: string, options: Pick<ApprovedOptions, 'local' | 'fetch'>) {
  const ids = options.local
    .proposals()
    .filter((p) => p.status !== 'lokaal')
    .slice(-100)
    .map((p) => p.id);
  if (ids.length === 0) return;
  try {
    const reports = await requestJson<ProposalStatusReport[]>(
      `${base}/api/voorstellen/status`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ids }),
      },
      options.fetch,
    );
    if (Array.isArray(reports))
      options.local.update(judgedOnes(options.local.proposals(), reports));
  } catch {
    // Offline or an older server: the statuses stay as they were, and are asked again next time.
  }
}
