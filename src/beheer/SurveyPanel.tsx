import knelpuntenUrl from '../../geo/knelpunten.json?url';
import { createEffect, createResource, createSignal, For, on, Show } from 'solid-js';
import type { Knelpunten, LevelId } from '../data/schemas';
import { useI18n } from '../i18n/i18n';
import type { ServerMessages } from '../i18n/server-nl';
import { apiBase, requestJson } from '../propose/server-api';
import type { Survey } from '../survey/survey';
import { downloadText, today } from '../ui/download';
import type { ModerationApi } from './api';
import { failureText } from './failure-text';
import { surveyBeheerEn, surveyBeheerNl } from './survey-text';

const loadKnelpunten = async () => (await fetch(knelpuntenUrl)).json() as Promise<Knelpunten>;
const loadSurvey = (code: string) =>
  requestJson<Survey>(`${apiBase()}/api/enquete/${encodeURIComponent(code)}`).catch(
    () => undefined,
  );

/** One meeting's survey: what it asks, its phone link, closing it, and the open answers. */
export function SurveyPanel(props: { api: ModerationApi; code: string; text: ServerMessages }) {
  const { lang, seed } = useI18n();
  const text = () => (lang() === 'en' ? surveyBeheerEn : surveyBeheerNl);
  const [knelpunten] = createResource(loadKnelpunten);
  const [survey, { mutate }] = createResource(() => props.code, loadSurvey);
  const [responses, { refetch }] = createResource(
    () => (survey() ? props.code : undefined),
    (code) => props.api.surveyResponses(code),
  );
  const [gemeente, setGemeente] = createSignal<string | null>(null);
  const [levels, setLevels] = createSignal<LevelId[]>([]);
  const [openQuestion, setOpenQuestion] = createSignal(true);
  const [message, setMessage] = createSignal('');
  const [error, setError] = createSignal<string>();
  // The form starts from what is saved.
  createEffect(
    on(survey, (saved) => {
      if (!saved) return;
      setGemeente(saved.gemeente);
      setLevels(saved.levels);
      setOpenQuestion(saved.openQuestion);
    }),
  );
  const id = (name: string) => `survey-${props.code}-${name}`;
  const phoneUrl = () => `${location.origin}/?enquete=${encodeURIComponent(props.code)}`;

  const act = async (work: () => Promise<unknown>, done = '') => {
    setError(undefined);
    try {
      await work();
      setMessage(done);
    } catch (failure) {
      setError(failureText(failure, props.text));
    }
  };
  const save = (event: SubmitEvent) => {
    event.preventDefault();
    if (levels().length === 0) return setError(text().chooseLevel);
    void act(async () => {
      mutate(
        await props.api.setSurvey(props.code, {
          gemeente: gemeente(),
          levels: levels(),
          openQuestion: openQuestion(),
        }),
      );
    }, text().saved);
  };
  const decide = (number: number, status: 'goedgekeurd' | 'afgewezen') =>
    void act(async () => {
      await props.api.decideOpenAnswer(props.code, number, status);
      await refetch();
    });

  return (
    <details class="beheer-survey">
      <summary>{text().heading}</summary>
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
      <Show when={survey.state === 'ready' && !survey()}>
        <p>{text().none}</p>
      </Show>
      <Show when={knelpunten()}>
        {(known) => (
          <form onSubmit={save} novalidate>
            <div class="field">
              <label for={id('gemeente')}>{text().gemeente}</label>
              <select
                id={id('gemeente')}
                value={gemeente() ?? ''}
                onChange={(e) => setGemeente(e.currentTarget.value || null)}
              >
                <option value="">{text().allFlevoland}</option>
                <For each={known().lokaal.gemeenten}>
                  {(g) => <option value={g.gemeente}>{g.name}</option>}
                </For>
              </select>
            </div>
            <fieldset class="field">
              <legend>{text().levels}</legend>
              <For each={known().levels}>
                {(level) => (
                  <label class="checkbox">
                    <input
                      type="checkbox"
                      checked={levels().includes(level.id)}
                      onChange={(e) =>
                        setLevels((now) =>
                          e.currentTarget.checked
                            ? [...now, level.id]
                            : now.filter((l) => l !== level.id),
                        )
                      }
                    />
                    {seed(level.name).text} ({text().items(level.items.length)})
                  </label>
                )}
              </For>
            </fieldset>
            <label class="checkbox">
              <input
                type="checkbox"
                checked={openQuestion()}
                onChange={(e) => setOpenQuestion(e.currentTarget.checked)}
              />
              {text().openQuestion}
            </label>
            <button type="submit" class="button">
              {text().save}
            </button>
          </form>
        )}
      </Show>
      <Show when={survey()}>
        {(current) => (
          <>
            <p>
              <a href={phoneUrl()} target="_blank">
                {text().phoneLink}
              </a>{' '}
              · {text().responses(responses()?.length ?? 0)}
            </p>
            <Show when={!current().closedAt} fallback={<p class="muted">{text().closed}</p>}>
              <button
                type="button"
                class="button button--quiet"
                onClick={() =>
                  void act(async () => mutate(await props.api.closeSurvey(props.code)))
                }
              >
                {text().close}
              </button>
            </Show>
            <h4>{text().openAnswers}</h4>
            <button type="button" class="button button--quiet" onClick={() => void refetch()}>
              {text().refresh}
            </button>
            <Show
              when={responses()?.some((r) => r.open)}
              fallback={<p class="muted">{text().noOpenAnswers}</p>}
            >
              <ul class="beheer-survey__open">
                <For each={responses()?.filter((r) => r.open)}>
                  {(r) => (
                    <li>
                      <p>{r.open}</p>
                      <p class="muted small">{text().status[r.openStatus ?? 'ingediend']}</p>
                      <div class="beheer-card__actions">
                        <button
                          type="button"
                          class="button"
                          aria-label={`${text().approve}: ${r.open}`}
                          disabled={r.openStatus === 'goedgekeurd'}
                          onClick={() => decide(r.number, 'goedgekeurd')}
                        >
                          {text().approve}
                        </button>
                        <button
                          type="button"
                          class="button button--quiet"
                          aria-label={`${text().reject}: ${r.open}`}
                          disabled={r.openStatus === 'afgewezen'}
                          onClick={() => decide(r.number, 'afgewezen')}
                        >
                          {text().reject}
                        </button>
                      </div>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <button
              type="button"
              class="button button--quiet"
              onClick={() =>
                void act(async () =>
                  downloadText(
                    `enquete-${props.code}-${today()}.csv`,
                    await props.api.file(
                      `/vergaderingen/${encodeURIComponent(props.code)}/enquete.csv`,
                    ),
                    'text/csv;charset=utf-8',
                  ),
                )
              }
            >
              {text().csv}
            </button>
          </>
        )}
      </Show>
    </details>
  );
}
