import type Database from 'better-sqlite3';
import {
  createSurveyListeners,
  openStatusAfter,
  responseFromRow,
  surveyFromRow,
  type ResponseRow,
  type SurveyRow,
  type SurveyStore,
} from './survey-store';

const ALL = `SELECT s.*, m.title, m.created_at AS meeting_date
  FROM meeting_surveys s JOIN meetings m ON m.code = s.meeting_code`;
const SURVEY = `${ALL} WHERE s.meeting_code = ?`;

/** The survey half of the SQLite store (see survey-store.ts). */
export function sqliteSurveys(db: Database.Database): SurveyStore {
  const listeners = createSurveyListeners();
  const q = {
    meetingExists: db.prepare('SELECT 1 FROM meetings WHERE code = ?').pluck(),
    survey: db.prepare(SURVEY),
    surveys: db.prepare(`${ALL} ORDER BY m.created_at DESC, s.meeting_code`),
    upsert: db.prepare(
      `INSERT INTO meeting_surveys (meeting_code, gemeente, levels, open_question, updated_at)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (meeting_code) DO UPDATE SET gemeente = excluded.gemeente,
         levels = excluded.levels, open_question = excluded.open_question,
         updated_at = excluded.updated_at`,
    ),
    close: db.prepare(
      `UPDATE meeting_surveys SET closed_at = COALESCE(closed_at, ?) WHERE meeting_code = ?`,
    ),
    response: db.prepare('SELECT * FROM survey_responses WHERE meeting_code = ? AND device = ?'),
    insert: db.prepare(
      `INSERT INTO survey_responses (meeting_code, device, answers, wijk, open_text, open_status,
         received_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    update: db.prepare(
      `UPDATE survey_responses SET answers = ?, wijk = ?, open_text = ?, open_status = ?,
         updated_at = ? WHERE number = ?`,
    ),
    responses: db.prepare('SELECT * FROM survey_responses WHERE meeting_code = ? ORDER BY number'),
    byNumber: db.prepare('SELECT * FROM survey_responses WHERE meeting_code = ? AND number = ?'),
    decide: db.prepare(
      `UPDATE survey_responses SET open_status = ? WHERE meeting_code = ? AND number = ?
         AND open_text IS NOT NULL`,
    ),
  };
  const survey = (code: string) => {
    const row = q.survey.get(code) as SurveyRow | undefined;
    return row && surveyFromRow(row);
  };

  return {
    async setSurvey(code, setup, now) {
      const done = db
        .transaction(() => {
          if (q.meetingExists.get(code) === undefined) return false;
          q.upsert.run(
            code,
            setup.gemeente,
            JSON.stringify(setup.levels),
            setup.openQuestion ? 1 : 0,
            now,
          );
          return true;
        })
        .immediate();
      if (done) listeners.emit(code);
      return done ? survey(code) : undefined;
    },
    async survey(code) {
      return survey(code);
    },
    async surveys() {
      return (q.surveys.all() as SurveyRow[]).map(surveyFromRow);
    },
    async closeSurvey(code, now) {
      const changed = q.close.run(now, code).changes === 1;
      if (changed) listeners.emit(code);
      return survey(code);
    },
    async answerSurvey(code, device, input, now) {
      const outcome = db
        .transaction(() => {
          const current = survey(code);
          if (!current) return { kind: 'no-survey' } as const;
          if (current.closedAt) return { kind: 'closed' } as const;
          const before = q.response.get(code, device) as
            (ResponseRow & { number: number }) | undefined;
          const values = [
            JSON.stringify(input.answers),
            input.wijk ?? null,
            input.open ?? null,
            openStatusAfter(before, input.open),
          ];
          if (before) {
            q.update.run(...values, now, before.number);
            return { kind: 'updated', number: before.number } as const;
          }
          const { lastInsertRowid } = q.insert.run(code, device, ...values, now, now);
          return { kind: 'created', number: Number(lastInsertRowid) } as const;
        })
        .immediate();
      if (outcome.kind === 'created' || outcome.kind === 'updated') listeners.emit(code);
      return outcome;
    },
    async surveyResponses(code) {
      return (q.responses.all(code) as ResponseRow[]).map(responseFromRow);
    },
    async decideOpenAnswer(code, number, status) {
      if (q.decide.run(status, code, number).changes !== 1) return undefined;
      listeners.emit(code);
      return responseFromRow(q.byNumber.get(code, number) as ResponseRow);
    },
    subscribeSurveys: listeners.subscribe,
  };
}
