import { For } from 'solid-js';
import { useI18n } from '../i18n/i18n';
import { createThemeChoice, THEME_CHOICES, type ThemeChoice } from './theme';

/** Light, dark or as the device: a plain select, so every screen reader and keyboard knows it. */
export function ThemeSwitch() {
  const { t } = useI18n();
  const { choice, setChoice } = createThemeChoice();
  return (
    <label class="theme-switch">
      <span>{t().theme.label}</span>
      <select
        value={choice()}
        onChange={(event) => setChoice(event.currentTarget.value as ThemeChoice)}
      >
        <For each={THEME_CHOICES}>
          {(option) => (
            <option value={option} selected={choice() === option}>
              {t().theme[option]}
            </option>
          )}
        </For>
      </select>
    </label>
  );
}
