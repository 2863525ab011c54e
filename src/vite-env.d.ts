/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/solid" />

interface ImportMetaEnv {
  /** XYZ tile URL for the PDOK basemap, or "off" (src/map/basemaps.ts). */
  readonly VITE_BASEMAP_PDOK_URL?: string;
  /** XYZ tile URL for the OpenStreetMap basemap, or "off" (src/map/basemaps.ts). */
  readonly VITE_BASEMAP_OSM_URL?: string;
  /** Base URL of the Samen Buurten API; without it proposals stay on the device (src/propose/submit-queue.ts). */
  readonly VITE_API_URL?: string;
}
