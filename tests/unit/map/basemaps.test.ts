import { describe, expect, it, vi } from 'vitest';
import {
  basemapConfig,
  isTileTemplate,
  withTestTiles,
  type OnlineBasemap,
} from '../../../src/map/basemaps';

const tilesOf = (basemaps: OnlineBasemap[]) =>
  Object.fromEntries(basemaps.map((basemap) => [basemap.id, basemap.tiles]));

describe('online basemap configuration', () => {
  it('offers PDOK and OpenStreetMap raster tiles by default', () => {
    const tiles = tilesOf(basemapConfig({}));
    expect(Object.keys(tiles)).toEqual(['pdok', 'osm']);
    expect(tiles.pdok).toMatch(/^https:\/\/service\.pdok\.nl\/.*\/\{z\}\/\{x\}\/\{y\}\.png$/);
    expect(tiles.osm).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
  });

  it('lets a deployment point a basemap at its own tile server at build time', () => {
    const tiles = tilesOf(
      basemapConfig({ VITE_BASEMAP_PDOK_URL: 'https://tiles.example.org/brt/{z}/{x}/{y}.png' }),
    );
    expect(tiles.pdok).toBe('https://tiles.example.org/brt/{z}/{x}/{y}.png');
    expect(tiles.osm).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
  });

  it('leaves a basemap out with "off"', () => {
    expect(Object.keys(tilesOf(basemapConfig({ VITE_BASEMAP_OSM_URL: 'off' })))).toEqual(['pdok']);
  });

  it('keeps the default when an override is not a tile URL, and says why', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const broken of ['tiles.example.org/{z}/{x}/{y}.png', 'https://x.example/{z}.png']) {
      expect(tilesOf(basemapConfig({ VITE_BASEMAP_OSM_URL: broken })).osm).toBe(
        'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      );
    }
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('recognises tile templates', () => {
    expect(isTileTemplate('http://127.0.0.1:8080/{z}/{x}/{y}.png')).toBe(true);
    expect(isTileTemplate('javascript:alert(1)//{z}/{x}/{y}')).toBe(false);
    expect(isTileTemplate('https://example.org/tile.png')).toBe(false);
  });
});

describe('test tiles (?tiles=) for browser tests', () => {
  const local = 'http://127.0.0.1:4321/{z}/{x}/{y}.png';
  const search = `?tiles=${encodeURIComponent(local)}`;

  it('point every online basemap at a tile server on this machine', () => {
    const tiles = tilesOf(withTestTiles(basemapConfig({}), { search, hostname: '127.0.0.1' }));
    expect(tiles).toEqual({ pdok: local, osm: local });
  });

  it('are ignored on a page that is not served from this machine', () => {
    const tiles = tilesOf(
      withTestTiles(basemapConfig({}), { search, hostname: 'kaart.example.nl' }),
    );
    expect(tiles.pdok).toMatch(/^https:\/\/service\.pdok\.nl\//);
  });

  it('never send the browser to another host', () => {
    const remote = `?tiles=${encodeURIComponent('https://evil.example/{z}/{x}/{y}.png')}`;
    const tiles = tilesOf(
      withTestTiles(basemapConfig({}), { search: remote, hostname: 'localhost' }),
    );
    expect(tiles.osm).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
  });
});
