import { createSignal, onCleanup, Show } from 'solid-js';
import type { AppData } from '../../data/app-data';
import type { BBox } from '../../data/indexes';
import { Camera } from '../../map/layers/Camera';
import { Labels } from '../../map/layers/Labels';
import { Pins } from '../../map/layers/Pins';
import { useMap } from '../../map/map-context';
import { MapView } from '../../map/MapView';
import type { PinItem } from '../../map/pin-layer';

/** One point alone would zoom in to street level: frame at least this much (about 10 km). */
const MIN_SPAN = { lng: 0.15, lat: 0.09 };

function frameOf(pins: PinItem[]): BBox {
  const lngs = pins.map((p) => p.lngLat[0]);
  const lats = pins.map((p) => p.lngLat[1]);
  const [w, e, s, n] = [Math.min(...lngs), Math.max(...lngs), Math.min(...lats), Math.max(...lats)];
  const padLng = Math.max(0, MIN_SPAN.lng - (e - w)) / 2;
  const padLat = Math.max(0, MIN_SPAN.lat - (n - s)) / 2;
  return [w - padLng, s - padLat, e + padLng, n + padLat];
}

/** Calls back once the map has drawn everything its layers asked for. */
function WhenIdle(props: { onIdle: () => void }) {
  const map = useMap();
  const onIdle = () => props.onIdle();
  // eslint-disable-next-line solid/reactivity -- a map event handler, called once
  map.once('idle', onIdle);
  onCleanup(() => map.off('idle', onIdle));
  return null;
}

/**
 * The meeting's proposals pictured for paper: a map drawn out of sight, pictured with the
 * handout's snapshot (pins included), then removed; paper and screen readers get the picture.
 */
export function ReportMap(props: {
  data: AppData;
  pins: PinItem[];
  alt: string;
  preparing: string;
  failed: string;
}) {
  const [image, setImage] = createSignal<string>();
  const [failure, setFailure] = createSignal(false);
  let take: (() => Promise<string | undefined>) | undefined;
  const picture = () => {
    if (!take) return setFailure(true);
    take().then(
      (url) => (url ? setImage(url) : setFailure(true)),
      () => setFailure(true),
    );
  };
  return (
    <Show
      when={image()}
      fallback={
        <Show when={!failure()} fallback={<p class="notice">{props.failed}</p>}>
          <p class="muted" role="status">
            {props.preparing}
          </p>
          <div class="meeting-report__map-stage palette-paper" inert aria-hidden="true">
            <MapView
              data={props.data}
              onError={() => setFailure(true)}
              onSnapshotter={(snapshot) => (take = snapshot)}
            >
              <Labels data={props.data} focus={undefined} />
              <Pins
                pins={props.pins}
                visibleIds={props.pins.map((p) => p.id)}
                selectedId={undefined}
                clusterLabel={(count) => String(count)}
                onSelect={() => undefined}
              />
              <Camera
                command={{ kind: 'fit', bbox: frameOf(props.pins), seq: 1, instant: true }}
                onViewChange={() => undefined}
              />
              <WhenIdle onIdle={picture} />
            </MapView>
          </div>
        </Show>
      }
    >
      {(url) => <img class="meeting-report__map" src={url()} alt={props.alt} />}
    </Show>
  );
}
