/** The words of a municipality's meeting results on the map (loads with them). */
export const findingsNl = {
  heading: 'Gevonden op bijeenkomsten',
  framing:
    'Antwoorden van deelnemers aan bijeenkomsten met deze kaart. Dit staat los van de reacties uit de bron hierboven; de vragen kunnen anders gesteld zijn.',
  meeting: (title: string, date: string, n: number) =>
    `${title}, ${date}: ${n} ${n === 1 ? 'deelnemer' : 'deelnemers'}`,
  recognised: (percent: number, n: number) => `${percent}% herkend (N = ${n})`,
  tooFew: 'Nog te weinig antwoorden voor percentages (minder dan 5 per punt).',
  open: 'Wat deelnemers noemden',
};

export type FindingsText = typeof findingsNl;

export const findingsEn: FindingsText = {
  heading: 'Found at meetings',
  framing:
    'Answers from participants of meetings held with this map. This is separate from the responses in the source above; the questions may have been asked differently.',
  meeting: (title, date, n) =>
    `${title}, ${date}: ${n} ${n === 1 ? 'participant' : 'participants'}`,
  recognised: (percent, n) => `${percent}% recognised (N = ${n})`,
  tooFew: 'Too few answers for percentages yet (fewer than 5 per point).',
  open: 'What participants named',
};
