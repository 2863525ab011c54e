import { RECOGNITION_COLOURS } from '../map/palette';
import type { GemeenteFill } from '../map/layers/RecognitionLayer';
import { apiBase, requestJson } from '../propose/server-api';
import type { RecognitionOverview } from '../survey/api';
import { recognitionClass } from '../survey/recognition';

/**
 * How often the colours are asked for again while they are shown: meetings answer while the map is
 * open. Not more often: the phones of one meeting room share an address and its rate limit.
 */
export const RECOGNITION_REFRESH_MS = 60_000;

/** The choropleth as fetched: what the legend lists, and what the map colours. */
export type RecognitionView =
  { ok: true; overview: RecognitionOverview; fills: GemeenteFill[] } | { ok: false };

/** Only municipalities with a share (N ≥ 5) get a colour. */
export function recognitionFills(overview: RecognitionOverview): GemeenteFill[] {
  return overview.gemeenten.flatMap((g) =>
    g.percent === undefined
      ? []
      : [{ code: g.gemeente, colour: RECOGNITION_COLOURS[recognitionClass(g.percent)]! }],
  );
}

export async function fetchRecognition(): Promise<RecognitionView> {
  try {
    const overview = await requestJson<RecognitionOverview>(
      `${apiBase()}/api/enquete/per-gemeente`,
    );
    return { ok: true, overview, fills: recognitionFills(overview) };
  } catch {
    return { ok: false };
  }
}
