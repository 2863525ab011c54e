import type { AppData } from '../data/app-data';
import type { DataIndex } from '../data/indexes';
import type { Initiatief, LevelId } from '../data/schemas';

export type Slide =
  | { kind: 'overview' }
  | { kind: 'gemeente'; gemeente: string; index: number }
  | { kind: 'initiatief'; gemeente: string; id: string }
  | { kind: 'level'; level: LevelId }
  /** The live wall: proposals approved during the meeting (of one municipality in its own tour). */
  | { kind: 'live'; gemeente?: string }
  /** The meeting's own survey, live (src/present/SurveySlide.tsx). */
  | { kind: 'survey' }
  | { kind: 'closing' };

export interface TourOptions {
  /** A tour for one municipality: the province once, then only this municipality. */
  gemeente?: string;
  /** A meeting is on (a meeting code): the tour has a live-wall slide. */
  live?: boolean;
}

const mappable = (i: Initiatief) => i.properties.precision !== 'provincie';

/**
 * The presentation, generated from the data: Flevoland, then each municipality with its local
 * knelpunten followed by its initiatives one by one, (at a meeting) the live wall, then the four
 * knelpunt levels, then what next. For one municipality: the province once, then only that one.
 */
export function buildTour(data: AppData, index: DataIndex, options: TourOptions = {}): Slide[] {
  const slides: Slide[] = [{ kind: 'overview' }];
  index.gemeenten.forEach((gemeente, i) => {
    if (options.gemeente && options.gemeente !== gemeente.code) return;
    slides.push({ kind: 'gemeente', gemeente: gemeente.code, index: i + 1 });
    const here = data.initiatieven.features.filter(
      (f: Initiatief) => f.properties.gemeente === gemeente.code && mappable(f),
    );
    for (const initiatief of here)
      slides.push({ kind: 'initiatief', gemeente: gemeente.code, id: initiatief.properties.id });
  });
  if (options.live) slides.push({ kind: 'live', gemeente: options.gemeente }, { kind: 'survey' });
  for (const level of data.knelpunten.levels) slides.push({ kind: 'level', level: level.id });
  slides.push({ kind: 'closing' });
  return slides;
}

/** The municipality a slide is about, for the QR code and the map highlight. */
export function slideGemeente(slide: Slide | undefined): string | undefined {
  return slide &&
    (slide.kind === 'gemeente' || slide.kind === 'initiatief' || slide.kind === 'live')
    ? slide.gemeente
    : undefined;
}

/** What of the map a slide is about: only these names are labelled, and nothing may hide them. */
export interface SlideSubject {
  /** Municipality names to label; undefined: all of them. */
  gemeenten?: string[];
  /** Wijk names to label. */
  wijken: string[];
  /** Initiative pins the slide is about. */
  pins: string[];
}

export function slideSubject(slide: Slide | undefined, data: AppData): SlideSubject {
  const initiatives = data.initiatieven.features.filter(mappable);
  if (slide?.kind === 'gemeente') {
    const here = initiatives.filter((i) => i.properties.gemeente === slide.gemeente);
    return {
      gemeenten: [slide.gemeente],
      wijken: [...new Set(here.flatMap((i) => (i.properties.wijk ? [i.properties.wijk] : [])))],
      pins: here.map((i) => i.properties.id),
    };
  }
  if (slide?.kind === 'initiatief') {
    const wijk = initiatives.find((i) => i.properties.id === slide.id)?.properties.wijk;
    // Close in, the municipality's name would stand somewhere off the subject: only the wijk.
    return { gemeenten: [], wijken: wijk ? [wijk] : [], pins: [slide.id] };
  }
  if (slide?.kind === 'level') return { gemeenten: [], wijken: [], pins: [] };
  if (slide?.kind === 'live' && slide.gemeente)
    return { gemeenten: [slide.gemeente], wijken: [], pins: [] };
  return { wijken: [], pins: initiatives.map((i) => i.properties.id) };
}

/** Which slide a key takes the presenter to (clickers send arrows, Page Up/Down and Space). */
export function slideForKey(key: string, current: number, slides: Slide[]): number | undefined {
  const last = slides.length - 1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Enter':
      return Math.min(current + 1, last);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default: {
      if (!/^[1-9]$/.test(key)) return undefined;
      const target = slides.findIndex((s) => s.kind === 'gemeente' && s.index === Number(key));
      return target >= 0 ? target : undefined;
    }
  }
}
