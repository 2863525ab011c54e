import { createEffect, on, onCleanup } from 'solid-js';
import type { MapLibreEvent } from 'maplibre-gl';
import type { BBox } from '../../data/indexes';
import type { CameraCommand } from '../../state/explore-state';
import type { MapViewState } from '../../state/url-state';
import { prefersReducedMotion, useMap } from '../map-context';

const FRAME_PADDING = 32;
type Edges = { top: number; right: number; bottom: number; left: number };

/** Moves the map on each camera command and reports where it is after every move. */
export function Camera(props: {
  command: CameraCommand | undefined;
  /** Pixels along each edge hidden behind overlays, which framing should avoid. */
  coveredEdges?: Edges;
  /** After every move; `byUser` when a person moved the map (or a shared view was restored). */
  onViewChange: (view: MapViewState, bounds: BBox, byUser: boolean) => void;
}) {
  const map = useMap();
  /** A jump to a view from the URL keeps that view in the URL, as if the user had made it. */
  let movedByUrl = false;

  const report = (byUser: boolean) => {
    const center = map.getCenter();
    const bounds = map.getBounds();
    props.onViewChange(
      { zoom: map.getZoom(), lat: center.lat, lng: center.lng },
      [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
      byUser || movedByUrl,
    );
    movedByUrl = false;
  };
  const onMoveEnd = (event: MapLibreEvent) =>
    report('originalEvent' in event && !!event.originalEvent);
  map.on('moveend', onMoveEnd);
  onCleanup(() => map.off('moveend', onMoveEnd));

  function apply(command: CameraCommand, animated: boolean) {
    const animate = animated && !command.instant;
    // Space covered by overlays (the presentation's slide panel) is the map's padding, so framing
    // and centring use what is left; fitBounds adds its own margin on top.
    map.setPadding(props.coveredEdges ?? { top: 0, right: 0, bottom: 0, left: 0 });
    if (command.kind === 'fit') {
      const [w, s, e, n] = command.bbox;
      map.fitBounds([w, s, e, n], { padding: FRAME_PADDING, animate, maxZoom: 14 });
    } else if (command.kind === 'fly') {
      map.flyTo({ center: command.center, zoom: command.zoom, animate });
    } else {
      movedByUrl = true;
      map.jumpTo({ center: [command.view.lng, command.view.lat], zoom: command.view.zoom });
    }
  }

  // The first command moves the map at once (and reports through moveend); without one, the
  // first frame is reported as it is.
  if (props.command) apply(props.command, false);
  else report(false);
  createEffect(
    on(
      () => props.command,
      (command) => command && apply(command, !prefersReducedMotion()),
      { defer: true },
    ),
  );
  return null;
}
