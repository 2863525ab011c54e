import type { Area, Gemeente, Initiatief, Knelpunten, Stadsdeel, Wijk } from './schemas';

export interface Collection<F> {
  type: 'FeatureCollection';
  features: F[];
}

/** Everything the app shows, validated, straight from the geo/ files. */
export interface AppData {
  gemeenten: Collection<Gemeente>;
  wijken: Collection<Wijk>;
  stadsdelen: Collection<Stadsdeel>;
  land: Collection<Area>;
  provincies: Collection<Area>;
  flevoland: Collection<Area>;
  initiatieven: Collection<Initiatief>;
  knelpunten: Knelpunten;
}
