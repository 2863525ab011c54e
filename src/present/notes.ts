import type { AppData } from '../data/app-data';
import type { Describers } from '../explore/describe';
import type { PresentMessages } from '../i18n/present-nl';
import type { Slide } from './tour';

/** One line of the presenter's notes; seed text is Dutch whatever the interface language. */
export interface Note {
  text: string;
  lang?: 'nl';
}

/**
 * The presenter's notes for a slide, from the data only: the seed line an initiative comes from,
 * N and whether the source gives percentages, and what on the slide is derived rather than sourced.
 */
export function slideNotes(
  slide: Slide | undefined,
  data: AppData,
  describe: Describers,
  text: PresentMessages,
): Note[] {
  if (!slide) return [];
  const source = data.knelpunten.source;
  switch (slide.kind) {
    case 'overview':
      return [{ text: text.noteCountsDerived }, { text: source, lang: 'nl' }];
    case 'gemeente':
      return [
        { text: text.noteLocal(data.knelpunten.lokaal.source) },
        { text: data.knelpunten.lokaal.caveat, lang: 'nl' },
        { text: text.noteCountsDerived },
      ];
    case 'initiatief': {
      const initiative = data.initiatieven.features.find((i) => i.properties.id === slide.id);
      if (!initiative) return [];
      const p = initiative.properties;
      return [
        { text: text.noteSeedLine(p.seedLine) },
        { text: p.seedText, lang: 'nl' },
        { text: text.noteMentions(p.mentions) },
        { text: text.notePlace(describe.precisionText(initiative)) },
        ...describe.placeCaveats(initiative).map((caveat) => ({ text: caveat })),
      ];
    }
    case 'level': {
      const level = data.knelpunten.levels.find((l) => l.id === slide.level);
      if (!level) return [];
      const withPercentages = level.items.every((i) => i.percent !== undefined);
      return [
        { text: text.noteN(level.n) },
        { text: withPercentages ? text.notePercentages : text.noteNoPercentages },
        { text: source, lang: 'nl' },
      ];
    }
    case 'live':
      return [{ text: text.noteLive }];
    case 'survey':
      return [{ text: text.noteSurvey }];
    case 'closing':
      return [{ text: text.noteClosing }];
  }
}
