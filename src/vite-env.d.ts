/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** XYZ tile URL for the PDOK basemap, or "off" (src/map/basemaps.ts). */
  readonly VITE_BASEMAP_PDOK_URL?: string;
  /** XYZ tile URL for the OpenStreetMap basemap, or "off" (src/map/basemaps.ts). */
  readonly VITE_BASEMAP_OSM_URL?: string;
}
