/** Dutch (default) UI strings. Plain language, B1 level. */
export const nl = {
  appTitle: 'Samen Buurten kaart',
  appSubtitle: 'Inclusieve samenlevingsopbouw in Flevoland',
  skipToList: 'Sla de kaart over, ga naar de lijst',
  mapLabel: 'Kaart van Flevoland met voorbeelden van inclusieve samenlevingsopbouw',
  mapCanvasLabel: 'Interactieve kaart. Schuif met de pijltjestoetsen, zoom met plus en min.',
  loading: 'Kaart laden…',
  loadError: 'De kaartgegevens konden niet worden geladen. Laad de pagina opnieuw.',
  mapError: 'De kaart kan niet worden getoond in deze browser. De lijst werkt wel.',
  listHeading: 'Positieve voorbeelden',
  listIntro: 'Genoemd door deelnemers van het Verbindingsfestival.',
  countInitiatives: (n: number) => (n === 1 ? '1 initiatief' : `${n} initiatieven`),
  wholeProvince: 'Heel Flevoland',
  wholeProvinceHint: 'Zonder vaste plek op de kaart',
  mentioned: (n: number) => (n === 1 ? '1x genoemd' : `${n}x genoemd`),
  status: { bestaand: 'Bestaat al', toekomstig: 'Toekomstige kansrijke ontwikkeling' },
  precision: {
    adres: 'Locatie: adres',
    wijk: (area: string) => `Locatie bij benadering: wijk ${area}`,
    stadsdeel: (area: string) => `Locatie bij benadering: stadsdeel ${area}`,
    gemeente: (area: string) => `Locatie bij benadering: gemeente ${area}`,
    provincie: 'Locatie bij benadering: provincie Flevoland',
  },
  pinLabel: (name: string, place: string) => `${name}, ${place}`,
  sourceLabel: 'Bron',
  seedSource:
    'Voorbeelden en knelpunten: Samen Buurten, “Knelpunten bij inclusieve samenlevingsopbouw”',
  attributionCbs: 'Bron: CBS, Kadaster',
  attributionOsm: '© OpenStreetMap-bijdragers',
  language: 'Taal',
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  toggleAttribution: 'Bronvermelding tonen of verbergen',
  resetView: 'Heel Flevoland tonen',
} as const;

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => unknown
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };

export type Messages = Widen<typeof nl>;
