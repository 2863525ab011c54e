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
  const pinLabel = (i: Initiatief) => t().pinLabel(i.properties.name, placeText(i));
  return { place, placeText, precisionText, pinLabel };
}

export type Describers = ReturnType<typeof createDescribers>;
