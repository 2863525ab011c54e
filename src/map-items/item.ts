import type { PinItem } from '../map/pin-layer';
import type { ItemKind } from './ids';

/** Anything that can stand on the map or in its lists, whatever source it came from. */
export interface MapItem {
  /** The item id (src/map-items/ids.ts): the pin's id and `?sel=` in a link. */
  id: string;
  kind: ItemKind;
  name: string;
  /** Where its pin stands; none for an item that is about the whole province. */
  lngLat?: [number, number];
  /** How exact the place is, as the source says (an initiative's precision); proposals are points. */
  precision: string;
  /** The place is derived, not named by the source: drawn as a hollow, dashed pin. */
  derived: boolean;
  /** The seed status of an initiative ('genoemd', 'toekomstig'), or the proposal's state. */
  status: string;
  /** The accessible name: what it is and where. */
  label: string;
  /** Just arrived on the live wall. */
  highlight?: boolean;
}

const variant = (item: MapItem): PinItem['variant'] =>
  item.kind === 'initiatief'
    ? (item.status as PinItem['variant'])
    : item.kind === 'eigen-voorstel'
      ? 'voorstel'
      : 'goedgekeurd';

/** The pins of the items that have a place; an item without one has none. */
export function toPins(items: readonly MapItem[]): PinItem[] {
  return items.flatMap((item): PinItem[] =>
    item.lngLat
      ? [
          {
            id: item.id,
            name: item.name,
            lngLat: item.lngLat,
            variant: variant(item),
            label: item.label,
            ...(item.derived ? { derived: true } : {}),
            ...(item.highlight ? { highlight: true } : {}),
          },
        ]
      : [],
  );
}
