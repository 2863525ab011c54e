import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { offlineStyle, type OverlayState } from '../../../src/map/style';
import type { Palette } from '../../../src/map/palette';
import { readAppData, repoRoot } from '../../support/geo-files';

/** The palette as theme.css sets it (the map reads it from CSS in the browser). */
function paletteFromThemeCss(): Palette {
  const css = readFileSync(resolve(repoRoot, 'src/ui/theme.css'), 'utf8');
  const value = (name: string) => {
    const found = new RegExp(`${name}:\\s*([^;]+);`).exec(css)?.[1]?.trim();
    if (!found) throw new Error(`${name} is not in theme.css`);
    return found;
  };
  return {
    water: value('--color-water'),
    land: value('--color-land'),
    provinceLine: value('--color-province-line'),
    gemeenteFill: value('--color-gemeente-fill'),
    gemeenteLine: value('--color-gemeente-line'),
    wijkLine: value('--color-wijk-line'),
    knelpunt: value('--color-knelpunt'),
    highlight: value('--color-highlight'),
  };
}

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
    },
    {
      knelpuntOverlay: true,
      gemeentenWithKnelpunten: ['GM0034', 'GM0184'],
      selectedGemeente: 'GM0034',
      selectedArea: data.wijken.features[0],
    },
  ];
  it.each(overlays)('is valid MapLibre style, overlay %#', (overlay) => {
    const errors = validateStyleMin(offlineStyle(data, paletteFromThemeCss(), overlay));
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
