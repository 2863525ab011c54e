import type { AppData } from './app-data';
import type { InitiatiefProperties, Precision } from './schemas';

export interface Place {
  gemeente?: string;
  stadsdeel?: string;
  wijk?: string;
}

/** Names of the areas an initiative is known to lie in, from the geo data. */
export function placeOf(
  p: InitiatiefProperties,
  data: Pick<AppData, 'gemeenten' | 'wijken' | 'stadsdelen'>,
): Place {
  const name = (
    features: { properties: { code: string; name: string } }[],
    code?: string | null,
  ) => (code ? features.find((f) => f.properties.code === code)?.properties.name : undefined);
  return {
    gemeente: name(data.gemeenten.features, p.gemeente),
    stadsdeel: name(data.stadsdelen.features, p.stadsdeel),
    wijk: name(data.wijken.features, p.wijk),
  };
}

/** The most precise area an initiative's pin stands for, as shown to the user. */
export function precisionArea(
  p: InitiatiefProperties,
  place: Place,
): { kind: Precision; name?: string } {
  switch (p.precision) {
    case 'adres':
    case 'provincie':
      return { kind: p.precision };
    case 'buurt':
      return { kind: 'buurt', name: place.wijk ?? '' };
    default:
      return { kind: p.precision, name: place[p.precision] ?? '' };
  }
}

/** "Almere Haven, Almere": the short place line shown beside a name. */
export function placeLine(place: Place, wholeProvince: string): string {
  const parts = [place.wijk, place.stadsdeel, place.gemeente].filter(
    (part, i, all): part is string => !!part && all.indexOf(part) === i,
  );
  return parts.length ? parts.join(', ') : wholeProvince;
}
