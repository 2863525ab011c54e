import knelpuntenUrl from '../../geo/knelpunten.json?url';
import wijkenUrl from '../../geo/wijken.geojson?url';
import gemeentenUrl from '../../geo/gemeenten.geojson?url';
import type { Knelpunten } from '../data/schemas';
import type { Survey } from '../survey/survey';

export interface Place {
  code: string;
  name: string;
  gemeente: string;
}

export interface PhoneSurvey {
  survey: Survey;
  knelpunten: Knelpunten;
  /** The wijken a person may choose: those of the survey's municipality (or all of Flevoland). */
  wijken: Place[];
  gemeenteName?: string;
}

const cacheKey = (code: string) => `samen-buurten:enquete-vragen:${code}`;

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as T;
}

type Named = { features: { properties: { code: string; name: string; gemeente?: string } }[] };

/**
 * What the phone asks: the survey from the server (kept on the device, so a phone that loses its
 * connection can still open it), the seed's items and the wijk names from the app's own files.
 * 'not-found': the server knows no survey by this code.
 */
export async function loadPhoneSurvey(
  apiUrl: string,
  code: string,
): Promise<PhoneSurvey | 'not-found'> {
  let survey: Survey | undefined;
  try {
    const response = await fetch(`${apiUrl}/api/enquete/${encodeURIComponent(code)}`, {
      cache: 'no-store',
    });
    if (response.status === 404) return 'not-found';
    if (response.ok) {
      survey = (await response.json()) as Survey;
      localStorage.setItem(cacheKey(code), JSON.stringify(survey));
    }
  } catch {
    // Offline: the copy kept on the device, below.
  }
  survey ??= JSON.parse(localStorage.getItem(cacheKey(code)) ?? 'null') as Survey | undefined;
  if (!survey) throw new Error('offline');
  const [knelpunten, wijken, gemeenten] = await Promise.all([
    json<Knelpunten>(knelpuntenUrl),
    json<Named>(wijkenUrl),
    json<Named>(gemeentenUrl),
  ]);
  const gemeente = survey.gemeente;
  return {
    survey,
    knelpunten,
    wijken: wijken.features
      .map((f) => ({
        code: f.properties.code,
        name: f.properties.name,
        gemeente: f.properties.gemeente!,
      }))
      .filter((w) => gemeente === null || w.gemeente === gemeente)
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    gemeenteName: gemeenten.features.find((f) => f.properties.code === gemeente)?.properties.name,
  };
}
