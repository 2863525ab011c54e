/** The words of the "herkend op bijeenkomsten" legend (load with it). */
export const recognitionNl = {
  heading: 'Herkend op bijeenkomsten',
  explain: 'Hoeveel van de antwoorden op de knelpunten "ja, herken ik" waren:',
  range: (from: number, to: number) => `${from}–${to}%`,
  tooFew: 'minder dan 5 antwoorden: geen kleur',
  gemeente: (name: string, percent: number | undefined, n: number) =>
    percent === undefined
      ? `${name}: minder dan 5 antwoorden (N = ${n})`
      : `${name}: ${percent}% ja (N = ${n})`,
  none: 'Nog geen antwoorden van bijeenkomsten.',
  source: (until: string) =>
    `N = aantal mensen dat antwoordde. Bron: bijeenkomsten met deze kaart, tot ${until}.`,
  failed: 'De cijfers van de bijeenkomsten konden niet worden opgehaald.',
};

export type RecognitionText = typeof recognitionNl;

export const recognitionEn: RecognitionText = {
  heading: 'Recognised at meetings',
  explain: 'How many of the answers about the bottlenecks were "yes, I recognise this":',
  range: (from, to) => `${from}–${to}%`,
  tooFew: 'fewer than 5 answers: no colour',
  gemeente: (name, percent, n) =>
    percent === undefined
      ? `${name}: fewer than 5 answers (N = ${n})`
      : `${name}: ${percent}% yes (N = ${n})`,
  none: 'No answers from meetings yet.',
  source: (until) =>
    `N = number of people who answered. Source: meetings held with this map, up to ${until}.`,
  failed: 'The figures from the meetings could not be fetched.',
};
