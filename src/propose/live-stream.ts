import { createSignal, onCleanup } from 'solid-js';
import type { PublicProposal } from '../proposals/contract';
import { applyLiveEvent, newSince, parseLiveEvent } from '../proposals/live';
import type { ApprovedList } from './approved-list';

const RECONNECT_MS = 5_000;

/** What the live stream follows: one meeting (with a code) or all, and whether arrivals are new. */
export interface LiveFollow {
  meetingCode?: string;
  highlightNew: boolean;
}

/**
 * The live stream (`/api/live`) applied to the approved list, and which proposals arrived on it.
 * `follow` starts, changes or stops it (undefined: not following).
 */
export function createLiveStream(options: {
  base: string;
  list: ApprovedList;
  /** A proposal the team approved just now (the device marks it if it is its own). */
  onApproved: (number: number) => void;
  EventSource?: typeof EventSource;
}) {
  const [fresh, setFresh] = createSignal<number[]>([]);
  /** Whether the live stream is connected (undefined before it was first tried). */
  const [liveUp, setLiveUp] = createSignal<boolean>();
  const { list } = options;

  /**
   * Follows the stream until the calling owner is cleaned up. The browser's EventSource reconnects
   * by itself; each (re)open refetches the list so nothing approved in between is missed. If the
   * server answers with an error the stream closes: try again later. Outside the presentation the
   * map follows it without marking proposals as new, so that a withdrawn or erased proposal leaves
   * every open map at once.
   */
  function follow({ meetingCode, highlightNew }: LiveFollow) {
    const Source = options.EventSource ?? globalThis.EventSource;
    if (!Source) return;
    let baseline = list.loaded() ? new Set(list.approved().map((p) => p.number)) : undefined;
    const update = (current: PublicProposal[]) => {
      if (!highlightNew) return;
      baseline ??= new Set(current.map((p) => p.number));
      setFresh((seen) => newSince(baseline!, current, meetingCode, seen));
    };
    const query = meetingCode ? `?vergadering=${encodeURIComponent(meetingCode)}` : '';
    let source: EventSource | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onEvent = (event: MessageEvent<string>) => {
      const live = parseLiveEvent(event.type, event.data);
      if (!live) return;
      const next = applyLiveEvent(list.approved(), live);
      list.setApproved(next);
      if (live.type === 'approved') options.onApproved(live.proposal.number);
      update(next);
    };
    const open = () => {
      source = new Source(`${options.base}/api/live${query}`);
      source.addEventListener('open', () => {
        setLiveUp(true);
        void list.refresh().then((current) => current && update(current));
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

  return { fresh, liveUp, follow };
}
