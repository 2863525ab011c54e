import { useI18n } from './i18n';
import type { Widen } from './nl';

/**
 * Text of the panels that load when first opened (the proposal form, my proposals, details, the
 * knelpunten panel, moderation cards). Kept out of nl.ts/en.ts so the first load stays small; it
 * loads with those panels.
 */
export const featureNl = {
  sourceLabel: 'Bron',
  detailClose: 'Sluiten',
  detailPlace: 'Plaats',
  detailMentions: 'Genoemd',
  detailStatus: 'Status',
  detailSource: 'Bron',
  detailNearby: 'In de buurt',
  kmAway: (km: number) => `${km < 1 ? '< 1' : Math.round(km)} km`,
  noNearby: 'Geen andere initiatieven binnen 15 km.',
  knelpuntenHeading: 'Knelpunten: wat samenwerken in de buurt moeilijk maakt',
  knelpuntenIntro:
    'Wat maakt het moeilijk om samen te werken aan een buurt waar iedereen mee kan doen? Dat noemen we hier een knelpunt. De onderzoekers lazen rapporten, spraken mensen en stelden vragen aan bezoekers van het Verbindingsfestival.',
  chartCaption: (level: string, n: number) => `${level}: percentages uit de bron (N = ${n}).`,
  noPercentages: 'De bron geeft hier geen percentages en geen rangorde.',
  explanation: 'Toelichting',
  localSection: 'Knelpunten specifiek in Flevoland',
  proposeHeading: 'Een initiatief voorstellen',
  proposeIntro:
    'Mist er een initiatief op de kaart? Vul dit formulier in. Velden met * zijn verplicht.',
  chooseKind: 'Kies een soort',
  kinds: {
    ontmoeting: 'Ontmoetingsplek',
    activiteit: 'Activiteit of evenement',
    buurtproject: 'Buurtproject',
    'zorg-welzijn': 'Zorg en welzijn',
    wonen: 'Wonen',
    anders: 'Anders',
  },
  privacyNote:
    'Naam, beschrijving en website kan iedereen zien als het Samen Buurten-team je voorstel goedkeurt. Zet er geen gegevens van anderen in zonder hun toestemming.',
  fieldKnelpunten: 'Wat helpt dit initiatief op te lossen? (niet verplicht)',
  fieldMeetingCode: 'Code van de bijeenkomst (niet verplicht)',
  meetingCodeHint: 'Alleen als de gespreksleider een code noemt, bijvoorbeeld VF2026.',
  locationHelpMouse:
    'Tik of klik op de kaart om de plek te kiezen. Sleep de speld om hem te verplaatsen.',
  locationHelpKeyboard:
    'Of kies hieronder een gemeente en wijk, en schuif de speld met de knoppen of de pijltjestoetsen.',
  locationNone: 'Nog geen plek gekozen.',
  locationIn: (place: string) => `Gekozen plek: ${place}`,
  locationOutside: 'Deze plek ligt buiten Flevoland. Kies een plek in een van de zes gemeenten.',
  chooseWijk: 'Kies een wijk (niet verplicht)',
  nudge: 'Speld verschuiven',
  nudgeHint: 'Gebruik de pijltjestoetsen om de speld 100 meter te verschuiven.',
  north: 'Noord',
  south: 'Zuid',
  east: 'Oost',
  west: 'West',
  errorSummary: (n: number) =>
    n === 1
      ? 'Er is 1 fout. Verbeter die en probeer het opnieuw.'
      : `Er zijn ${n} fouten. Verbeter die en probeer het opnieuw.`,
  proposalsHeading: 'Mijn voorstellen',
  proposalsIntro: 'Voorstellen die je op dit apparaat hebt gedaan of ingelezen.',
  proposalsLoading: 'Je voorstellen worden geladen…',
  noProposals: 'Je hebt nog geen voorstellen gedaan.',
  proposalDetailReason: 'Reden van het programmateam',
  proposalStatus: {
    lokaal: 'Alleen op dit apparaat',
    verzonden: 'Verzonden',
    goedgekeurd: 'Goedgekeurd',
    afgewezen: 'Afgewezen',
  },
  unsavedBadge: 'Niet bewaard',
  withdrawConfirm: (name: string) =>
    `Voorstel “${name}” intrekken? Het wordt van dit apparaat en van de kaart verwijderd, ook op de server.`,
  exportScopeAll: (n: number) => `Alle ${n} voorstellen`,
  exportScopeFilter: (n: number, place: string) => `Alleen ${place} (${n})`,
  importReport: (accepted: number, rejected: number) =>
    `${accepted} ingelezen, ${rejected} afgekeurd.`,
  importRejectedRow: (row: number) => `Regel ${row}`,
  importDownloadRejected: 'Download de afgekeurde regels',
  importFailed: {
    empty: 'Dit bestand is leeg.',
    unreadable:
      'Dit bestand kunnen we niet lezen. Gebruik een CSV-bestand of een bestand voor kaartprogramma’s (GeoJSON).',
    noColumns:
      'Dit bestand heeft geen kolom “naam”. Gebruik de kolommen van een gedownload bestand.',
  },
  proposalDetailKind: 'Soort',
  proposalDetailKnelpunten: 'Helpt bij',
  proposalDetailStatus: 'Status',
  proposalDetailMeeting: 'Bijeenkomst',
  draftRestored: 'We hebben teruggezet wat je eerder had ingevuld.',
  draftStartOver: 'Leeg formulier',
  discardQuestion: 'Je hebt al iets ingevuld. Wil je dat weggooien?',
  discardYes: 'Ja, weggooien',
  discardNo: 'Nee, verder invullen',
  errorFieldNames: {
    name: 'Naam',
    description: 'Beschrijving',
    kind: 'Soort initiatief',
    location: 'Plaats',
    website: 'Website',
    contact: 'Contact',
    knelpunten: 'Knelpunten',
    meetingCode: 'Code van de bijeenkomst',
  },
  proposalWaiting: 'Wordt verstuurd zodra er weer internet is',
  seedTranslated: '',
  detailSourceLead:
    'Letterlijk uit de presentatie over knelpunten, bij de positieve voorbeelden in Flevoland:',
  withdrawnNotice: {
    local: (name: string) => `“${name}” is ingetrokken en van dit apparaat verwijderd.`,
    waiting: (name: string) =>
      `“${name}” is ingetrokken. Zodra er verbinding is, wordt het ook van de server verwijderd.`,
    server: (name: string) =>
      `“${name}” is ingetrokken en ook van de server en de kaart verwijderd.`,
  },
  privacyLink: 'Wat doen we met je gegevens?',
  newTab: '(opent in een nieuw tabblad)',
  contactConsent: 'Het team mag contact met mij opnemen over dit voorstel',
  contactReason:
    'Alleen als je dat wilt. Het team gebruikt je contactgegevens alleen om je iets te vragen over je voorstel. Niemand anders ziet ze. Een vaste tijd na het besluit over je voorstel worden ze vanzelf verwijderd.',
  levelHints: {
    maatschappelijk: 'Wat er in de samenleving verandert, zoals minder vrijwilligers.',
    bestuurlijk: 'Plannen, regels en geld van gemeenten en organisaties.',
    relationeel: 'Hoe mensen en organisaties in de buurt samenwerken.',
    professioneel: 'Genoeg buurtwerkers, met tijd en de juiste kennis.',
  },
  detailBack: 'Terug naar de lijst',
  respondents: (n: number) => `${n} mensen vulden de vragenlijst in (N = ${n})`,
  percentOf: (p: number) => `${p}%`,
  editHeading: 'Voorstel aanpassen',
  cancel: 'Annuleren',
  exportHeading: 'Downloaden en inlezen',
  exportCsv: 'Download als CSV (Excel)',
  exportGeoJson: 'Download als bestand voor kaartprogramma’s (GeoJSON)',
} as const;

