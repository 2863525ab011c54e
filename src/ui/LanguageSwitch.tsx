import { For } from 'solid-js';
import { useI18n, type Lang } from '../i18n/i18n';

const LANGS: { code: Lang; label: string }[] = [
  { code: 'nl', label: 'Nederlands' },
  { code: 'en', label: 'English' },
];

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div class="language-switch" role="group" aria-label={t().language}>
      <For each={LANGS}>
        {(option) => (
          <button
            type="button"
            lang={option.code}
            aria-pressed={lang() === option.code}
            onClick={() => void setLang(option.code)}
          >
            {option.label}
          </button>
        )}
      </For>
    </div>
  );
}
