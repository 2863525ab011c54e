/** The map's colours, read from the CSS custom properties in src/ui/theme.css. */
export interface Palette {
  water: string;
  land: string;
  provinceLine: string;
  gemeenteFill: string;
  gemeenteLine: string;
  wijkLine: string;
  knelpunt: string;
  highlight: string;
}

const variables: Record<keyof Palette, string> = {
  water: '--color-water',
  land: '--color-land',
  provinceLine: '--color-province-line',
  gemeenteFill: '--color-gemeente-fill',
  gemeenteLine: '--color-gemeente-line',
  wijkLine: '--color-wijk-line',
  knelpunt: '--color-knelpunt',
  highlight: '--color-highlight',
};

export function readPalette(element: Element = document.documentElement): Palette {
  const style = getComputedStyle(element);
  const entries = Object.entries(variables).map(([key, variable]) => {
    const value = style.getPropertyValue(variable).trim();
    if (!value) throw new Error(`CSS variable ${variable} is not set`);
    return [key, value];
  });
  return Object.fromEntries(entries) as Palette;
}

/**
 * "Herkend op bijeenkomsten", low to high: four steps of viridis, colour-blind safe and each a
 * clear step lighter than the next, so they stay apart on a washed-out projector. Fixed in both
 * themes, like the data they show.
 */
export const RECOGNITION_COLOURS = ['#fde725', '#5ec962', '#21918c', '#3b528b'] as const;
