import { useI18n } from './i18n';

/**
 * A text from the seed in the current language; when it has no translation it stays Dutch and
 * says so to screen readers (lang="nl"), so they read it with a Dutch voice.
 */
export function Seed(props: { text: string }) {
  const { seed } = useI18n();
  const shown = () => seed(props.text);
  return <span lang={shown().lang}>{shown().text}</span>;
}

/** A quotation from the seed: always the seed's own Dutch words, marked as Dutch. */
export function Quoted(props: { text: string }) {
  const { lang } = useI18n();
  return <q lang={lang() === 'nl' ? undefined : 'nl'}>{props.text}</q>;
}
