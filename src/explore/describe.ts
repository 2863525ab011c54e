import type { Accessor } from 'solid-js';
import type { AppData } from '../data/app-data';
import type { Initiatief } from '../data/schemas';
import { placeLine, placeOf, precisionArea } from '../data/place';
import type { Messages } from '../i18n/nl';

/** How an initiative is put into words: its place line and how precise its pin is. */
export function createDescribers(data: AppData, t: Accessor<Messages>) {
  const place = (i: Initiatief) => placeOf(i.properties, data);
  const placeText = (i: Initiatief) => placeLine(place(i), t().wholeProvince);
  const precisionText = (i: Initiatief) => {
    const area = precisionArea(i.properties, place(i));
    const words = t().precision;
    if (area.kind === 'adres') return words.adres;
    if (area.kind === 'provincie') return words.provincie;
    return words[area.kind](area.name ?? '');
  };
  const isDerived = (i: Initiatief) => i.properties.placeBasis === 'afgeleid';
  /** The caveats on a place: derived, or a note on what the source says of it. */
  const placeCaveats = (i: Initiatief) => [
    ...(isDerived(i) ? [t().placeDerived] : []),
    ...(i.properties.placeNote ? [t().placeNotes[i.properties.placeNote]] : []),
  ];
  const pinLabel = (i: Initiatief) =>
    (isDerived(i) ? t().pinLabelDerived : t().pinLabel)(i.properties.name, placeText(i));
  return { place, placeText, precisionText, isDerived, placeCaveats, pinLabel };
}

export type Describers = ReturnType<typeof createDescribers>;
