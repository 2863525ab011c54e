import { approvedItemId } from './ids';
import { current, type SelectionStore } from './selection';

// Apart from selection.ts: only the approved proposals' chunk, loaded with a server, needs it.
/** The approved proposals' view of the one selection: the selected one's server number. */
export function approvedSelection(store: SelectionStore) {
  const number = () => {
    const selection = current(store);
    return selection?.kind === 'goedgekeurd-voorstel' ? selection.number : undefined;
  };
  return {
    number,
    set(next: number | undefined) {
      if (next !== undefined) store.select(approvedItemId(next));
      else if (number() !== undefined) store.select(undefined);
    },
  };
}

export type ApprovedSelection = ReturnType<typeof approvedSelection>;
