import type { AppData } from '../data/app-data';
import type { DataIndex } from '../data/indexes';
import type { Initiatief, LevelId } from '../data/schemas';

export type Slide =
  | { kind: 'overview' }
  | { kind: 'gemeente'; gemeente: string; index: number }
  | { kind: 'initiatief'; gemeente: string; id: string }
  | { kind: 'level'; level: LevelId }
  | { kind: 'closing' };

/**
 * The presentation, generated from the data: Flevoland, then each municipality with its local
 * knelpunten followed by its initiatives one by one, then the four knelpunt levels, then what next.
 */
export function buildTour(data: AppData, index: DataIndex): Slide[] {
  const slides: Slide[] = [{ kind: 'overview' }];
  index.gemeenten.forEach((gemeente, i) => {
    slides.push({ kind: 'gemeente', gemeente: gemeente.code, index: i + 1 });
    const here = data.initiatieven.features.filter(
      (f: Initiatief) =>
        f.properties.gemeente === gemeente.code && f.properties.precision !== 'provincie',
    );
    for (const initiatief of here)
      slides.push({ kind: 'initiatief', gemeente: gemeente.code, id: initiatief.properties.id });
  });
  for (const level of data.knelpunten.levels) slides.push({ kind: 'level', level: level.id });
  slides.push({ kind: 'closing' });
  return slides;
}

/** The municipality a slide is about, for the QR code and the map highlight. */
export function slideGemeente(slide: Slide | undefined): string | undefined {
  return slide && (slide.kind === 'gemeente' || slide.kind === 'initiatief')
    ? slide.gemeente
    : undefined;
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
