import { createEffect, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import type { LiveProposal } from './SlideContent';

/** How long a new proposal is announced in large type before it is just a pin on the map. */
export const CALLOUT_MS = 8000;

/**
 * The live wall's announcements: each proposal that arrives is shown (name and place) for a few
 * seconds, at most two at once; the counter and the pin stay.
 */
export function createLiveCallouts(live: Accessor<LiveProposal[]>): Accessor<LiveProposal[]> {
  const [shown, setShown] = createSignal<LiveProposal[]>([]);
  const announced = new Set<number>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  createEffect(
    on(live, (list) => {
      for (const item of list) {
        const number = item.proposal.number;
        if (announced.has(number)) continue;
        announced.add(number);
        setShown((items) => [...items, item].slice(-2));
        const timer = setTimeout(() => {
          timers.delete(timer);
          setShown((items) => items.filter((i) => i.proposal.number !== number));
        }, CALLOUT_MS);
        timers.add(timer);
      }
    }),
  );
  onCleanup(() => timers.forEach(clearTimeout));
  return shown;
}
