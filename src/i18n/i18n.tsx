import { createContext, createSignal, useContext, type Accessor, type ParentProps } from 'solid-js';
import { nl, type Messages } from './nl';
import type { ServerMessages } from './server-nl';

export type Lang = 'nl' | 'en';

/** Dutch is in the main bundle; other languages load when someone picks them. */
const loaders: Record<Exclude<Lang, 'nl'>, () => Promise<Messages>> = {
  en: () => import('./en').then((m) => m.en),
};
/** Translations of the seed's own text (src/i18n/seed-en.ts), loaded with the language. */
const seedLoaders: Record<Exclude<Lang, 'nl'>, () => Promise<ReadonlyMap<string, string>>> = {
  en: () => import('./seed-en').then((m) => m.seedEn),
};

/** A text from the seed as shown now: translated, or in Dutch and marked so (lang="nl"). */
export interface SeedText {
  text: string;
  lang: 'nl' | undefined;
  translated: boolean;
}

interface I18n {
  lang: Accessor<Lang>;
  setLang: (lang: Lang) => Promise<void>;
  t: Accessor<Messages>;
  /**
   * The English strings for server features (src/i18n/server-text.ts). The import lives here, in the
   * first-load chunk, because a dynamic import inside a lazy chunk makes the bundler split that chunk.
   */
  loadServerEn: () => Promise<ServerMessages>;
  /** The seed's Dutch text in the current language (see SeedText). */
  seed: (dutch: string) => SeedText;
}

const loadServerEn = () => import('./server-en').then((m) => m.serverEn);

const I18nContext = createContext<I18n>();

export function I18nProvider(props: ParentProps<{ initial?: Lang }>) {
  const [lang, setLangSignal] = createSignal<Lang>('nl');
  const [dictionaries, setDictionaries] = createSignal<Partial<Record<Lang, Messages>>>({ nl });
  const [seeds, setSeeds] = createSignal<Partial<Record<Lang, ReadonlyMap<string, string>>>>({});
  const setLang = async (next: Lang) => {
    if (!dictionaries()[next] && next !== 'nl') {
      const [loaded, seed] = await Promise.all([loaders[next](), seedLoaders[next]()]);
      setDictionaries((all) => ({ ...all, [next]: loaded }));
      setSeeds((all) => ({ ...all, [next]: seed }));
    }
    setLangSignal(next);
    document.documentElement.lang = next;
  };
  // eslint-disable-next-line solid/reactivity -- the starting language is read once
  if (props.initial && props.initial !== 'nl') void setLang(props.initial);
  const t = () => dictionaries()[lang()] ?? nl;
  const seed = (dutch: string): SeedText => {
    if (lang() === 'nl') return { text: dutch, lang: undefined, translated: false };
    const translation = seeds()[lang()]?.get(dutch);
    return translation
      ? { text: translation, lang: undefined, translated: true }
      : { text: dutch, lang: 'nl', translated: false };
  };
  return (
    <I18nContext.Provider value={{ lang, setLang, t, loadServerEn, seed }}>
      {props.children}
    </I18nContext.Provider>
  );
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
