import * as v from 'valibot';
import { GemeentenSchema, WijkenSchema } from '../../src/data/schemas';
import { createLocator } from '../../src/proposals/locate';
import { readGeo } from './geo-files';

export const locate = createLocator(
  v.parse(GemeentenSchema, readGeo('gemeenten.geojson')).features,
  v.parse(WijkenSchema, readGeo('wijken.geojson')).features,
);

/** Places checked in ../shared/data/flevoland/SOURCE.md. */
export const PLACES = {
  almereHaven: { lng: 5.2185, lat: 52.336 },
  urk: { lng: 5.601, lat: 52.662 },
  emmeloord: { lng: 5.748, lat: 52.71 },
  markermeer: { lng: 5.3, lat: 52.55 },
  amsterdam: { lng: 4.9, lat: 52.37 },
};

export const validInput = (overrides: Record<string, unknown> = {}) => ({
  name: 'Buurtkamer De Steiger',
  description: 'Een plek waar buren elkaar elke week ontmoeten.',
  kind: 'ontmoeting',
  knelpunten: ['relationeel'],
  ...PLACES.almereHaven,
  ...overrides,
});
