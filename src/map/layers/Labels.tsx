import { createEffect, on, onCleanup } from 'solid-js';
import type { AppData } from '../../data/app-data';
import { useMap } from '../map-context';
import { AreaLabels, type LabelFocus } from '../labels';
import { WIJK_MIN_ZOOM } from '../style';

/** The names of provinces, municipalities and wijken, decluttered after every move. */
export function Labels(props: { data: AppData; focus: LabelFocus | undefined }) {
  const map = useMap();
  const labels = new AreaLabels(
    map,
    {
      gemeenten: props.data.gemeenten.features,
      provincies: props.data.provincies.features,
      wijken: props.data.wijken.features,
    },
    WIJK_MIN_ZOOM,
  );
  const declutter = () => labels.update();
  // A new focus (a slide) is laid out in the next frame, with the camera, not in the key's task.
  let frame = 0;
  createEffect(
    on(
      () => props.focus,
      (focus) => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => labels.setFocus(focus));
      },
    ),
  );
  map.on('moveend', declutter);
  map.once('idle', declutter);
  onCleanup(() => {
    cancelAnimationFrame(frame);
    map.off('moveend', declutter);
    map.off('idle', declutter);
    labels.remove();
  });
  return null;
}
