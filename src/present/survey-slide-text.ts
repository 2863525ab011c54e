/** The survey slide's words (its own module: it loads with the lazy slide). */
export const surveySlideNl = {
  title: 'Wat herkent u hier?',
  intro:
    'Antwoorden van deelnemers aan deze bijeenkomst, via de telefoon. Scan de QR-code om mee te doen.',
  none: 'Bij deze bijeenkomst is (nog) geen enquête.',
  responses: (n: number) =>
    n === 1 ? '1 deelnemer gaf antwoord' : `${n} deelnemers gaven antwoord`,
  recognised: (percent: number, n: number) => `${percent}% herkend (N = ${n})`,
  tooFew: (n: number) => `nog te weinig antwoorden (N = ${n})`,
  meeting: 'Deze bijeenkomst',
  seed: (percent: number, n: number) => `Verbindingsfestival: ${percent}% (N = ${n})`,
  seedNote:
    'De vragen van het festival kunnen anders gesteld zijn dan hier: vergelijk de getallen voorzichtig.',
  open: 'Wat deelnemers in de weg staat',
  closed: 'De enquête is gesloten.',
  part: (n: number, total: number) => `(deel ${n} van ${total})`,
};

export type SurveySlideText = typeof surveySlideNl;

export const surveySlideEn: SurveySlideText = {
  title: 'What do you recognise here?',
  intro: 'Answers from participants of this meeting. Scan the QR code to take part.',
  none: 'This meeting has no survey (yet).',
  responses: (n) => `${n} ${n === 1 ? 'participant' : 'participants'} answered`,
  recognised: (percent, n) => `${percent}% recognised (N = ${n})`,
  tooFew: (n) => `too few answers yet (N = ${n})`,
  meeting: 'This meeting',
  seed: (percent, n) => `Verbindingsfestival: ${percent}% (N = ${n})`,
  seedNote:
    'The festival may have asked the questions differently than here: compare the numbers with care.',
  open: 'What stands in participants’ way',
  closed: 'The survey is closed.',
  part: (n, total) => `(part ${n} of ${total})`,
};
