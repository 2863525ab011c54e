import type { PresentMessages } from './present-nl';

/** English strings of the presentation (see present-nl.ts, the source of truth for the keys). */
export const presentEn: PresentMessages = {
  overviewCounts: (entries, seedPoints, gemeenten, total) =>
    `${entries} positive examples from ${seedPoints} points in the source, with a place in ${gemeenten} of the ${total} municipalities.`,
  overviewNoPlace: (n) =>
    n === 1
      ? '1 example has no place of its own (all of Flevoland, or the source names no place):'
      : `${n} examples have no place of their own (all of Flevoland, or the source names no place):`,
  gemeenteCount: (n) =>
    n === 0
      ? 'The source names no examples here.'
      : n === 1
        ? '1 example from the source on the map'
        : `${n} examples from the source on the map`,
  localQuestion: (gemeente) => `Individual responses about ${gemeente}`,
  localIndividual: 'What a few people said about it:',
  localNothing: (gemeente) => `The source names nothing specific about ${gemeente}.`,
  mentions: (n) => (n === 1 ? 'mentioned once' : `mentioned ${n} times`),
  derivedPlace: 'The source names no place; the place is derived from the name.',
  chartTitle: (n) => `Percentages from the source (N = ${n})`,
  unranked: 'For this level the source gives no order and no percentages.',
  liveTitle: "Today's proposals",
  liveIntro: 'Approved proposals appear on the map here straight away.',
  liveNone: 'No proposals yet. Scan the QR code and propose one.',
  liveCallout: 'New proposal',
  qrSurvey: 'Answer the questions',
  qrInvite: 'Propose an initiative',
  presenterOpen: 'Presenter view',
  handoutOpen: 'Handout (PDF)',

  presenterTitle: 'Presenter view',
  presenterIntro:
    'This view is for you. The audience sees the other window; the keys work in both.',
  presenterNow: 'Now',
  presenterNext: 'Next',
  presenterEnd: 'End of the presentation',
  presenterNotes: 'Notes for this slide',
  presenterTimer: 'Time',
  presenterTimerStart: 'Start timer',
  presenterTimerPause: 'Pause timer',
  presenterTimerReset: 'Reset timer',
  presenterWarnings: 'Warnings',
  presenterNoWarnings: 'No warnings.',
  presenterNoAudience:
    'No presentation screen connected. Open the presentation in another window of this browser.',
  presenterOpenAudience: 'Open the presentation',
  presenterQrAddress: 'The QR code opens:',
  warnPublicUrl:
    'The QR code points at this device; phones cannot open it. Set PUBLIC_URL on the server.',
  warnOffline: 'This computer has no network. The presentation works, but no new proposals arrive.',
  warnServerDown: 'The server cannot be reached. New proposals arrive as soon as it is back.',
  warnNoServer: 'No server: the presentation shows no live proposals.',
  noteSeedLine: (line) => `Source: point ${line} of the presentation “Knelpunten”.`,
  noteMentions: (n) => (n === 1 ? 'Mentioned once.' : `Mentioned ${n} times.`),
  notePlace: (text) => `Place: ${text}`,
  noteN: (n) => `${n} people filled in the questionnaire (N = ${n}).`,
  notePercentages: 'Percentages from the source.',
  noteNoPercentages: 'The source gives no percentages or order.',
  noteLocal: (source) => `Local responses: ${source}; individual responses, no percentages.`,
  noteCountsDerived:
    'Derived: the counts on this slide are counted by the map from the examples in the source.',
  noteSurvey:
    'Answers from participants of this meeting; percentages only from 5 answers; the festival’s numbers stand apart, with their own N.',
  noteLive: 'Proposals from participants, after approval by the team; not from the source.',
  noteClosing: 'The QR code opens the form to propose an initiative.',

  handoutTitle: 'Samen Buurten in Flevoland — handout',
  handoutPreparing: (n, total) => `Making the handout: slide ${n} of ${total}…`,
  handoutReady: 'Done. The print dialog opens; choose “Save as PDF”.',
  presentOverviewTitle: 'Samen Buurten in Flevoland',
  presentClosingTitle: 'What next?',
  presentClosingInvite:
    'Is an initiative missing from the map? Scan the QR code with your phone and propose it.',
  presentQrInvite: 'Propose an initiative:',
  presentQrLabel: 'QR code: opens the form to propose an initiative',
  presentControls: 'Presentation controls',
  presentPrevious: 'Previous',
  presentNext: 'Next',
  presentQrButton: 'QR code (Q)',
  presentAutoplay: 'Play automatically',
  presentPause: 'Pause',
  presentPaused: 'Paused. Press a key or use the buttons.',
  presentFullscreen: 'Full screen',
  presentStop: 'Stop (Esc)',
  presentProgress: (n, total) => `Slide ${n} of ${total}`,
  presentBlanked: 'Screen blanked. Press B to continue.',
  presentDelay: 'Time per slide',
  presentSeconds: (s) => `${s} seconds`,
};
