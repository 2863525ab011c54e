import type { Widen } from './nl';

/**
 * Dutch (default) strings of the presentation's slides, its presenter view and its handout. Kept
 * apart from nl.ts so the first map view never downloads them; they come with the presentation.
 */
export const presentNl = {
  overviewCounts: (entries: number, seedPoints: number, gemeenten: number, total: number) =>
    `${entries} positieve voorbeelden uit ${seedPoints} punten van de bron, met een plek in ${gemeenten} van de ${total} gemeenten.`,
  overviewNoPlace: (n: number) =>
    n === 1
      ? '1 voorbeeld heeft geen eigen plek (heel Flevoland, of de bron noemt geen plaats):'
      : `${n} voorbeelden hebben geen eigen plek (heel Flevoland, of de bron noemt geen plaats):`,
  gemeenteCount: (n: number) =>
    n === 0
      ? 'De bron noemt hier geen voorbeelden.'
      : n === 1
        ? '1 voorbeeld uit de bron op de kaart'
        : `${n} voorbeelden uit de bron op de kaart`,
  localQuestion: (gemeente: string) => `Losse reacties over ${gemeente}`,
  localIndividual: 'Wat een paar mensen hierover zeiden:',
  localNothing: (gemeente: string) => `De bron noemt over ${gemeente} niets specifieks.`,
  mentions: (n: number) => (n === 1 ? '1 keer genoemd' : `${n} keer genoemd`),
  derivedPlace: 'De bron noemt geen plaats; de plek is afgeleid uit de naam.',
  chartTitle: (n: number) => `Percentages uit de bron (N = ${n})`,
  unranked: 'De bron geeft bij dit niveau geen volgorde en geen percentages.',
  liveTitle: 'Voorstellen van vandaag',
  liveIntro: 'Goedgekeurde voorstellen verschijnen hier meteen op de kaart.',
  liveNone: 'Nog geen voorstellen. Scan de QR-code en stel er een voor.',
  liveCallout: 'Nieuw voorstel',
  qrSurvey: 'Beantwoord de vragen',
  qrInvite: 'Stel een initiatief voor',
  presenterOpen: 'Sprekersweergave',
  handoutOpen: 'Hand-out (pdf)',

  presenterTitle: 'Sprekersweergave',
  presenterIntro:
    'Deze weergave is voor jou. Het publiek ziet het andere venster; de toetsen werken in beide.',
  presenterNow: 'Nu',
  presenterNext: 'Hierna',
  presenterEnd: 'Einde van de presentatie',
  presenterNotes: 'Notities bij deze dia',
  presenterTimer: 'Tijd',
  presenterTimerStart: 'Start tijd',
  presenterTimerPause: 'Pauzeer tijd',
  presenterTimerReset: 'Tijd op nul',
  presenterWarnings: 'Meldingen',
  presenterNoWarnings: 'Geen meldingen.',
  presenterNoAudience:
    'Geen presentatiescherm verbonden. Open de presentatie in een ander venster van deze browser.',
  presenterOpenAudience: 'Open de presentatie',
  presenterQrAddress: 'De QR-code opent:',
  warnPublicUrl:
    'De QR-code wijst naar dit apparaat; telefoons kunnen het niet openen. Zet PUBLIC_URL op de server.',
  warnOffline:
    'Deze computer heeft geen netwerk. De presentatie werkt, maar er komen geen nieuwe voorstellen binnen.',
  warnServerDown:
    'De server is niet bereikbaar. Nieuwe voorstellen komen binnen zodra hij terug is.',
  warnNoServer: 'Geen server: de presentatie toont geen live voorstellen.',
  noteSeedLine: (line: number) => `Bron: punt ${line} van de presentatie “Knelpunten”.`,
  noteMentions: (n: number) => (n === 1 ? 'Eén keer genoemd.' : `${n} keer genoemd.`),
  notePlace: (text: string) => `Plek: ${text}`,
  noteN: (n: number) => `${n} mensen vulden de vragenlijst in (N = ${n}).`,
  notePercentages: 'Percentages uit de bron.',
  noteNoPercentages: 'Zonder percentages of volgorde in de bron.',
  noteLocal: (source: string) =>
    `Losse reacties: ${source}; reacties van een paar mensen, geen percentages.`,
  noteCountsDerived:
    'Afgeleid: de tellingen op deze dia zijn door de kaart geteld uit de voorbeelden in de bron.',
  noteSurvey:
    'Antwoorden van deelnemers aan deze bijeenkomst; percentages pas vanaf 5 antwoorden; de getallen van het festival staan apart, met hun eigen N.',
  noteLive: 'Voorstellen van deelnemers, na goedkeuring door het team; geen bron.',
  noteClosing: 'De QR-code opent het formulier om een initiatief voor te stellen.',

  handoutTitle: 'Samen Buurten in Flevoland — hand-out',
  handoutPreparing: (n: number, total: number) => `Hand-out maken: dia ${n} van ${total}…`,
  handoutReady: 'Klaar. Het printvenster opent; kies “Opslaan als pdf”.',
  presentOverviewTitle: 'Samen Buurten in Flevoland',
  presentClosingTitle: 'Hoe nu verder?',
  presentClosingInvite:
    'Mist er een initiatief op de kaart? Scan de QR-code met je telefoon en stel het voor.',
  presentQrInvite: 'Stel een initiatief voor:',
  presentQrLabel: 'QR-code: open het formulier om een initiatief voor te stellen',
  presentControls: 'Presentatie bedienen',
  presentPrevious: 'Vorige',
  presentNext: 'Volgende',
  presentQrButton: 'QR-code (Q)',
  presentAutoplay: 'Automatisch afspelen',
  presentPause: 'Pauze',
  presentPaused: 'Gepauzeerd. Druk op een toets of gebruik de knoppen.',
  presentFullscreen: 'Volledig scherm',
  presentStop: 'Stoppen (Esc)',
  presentProgress: (n: number, total: number) => `Dia ${n} van ${total}`,
  presentBlanked: 'Scherm op zwart. Druk op B om verder te gaan.',
  presentDelay: 'Tijd per dia',
  presentSeconds: (s: number) => `${s} seconden`,
} as const;

export type PresentMessages = Widen<typeof presentNl>;
