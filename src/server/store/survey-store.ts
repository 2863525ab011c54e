import type { SurveyLiveEvent, SurveyResponseRecord } from '../../survey/api';
import type {
  OpenAnswerStatus,
  Survey,
  SurveyResponseInput,
  SurveySetup,
} from '../../survey/survey';

export type AnswerOutcome =
  { kind: 'created' | 'updated'; number: number } | { kind: 'closed' } | { kind: 'no-survey' };

/**
 * The meetings' surveys, in the same stores as the proposals. Every write is committed before the
 * promise resolves (an acknowledged answer is on disk); each change that alters the results is
 * announced to `subscribeSurveys` listeners, in PostgreSQL also to the sibling processes.
 */
export interface SurveyStore {
  /** Sets up (or changes) the survey of an existing meeting; undefined: no such meeting. */
  setSurvey(code: string, setup: SurveySetup, now: string): Promise<Survey | undefined>;
  survey(code: string): Promise<Survey | undefined>;
  /** Every survey, newest meeting first. */
  surveys(): Promise<Survey[]>;
  /** From now on the survey takes no more answers. */
  closeSurvey(code: string, now: string): Promise<Survey | undefined>;
  /**
   * One response per device per meeting: the same device again replaces its answers. A changed
   * open answer goes back to the moderator. Refused once the survey is closed (checked in the same
   * transaction as the write).
   */
  answerSurvey(
    code: string,
    device: string,
    input: SurveyResponseInput,
    now: string,
  ): Promise<AnswerOutcome>;
  /** Oldest first, without device ids. */
  surveyResponses(code: string): Promise<SurveyResponseRecord[]>;
  decideOpenAnswer(
    code: string,
    number: number,
    status: Exclude<OpenAnswerStatus, 'ingediend'>,
  ): Promise<SurveyResponseRecord | undefined>;
  subscribeSurveys(listener: (event: SurveyLiveEvent) => void): () => void;
}

export interface SurveyRow {
  meeting_code: string;
  title: string;
  meeting_date: string | Date;
  gemeente: string | null;
  levels: string | string[];
  open_question: number | boolean;
  updated_at: string | Date;
  closed_at: string | Date | null;
}

export interface ResponseRow {
  number: number | string;
  answers: string | SurveyResponseInput['answers'];
  wijk: string | null;
  open_text: string | null;
  open_status: string | null;
  received_at: string | Date;
  updated_at: string | Date;
}

const iso = (value: string | Date) => (value instanceof Date ? value.toISOString() : value);
const parsed = <T>(value: string | T): T =>
  typeof value === 'string' ? (JSON.parse(value) as T) : value;

export function surveyFromRow(row: SurveyRow): Survey {
  const survey: Survey = {
    meetingCode: row.meeting_code,
    title: row.title,
    meetingDate: iso(row.meeting_date),
    gemeente: row.gemeente,
    levels: parsed(row.levels) as Survey['levels'],
    openQuestion: Boolean(row.open_question),
    updatedAt: iso(row.updated_at),
  };
  if (row.closed_at) survey.closedAt = iso(row.closed_at);
  return survey;
}

export function responseFromRow(row: ResponseRow): SurveyResponseRecord {
  const record: SurveyResponseRecord = {
    number: Number(row.number),
    answers: parsed(row.answers),
    receivedAt: iso(row.received_at),
    updatedAt: iso(row.updated_at),
  };
  if (row.wijk) record.wijk = row.wijk;
  if (row.open_text) {
    record.open = row.open_text;
    record.openStatus = (row.open_status ?? 'ingediend') as OpenAnswerStatus;
  }
  return record;
}

/** A changed open answer is looked at again; the same text keeps its decision. */
export function openStatusAfter(
  before: { open_text: string | null; open_status: string | null } | undefined,
  open: string | undefined,
): string | null {
  if (!open) return null;
  return before?.open_text === open ? (before.open_status ?? 'ingediend') : 'ingediend';
}

/** Plain in-process fan-out of survey events. */
export function createSurveyListeners() {
  const listeners = new Set<(event: SurveyLiveEvent) => void>();
  return {
    subscribe(listener: (event: SurveyLiveEvent) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    emit(meeting: string) {
      for (const listener of listeners) listener({ type: 'survey', meeting });
    },
  };
}
