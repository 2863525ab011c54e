/**
 * What the survey's routes answer (types only: nothing of the server reaches the browser).
 *
 *   GET  /api/enquete?gemeente=GM0034    → SurveyResults[] (surveys with answers, newest first)
 *   GET  /api/enquete/per-gemeente       → RecognitionOverview (the map's "herkend" choropleth)
 *        429 rate limit
 *   GET  /api/enquete/:code              → Survey (what the phone asks) · 404
 *   POST /api/enquete/:code/antwoord     body: SurveyResponseBody → SurveyReceipt (201 new, 200 edit)
 *        409 the meeting is closed · 422 invalid · 429 rate limit
 *   GET  /api/enquete/:code/resultaten   → SurveyResults (percentages only where n ≥ 5)
 *   GET  /api/live?vergadering=CODE      also sends `event: survey` when the results change
 * Moderation:
 *   PUT  /api/beheer/vergaderingen/:code/enquete            SurveySetup → Survey
 *   POST /api/beheer/vergaderingen/:code/enquete/sluiten    → Survey (no more answers)
 *   GET  /api/beheer/vergaderingen/:code/enquete/antwoorden → SurveyResponseRecord[]
 *   POST /api/beheer/vergaderingen/:code/enquete/antwoorden/:number/open { status } → record
 *   GET  /api/beheer/vergaderingen/:code/enquete.csv        → one row per answer, no personal data
 */
import type { Recognition } from './recognition';
import type { LevelResult } from './results';
import type { OpenAnswerStatus, Survey, SurveyAnswer, SurveyResponseInput } from './survey';

export interface SurveyReceipt {
  /** The response's number at this meeting. */
  number: number;
  /** true: this device had answered before and changed its answers. */
  updated: boolean;
}

export interface SurveyResults {
  survey: Survey;
  /** Devices that answered. */
  responses: number;
  levels: LevelResult[];
  /** Approved open answers only, oldest first. */
  openAnswers: string[];
}

/** One municipality's meetings together: a percentage only from N ≥ 5 responses. */
export interface GemeenteRecognition extends Recognition {
  gemeente: string;
  /** Meetings whose survey about this municipality has answers. */
  meetings: number;
}

/** What the map colours: every municipality with answers, and the newest meeting counted. */
export interface RecognitionOverview {
  gemeenten: GemeenteRecognition[];
  /** The date of the newest meeting counted (ISO); absent when no meeting has answers yet. */
  until?: string;
}

/** A response as the moderator sees it: no device id. */
export interface SurveyResponseRecord {
  number: number;
  answers: SurveyResponseInput['answers'];
  wijk?: string;
  open?: string;
  openStatus?: OpenAnswerStatus;
  receivedAt: string;
  updatedAt: string;
}

/** The live stream's word that a meeting's results changed; screens fetch them again. */
export interface SurveyLiveEvent {
  type: 'survey';
  meeting: string;
}

export type { SurveyAnswer };