export type FeatureText = Widen<typeof featureNl>;

export const featureEn: FeatureText = {
  sourceLabel: 'Source',
  detailClose: 'Close',
  detailPlace: 'Place',
  detailMentions: 'Mentioned',
  detailStatus: 'Status',
  detailSource: 'Source',
  detailNearby: 'Nearby',
  kmAway: (km: number) => `${km < 1 ? '< 1' : Math.round(km)} km`,
  noNearby: 'No other initiatives within 15 km.',
  knelpuntenHeading: 'Bottlenecks: what makes working together in a neighbourhood hard',
  knelpuntenIntro:
    'What stands in the way of inclusive community building? From literature, an inspiration session and a survey among participants of the Verbindingsfestival.',
  chartCaption: (level: string, n: number) => `${level}: percentages from the source (N = ${n}).`,
  noPercentages: 'The source gives no percentages and no ranking here.',
  explanation: 'Explanation',
  localSection: 'Bottlenecks specific to Flevoland',
  proposeHeading: 'Propose an initiative',
  proposeIntro:
    'Is an initiative missing from the map? Fill in this form. Fields with * are required.',
  chooseKind: 'Choose a kind',
  kinds: {
    ontmoeting: 'Meeting place',
    activiteit: 'Activity or event',
    buurtproject: 'Neighbourhood project',
    'zorg-welzijn': 'Care and wellbeing',
    wonen: 'Housing',
    anders: 'Other',
  },
  privacyNote:
    'Anyone can see the name, description and website once the Samen Buurten team approves your proposal. Do not enter other people’s details without their consent.',
  fieldKnelpunten: 'Which bottlenecks does it help with? (optional)',
  fieldMeetingCode: 'Meeting code (optional)',
  meetingCodeHint: 'Only if the facilitator gives a code, for example VF2026.',
  locationHelpMouse: 'Tap or click the map to choose the place. Drag the pin to move it.',
  locationHelpKeyboard:
    'Or choose a municipality and district below, and move the pin with the buttons or the arrow keys.',
  locationNone: 'No place chosen yet.',
  locationIn: (place: string) => `Chosen place: ${place}`,
  locationOutside:
    'This place is outside Flevoland. Choose a place in one of the six municipalities.',
  chooseWijk: 'Choose a district (optional)',
  nudge: 'Move the pin',
  nudgeHint: 'Use the arrow keys to move the pin by 100 metres.',
  north: 'North',
  south: 'South',
  east: 'East',
  west: 'West',
  errorSummary: (n: number) =>
    n === 1
      ? 'There is 1 error. Correct it and try again.'
      : `There are ${n} errors. Correct them and try again.`,
  proposalsHeading: 'My proposals',
  proposalsIntro: 'Proposals you made or imported on this device.',
  proposalsLoading: 'Loading your proposals…',
  noProposals: 'You have not made any proposals yet.',
  proposalDetailReason: "The programme team's reason",
  proposalStatus: {
    lokaal: 'Only on this device',
    verzonden: 'Sent',
    goedgekeurd: 'Approved',
    afgewezen: 'Rejected',
  },
  unsavedBadge: 'Not saved',
  withdrawConfirm: (name: string) =>
    `Withdraw proposal “${name}”? It will be removed from this device and from the map, on the server too.`,
  exportScopeAll: (n: number) => `All ${n} proposals`,
  exportScopeFilter: (n: number, place: string) => `Only ${place} (${n})`,
  importReport: (accepted: number, rejected: number) =>
    `${accepted} imported, ${rejected} rejected.`,
  importRejectedRow: (row: number) => `Row ${row}`,
  importDownloadRejected: 'Download the rejected rows',
  importFailed: {
    empty: 'This file is empty.',
    unreadable: 'We cannot read this file. Use a CSV file or a file for map software (GeoJSON).',
    noColumns: 'This file has no “naam” column. Use the columns of a downloaded file.',
  },
  proposalDetailKind: 'Kind',
  proposalDetailKnelpunten: 'Helps with',
  proposalDetailStatus: 'Status',
  proposalDetailMeeting: 'Meeting',
  draftRestored: 'We brought back what you had filled in before.',
  draftStartOver: 'Empty form',
  discardQuestion: 'You have already filled something in. Do you want to throw it away?',
  discardYes: 'Yes, throw it away',
  discardNo: 'No, keep filling in',
  errorFieldNames: {
    name: 'Name',
    description: 'Description',
    kind: 'Kind of initiative',
    location: 'Place',
    website: 'Website',
    contact: 'Contact',
    knelpunten: 'Bottlenecks',
    meetingCode: 'Meeting code',
  },
  proposalWaiting: 'Will be sent as soon as there is internet again',
  seedTranslated:
    'The bottlenecks below are an English translation of the Dutch presentation. The translation adds nothing to it.',
  detailSourceLead:
    'Quoted word for word (in Dutch) from the presentation on bottlenecks, positive examples in Flevoland:',
  withdrawnNotice: {
    local: (name: string) => `“${name}” has been withdrawn and removed from this device.`,
    waiting: (name: string) =>
      `“${name}” has been withdrawn. As soon as there is a connection, it will be removed from the server too.`,
    server: (name: string) =>
      `“${name}” has been withdrawn and removed from the server and the map too.`,
  },
  privacyLink: 'What do we do with your details?',
  newTab: '(opens in a new tab)',
  contactConsent: 'The team may contact me about this proposal',
  contactReason:
    'Only if you want. The team uses your contact details only to ask you about your proposal. No one else sees them. They are deleted automatically a set time after the decision on your proposal.',
  levelHints: {
    maatschappelijk: 'Changes in society, such as fewer volunteers.',
    bestuurlijk: 'Plans, rules and money of municipalities and organisations.',
    relationeel: 'How people and organisations in the neighbourhood work together.',
    professioneel: 'Enough community workers, with time and the right knowledge.',
  },
  detailBack: 'Back to the list',
  respondents: (n) => `${n} people filled in the questionnaire (N = ${n})`,
  percentOf: (p) => `${p}%`,
  editHeading: 'Edit proposal',
  cancel: 'Cancel',
  exportHeading: 'Download and import',
  exportCsv: 'Download as CSV (Excel)',
  exportGeoJson: 'Download as a file for map software (GeoJSON)',
};

/** The panels' text in the page's language. */
export function useFeatureText(): () => FeatureText {
  const { lang } = useI18n();
  return () => (lang() === 'en' ? featureEn : featureNl);
}
