/** The geo/ files the app loads, by name. */
export const GEO_FILES = [
  'gemeenten.geojson',
  'wijken.geojson',
  'stadsdelen.geojson',
  'land.geojson',
  'provincies.geojson',
  'flevoland.geojson',
  'initiatieven.geojson',
  'knelpunten.json',
] as const;

export type GeoFile = (typeof GEO_FILES)[number];
