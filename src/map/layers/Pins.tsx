import { createEffect, on, onCleanup } from 'solid-js';
import { useMap } from '../map-context';
import { PinLayer, type PinItem } from '../pin-layer';

/** Every pin: initiatives and proposals, clustered where they crowd, one of them selected. */
export function Pins(props: {
  pins: PinItem[];
  /** Ids of the pins to show: the filtered ones. */
  visibleIds: string[];
  selectedId: string | undefined;
  clusterLabel: (count: number, names: string[]) => string;
  onSelect: (id: string) => void;
}) {
  // eslint-disable-next-line solid/reactivity -- the layer reads the current label when it draws
  const layer = new PinLayer(useMap(), props.clusterLabel, (id) => props.onSelect(id));
  createEffect(
    on(
      () => props.pins,
      (pins) => layer.setItems(pins),
    ),
  );
  createEffect(
    on(
      () => props.visibleIds,
      (ids) => layer.setVisible(ids),
    ),
  );
  createEffect(
    on(
      () => props.selectedId,
      (id) => layer.setSelected(id),
    ),
  );
  createEffect(
    on(
      () => props.clusterLabel,
      (label) => layer.setClusterLabel(label),
      { defer: true },
    ),
  );
  onCleanup(() => layer.remove());
  return null;
}
