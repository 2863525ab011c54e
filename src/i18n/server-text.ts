import { createEffect, createSignal, type Accessor } from 'solid-js';
import type { Lang } from './i18n';
import { serverNl, type ServerMessages } from './server-nl';

/**
 * The server-only strings in the current language. Dutch comes with the module that asks; English
 * loads when someone picks it (`useI18n().loadServerEn`). Takes both instead of reading the I18n
 * context itself: approved-state.ts importing i18n.tsx makes the bundler split the first-load chunk.
 */
export function serverText(
  lang: Accessor<Lang>,
  loadEn: () => Promise<ServerMessages>,
): Accessor<ServerMessages> {
  const [en, setEn] = createSignal<ServerMessages>();
  createEffect(() => {
    if (lang() === 'en' && !en()) void loadEn().then((messages) => setEn(() => messages));
  });
  return () => (lang() === 'en' ? (en() ?? serverNl) : serverNl);
}
