/** The printable meeting report's words, Dutch and English (small: the meetings list uses `open`). */
export const reportNl = {
  open: 'Verslag bekijken / afdrukken',
  back: 'Terug naar beheer',
  print: 'Afdrukken / PDF',
  loading: 'Verslag laden…',
  notFound: 'Deze bijeenkomst bestaat niet (meer).',
  kicker: 'Verslag van de bijeenkomst',
  place: 'Over',
  allFlevoland: 'Heel Flevoland',
  date: 'Datum',
  code: 'Code',
  mapHeading: 'Voorstellen op de kaart',
  mapAlt: (n: number) =>
    n === 1
      ? 'Kaart met het voorstel van deze bijeenkomst.'
      : `Kaart met de ${n} voorstellen van deze bijeenkomst.`,
  mapFailed: 'De kaart kon niet getekend worden. De voorstellen staan hieronder.',
  mapPreparing: 'Kaart tekenen…',
  surveyHeading: 'Wat deelnemers herkennen',
  surveyIntro:
    'Per punt: welk deel van de deelnemers het herkende (“ja”), van iedereen die dat punt beantwoordde (N). Onder N = 5 geven we geen percentage.',
  noSurvey: 'Bij deze bijeenkomst was geen enquête.',
  seedName: 'Verbindingsfestival',
  sourceWord: 'bron',
  openHeading: 'Wat deelnemers in de weg staat',
  openIntro: 'Alleen antwoorden die de moderator heeft goedgekeurd.',
  noOpen: 'Geen goedgekeurde open antwoorden.',
  proposalsHeading: 'Voorstellen van deze bijeenkomst',
  noProposals: 'Bij deze bijeenkomst zijn geen voorstellen ingediend.',
  proposalName: 'Voorstel',
  proposalPlace: 'Plaats',
  proposalStatus: 'Status',
  status: { ingediend: 'Wacht op beoordeling', goedgekeurd: 'Goedgekeurd' },
  rejectedLeftOut: (n: number) =>
    n === 1
      ? '1 afgewezen voorstel staat niet in dit verslag.'
      : `${n} afgewezen voorstellen staan niet in dit verslag.`,
  filesHeading: 'Bestanden voor verder werk',
  filesIntro: 'Alleen voor u, niet op papier.',
  proposalsCsv: 'Voorstellen als CSV (met contactgegevens van indieners: deel dit bestand niet)',
  answersCsv: 'Antwoorden als CSV (één rij per antwoord, zonder persoonsgegevens)',
  source: 'Bron: Samen Buurten, eigen bijeenkomst',
};

export type ReportText = typeof reportNl;

export const reportEn: ReportText = {
  open: 'View / print the report',
  back: 'Back to moderation',
  print: 'Print / PDF',
  loading: 'Loading the report…',
  notFound: 'This meeting does not exist (any more).',
  kicker: 'Report of the meeting',
  place: 'About',
  allFlevoland: 'All of Flevoland',
  date: 'Date',
  code: 'Code',
  mapHeading: 'Proposals on the map',
  mapAlt: (n) =>
    n === 1
      ? 'Map with the proposal of this meeting.'
      : `Map with the ${n} proposals of this meeting.`,
  mapFailed: 'The map could not be drawn. The proposals are listed below.',
  mapPreparing: 'Drawing the map…',
  surveyHeading: 'What participants recognise',
  surveyIntro:
    'Per point: the share of participants who recognised it (“yes”), of everyone who answered that point (N). Below N = 5 we give no percentage.',
  noSurvey: 'This meeting had no survey.',
  seedName: 'Verbindingsfestival',
  sourceWord: 'source',
  openHeading: 'What stands in participants’ way',
  openIntro: 'Only answers the moderator approved.',
  noOpen: 'No approved open answers.',
  proposalsHeading: 'Proposals of this meeting',
  noProposals: 'No proposals were submitted at this meeting.',
  proposalName: 'Proposal',
  proposalPlace: 'Place',
  proposalStatus: 'Status',
  status: { ingediend: 'Waiting for review', goedgekeurd: 'Approved' },
  rejectedLeftOut: (n) =>
    n === 1
      ? '1 rejected proposal is left out of this report.'
      : `${n} rejected proposals are left out of this report.`,
  filesHeading: 'Files for further work',
  filesIntro: 'For you only, not on paper.',
  proposalsCsv: 'Proposals as CSV (with submitters’ contact details: do not share this file)',
  answersCsv: 'Answers as CSV (one row per answer, no personal data)',
  source: 'Source: Samen Buurten, own meeting',
};
