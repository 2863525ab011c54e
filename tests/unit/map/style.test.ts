import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { offlineStyle, pinPoints, type OverlayState } from '../../../src/map/style';
import type { Palette } from '../../../src/map/palette';
import { readAppData } from '../../support/geo-files';

/** Any valid colours: the palette's own values are checked in tests/unit/ui/theme-contrast.test.ts. */
const palette: Palette = {
  water: '#a8cce6',
  land: '#e4e1d8',
  provinceLine: '#a39d8f',
  gemeenteFill: '#fbf8ee',
  gemeenteLine: '#4d473a',
  wijkLine: '#8a8374',
  knelpunt: '#9c3d2e',
  highlight: '#005a8c',
};

// The app makes its map with `validateStyle: false` (it saves the first view a validation pass),
// so the style is checked against MapLibre's style specification here instead.
describe('the offline map style', () => {
  const data = readAppData();
  const overlays: OverlayState[] = [
    {
      knelpuntOverlay: false,
      gemeentenWithKnelpunten: [],
      selectedGemeente: undefined,
      selectedArea: undefined,
      pins: [],
    },
    {
      knelpuntOverlay: true,
      gemeentenWithKnelpunten: ['GM0034', 'GM0184'],
      selectedGemeente: 'GM0034',
      selectedArea: data.wijken.features[0],
      pins: pinPoints([
        { id: 'a', lngLat: [5.2, 52.4] },
        { id: 'b', lngLat: [5.21, 52.41] },
      ]),
    },
  ];
  it.each(overlays)('is valid MapLibre style, overlay %#', (overlay) => {
    const errors = validateStyleMin(offlineStyle(data, palette, overlay));
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
