import type { Knelpunten, LevelId } from '../data/schemas';

/** What a person can say of one knelpunt item: recognised here, not here, or does not know. */
export const SURVEY_ANSWERS = ['ja', 'nee', 'weet-niet'] as const;
export type SurveyAnswer = (typeof SURVEY_ANSWERS)[number];

/** Below this many answers to an item no percentage is shown: too few to say anything. */
export const MIN_N = 5;
/** The open answer ("Wat staat bij u in de weg?"), in characters after trimming. */
export const OPEN_ANSWER_MAX = 500;
/** A device id as the phone makes them (crypto.randomUUID), with some room. */
export const DEVICE_ID = /^[A-Za-z0-9-]{8,64}$/;

/** How a moderator set up a meeting's survey. */
export interface SurveySetup {
  /** CBS code of the municipality asked about; null: all of Flevoland. */
  gemeente: string | null;
  /** The levels asked about, in the seed's order. */
  levels: LevelId[];
  /** Whether the open question is asked. */
  openQuestion: boolean;
}

export interface Survey extends SurveySetup {
  meetingCode: string;
  title: string;
  /** When the meeting was made: the date the results are shown with. */
  meetingDate: string;
  updatedAt: string;
  /** Once set, the survey takes no more answers. */
  closedAt?: string;
}

/**
 * One device's answers: per asked level one entry per seed item, in the seed's order (null: the
 * item was skipped). Nothing in it names or reaches the person.
 */
export interface SurveyResponseInput {
  answers: Partial<Record<LevelId, (SurveyAnswer | null)[]>>;
  /** CBS wijk code, a wijk of the survey's municipality. */
  wijk?: string;
  open?: string;
}

export type OpenAnswerStatus = 'ingediend' | 'goedgekeurd' | 'afgewezen';

/** Keeps the levels in the seed's order and once each. */
export function orderedLevels(levels: readonly LevelId[], knelpunten: Knelpunten): LevelId[] {
  return knelpunten.levels.map((l) => l.id).filter((id) => levels.includes(id));
}
