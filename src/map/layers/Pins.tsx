import { createEffect, on, onCleanup } from 'solid-js';
import { useMap } from '../map-context';
import { PinLayer, type PinItem } from '../pin-layer';
import type { PinPoint } from '../style';

/** Every pin: initiatives and proposals, clustered where they crowd, one of them selected. */
export function Pins(props: {
  pins: PinItem[];
  /** Ids of the pins to show: the filtered ones. */
  visibleIds: string[];
  selectedId: string | undefined;
  clusterLabel: (count: number, names: string[]) => string;
  onSelect: (id: string) => void;
  /** The points the map's style started with (MapView's initialOverlay), if any. */
  initial?: PinPoint[];
}) {
  /* eslint-disable solid/reactivity -- the layer reads the current label when it draws, and the
     style's first points are read once */
  const layer = new PinLayer(
    useMap(),
    props.clusterLabel,
    (id) => props.onSelect(id),
    props.initial,
  );
  /* eslint-enable solid/reactivity */
  // Filled at once: a move (the camera's first frame) redraws the pins before any effect has run.
  layer.setItems(props.pins);
  layer.setVisible(props.visibleIds);
  layer.setSelected(props.selectedId);
  const later = { defer: true };
  createEffect(
    on(
      () => props.pins,
      (pins) => layer.setItems(pins),
      later,
    ),
  );
  createEffect(
    on(
      () => props.visibleIds,
      (ids) => layer.setVisible(ids),
      later,
    ),
  );
  createEffect(
    on(
      () => props.selectedId,
      (id) => layer.setSelected(id),
      later,
    ),
  );
  createEffect(
    on(
      () => props.clusterLabel,
      (label) => layer.setClusterLabel(label),
      later,
    ),
  );
  onCleanup(() => layer.remove());
  return null;
}
