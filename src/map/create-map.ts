import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import type { AppData } from '../data/app-data';
import { boundsOf } from '../data/bounds';
import { hatchImage } from './hatch';
import { maplibre } from './maplibre';
import { readPalette } from './palette';
import { HATCH_IMAGE, offlineStyle, type OverlayState } from './style';

const FRAME_PADDING = 32;

const NO_OVERLAY: OverlayState = {
  knelpuntOverlay: false,
  gemeentenWithKnelpunten: [],
  selectedGemeente: undefined,
  selectedArea: undefined,
  pins: [],
};

/**
 * The map over Flevoland with the embedded style; the layers add what changes. The style starts
 * with the overlays as the layers will first set them: a filter set after 'load' tiles its source
 * a second time.
 */
export function createMap(
  container: HTMLElement,
  data: AppData,
  overlay: OverlayState = NO_OVERLAY,
): MapLibreMap {
  performance.mark('map:create');
  const [west, south, east, north] = boundsOf(data.land);
  const { Map, NavigationControl } = maplibre();
  const map = new Map({
    container,
    style: offlineStyle(data, readPalette(container), overlay),
    bounds: boundsOf(data.flevoland) as LngLatBoundsLike,
    fitBoundsOptions: { padding: FRAME_PADDING },
    maxBounds: [
      [west - 1.2, south - 0.6],
      [east + 1.2, north + 0.6],
    ],
    minZoom: 7,
    maxZoom: 16,
    attributionControl: false,
    validateStyle: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
  });
  // The hatch is only needed once the knelpunten overlay is shown; MapLibre asks for it then.
  map.setMissingStyleImageResolver((id) => {
    if (id === HATCH_IMAGE) map.addImage(HATCH_IMAGE, hatchImage(readPalette(container).knelpunt));
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.on('error', (event) => console.warn('map error', event.error));
  return map;
}
