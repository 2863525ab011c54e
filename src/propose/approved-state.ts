import {
  createEffect,
  createMemo,
  onCleanup,
  runWithOwner,
  untrack,
  type Accessor,
  type Owner,
} from 'solid-js';
import type { ProposalStatusReport, PublicProposal } from '../proposals/contract';
import { approvedProposalItems } from '../map-items/approved-adapter';
import { approvedItemId } from '../map-items/ids';
import { approvedSelection } from '../map-items/approved-selection';
import type { SelectionStore } from '../map-items/selection';
import type { Lang } from '../i18n/i18n';
import { serverText } from '../i18n/server-text';
import type { ServerMessages } from '../i18n/server-nl';
import { approvedOnes, judgedOnes } from './own-statuses';
import type { Proposal } from '../proposals/proposal';
import type { ProposalsState } from './proposals-state';
import { apiBase, detectServer, requestJson } from './server-api';
import { createApprovedList } from './approved-list';
import { createLiveStream, type LiveFollow } from './live-stream';
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
  /** The app's one selection (the approved proposals see their part of it). */
  selection: SelectionStore;
  /** What the live stream follows now (undefined: nothing). */
  live?: Accessor<LiveFollow | undefined>;
  fetch?: typeof fetch;
  EventSource?: typeof EventSource;
}

/**
 * Approved proposals from the Samen Buurten server, for everyone: the list, its map items, the
 * one selected, and the live stream (`/api/live`), which this state starts and stops itself as
 * `options.live` says (the presentation's meeting, or the plain map).
 * Must run under a Solid owner. (It imports nothing that the first-load chunk has beyond Solid and
 * pure modules: importing i18n.tsx or controller.ts from here makes the bundler split that chunk.)
 */
export function createApprovedState(options: ApprovedOptions) {
  const selection = approvedSelection(options.selection);
  const text = serverText(options.lang, options.loadServerEn);
  const markApproved = (numbers: Set<number>) =>
    options.local.update(approvedOnes(options.local.proposals(), numbers));
  const list = createApprovedList({
    base: options.base,
    fetch: options.fetch,
    onList: (current) => markApproved(new Set(current.map((p) => p.number))),
  });
  const { approved, refresh } = list;
  const stream = createLiveStream({
    base: options.base,
    list,
    onApproved: (number) => markApproved(new Set([number])),
    EventSource: options.EventSource,
  });
  const fresh = stream.fresh;
  createEffect(() => {
    const follow = options.live?.();
    if (follow) untrack(() => stream.follow(follow));
  });

  const filtered = createMemo(() => approved().filter(options.matches));
  const selected = createMemo(() => approved().find((p) => p.number === selection.number()));
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

  return {
    text,
    approved,
    filtered,
    selected,
    /** The approved proposals as map items (src/map-items). */
    items,
    hides,
    refresh,
    /** How many proposals arrived on the live wall since it started. */
    freshCount: () => fresh().length,
    /** The proposals that arrived on the live wall, in the order they came. */
    freshProposals: () => fresh().flatMap((n) => approved().filter((p) => p.number === n)),
    liveUp: stream.liveUp,
    visibleIds: () => filtered().map(pinId),
    allIds: () => approved().map(pinId),
    select: selection.set,
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
