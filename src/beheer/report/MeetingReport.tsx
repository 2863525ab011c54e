import { createResource, createSignal, For, Match, Show, Switch } from 'solid-js';
import { loadAppData } from '../../data/load';
import { useI18n } from '../../i18n/i18n';
import type { ServerMessages } from '../../i18n/server-nl';
import type { PinItem } from '../../map/pin-layer';
import type { ModeratedProposal } from '../../proposals/contract';
import { ApiError, apiBase, requestJson } from '../../propose/server-api';
import type { SurveyResults } from '../../survey/api';
import { downloadText, today } from '../../ui/download';
import type { ModerationApi } from '../api';
import { failureText } from '../failure-text';
import { placeText } from '../places';
import { ReportMap } from './ReportMap';
import { reportEn, reportNl } from './report-text';
import { SurveyCharts } from './SurveyCharts';
import './meeting-report.css';

type Listed = ModeratedProposal & { status: 'ingediend' | 'goedgekeurd' };

/** The public results (approved open answers only); null when the meeting has no survey. */
const loadResults = (code: string) =>
  requestJson<SurveyResults>(`${apiBase()}/api/enquete/${encodeURIComponent(code)}/resultaten`, {
    cache: 'no-store',
  }).catch((failure: unknown) => {
    if (failure instanceof ApiError && failure.failure.kind === 'not-found') return null;
    throw failure;
  });

async function loadReport(api: ModerationApi, code: string) {
  const [meetings, proposals, results, data] = await Promise.all([
    api.meetings(),
    api.allProposals(),
    loadResults(code),
    loadAppData(),
  ]);
  const meeting = meetings.find((m) => m.code === code);
  if (!meeting) return undefined;
  const own = proposals.filter((p) => p.meetingCode?.toUpperCase() === code);
  const names = new Map<string, string>();
  for (const f of [...data.gemeenten.features, ...data.wijken.features])
    names.set(f.properties.code, f.properties.name);
  return {
    meeting,
    results,
    data,
    names,
    // Rejected proposals stay off paper: a rejection may be about what they say.
    listed: own.filter((p): p is Listed => p.status !== 'afgewezen'),
    rejected: own.filter((p) => p.status === 'afgewezen').length,
  };
}

/**
 * One meeting's report, for reading and for paper (A4, see meeting-report.css): what it was, its
 * proposals on a map and in a list, the survey's charts with N, the approved open answers.
 */
