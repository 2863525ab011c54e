import type { ExploreState } from '../state/explore-state';

/**
 * Opening and closing a detail panel: focus goes back to what opened it (the pin, list entry or
 * search box), or to the list's heading if that is gone.
 */
export function createDetailFocus(state: Pick<ExploreState, 'select'>) {
  let opener: HTMLElement | null = null;
  return {
    open(id: string) {
      opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      state.select(id);
    },
    close() {
      const returnTo = opener;
      state.select(undefined);
      queueMicrotask(() => {
        if (returnTo?.isConnected && !returnTo.hidden) returnTo.focus();
        else document.getElementById('list-heading')?.focus();
      });
    },
  };
}
