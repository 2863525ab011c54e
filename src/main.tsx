import { render } from 'solid-js/web';
import { App } from './App';
import { I18nProvider } from './i18n/i18n';
// The stylesheets of what the first screen shows, in cascade order: the palette, the page, then
// each feature's own (next to its components). Pages that load later bring their own.
import './ui/theme.css';
import './ui/base.css';
import './map/map.css';
import './explore/explore.css';
import './knelpunten/knelpunten.css';
import './propose/propose.css';
import { applyTheme } from './ui/theme';

// Before the first paint, so a dark device never flashes the light page.
applyTheme();

const root = document.getElementById('app');
if (!root) throw new Error('#app is missing in index.html');

render(
  () => (
    <I18nProvider initial="nl">
      <App />
    </I18nProvider>
  ),
  root,
);
