import type { Accessor } from 'solid-js';
import { useI18n } from '../i18n/i18n';
import { presentEn } from '../i18n/present-en';
import { presentNl, type PresentMessages } from '../i18n/present-nl';

/** The presentation's own strings in the current language (they come with the presentation chunk). */
export function usePresentText(): Accessor<PresentMessages> {
  const { lang } = useI18n();
  return () => (lang() === 'en' ? presentEn : presentNl);
}
