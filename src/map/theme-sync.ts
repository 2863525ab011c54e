import type { Map as MapLibreMap } from 'maplibre-gl';
import { hatchImage } from './hatch';
import { readPalette, type Palette } from './palette';
import { HATCH_IMAGE, PALETTE_PAINT } from './style';

/**
 * Keeps the map's colours with the page's: when the theme (data-theme on <html>) or the
 * presentation (its light projector palette, body.presenting) changes, the palette is read again
 * where the map stands (a part of the page may keep its own) and set on the layers in place. Pins,
 * clusters and labels are DOM and follow the CSS by themselves. Returns the function that stops
 * following.
 */
export function followPalette(map: MapLibreMap, styleReady: () => boolean): () => void {
  let shown = readPalette(map.getContainer());
  const apply = () => {
    const palette = readPalette(map.getContainer());
    if (!styleReady() || samePalette(palette, shown)) return;
    shown = palette;
    for (const [layer, property, colour] of PALETTE_PAINT)
      if (map.getLayer(layer)) map.setPaintProperty(layer, property, palette[colour]);
    if (map.hasImage(HATCH_IMAGE)) map.updateImage(HATCH_IMAGE, hatchImage(palette.knelpunt));
  };
  const observer = new MutationObserver(apply);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  observer.observe(document.body, { attributes: true, attributeFilter: ['class'] });
  map.on('load', apply);
  return () => {
    observer.disconnect();
    map.off('load', apply);
  };
}

function samePalette(a: Palette, b: Palette) {
  return (Object.keys(a) as (keyof Palette)[]).every((key) => a[key] === b[key]);
}
