import type { GemeenteRecognition, RecognitionOverview } from '../../survey/api';
import { recognition } from '../../survey/recognition';
import type { Survey, SurveyResponseInput } from '../../survey/survey';
import type { AppDeps } from '../deps';

/**
 * Per municipality, all of its meetings' survey answers together (only the levels each survey
 * asks); surveys about all of Flevoland belong to no municipality and are left out.
 */
export async function recognitionOverview(
  repo: Pick<AppDeps['repo'], 'surveys' | 'surveyResponses'>,
): Promise<RecognitionOverview> {
  const surveys = (await repo.surveys()).filter((s) => s.gemeente !== null);
  const answered = await Promise.all(
    surveys.map(async (survey) => ({
      survey,
      responses: (await repo.surveyResponses(survey.meetingCode)).map((r) => asked(r, survey)),
    })),
  );
  const byGemeente = new Map<string, typeof answered>();
  for (const entry of answered.filter((a) => a.responses.length > 0)) {
    const code = entry.survey.gemeente!;
    byGemeente.set(code, [...(byGemeente.get(code) ?? []), entry]);
  }
  const gemeenten: GemeenteRecognition[] = [...byGemeente]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([gemeente, entries]) => ({
      gemeente,
      meetings: entries.length,
      ...recognition(entries.flatMap((e) => e.responses)),
    }));
  const dates = [...byGemeente.values()].flat().map((e) => e.survey.meetingDate);
  const overview: RecognitionOverview = { gemeenten };
  if (dates.length > 0) overview.until = dates.sort().at(-1);
  return overview;
}

const asked = (
  response: Pick<SurveyResponseInput, 'answers'>,
  survey: Pick<Survey, 'levels'>,
): Pick<SurveyResponseInput, 'answers'> => ({
  answers: Object.fromEntries(survey.levels.map((level) => [level, response.answers[level]])),
});
