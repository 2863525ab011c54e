import { createContext, createSignal, useContext, type Accessor, type ParentProps } from 'solid-js';
import { en } from './en';
import { nl, type Messages } from './nl';

export type Lang = 'nl' | 'en';
const dictionaries: Record<Lang, Messages> = { nl, en };

interface I18n {
  lang: Accessor<Lang>;
  setLang: (lang: Lang) => void;
  t: Accessor<Messages>;
}

const I18nContext = createContext<I18n>();

export function I18nProvider(props: ParentProps<{ initial?: Lang }>) {
  const [lang, setLangSignal] = createSignal<Lang>(props.initial ?? 'nl');
  const setLang = (next: Lang) => {
    setLangSignal(next);
    document.documentElement.lang = next;
  };
  const t = () => dictionaries[lang()];
  return <I18nContext.Provider value={{ lang, setLang, t }}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
