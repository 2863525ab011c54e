import {
  createMemo,
  createResource,
  createSignal,
  lazy,
  Match,
  onCleanup,
  Show,
  Switch,
} from 'solid-js';
import { useI18n } from '../i18n/i18n';
import { serverText } from '../i18n/server-text';
import { ApiError } from '../propose/server-api';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { moderationApi, savedToken, saveToken, serverForModeration } from './api';
import { failureText } from './failure-text';
import { Moderation } from './Moderation';
import { PrivacySettings } from './PrivacySettings';
import './beheer.css';

// A meeting's printable report (/beheer?verslag=CODE) draws a map: it loads only when asked for.
const MeetingReport = lazy(() =>
  import('./report/MeetingReport').then((m) => ({ default: m.MeetingReport })),
);

/**
 * The moderator view at /beheer: log in with the server's token, then judge proposals and run
 * meetings. Loaded on its own (App.tsx routes /beheer here); it never starts the map.
 */
export function Beheer() {
  const { lang, loadServerEn } = useI18n();
  const text = serverText(lang, loadServerEn);
  const [server, { refetch }] = createResource(serverForModeration);
  // Offline is not "no server here": say so, and look again when the connection returns.
  const [online, setOnline] = createSignal(navigator.onLine);
  const onOnline = () => {
    setOnline(true);
    void refetch();
  };
  const onOffline = () => setOnline(false);
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);
  onCleanup(() => {
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', onOffline);
  });
  const reportCode = new URLSearchParams(location.search).get('verslag') ?? undefined;
  const [token, setToken] = createSignal(savedToken());
  const api = createMemo(() => {
    const current = token();
    return current ? moderationApi(current) : undefined;
  });
  document.title = `${text().beheerTitle} · Samen Buurten`;
  const logout = () => {
    saveToken(undefined);
    setToken(undefined);
  };

  return (
    <div class="app beheer">
      <header class="app-header">
        <div>
          <h1>{text().beheerTitle}</h1>
          <p class="subtitle">
            <a href="/">{text().backToMap}</a> · <a href="/privacy">{text().privacyPageLink}</a>
          </p>
        </div>
        <div class="beheer__header-actions">
          <LanguageSwitch />
          <Show when={token()}>
            <button type="button" class="button button--quiet" onClick={logout}>
              {text().logout}
            </button>
          </Show>
        </div>
      </header>
      <main class="beheer__main">
        <Switch>
          <Match when={server.loading}>
            <p role="status">{text().checking}</p>
          </Match>
          <Match when={(server.error || server() === 'none') && !online()}>
            <p class="notice" role="alert">
              {text().beheerOffline}
            </p>
          </Match>
          <Match when={server.error || server() === 'none'}>
            <p class="notice" role="alert">
              {text().noServer}
            </p>
          </Match>
          <Match when={server() === 'off'}>
            <p class="notice" role="alert">
              {text().moderationOff}
            </p>
          </Match>
          <Match when={api()}>
            {(current) => (
              <Show
                when={reportCode}
                fallback={
                  <>
                    <Moderation api={current()} text={text()} />
                    <PrivacySettings text={text()} />
                  </>
                }
              >
                {(code) => <MeetingReport api={current()} code={code()} text={text()} />}
              </Show>
            )}
          </Match>
          <Match when={true}>
            <Login
              text={text()}
              onLogin={(value) => {
                saveToken(value);
                setToken(value);
              }}
            />
          </Match>
        </Switch>
      </main>
    </div>
  );
}

function Login(props: {
  text: ReturnType<ReturnType<typeof serverText>>;
  onLogin: (token: string) => void;
}) {
  const [value, setValue] = createSignal('');
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  // eslint-disable-next-line no-unassigned-vars -- assigned by Solid's ref
  let input!: HTMLInputElement;
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const token = value().trim();
    if (!token || busy()) return;
    setBusy(true);
    setError(undefined);
    try {
      await moderationApi(token).checkSession();
      props.onLogin(token);
    } catch (failure) {
      setError(
        failure instanceof ApiError && failure.failure.kind === 'unauthorized'
          ? props.text.wrongToken
          : failureText(failure, props.text),
      );
      input.focus();
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="beheer__login" aria-labelledby="login-heading">
      <h2 id="login-heading">{props.text.login}</h2>
      <p class="muted">{props.text.beheerIntro}</p>
      <form onSubmit={submit} novalidate>
        <div class="field">
          <label for="beheer-token">{props.text.tokenLabel}</label>
          <p id="beheer-token-hint" class="muted small">
            {props.text.tokenHint}
          </p>
          <input
            id="beheer-token"
            ref={input}
            type="password"
            autocomplete="current-password"
            required
            aria-invalid={error() ? 'true' : undefined}
            aria-describedby={`beheer-token-hint${error() ? ' beheer-token-error' : ''}`}
            value={value()}
            onInput={(e) => setValue(e.currentTarget.value)}
          />
          <Show when={error()}>
            <p id="beheer-token-error" class="error-text" role="alert">
              {error()}
            </p>
          </Show>
        </div>
        <button type="submit" class="button button--propose" disabled={busy()}>
          {busy() ? props.text.checking : props.text.login}
        </button>
      </form>
    </section>
  );
}
