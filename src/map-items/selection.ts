import { approvedItemId, ownItemId, parseItemId, type Selection } from './ids';

/** The one selection (explore state holds it as an item id) and the actions that change areas. */
export interface SelectionStore {
  selectedId: () => string | undefined;
  select: (id: string | undefined) => void;
  isInitiative: (key: string) => boolean;
}

export interface AreaActions {
  chooseGemeente: (code: string | undefined) => void;
  chooseArea: (code: string | undefined) => void;
}

/** Opens any selection: an item becomes the selection, an area becomes the filter. */
export function openSelection(store: SelectionStore & AreaActions, selection: Selection) {
  if (selection.kind === 'gemeente') store.chooseGemeente(selection.code);
  else if (selection.kind === 'gebied') store.chooseArea(selection.code);
  else if (selection.kind === 'goedgekeurd-voorstel')
    store.select(approvedItemId(selection.number));
  else if (selection.kind === 'eigen-voorstel') store.select(ownItemId(selection.key));
  else store.select(selection.key);
}

export const current = (store: SelectionStore) =>
  parseItemId(store.selectedId(), store.isInitiative);

/**
 * The device's own proposals' view of the one selection: the selected one's local id. Clearing it
 * leaves another kind's selection alone (closing a proposal's detail never closes an initiative's).
 */
export function ownProposalSelection(store: SelectionStore) {
  const key = () => {
    const selection = current(store);
    return selection?.kind === 'eigen-voorstel' ? selection.key : undefined;
  };
  return {
    key,
    set(next: string | undefined) {
      if (next !== undefined) store.select(ownItemId(next));
      else if (key() !== undefined) store.select(undefined);
    },
  };
}

export type OwnProposalSelection = ReturnType<typeof ownProposalSelection>;
