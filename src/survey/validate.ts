import * as v from 'valibot';
import type { Knelpunten } from '../data/schemas';
import { cleanText, hasDirectionControls } from '../proposals/validate';
import { SurveyResponseBodySchema, SurveySetupBodySchema } from './schemas';
import {
  OPEN_ANSWER_MAX,
  orderedLevels,
  type Survey,
  type SurveyResponseInput,
  type SurveySetup,
} from './survey';

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** Checks a moderator's survey setup; `isGemeente` knows the municipalities of Flevoland. */
export function checkSetup(
  body: unknown,
  knelpunten: Knelpunten,
  isGemeente: (code: string) => boolean,
): Checked<SurveySetup> {
  const shape = v.safeParse(SurveySetupBodySchema, body);
  if (!shape.success)
    return {
      ok: false,
      message:
        'Kies een gemeente (of heel Flevoland), minstens één niveau en of de open vraag komt.',
    };
  const { gemeente, openQuestion } = shape.output;
  if (gemeente !== null && !isGemeente(gemeente))
    return { ok: false, message: 'Deze gemeente ligt niet in Flevoland.' };
  return {
    ok: true,
    value: { gemeente, levels: orderedLevels(shape.output.levels, knelpunten), openQuestion },
  };
}

/**
 * Checks one device's answers against the survey they answer: only the levels it asks, one entry
 * per seed item, a wijk of its municipality, an open answer only when it is asked.
 */
export function checkResponse(
  body: unknown,
  survey: Pick<Survey, 'gemeente' | 'levels' | 'openQuestion'>,
  knelpunten: Knelpunten,
  gemeenteOfWijk: (wijk: string) => string | undefined,
): Checked<SurveyResponseInput & { device: string }> {
  const shape = v.safeParse(SurveyResponseBodySchema, body);
  if (!shape.success) {
    const device = shape.issues.some((i) => i.path?.[0]?.key === 'device');
    return {
      ok: false,
      message: device
        ? 'Het antwoord heeft geen geldig apparaat-id.'
        : 'Het antwoord past niet bij de vragen (alleen ja, nee of weet ik niet; geen naam of contactgegevens).',
    };
  }
  const { device, answers, wijk, open } = shape.output;
  const value: SurveyResponseInput & { device: string } = { device, answers: {} };
  for (const level of knelpunten.levels) {
    const given = answers[level.id];
    if (given === undefined) continue;
    if (!survey.levels.includes(level.id))
      return { ok: false, message: `Over ${level.name.toLowerCase()} gaat deze enquête niet.` };
    if (given.length !== level.items.length)
      return { ok: false, message: `Geef bij ${level.name.toLowerCase()} één antwoord per punt.` };
    value.answers[level.id] = given;
  }
  if (wijk) {
    const gemeente = gemeenteOfWijk(wijk);
    if (!gemeente || (survey.gemeente !== null && gemeente !== survey.gemeente))
      return { ok: false, message: 'Deze wijk hoort niet bij de gemeente van de bijeenkomst.' };
    value.wijk = wijk;
  }
  const text = cleanText(open ?? '', true);
  if (text) {
    if (!survey.openQuestion)
      return { ok: false, message: 'Bij deze bijeenkomst is er geen open vraag.' };
    if (hasDirectionControls(text))
      return { ok: false, message: 'De tekst bevat onzichtbare tekens. Typ hem opnieuw.' };
    if ([...text].length > OPEN_ANSWER_MAX)
      return {
        ok: false,
        message: `Het open antwoord is te lang (hoogstens ${OPEN_ANSWER_MAX} tekens).`,
      };
    value.open = text;
  }
  const answered = Object.values(value.answers).some((list) => list.some((a) => a !== null));
  if (!answered && !value.open) return { ok: false, message: 'Beantwoord minstens één vraag.' };
  return { ok: true, value };
}
