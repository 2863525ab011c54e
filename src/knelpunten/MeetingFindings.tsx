import { createResource, For, Show } from 'solid-js';
import type { Knelpunten } from '../data/schemas';
import { useI18n } from '../i18n/i18n';
import { apiBase, detectServer, requestJson } from '../propose/server-api';
import { serverSeen } from '../propose/server-seen';
import type { SurveyResults } from '../survey/api';
import { findingsEn, findingsNl } from './meeting-findings-text';

const TOP = 3;

/** The items a meeting recognised most, only those with a percentage (N ≥ 5). */
function mostRecognised(results: SurveyResults, knelpunten: Knelpunten) {
  return results.levels
    .flatMap((level) =>
      level.items.map((item, index) => ({
        item,
        text: knelpunten.levels.find((l) => l.id === level.id)?.items[index]?.text ?? '',
      })),
    )
    .filter((entry) => entry.item.percent !== undefined)
    .sort((a, b) => b.item.percent! - a.item.percent!)
    .slice(0, TOP);
}

/**
 * What this municipality's meetings found with the phone survey, apart from the seed's remarks:
 * every number with its N, every meeting with its date. Only where there is a server.
 */
export function MeetingFindings(props: { knelpunten: Knelpunten; gemeente: string }) {
  const { lang, seed } = useI18n();
  const text = () => (lang() === 'en' ? findingsEn : findingsNl);
  const [results] = createResource(
    () => props.gemeente,
    async (code) => {
      // On a static host there is no server to ask.
      if (!serverSeen() && !(await detectServer(apiBase()))) return [];
      return requestJson<SurveyResults[]>(
        `${apiBase()}/api/enquete?gemeente=${encodeURIComponent(code)}`,
      ).catch(() => []);
    },
  );
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(lang() === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long' });

  return (
    <Show when={(results() ?? []).length > 0}>
      <section class="meeting-findings" aria-labelledby="meeting-findings-heading">
        <h2 id="meeting-findings-heading">{text().heading}</h2>
        <p class="muted small">{text().framing}</p>
        <For each={results()}>
          {(found) => (
            <div class="meeting-findings__meeting">
              <h3>
                {text().meeting(
                  found.survey.title,
                  date(found.survey.meetingDate),
                  found.responses,
                )}
              </h3>
              <Show
                when={mostRecognised(found, props.knelpunten).length > 0}
                fallback={<p class="muted">{text().tooFew}</p>}
              >
                <ul>
                  <For each={mostRecognised(found, props.knelpunten)}>
                    {(entry) => (
                      <li>
                        <span lang={seed(entry.text).lang}>{seed(entry.text).text}</span>{' '}
                        <strong>{text().recognised(entry.item.percent!, entry.item.n)}</strong>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
              <Show when={found.openAnswers.length > 0}>
                <p>{text().open}:</p>
                <ul>
                  <For each={found.openAnswers}>{(answer) => <li>{answer}</li>}</For>
                </ul>
              </Show>
            </div>
          )}
        </For>
      </section>
    </Show>
  );
}
