import { createSignal, onCleanup } from 'solid-js';

/** Light, dark, or whatever the device prefers. Remembered on this device. */
export type ThemeChoice = 'light' | 'dark' | 'system';
export const THEME_CHOICES: ThemeChoice[] = ['system', 'light', 'dark'];

const STORAGE_KEY = 'samen-buurten:theme';
const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

export function resolveTheme(choice: ThemeChoice, systemDark: boolean): 'light' | 'dark' {
  return choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
}

export function storedThemeChoice(): ThemeChoice {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system'; // storage blocked (a private window in some browsers)
  }
}

/** Sets data-theme on <html>, which theme.css reads; the map follows it (src/map/theme-sync.ts). */
export function applyTheme(choice: ThemeChoice = storedThemeChoice()) {
  document.documentElement.dataset.theme = resolveTheme(choice, darkQuery().matches);
}

/** The choice as a signal; it is stored, applied, and follows the device while it is 'system'. */
export function createThemeChoice() {
  const [choice, setChoiceSignal] = createSignal<ThemeChoice>(storedThemeChoice());
  const query = darkQuery();
  const follow = () => applyTheme(choice());
  query.addEventListener('change', follow);
  onCleanup(() => query.removeEventListener('change', follow));
  const setChoice = (next: ThemeChoice) => {
    setChoiceSignal(next);
    try {
      if (next === 'system') localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered, but still applied for this visit.
    }
    applyTheme(next);
  };
  return { choice, setChoice };
}
