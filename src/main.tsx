import { render } from 'solid-js/web';
import { App } from './App';
import { I18nProvider } from './i18n/i18n';
import './ui/theme.css';
import './ui/app.css';
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
