import { createEffect, onCleanup } from 'solid-js';
import { useMap } from '../map-context';
import { BasemapLayer } from '../basemap-layer';
import { findOnlineBasemap, type BasemapId, type OnlineBasemapId } from '../basemaps';

/** The online basemap under our layers, or none ('offline': only the embedded one). */
export function Basemap(props: {
  basemap: BasemapId;
  /** Its tiles did not load; the map already shows the embedded one again. */
  onUnreachable: (id: OnlineBasemapId) => void;
}) {
  const layer = new BasemapLayer(useMap(), (id) => props.onUnreachable(id));
  createEffect(() => layer.show(findOnlineBasemap(props.basemap)));
  onCleanup(() => layer.remove());
  return null;
}
