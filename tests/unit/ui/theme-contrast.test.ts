import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/geo-files';
import { offlineStyle, PALETTE_PAINT } from '../../../src/map/style';
import type { Palette } from '../../../src/map/palette';
import type { AppData } from '../../../src/data/app-data';
import { resolveTheme } from '../../../src/ui/theme';

const css = readFileSync(resolve(repoRoot, 'src/ui/theme.css'), 'utf8');

/** The custom properties set in the block that starts with this selector. */
function block(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  expect(start, selector).toBeGreaterThanOrEqual(0);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/--(color-[a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]),
  );
}

// The light palette is also the paper one (the meeting report's map keeps it in either theme).
const light = block(':root,\n.palette-paper');
const dark = { ...light, ...block(":root[data-theme='dark']:not(:has(> body.presenting))") };

function luminance(hex: string) {
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string) {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

/** [foreground, background, minimum]: text 4.5:1, lines and pins 3:1 (WCAG 1.4.3, 1.4.11). */
const pairs: [string, string, number][] = [
  ['text', 'bg', 4.5],
  ['text', 'surface', 4.5],
  ['muted', 'bg', 4.5],
  ['muted', 'surface', 4.5],
  ['link', 'bg', 4.5],
  ['link', 'surface', 4.5],
  ['error', 'bg', 4.5],
  ['text', 'error-bg', 4.5],
  ['error', 'error-bg', 4.5],
  ['ok', 'bg', 3],
  // White text on the fills: buttons, badges, clusters, the selected tab.
  ['white', 'accent', 4.5],
  ['white', 'proposal', 4.5],
  ['white', 'approved', 4.5],
  ['white', 'pin', 4.5],
  ['white', 'pin-future', 4.5],
  ['white', 'strong', 4.5],
  // Buttons' edges and pins against the page.
  ['accent', 'bg', 3],
  ['proposal', 'bg', 3],
  ['pin', 'bg', 3],
  ['focus', 'bg', 3],
  // Borders of inputs and panels.
  ['province-line', 'bg', 3],
  ['province-line', 'surface', 3],
  // The map: labels on land, water and municipalities; lines and the hatch on municipalities.
  ['text', 'gemeente-fill', 4.5],
  ['text', 'land', 4.5],
  ['text', 'water', 4.5],
  ['gemeente-line', 'gemeente-fill', 3],
  ['gemeente-line', 'water', 3],
  ['wijk-line', 'gemeente-fill', 3],
  ['province-line', 'land', 3],
  ['highlight', 'gemeente-fill', 3],
  ['knelpunt', 'gemeente-fill', 3],
  // A pin stands out by its colour or by its ring (the dark theme's white ring).
  ['pin|pin-ring', 'gemeente-fill', 3],
  ['pin-future|pin-ring', 'gemeente-fill', 3],
  ['proposal|pin-ring', 'gemeente-fill', 3],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s theme', (_name, palette) => {
  const colour = (name: string) => (name === 'white' ? '#ffffff' : palette[`color-${name}`]!);
  it.each(pairs)('%s on %s reaches %s:1', (fg, bg, minimum) => {
    expect(colour(bg), bg).toMatch(/^#/);
    const best = Math.max(
      ...fg.split('|').map((name) => {
        expect(colour(name), name).toMatch(/^#/);
        return contrast(colour(name), colour(bg));
      }),
    );
    expect(best).toBeGreaterThanOrEqual(minimum);
  });
});

describe('the theme choice', () => {
  it('follows the device only when the choice is "as this device"', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});

describe("the map style's colours", () => {
  it('come from the palette, every one of them listed for a theme change', () => {
    const palette = Object.fromEntries(
      [
        'water',
        'land',
        'provinceLine',
        'gemeenteFill',
        'gemeenteLine',
        'wijkLine',
        'knelpunt',
        'highlight',
      ].map((key, i) => [key, `#00000${i}`]),
    ) as unknown as Palette;
    const empty = { type: 'FeatureCollection', features: [] };
    const data = {
      land: empty,
      provincies: empty,
      gemeenten: empty,
      wijken: empty,
    } as unknown as AppData;
    const style = offlineStyle(data, palette, {
      knelpuntOverlay: false,
      gemeentenWithKnelpunten: [],
      selectedGemeente: undefined,
      selectedArea: undefined,
      pins: [],
    });
    const colours = style.layers.flatMap((layer) =>
      Object.entries('paint' in layer ? (layer.paint ?? {}) : {})
        .filter(([, value]) => typeof value === 'string' && value.startsWith('#'))
        .map(([property, value]) => `${layer.id} ${property} ${value as string}`),
    );
    const listed = PALETTE_PAINT.map(
      ([layer, property, key]) => `${layer} ${property} ${palette[key]}`,
    );
    expect(colours.sort()).toEqual(listed.sort());
  });
});
