/**
 * The basemaps a user can choose: the embedded one (drawn from our own geo/ data, the default) and
 * online raster tiles (XYZ). All online configuration lives here. A deployment points a basemap at
 * its own tile server at build time with VITE_BASEMAP_PDOK_URL / VITE_BASEMAP_OSM_URL, or leaves it
 * out with the value "off". Nothing here is requested until a user picks that basemap.
 */
export const BASEMAP_IDS = ['offline', 'pdok', 'osm'] as const;
export type BasemapId = (typeof BASEMAP_IDS)[number];
export type OnlineBasemapId = Exclude<BasemapId, 'offline'>;

export const DEFAULT_BASEMAP: BasemapId = 'offline';

/** CC BY 4.0: the licence of the CBS/Kadaster boundaries and of PDOK's basemap. */
export const CC_BY_URL = 'https://creativecommons.org/licenses/by/4.0/deed.nl';

export interface OnlineBasemap {
  id: OnlineBasemapId;
  /** An XYZ template with {z}, {x} and {y}. */
  tiles: string;
  tileSize: number;
  maxzoom: number;
  /** The licence or copyright page the attribution links to. */
  attributionUrl: string;
}

type BasemapEnv = Partial<Record<'VITE_BASEMAP_PDOK_URL' | 'VITE_BASEMAP_OSM_URL', string>>;

const DEFAULTS: readonly OnlineBasemap[] = [
  {
    id: 'pdok',
    // Basemap config: Kadaster's BRT-Achtergrondkaart from PDOK, raster WMTS in Web Mercator.
    tiles:
      'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png',
    tileSize: 256,
    maxzoom: 19,
    attributionUrl: CC_BY_URL,
  },
  {
    id: 'osm',
    // Basemap config: the standard OpenStreetMap raster tiles (light use only, see their policy).
    tiles: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    tileSize: 256,
    maxzoom: 19,
    attributionUrl: 'https://www.openstreetmap.org/copyright',
  },
];

const ENV_KEYS: Record<OnlineBasemapId, keyof BasemapEnv> = {
  pdok: 'VITE_BASEMAP_PDOK_URL',
  osm: 'VITE_BASEMAP_OSM_URL',
};

/** A usable tile template: http(s) with all three placeholders. */
export function isTileTemplate(value: string): boolean {
  if (!['{z}', '{x}', '{y}'].every((part) => value.includes(part))) return false;
  try {
    const { protocol } = new URL(value.replace(/[{}]/g, ''));
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** The online basemaps after the build-time overrides; an unusable override keeps the default. */
export function basemapConfig(env: BasemapEnv): OnlineBasemap[] {
  return DEFAULTS.flatMap((basemap) => {
    const override = env[ENV_KEYS[basemap.id]]?.trim();
    if (override === 'off') return [];
    if (override && isTileTemplate(override)) return [{ ...basemap, tiles: override }];
    if (override) console.warn(`${ENV_KEYS[basemap.id]} is not a tile URL with {z}/{x}/{y}`);
    return [basemap];
  });
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Browser tests point every online basemap at a tile server on this machine with
 * `?tiles=http://127.0.0.1:PORT/{z}/{x}/{y}.png`. Honoured only on a page served from this machine
 * and for a tile server on this machine, so a shared link can never send anyone's browser elsewhere.
 */
export function withTestTiles(
  basemaps: OnlineBasemap[],
  page: { search: string; hostname: string },
): OnlineBasemap[] {
  const tiles = new URLSearchParams(page.search).get('tiles');
  if (!tiles || !LOOPBACK.has(page.hostname) || !isTileTemplate(tiles)) return basemaps;
  if (!LOOPBACK.has(new URL(tiles.replace(/[{}]/g, '')).hostname)) return basemaps;
  return basemaps.map((basemap) => ({ ...basemap, tiles }));
}

let configured: OnlineBasemap[] | undefined;

/** The online basemaps of this build and page. */
export function onlineBasemaps(): OnlineBasemap[] {
  const page = globalThis.location ?? { search: '', hostname: '' };
  configured ??= withTestTiles(basemapConfig(import.meta.env), page);
  return configured;
}

export function findOnlineBasemap(id: BasemapId): OnlineBasemap | undefined {
  return onlineBasemaps().find((basemap) => basemap.id === id);
}

export function isBasemapId(value: unknown): value is BasemapId {
  return (BASEMAP_IDS as readonly unknown[]).includes(value);
}

/** The attribution line of an online basemap (none for the embedded one), linked to its licence. */
/** "Grenzen: CBS, Kadaster (CC BY 4.0)", the licence as a link. */
export const boundaryAttribution = (credit: string): string =>
  `${credit} (<a href="${CC_BY_URL}" target="_blank" rel="noopener">CC BY 4.0</a>)`;

export function basemapAttribution(
  id: BasemapId,
  texts: Record<OnlineBasemapId, string>,
): string[] {
  const basemap = findOnlineBasemap(id);
  if (!basemap) return [];
  return [
    `<a href="${basemap.attributionUrl}" target="_blank" rel="noopener">${texts[basemap.id]}</a>`,
  ];
}
