/**
 * RD New (EPSG:28992), the Dutch national grid that QGIS and municipal GIS often export in. The
 * definition is EPSG's with its 7-parameter datum shift (about a metre from RDNAPTRANS, far below
 * the size of a wijk). proj4 is loaded only when a file needs it.
 */
const RD_NEW =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 ' +
  '+y_0=463000 +ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 ' +
  '+units=m +no_defs';

/** Whether a GeoJSON `crs` member (the 2008 spec's, still written by GDAL) names RD New. */
export function namesRdNew(crs: unknown): boolean {
  const name = (crs as { properties?: { name?: unknown } } | null)?.properties?.name;
  return typeof name === 'string' && /(^|[^0-9])28992$/.test(name.trim());
}

/** Numbers that can only be RD New metres in and around the Netherlands, not degrees. */
export function looksLikeRdNew(x: number, y: number): boolean {
  return x >= 0 && x <= 300_000 && y >= 289_000 && y <= 629_000;
}

export type ToWgs84 = (x: number, y: number) => [lng: number, lat: number];

export async function loadRdNewToWgs84(): Promise<ToWgs84> {
  const { default: proj4 } = await import('proj4');
  const converter = proj4(RD_NEW, 'WGS84');
  return (x, y) => converter.forward([x, y]) as [number, number];
}
