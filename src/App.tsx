import { createEffect, createResource, ErrorBoundary, lazy, Match, Show, Switch } from 'solid-js';
import { loadAppData } from './data/load';
import { useI18n } from './i18n/i18n';
import { Explorer } from './explore/Explorer';
import { LanguageSwitch } from './ui/LanguageSwitch';
import { ThemeSwitch } from './ui/ThemeSwitch';
import { createMapReady } from './ui/map-ready';
import { startMapWorker } from './map/worker';
import { readUrlKey } from './state/url-keys';

// The service worker (offline use, updates) registers once the first map view is drawn.
const UpdateNotice = lazy(() =>
  import('./ui/UpdateNotice').then((m) => ({ default: m.UpdateNotice })),
);

// The moderator view (/beheer, for which the server hands out index.html) loads on its own and
// never creates the map or loads the map data.
const Beheer = lazy(() => import('./beheer/Beheer').then((m) => ({ default: m.Beheer })));

// The presenter's window (?present=1&presenter=1) drives the big screen; it has no map either.
const Presenter = lazy(() =>
  import('./present/PresenterView').then((m) => ({ default: m.PresenterApp })),
);
// The privacy page (/privacy) loads on its own too, without the map.
const PrivacyPage = lazy(() =>
  import('./privacy/PrivacyPage').then((m) => ({ default: m.PrivacyPage })),
);

// A meeting's survey on the phone (?enquete=CODE or /enquete/CODE, from the big screen's QR code).
const SurveyPage = lazy(() =>
  import('./enquete/SurveyPage').then((m) => ({ default: m.SurveyPage })),
);

const moderatorPage = location.pathname.startsWith('/beheer');
const surveyPage =
  new URLSearchParams(location.search).has('enquete') || location.pathname.startsWith('/enquete/');
const privacyPage = location.pathname.startsWith('/privacy');
const presenterPage = readUrlKey('presenter') === true;
// The map's worker starts while the data downloads; the other pages have no map.
if (!moderatorPage && !presenterPage && !privacyPage && !surveyPage) startMapWorker();

// A page load decides between them; moving from one to another is a new page load.
export const App = moderatorPage
  ? Beheer
  : privacyPage
    ? PrivacyPage
    : surveyPage
      ? SurveyPage
      : presenterPage
        ? Presenter
        : MapApp;

function MapApp() {
  const { t, lang } = useI18n();
  const mapReady = createMapReady();
  createEffect(() => (document.title = t().appTitle));
  const [data] = createResource(loadAppData);
  const embed = readUrlKey('embed') === true;
  // The service worker's messages: in the footer's line, or atop the side panel when embedded.
  const notice = () => (
    <Show when={mapReady()}>
      <UpdateNotice />
    </Show>
  );
  return (
    <div class="app" classList={{ 'app--embed': embed }}>
      <Show when={!embed}>
        {/* First in the tab order, before the header and any notice. */}
        <a
          class="skip-link"
          href="#side"
          onClick={(event) => {
            // Focus moves by script: a #fragment would be a history entry of its own.
            event.preventDefault();
            document.getElementById('side')?.focus();
          }}
        >
          {t().skipToList}
        </a>
        <header class="app-header">
          <div>
            <h1>{t().appTitle}</h1>
            <p class="subtitle">{t().appSubtitle}</p>
          </div>
          <div class="header-controls">
            <LanguageSwitch />
            <ThemeSwitch />
          </div>
        </header>
      </Show>
      <ErrorBoundary
        fallback={
          <p class="notice" role="alert">
            {t().loadError}
          </p>
        }
      >
        <Switch>
          <Match when={data.error}>
            <p class="notice" role="alert">
              {t().loadError}
            </p>
          </Match>
          <Match when={data()}>
            {(loaded) => (
              <Explorer data={loaded()} embed={embed} notice={embed ? notice() : undefined} />
            )}
          </Match>
          <Match when={data.loading}>
            <p class="notice" role="status">
              {t().loading}
            </p>
          </Match>
        </Switch>
      </ErrorBoundary>
      <Show when={!embed}>
        <footer class="app-footer">
          <a href={lang() === 'en' ? '/privacy?lang=en' : '/privacy'}>{t().privacyFooter}</a>
          {notice()}
        </footer>
      </Show>
    </div>
  );
}
