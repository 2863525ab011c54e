import { createResource, createSignal, Match, onCleanup, onMount, Show, Switch } from 'solid-js';
import { useI18n } from '../i18n/i18n';
import { apiBase } from '../propose/server-api';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { SurveySteps } from './SurveySteps';
import { loadPhoneSurvey } from './survey-data';
import { surveyEn, surveyNl } from './survey-text';
import './survey.css';

/** The meeting code of `?enquete=CODE` or `/enquete/CODE`, if this page is the survey. */
export function surveyCodeOf(url: URL): string | undefined {
  const raw = url.searchParams.get('enquete') ?? /^\/enquete\/([^/]+)/.exec(url.pathname)?.[1];
  const code = raw?.trim().toUpperCase();
  return code && /^[A-Z0-9]{4,12}$/.test(code) ? code : undefined;
}

/**
 * The phone's page of a meeting's survey (the QR code on the big screen opens it). Loaded on its
 * own, like /privacy: it never loads the map.
 */
export function SurveyPage() {
  const { lang, setLang } = useI18n();
  const url = new URL(location.href);
  if (url.searchParams.get('lang') === 'en') void setLang('en');
  const code = surveyCodeOf(url) ?? '';
  const text = () => (lang() === 'en' ? surveyEn : surveyNl);
  const apiUrl = apiBase();
  const [data] = createResource(() => loadPhoneSurvey(apiUrl, code));
  onMount(() => (document.title = `${text().title} · Samen Buurten`));
  const [online, setOnline] = createSignal(navigator.onLine);
  const update = () => setOnline(navigator.onLine);
  addEventListener('online', update);
  addEventListener('offline', update);
  onCleanup(() => {
    removeEventListener('online', update);
    removeEventListener('offline', update);
  });

  return (
    <div class="app survey-page">
      <header class="app-header">
        <div>
          <h1>{text().title}</h1>
          <Show when={data() && data() !== 'not-found' ? data() : undefined}>
            {(found) => (
              <p class="subtitle">{(found() as { survey: { title: string } }).survey.title}</p>
            )}
          </Show>
        </div>
        <LanguageSwitch />
      </header>
      <main class="survey-page__main">
        <Switch>
          <Match when={data.error}>
            <p class="notice" role="alert">
              {online() ? text().notFound : text().offlineNoSurvey}
            </p>
          </Match>
          <Match when={data() === 'not-found'}>
            <p class="notice" role="alert">
              {text().notFound}
            </p>
          </Match>
          <Match when={data() && data() !== 'not-found' ? data() : undefined}>
            {(found) => (
              <SurveySteps
                data={found() as Exclude<ReturnType<typeof data>, 'not-found' | undefined>}
                code={code}
                apiUrl={apiUrl}
                text={text()}
              />
            )}
          </Match>
          <Match when={data.loading}>
            <p class="notice" role="status">
              {text().loading}
            </p>
          </Match>
        </Switch>
      </main>
    </div>
  );
}
