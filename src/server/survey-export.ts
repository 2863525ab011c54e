import type { Knelpunten } from '../data/schemas';
import { protectCell, toCsv } from '../proposals/csv';
import type { SurveyResponseRecord } from '../survey/api';

const HEADER = [
  'vergadercode',
  'antwoordnummer',
  'niveau',
  'punt',
  'knelpunt',
  'antwoord',
  'wijk',
  'wijk_naam',
];

/**
 * One row per answer for researchers: which item, which answer, the wijk if given. No device id,
 * no time of day; open answers only once a moderator approved them (they may name people).
 */
export function surveyCsv(
  code: string,
  responses: readonly SurveyResponseRecord[],
  knelpunten: Knelpunten,
  placeName: (code: string) => string | undefined,
): string {
  const rows: string[][] = [];
  for (const r of responses) {
    const where = [r.wijk ?? '', r.wijk ? protectCell(placeName(r.wijk) ?? '') : ''];
    for (const level of knelpunten.levels)
      r.answers[level.id]?.forEach((answer, index) => {
        if (answer === null) return;
        const item = protectCell(level.items[index]?.text ?? '');
        rows.push([code, String(r.number), level.id, String(index + 1), item, answer, ...where]);
      });
    if (r.open && r.openStatus === 'goedgekeurd')
      rows.push([code, String(r.number), 'open', '', '', protectCell(r.open), ...where]);
  }
  return toCsv(HEADER, rows);
}
