import { createMemo } from 'solid-js';
import { toPins, type MapItem } from './item';

/** One source of map items (an adapter's output) and which of them the filters let through. */
export interface ItemSource {
  items: () => readonly MapItem[];
  /** Ids of the items that match the explore filters. */
  visibleIds: () => readonly string[];
}

/**
 * Every source in one list: the pins the map draws and the ids it shows. Adding a kind of
 * contribution is one more source here, not another branch in every view.
 */
export function createMapItems(sources: () => readonly ItemSource[]) {
  const items = createMemo(() => sources().flatMap((source) => source.items()));
  const pins = createMemo(() => toPins(items()));
  const visibleIds = createMemo(() => sources().flatMap((source) => [...source.visibleIds()]));
  return {
    items,
    pins,
    visibleIds,
  };
}