export function MeetingReport(props: { api: ModerationApi; code: string; text: ServerMessages }) {
  const { lang } = useI18n();
  const text = () => (lang() === 'en' ? reportEn : reportNl);
  const [report] = createResource(
    () => props.code.toUpperCase(),
    (code) => loadReport(props.api, code),
  );
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(lang() === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long' });
  const [downloadError, setDownloadError] = createSignal<string>();
  const download = async (path: string, file: string) => {
    setDownloadError(undefined);
    try {
      downloadText(file, await props.api.file(path), 'text/csv;charset=utf-8');
    } catch (failure) {
      setDownloadError(failureText(failure, props.text));
    }
  };
  const path = (file: string) => `/vergaderingen/${encodeURIComponent(props.code)}/${file}`;

  return (
    <article class="meeting-report" aria-labelledby="report-heading">
      <div class="meeting-report__actions">
        <a class="button button--quiet" href="/beheer">
          {text().back}
        </a>
        <button type="button" class="button button--propose" onClick={() => window.print()}>
          {text().print}
        </button>
      </div>
      <Switch>
        <Match when={report.loading}>
          <p role="status">{text().loading}</p>
        </Match>
        <Match when={report.error}>
          <p class="notice" role="alert">
            {failureText(report.error, props.text)}
          </p>
        </Match>
        <Match when={report.state === 'ready' && !report()}>
          <p class="notice" role="alert">
            {text().notFound}
          </p>
        </Match>
        <Match when={report()}>
          {(found) => {
            const { meeting, results, data, names, listed } = found();
            document.title = `${meeting.title} · ${text().kicker}`;
            const pins = listed.map((p): PinItem => ({
              id: `report-${p.number}`,
              name: p.name,
              lngLat: [p.lng, p.lat],
              variant: p.status === 'goedgekeurd' ? 'goedgekeurd' : 'voorstel',
              label: p.name,
            }));
            const gemeente = results?.survey.gemeente;
            return (
              <>
                <header class="meeting-report__header">
                  <p class="meeting-report__kicker">{text().kicker}</p>
                  <h2 id="report-heading">{meeting.title}</h2>
                  <dl class="meeting-report__facts">
                    <div>
                      <dt>{text().place}</dt>
                      <dd>{gemeente ? (names.get(gemeente) ?? gemeente) : text().allFlevoland}</dd>
                    </div>
                    <div>
                      <dt>{text().date}</dt>
                      <dd>{date(meeting.createdAt)}</dd>
                    </div>
                    <div>
                      <dt>{text().code}</dt>
                      <dd>{meeting.code}</dd>
                    </div>
                  </dl>
                </header>

                <section class="meeting-report__section" aria-labelledby="report-map-heading">
                  <h3 id="report-map-heading">{text().mapHeading}</h3>
                  <Show when={pins.length > 0} fallback={<p>{text().noProposals}</p>}>
                    <ReportMap
                      data={data}
                      pins={pins}
                      alt={text().mapAlt(pins.length)}
                      preparing={text().mapPreparing}
                      failed={text().mapFailed}
                    />
                  </Show>
                </section>

                <section class="meeting-report__section" aria-labelledby="report-survey-heading">
                  <h3 id="report-survey-heading">{text().surveyHeading}</h3>
                  <Show when={results} fallback={<p>{text().noSurvey}</p>}>
                    {(found) => (
                      <>
                        <p class="muted small">{text().surveyIntro}</p>
                        <SurveyCharts
                          results={found()}
                          knelpunten={data.knelpunten}
                          labels={text()}
                        />
                      </>
                    )}
                  </Show>
                </section>

                <Show when={results?.survey.openQuestion}>
                  <section class="meeting-report__section" aria-labelledby="report-open-heading">
                    <h3 id="report-open-heading">{text().openHeading}</h3>
                    <p class="muted small">{text().openIntro}</p>
                    <Show
                      when={(results?.openAnswers.length ?? 0) > 0}
                      fallback={<p>{text().noOpen}</p>}
                    >
                      <ul class="meeting-report__open">
                        <For each={results?.openAnswers}>{(answer) => <li>{answer}</li>}</For>
                      </ul>
                    </Show>
                  </section>
                </Show>

                <section class="meeting-report__section" aria-labelledby="report-proposals-heading">
                  <h3 id="report-proposals-heading">{text().proposalsHeading}</h3>
                  <Show when={listed.length > 0} fallback={<p>{text().noProposals}</p>}>
                    <table class="meeting-report__proposals">
                      <thead>
                        <tr>
                          <th scope="col">{text().proposalName}</th>
                          <th scope="col">{text().proposalPlace}</th>
                          <th scope="col">{text().proposalStatus}</th>
                        </tr>
                      </thead>
                      <tbody>
                        <For each={listed}>
                          {(p) => (
                            <tr>
                              <td>{p.name}</td>
                              <td>{placeText(names, p)}</td>
                              <td>{text().status[p.status]}</td>
                            </tr>
                          )}
                        </For>
                      </tbody>
                    </table>
                  </Show>
                  <Show when={found().rejected > 0}>
                    <p class="muted small">{text().rejectedLeftOut(found().rejected)}</p>
                  </Show>
                </section>

                <section
                  class="meeting-report__section meeting-report__files"
                  aria-labelledby="report-files-heading"
                >
                  <h3 id="report-files-heading">{text().filesHeading}</h3>
                  <p class="muted small">{text().filesIntro}</p>
                  <Show when={downloadError()}>
                    <p class="error-text" role="alert">
                      {downloadError()}
                    </p>
                  </Show>
                  <div class="beheer-card__actions">
                    <button
                      type="button"
                      class="button button--quiet"
                      onClick={() =>
                        void download(path('verslag.csv'), `verslag-${meeting.code}-${today()}.csv`)
                      }
                    >
                      {text().proposalsCsv}
                    </button>
                    <Show when={results}>
                      <button
                        type="button"
                        class="button button--quiet"
                        onClick={() =>
                          void download(
                            path('enquete.csv'),
                            `enquete-${meeting.code}-${today()}.csv`,
                          )
                        }
                      >
                        {text().answersCsv}
                      </button>
                    </Show>
                  </div>
                </section>
                <p class="meeting-report__source muted small">{text().source}</p>
              </>
            );
          }}
        </Match>
      </Switch>
    </article>
  );
}
