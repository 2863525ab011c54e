/** Dutch (default) UI strings. Plain language, B1 level. */
export const nl = {
  appTitle: 'Samen Buurten kaart',
  appSubtitle: 'Samen werken aan buurten waar iedereen mee kan doen, in Flevoland',
  skipToList: 'Sla de kaart over, ga naar de lijst',
  mapLabel: 'Kaart van Flevoland met goede voorbeelden uit buurten',
  mapCanvasLabel: 'Interactieve kaart. Schuif met de pijltjestoetsen, zoom met plus en min.',
  loading: 'Kaart laden…',
  loadError: 'De kaartgegevens konden niet worden geladen. Laad de pagina opnieuw.',
  mapError: 'De kaart kan niet worden getoond in deze browser. De lijst werkt wel.',
  listHeading: 'Positieve voorbeelden',
  listIntro: 'Genoemd door deelnemers van het Verbindingsfestival.',
  wholeProvince: 'Heel Flevoland',
  wholeProvinceHint: 'Zonder vaste plek op de kaart',
  mentioned: (n: number) => (n === 1 ? '1x genoemd' : `${n}x genoemd`),
  status: {
    genoemd: 'Genoemd als positief voorbeeld',
    toekomstig: 'Toekomstige kansrijke ontwikkeling',
  },
  precision: {
    adres: 'Locatie: adres',
    buurt: (area: string) => `Locatie bij benadering: buurt ${area}`,
    wijk: (area: string) => `Locatie bij benadering: wijk ${area}`,
    stadsdeel: (area: string) => `Locatie bij benadering: stadsdeel ${area}`,
    gemeente: (area: string) => `Locatie bij benadering: gemeente ${area}`,
    provincie: 'Locatie bij benadering: provincie Flevoland',
  },
  placeDerived: 'De bron noemt geen plaats; de plek is afgeleid uit de naam.',
  placeDerivedShort: 'plek afgeleid uit de naam',
  placeNotes: {
    'geen-plaats': 'De bron noemt geen plaats binnen Flevoland.',
    'heel-flevoland': 'Geldt voor heel Flevoland.',
    'gedeeld-punt': 'De bron noemt dit samen met een ander evenement, in één punt.',
  },
  pinLabel: (name: string, place: string) => `${name}, ${place}`,
  pinLabelDerived: (name: string, place: string) => `${name}, ${place} (plek afgeleid)`,
  seedSource:
    'Voorbeelden en knelpunten: “Knelpunten bij inclusieve samenlevingsopbouw”, Samen Buurten (Anneke Brock, Maarten Kwakernaak)',
  attributionCbs: 'Grenzen: CBS, Kadaster',
  language: 'Taal',
  theme: { label: 'Kleuren', system: 'Zoals dit apparaat', light: 'Licht', dark: 'Donker' },
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  toggleAttribution: 'Bronvermelding tonen of verbergen',
  countIn: (n: number, place: string) =>
    `${n === 1 ? '1 initiatief' : `${n} initiatieven`} in ${place}`,
  countDerived: (n: number) =>
    `Daarvan ${n === 1 ? 'staat 1' : `staan ${n}`} op een plek die is afgeleid uit de naam.`,
  inView: (shown: number, total: number) => `${shown} van ${total} zichtbaar op de kaart`,
  showAllOnMap: 'Toon ze allemaal op de kaart',
  noneFound: 'Geen initiatieven gevonden met deze keuzes.',
  flevoland: 'Flevoland',
  filtersHeading: 'Kies een plek',
  gemeenteFilter: 'Gemeente',
  allGemeenten: 'Alle gemeenten',
  areaFilter: 'Stadsdeel of wijk',
  allAreas: 'Hele gemeente',
  stadsdelen: 'Stadsdelen',
  wijken: 'Wijken',
  statusFilter: 'Status',
  allStatuses: 'Alle',
  mentionsFilter: 'Alleen vaker genoemd (2x of meer)',
  showAll: 'Alles tonen',
  withCount: (name: string, n: number) => `${name} (${n})`,
  searchLabel: 'Zoek een initiatief, gemeente of wijk',
  searchPlaceholder: 'Bijvoorbeeld HavenHart of Urk',
  searchNoResults: 'Niets gevonden',
  searchResults: (n: number) => (n === 1 ? '1 resultaat' : `${n} resultaten`),
  kind: { initiatief: 'Initiatief', gemeente: 'Gemeente', stadsdeel: 'Stadsdeel', wijk: 'Wijk' },
  tabInitiatives: 'Initiatieven',
  tabKnelpunten: 'Knelpunten',
  clusterLabel: (n: number, names: string[]) =>
    `Groep van ${n} initiatieven: ${names.join(', ')}. Inzoomen.`,
  localHeading: (gemeente: string) => `Losse reacties over ${gemeente}`,
  localNothing: (gemeente: string) => `De bron noemt niets specifieks over ${gemeente}.`,
  localFraming:
    'Dit zijn losse reacties van een paar mensen die de vragenlijst invulden. Het is geen uitkomst van het onderzoek. De bron zegt ook: “Weinig kennis over specifieke knelpunten in Flevoland.”',
  overlayToggle: 'Knelpunten per gemeente op de kaart',
  recognitionToggle: 'Gemeenten kleuren naar wat bijeenkomsten herkenden',
  legendHeading: 'Legenda',
  legendHatched: 'Gemeente waarover mensen losse reacties gaven',
  legendPlain: 'De bron noemt niets specifieks',
  legendPin: 'Initiatief',
  legendFuture: 'Toekomstige kansrijke ontwikkeling',
  legendDerived: 'Plek afgeleid uit de naam (niet uit de bron)',
  legendCluster: 'Groep initiatieven (kies de groep om in te zoomen)',
  embedOpenFull: 'Open de volledige kaart',
  proposeAction: 'Initiatief voorstellen',
  fieldName: 'Naam van het initiatief *',
  fieldDescription: 'Korte beschrijving *',
  fieldKind: 'Soort initiatief *',
  fieldWebsite: 'Website (niet verplicht)',
  fieldContact: 'Contact (niet verplicht)',
  locationLegend: 'Plaats *',
  chooseGemeente: 'Kies een gemeente',
  submit: 'Voorstel bewaren',
  problems: {
    required: 'Dit veld is verplicht.',
    tooShort: (n: number) => `Gebruik minstens ${n} tekens.`,
    tooLong: (n: number) => `Gebruik hoogstens ${n} tekens.`,
    invalid: 'Dit klopt niet. Kijk het nog eens na.',
    invalidWebsite: 'Vul een webadres in, zoals www.voorbeeld.nl.',
    invalidMeetingCode: 'Een code heeft 4 tot 12 letters of cijfers.',
    outsideFlevoland: 'Kies een plek in Flevoland.',
    requiredLocation: 'Kies een plek op de kaart of met de lijsten.',
    duplicate: 'Dit voorstel staat er al.',
    direction:
      'Hier staan onzichtbare tekens in die de leesrichting omdraaien. Typ de tekst opnieuw zonder die tekens.',
  },
  savedMessage: 'Je voorstel is bewaard op dit apparaat. Het staat nu op de kaart als voorstel.',
  storageProblems: {
    full: 'Je voorstel kon niet worden bewaard: de opslag van deze browser is vol. Het staat nog op de kaart zolang deze pagina open is. Download je voorstellen om niets kwijt te raken.',
    unavailable:
      'Deze browser laat ons niets bewaren (bijvoorbeeld in een privévenster). Je voorstel staat op de kaart zolang deze pagina open is. Download je voorstellen om niets kwijt te raken.',
    failed:
      'Bewaren is niet gelukt. Je voorstel staat op de kaart zolang deze pagina open is. Download je voorstellen om niets kwijt te raken.',
  },
  downloadNow: 'Download mijn voorstellen (CSV)',
  tabProposals: 'Mijn voorstellen',
  proposalBadge: 'Voorstel',
  edit: 'Aanpassen',
  withdraw: 'Intrekken',
  showProposals: 'Toon voorstellen',
  proposalPinLabel: (name: string, place: string) => `Voorstel: ${name}, ${place}`,
  presentAction: 'Presenteren',
  basemapLabel: 'Achtergrondkaart',
  basemapOptions: {
    offline: 'Eenvoudig (offline)',
    pdok: 'Straten (kaart van het Kadaster, online)',
    osm: 'Straten (OpenStreetMap, online)',
  },
  basemapAttribution: {
    pdok: 'Achtergrondkaart: © Kadaster / PDOK (CC BY 4.0)',
    osm: 'Achtergrondkaart: © OpenStreetMap-bijdragers',
  },
  basemapUnreachable: 'De online kaart is niet bereikbaar. We tonen de eenvoudige kaart.',
  basemapDismiss: 'Melding sluiten',
  // Everyday use (issue #16)
  savedMessageLater:
    'Je voorstel is bewaard op dit apparaat. Er is nu geen verbinding: we sturen het zodra er weer internet is.',
  withdrawalsWaiting: (n: number) =>
    n === 1
      ? '1 ingetrokken voorstel wacht op verbinding met de server.'
      : `${n} ingetrokken voorstellen wachten op verbinding met de server.`,
  privacyFooter: 'Privacy',
} as const;

export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => unknown
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };

export type Messages = Widen<typeof nl>;
