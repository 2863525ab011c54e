import { createResource, Show } from 'solid-js';
import { useI18n } from '../i18n/i18n';
import type { PrivacyInfo } from '../proposals/contract';
import { apiBase, requestJson } from '../propose/server-api';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { readUrlKey } from '../state/url-keys';
import { privacyEn, privacyNl } from './privacy-text';
import './privacy.css';

/** The server's retention settings, or undefined on static hosting (no server, nothing sent). */
async function serverPrivacy(): Promise<PrivacyInfo | undefined> {
  try {
    const info = await requestJson<PrivacyInfo>(`${apiBase()}/api/privacy`);
    return typeof info?.contactRetentionDays === 'number' ? info : undefined;
  } catch {
    return undefined;
  }
}

/**
 * /privacy: what is stored, where, why, for how long, who sees it and how to take it back, in plain
 * words. Loaded on its own (App.tsx), like /beheer; it never loads the map.
 */
export function PrivacyPage() {
  const { lang, setLang } = useI18n();
  if (readUrlKey('lang') === 'en') void setLang('en');
  const text = () => (lang() === 'en' ? privacyEn : privacyNl);
  const [info] = createResource(serverPrivacy);
  const mapHref = () => (lang() === 'en' ? '/?lang=en' : '/');
  document.title = `${text().title} · Samen Buurten`;

  return (
    <div class="app privacy-page">
      <header class="app-header">
        <div>
          <h1>{text().title}</h1>
          <p class="subtitle">
            <a href={mapHref()}>{text().backToMap}</a>
          </p>
        </div>
        <LanguageSwitch />
      </header>
      <main class="privacy-page__main">
        <p>{text().intro}</p>

        <h2>{text().whatHeading}</h2>
        <ul>
          <li>{text().whatProposal}</li>
          <li>{text().whatContact}</li>
          <li>{text().whatNot}</li>
          <li>{text().whatSettings}</li>
        </ul>

        <h2>{text().whereHeading}</h2>
        <ul>
          <li>{text().whereDevice}</li>
          <li>{info() ? text().whereServer : text().whereNoServer}</li>
        </ul>

        <h2>{text().whyHeading}</h2>
        <p>{text().whyProposal}</p>
        <p>{text().whyContact}</p>

        <h2>{text().howLongHeading}</h2>
        <ul>
          <li>{text().howLongDevice}</li>
          <Show when={info()}>
            {(current) => (
              <>
                <li>{text().howLongApproved}</li>
                <li>{text().howLongContact(current().contactRetentionDays)}</li>
                <li>{text().howLongRejected(current().rejectedRetentionDays)}</li>
                <li>{text().howLongWaiting}</li>
              </>
            )}
          </Show>
        </ul>

        <h2>{text().whoHeading}</h2>
        <ul>
          <li>{text().whoPublic}</li>
          <li>{text().whoTeam}</li>
        </ul>

        <h2>{text().withdrawHeading}</h2>
        <p>{text().withdrawSteps}</p>
        <p>{text().withdrawOther}</p>

        <h2>{text().contactHeading}</h2>
        <p class="privacy-page__contact">
          {info()?.contact ? text().contactConfigured(info()!.contact!) : text().contactDefault}
        </p>
      </main>
    </div>
  );
}
