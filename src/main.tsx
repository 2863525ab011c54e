import { lazy, Suspense } from 'solid-js';
import { render } from 'solid-js/web';
import { App } from './App';
import { I18nProvider } from './i18n/i18n';
import './ui/theme.css';
import './ui/app.css';

// The moderator view (/beheer, served index.html by the server) loads on its own, without the map.
const Beheer = lazy(() => import('./beheer/Beheer').then((m) => ({ default: m.Beheer })));

const root = document.getElementById('app');
if (!root) throw new Error('#app is missing in index.html');

render(
  () => (
    <I18nProvider initial="nl">
      {location.pathname.startsWith('/beheer') ? (
        <Suspense>
          <Beheer />
        </Suspense>
      ) : (
        <App />
      )}
    </I18nProvider>
  ),
  root,
);
