import { createResource, createSignal, For, Match, Show, Switch } from 'solid-js';
import { useI18n } from '../i18n/i18n';
import type { ServerMessages } from '../i18n/server-nl';
import type { AuditEntry } from '../proposals/contract';
import { downloadText, today } from '../ui/download';
import type { ModerationApi } from './api';
import { failureText } from './failure-text';

/** Who approved, rejected or edited what, and when: the server's audit log, newest first. */
export function AuditLog(props: { api: ModerationApi; text: ServerMessages }) {
  const { lang } = useI18n();
  const [entries, { refetch }] = createResource(() => props.api.auditLog());
  const [message, setMessage] = createSignal('');
  const [error, setError] = createSignal<string>();
  const when = (at: string) =>
    new Date(at).toLocaleString(lang() === 'en' ? 'en-GB' : 'nl-NL', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
  const what = (entry: AuditEntry) => {
    const action =
      props.text.auditActions[entry.action as keyof ServerMessages['auditActions']] ?? entry.action;
    return entry.proposalId === undefined
      ? action
      : `${action} · ${props.text.auditProposal(entry.proposalId)}`;
  };
  const download = async () => {
    const file = `logboek-${today()}.csv`;
    setError(undefined);
    try {
      downloadText(file, await props.api.file('/logboek.csv'), 'text/csv;charset=utf-8');
      setMessage(props.text.downloaded(file));
    } catch (failure) {
      setError(failureText(failure, props.text));
    }
  };

  return (
    <section class="beheer-audit" aria-labelledby="audit-heading">
      <div class="beheer__list-bar">
        <h2 id="audit-heading">{props.text.auditHeading}</h2>
        <button type="button" class="button button--quiet" onClick={() => void refetch()}>
          {props.text.refresh}
        </button>
      </div>
      <p class="muted">{props.text.auditIntro}</p>
      <div role="status">
        <Show when={message()}>
          <p class="notice notice--ok">{message()}</p>
        </Show>
      </div>
      <Show when={error()}>
        <p class="notice" role="alert">
          {error()}
        </p>
      </Show>
      <Switch>
        <Match when={entries.error}>
          <p class="notice" role="alert">
            {failureText(entries.error, props.text)}
          </p>
        </Match>
        <Match when={entries.loading && !entries.latest}>
          <p role="status">{props.text.loadingList}</p>
        </Match>
        <Match when={entries.latest?.length === 0}>
          <p>{props.text.auditEmpty}</p>
        </Match>
        <Match when={entries.latest}>
          {(list) => (
            <table class="beheer-audit__table">
              <thead>
                <tr>
                  <th scope="col">{props.text.auditWhen}</th>
                  <th scope="col">{props.text.auditWho}</th>
                  <th scope="col">{props.text.auditWhat}</th>
                  <th scope="col">{props.text.auditDetail}</th>
                </tr>
              </thead>
              <tbody>
                <For each={list()}>
                  {(entry) => (
                    <tr>
                      <td>
                        <time datetime={entry.at}>{when(entry.at)}</time>
                      </td>
                      <td>{entry.actor}</td>
                      <td>{what(entry)}</td>
                      <td>{entry.detail ?? ''}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          )}
        </Match>
      </Switch>
      <div class="beheer-card__actions">
        <button type="button" class="button" onClick={() => void download()}>
          {props.text.auditDownload}
        </button>
      </div>
    </section>
  );
}
