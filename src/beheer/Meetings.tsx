import { createResource, createSignal, For, Show } from 'solid-js';
import { useI18n } from '../i18n/i18n';
import type { ServerMessages } from '../i18n/server-nl';
import { downloadText, today } from '../ui/download';
import type { ModerationApi } from './api';
import { failureText } from './failure-text';
import { reportEn, reportNl } from './report/report-text';
import { SurveyPanel } from './SurveyPanel';

const CSV_TYPE = 'text/csv;charset=utf-8';

/** Meetings (each with a code for the propose form and the live presentation) and the exports. */
export function Meetings(props: { api: ModerationApi; text: ServerMessages }) {
  const { lang } = useI18n();
  const [meetings, { refetch, mutate }] = createResource(() => props.api.meetings());
  const [title, setTitle] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string>();
  const [message, setMessage] = createSignal('');
  const presentationUrl = (code: string) =>
    `${location.origin}/?present=1&code=${encodeURIComponent(code)}`;

  const create = async (event: SubmitEvent) => {
    event.preventDefault();
    const name = title().trim();
    if (!name) {
      setError(props.text.meetingTitleRequired);
      document.getElementById('meeting-title')?.focus();
      return;
    }
    if (busy()) return;
    setBusy(true);
    setError(undefined);
    try {
      const meeting = await props.api.createMeeting(name);
      mutate((list) => [meeting, ...(list ?? []).filter((m) => m.code !== meeting.code)]);
      setTitle('');
      setMessage(props.text.meetingCreated(meeting.code));
    } catch (failure) {
      setError(failureText(failure, props.text));
    } finally {
      setBusy(false);
    }
  };

  const download = async (path: string, file: string, type: string) => {
    setError(undefined);
    try {
      downloadText(file, await props.api.file(path), type);
      setMessage(props.text.downloaded(file));
    } catch (failure) {
      setError(failureText(failure, props.text));
    }
  };

  return (
    <section class="beheer-meetings" aria-labelledby="meetings-heading">
      <h2 id="meetings-heading">{props.text.meetingsHeading}</h2>
      <p class="muted">{props.text.meetingsIntro}</p>
      <div role="status">
        <Show when={message()}>
          <p class="notice notice--ok">{message()}</p>
        </Show>
      </div>
      <Show when={error()}>
        <p class="error-text" role="alert">
          {error()}
        </p>
      </Show>
      <form onSubmit={create} novalidate>
        <div class="field">
          <label for="meeting-title">{props.text.meetingTitle}</label>
          <input
            id="meeting-title"
            type="text"
            maxlength="120"
            autocomplete="off"
            value={title()}
            onInput={(e) => setTitle(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button button--propose" disabled={busy()}>
          {busy() ? props.text.saving : props.text.createMeeting}
        </button>
      </form>
      <Show when={meetings.error}>
        <div class="notice" role="alert">
          <p>{failureText(meetings.error, props.text)}</p>
          <button type="button" class="button" onClick={() => void refetch()}>
            {props.text.retry}
          </button>
        </div>
      </Show>
      <Show when={!meetings.error && meetings.latest?.length === 0}>
        <p>{props.text.noMeetings}</p>
      </Show>
      <ul class="beheer__meetings">
        <For each={meetings.error ? [] : (meetings.latest ?? [])}>
          {(meeting) => (
            <li class="beheer-card">
              <h3>{meeting.title}</h3>
              <p>
                {props.text.meetingCode}: <strong class="meeting-code">{meeting.code}</strong>
              </p>
              <p class="muted small">
                {new Date(meeting.createdAt).toLocaleString(lang() === 'en' ? 'en-GB' : 'nl-NL', {
                  dateStyle: 'medium',
                  timeStyle: 'short',
                })}
              </p>
              <div class="beheer-card__actions">
                <a class="button" href={presentationUrl(meeting.code)} target="_blank">
                  {props.text.openPresentation}
                </a>
                <a class="button" href={`/beheer?verslag=${encodeURIComponent(meeting.code)}`}>
                  {(lang() === 'en' ? reportEn : reportNl).open}
                </a>
                <button
                  type="button"
                  class="button button--quiet"
                  onClick={() =>
                    void download(
                      `/vergaderingen/${encodeURIComponent(meeting.code)}/verslag.csv`,
                      `verslag-${meeting.code}-${today()}.csv`,
                      CSV_TYPE,
                    )
                  }
                >
                  {props.text.downloadReport}
                </button>
              </div>
              <SurveyPanel api={props.api} code={meeting.code} text={props.text} />
            </li>
          )}
        </For>
      </ul>
      <h2>{props.text.exportHeading}</h2>
      <p class="muted">{props.text.exportIntro}</p>
      <div class="beheer-card__actions">
        <button
          type="button"
          class="button"
          onClick={() => void download('/export.csv', `voorstellen-alle-${today()}.csv`, CSV_TYPE)}
        >
          {props.text.exportCsv}
        </button>
        <button
          type="button"
          class="button"
          onClick={() =>
            void download(
              '/export.geojson',
              `voorstellen-alle-${today()}.geojson`,
              'application/geo+json',
            )
          }
        >
          {props.text.exportGeoJson}
        </button>
      </div>
    </section>
  );
}
