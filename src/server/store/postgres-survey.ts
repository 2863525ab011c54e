import type pg from 'pg';
import { inTransaction } from './pg-transaction';
import {
  createSurveyListeners,
  openStatusAfter,
  responseFromRow,
  surveyFromRow,
  type AnswerOutcome,
  type ResponseRow,
  type SurveyRow,
  type SurveyStore,
} from './survey-store';

const ALL = `SELECT s.*, m.title, m.created_at AS meeting_date
  FROM meeting_surveys s JOIN meetings m ON m.code = s.meeting_code`;
const SURVEY = `${ALL} WHERE s.meeting_code = $1`;

/**
 * The survey half of the PostgreSQL store (see survey-store.ts). A change is announced with
 * `notify` inside its transaction; `heard` passes on a sibling process's announcement.
 */
export function postgresSurveys(
  pool: pg.Pool,
  notify: (client: pg.PoolClient, meeting: string) => Promise<unknown>,
): SurveyStore & { heard(meeting: string): void } {
  const listeners = createSurveyListeners();
  const survey = async (client: pg.Pool | pg.PoolClient, code: string, lock = false) => {
    const { rows } = await client.query<SurveyRow>(lock ? `${SURVEY} FOR UPDATE OF s` : SURVEY, [
      code,
    ]);
    return rows[0] && surveyFromRow(rows[0]);
  };
  /** A change and its announcement in one transaction; this process hears it after the commit. */
  async function change<T>(code: string, work: (client: pg.PoolClient) => Promise<[T, boolean]>) {
    const [result, changed] = await inTransaction(pool, async (client) => {
      const outcome = await work(client);
      if (outcome[1]) await notify(client, code);
      return outcome;
    });
    if (changed) listeners.emit(code);
    return result;
  }

  return {
    heard: (meeting) => listeners.emit(meeting),
    async setSurvey(code, setup, now) {
      return change(code, async (client) => {
        const { rowCount } = await client.query(
          `INSERT INTO meeting_surveys (meeting_code, gemeente, levels, open_question, updated_at)
           SELECT code, $2, $3, $4, $5 FROM meetings WHERE code = $1
           ON CONFLICT (meeting_code) DO UPDATE SET gemeente = excluded.gemeente,
             levels = excluded.levels, open_question = excluded.open_question,
             updated_at = excluded.updated_at`,
          [code, setup.gemeente, JSON.stringify(setup.levels), setup.openQuestion, now],
        );
        return rowCount === 1 ? [await survey(client, code), true] : [undefined, false];
      });
    },
    async survey(code) {
      return survey(pool, code);
    },
    async surveys() {
      const { rows } = await pool.query<SurveyRow>(
        `${ALL} ORDER BY m.created_at DESC, s.meeting_code`,
      );
      return rows.map(surveyFromRow);
    },
    async closeSurvey(code, now) {
      return change(code, async (client) => {
        const { rowCount } = await client.query(
          `UPDATE meeting_surveys SET closed_at = $1 WHERE meeting_code = $2 AND closed_at IS NULL`,
          [now, code],
        );
        return [await survey(client, code), rowCount === 1];
      });
    },
    async answerSurvey(code, device, input, now) {
      return change<AnswerOutcome>(code, async (client) => {
        // The survey row is locked, so a closing moderator and an answer cannot pass each other.
        const current = await survey(client, code, true);
        if (!current) return [{ kind: 'no-survey' }, false];
        if (current.closedAt) return [{ kind: 'closed' }, false];
        const { rows } = await client.query<ResponseRow>(
          'SELECT * FROM survey_responses WHERE meeting_code = $1 AND device = $2 FOR UPDATE',
          [code, device],
        );
        const before = rows[0];
        const values = [
          JSON.stringify(input.answers),
          input.wijk ?? null,
          input.open ?? null,
          openStatusAfter(before, input.open),
          now,
        ];
        if (before) {
          await client.query(
            `UPDATE survey_responses SET answers = $1, wijk = $2, open_text = $3, open_status = $4,
               updated_at = $5 WHERE number = $6`,
            [...values, before.number],
          );
          return [{ kind: 'updated', number: Number(before.number) }, true];
        }
        const inserted = await client.query<{ number: string }>(
          `INSERT INTO survey_responses (answers, wijk, open_text, open_status, received_at,
             updated_at, meeting_code, device) VALUES ($1, $2, $3, $4, $5, $5, $6, $7)
           RETURNING number`,
          [...values, code, device],
        );
        return [{ kind: 'created', number: Number(inserted.rows[0]!.number) }, true];
      });
    },
    async surveyResponses(code) {
      const { rows } = await pool.query<ResponseRow>(
        'SELECT * FROM survey_responses WHERE meeting_code = $1 ORDER BY number',
        [code],
      );
      return rows.map(responseFromRow);
    },
    async decideOpenAnswer(code, number, status) {
      return change(code, async (client) => {
        const { rows } = await client.query<ResponseRow>(
          `UPDATE survey_responses SET open_status = $1
           WHERE meeting_code = $2 AND number = $3 AND open_text IS NOT NULL RETURNING *`,
          [status, code, number],
        );
        return rows[0] ? [responseFromRow(rows[0]), true] : [undefined, false];
      });
    },
    subscribeSurveys: listeners.subscribe,
  };
}
