import Database from 'better-sqlite3';
import type { Meeting, ModerationStatus } from '../../proposals/contract';
import { MIGRATIONS } from './migrations';
import { explainOpenFailure } from './open-errors';
import { ADD_MODERATOR } from './rows';
import {
  auditFromRow,
  createListeners,
  moderatorFromRow,
  type AuditRow,
  type ModeratorRow,
  liveEventFor,
  removedEventFor,
  RETENTION_ACTOR,
  SUBMITTER_ACTOR,
  type AuditInput,
  type Decision,
  type ProposalRecord,
  type Repository,
} from './repository';
import { sqliteSurveys } from './sqlite-survey';
import {
  CLEAR_PERSONAL,
  CONTENT_COLUMNS,
  contentValues,
  fromRow,
  HAS_PERSONAL,
  type ProposalRow,
} from './rows';

function migrate(db: Database.Database) {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const done = new Set(
    db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[],
  );
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sqlite);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    })();
  }
}

/**
 * The default store: one SQLite file in WAL mode. synchronous=FULL makes every commit reach the disk
 * before the API acknowledges it, so a proposal the client saw acknowledged survives a crash.
 */
export function openSqlite(file: string): Repository {
  let db: Database.Database;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
  } catch (error) {
    throw explainOpenFailure(file, error);
  }
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  // Deleted content (a withdrawal, an erasure, retention) is overwritten, not left in free pages.
  db.pragma('secure_delete = ON');
  migrate(db);
  const listeners = createListeners();

  const setContent = CONTENT_COLUMNS.map((c) => `${c} = ?`).join(', ');
  const q = {
    byId: db.prepare('SELECT * FROM proposals WHERE id = ?'),
    byNumber: db.prepare('SELECT * FROM proposals WHERE number = ?'),
    byIds: db.prepare('SELECT * FROM proposals WHERE id IN (SELECT value FROM json_each(?))'),
    insert: db.prepare(
      `INSERT INTO proposals (id, ${CONTENT_COLUMNS.join(', ')}, received_at, updated_at)
       VALUES (?, ${CONTENT_COLUMNS.map(() => '?').join(', ')}, ?, ?)`,
    ),
    resubmit: db.prepare(
      `UPDATE proposals SET ${setContent}, status = 'ingediend', reason = NULL,
         decided_at = NULL, approved_at = NULL, updated_at = ? WHERE id = ?`,
    ),
    edit: db.prepare(`UPDATE proposals SET ${setContent}, updated_at = ? WHERE number = ?`),
    decide: db.prepare(
      `UPDATE proposals SET status = ?, reason = ?, decided_at = ?, updated_at = ?,
         approved_at = CASE WHEN ? = 'goedgekeurd' THEN ? ELSE NULL END WHERE number = ?`,
    ),
    all: db.prepare('SELECT * FROM proposals ORDER BY number'),
    byStatus: db.prepare('SELECT * FROM proposals WHERE status = ? ORDER BY number'),
    forMeeting: db.prepare('SELECT * FROM proposals WHERE meeting_code = ? ORDER BY number'),
    insertMeeting: db.prepare(
      'INSERT INTO meetings (code, title, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    ),
    meetings: db.prepare('SELECT * FROM meetings ORDER BY created_at DESC, code'),
    meeting: db.prepare('SELECT * FROM meetings WHERE code = ?'),
    delete: db.prepare('DELETE FROM proposals WHERE number = ?'),
    insertWithdrawn: db.prepare(
      'INSERT INTO withdrawn_proposals (id, withdrawn_at) VALUES (?, ?) ON CONFLICT DO NOTHING',
    ),
    wasWithdrawn: db.prepare('SELECT 1 FROM withdrawn_proposals WHERE id = ?').pluck(),
    contactExpired: db
      .prepare(
        `SELECT number FROM proposals
         WHERE ${HAS_PERSONAL} AND decided_at IS NOT NULL AND decided_at < ?`,
      )
      .pluck(),
    clearContact: db.prepare(`UPDATE proposals SET ${CLEAR_PERSONAL} WHERE number = ?`),
    rejectedExpired: db
      .prepare(
        `SELECT number FROM proposals
         WHERE status = 'afgewezen' AND decided_at IS NOT NULL AND decided_at < ?`,
      )
      .pluck(),
    addModerator: db.prepare(ADD_MODERATOR.replace(/\$\d/g, '?')),
    revokeModerator: db.prepare(
      'UPDATE moderators SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL',
    ),
    moderators: db.prepare('SELECT * FROM moderators ORDER BY name'),
    moderatorByHash: db.prepare(
      'SELECT name FROM moderators WHERE token_hash = ? AND revoked_at IS NULL',
    ),
    recordAudit: db.prepare(
      'INSERT INTO audit_log (at, actor, action, proposal_id, detail) VALUES (?, ?, ?, ?, ?)',
    ),
    auditLog: db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?'),
  };
  const audit = (entry: AuditInput, now: string) =>
    q.recordAudit.run(
      entry.at ?? now,
      entry.actor,
      entry.action,
      entry.proposalId ?? null,
      entry.detail ?? null,
    );
  /** Old page versions in the write-ahead log would still hold deleted content: fold them in. */
  const forgetOldPages = () => db.pragma('wal_checkpoint(TRUNCATE)');
  /** Deletes a proposal and records why, in one transaction; the live wall hears if it was shown. */
  function remove(before: ProposalRecord, entry: AuditInput, now: string, withdrawnId?: string) {
    db.transaction(() => {
      q.delete.run(before.number);
      if (withdrawnId) q.insertWithdrawn.run(withdrawnId, now);
      audit(entry, now);
    }).immediate();
    forgetOldPages();
    listeners.emit(removedEventFor(before));
    return before;
  }
  const row = (statement: Database.Statement, ...args: unknown[]) => {
    const found = statement.get(...args) as ProposalRow | undefined;
    return found ? fromRow(found) : undefined;
  };
  const rows = (statement: Database.Statement, ...args: unknown[]) =>
    (statement.all(...args) as ProposalRow[]).map(fromRow);
  const toMeeting = (r: { code: string; title: string; created_at: string }): Meeting => ({
    code: r.code,
    title: r.title,
    createdAt: r.created_at,
  });

  /** Runs a change in a transaction and tells the live wall about it once it is committed. */
  function change(work: () => [ProposalRecord | undefined, ProposalRecord | undefined]) {
    const [before, after] = db.transaction(work).immediate();
    if (after) listeners.emit(liveEventFor(before, after));
    return after;
  }

  return {
    ...sqliteSurveys(db),
    kind: 'sqlite',
    async submit(id, value, fingerprint, now) {
      let outcome: 'created' | 'unchanged' | 'updated' = 'created';
      const record = change(() => {
        const before = row(q.byId, id);
        if (!before) q.insert.run(id, ...contentValues(value, fingerprint), now, now);
        else if (before.fingerprint === fingerprint) outcome = 'unchanged';
        else {
          outcome = 'updated';
          q.resubmit.run(...contentValues(value, fingerprint), now, id);
        }
        return [before, row(q.byId, id)];
      })!;
      return { outcome, record };
    },
    async list(status?: ModerationStatus) {
      return status ? rows(q.byStatus, status) : rows(q.all);
    },
    async byNumber(number) {
      return row(q.byNumber, number);
    },
    async byIds(ids) {
      return rows(q.byIds, JSON.stringify(ids));
    },
    async edit(number, value, fingerprint, now) {
      return change(() => {
        const before = row(q.byNumber, number);
        if (before) q.edit.run(...contentValues(value, fingerprint), now, number);
        return [before, before && row(q.byNumber, number)];
      });
    },
    async decide(number, decision: Decision, now) {
      return change(() => {
        const before = row(q.byNumber, number);
        if (before) {
          const reason = decision.status === 'afgewezen' ? decision.reason : null;
          q.decide.run(decision.status, reason, now, now, decision.status, now, number);
        }
        return [before, before && row(q.byNumber, number)];
      });
    },
    async withdraw(id, now) {
      const before = row(q.byId, id);
      if (!before) {
        q.insertWithdrawn.run(id, now);
        return undefined;
      }
      return remove(
        before,
        { actor: SUBMITTER_ACTOR, action: 'withdraw', proposalId: before.number },
        now,
        id,
      );
    },
    async wasWithdrawn(id) {
      return q.wasWithdrawn.get(id) !== undefined;
    },
    async erase(number, actor, now) {
      const before = row(q.byNumber, number);
      return before && remove(before, { actor, action: 'erase', proposalId: number }, now);
    },
    async applyRetention(cutoffs, now) {
      const result = db
        .transaction(() => {
          const contacts = q.contactExpired.all(cutoffs.contactDecidedBefore) as number[];
          for (const number of contacts) {
            q.clearContact.run(number);
            audit({ actor: RETENTION_ACTOR, action: 'erase-contact', proposalId: number }, now);
          }
          const rejected = q.rejectedExpired.all(cutoffs.rejectedDecidedBefore) as number[];
          for (const number of rejected) {
            q.delete.run(number);
            audit({ actor: RETENTION_ACTOR, action: 'erase', proposalId: number }, now);
          }
          return { contactsErased: contacts.length, rejectedErased: rejected.length };
        })
        .immediate();
      if (result.contactsErased + result.rejectedErased > 0) forgetOldPages();
      return result;
    },
    async createMeeting(meeting) {
      return q.insertMeeting.run(meeting.code, meeting.title, meeting.createdAt).changes === 1;
    },
    async meetings() {
      return (q.meetings.all() as Parameters<typeof toMeeting>[0][]).map(toMeeting);
    },
    async meeting(code) {
      const found = q.meeting.get(code) as Parameters<typeof toMeeting>[0] | undefined;
      return found && toMeeting(found);
    },
    async forMeeting(code) {
      return rows(q.forMeeting, code);
    },
    async addModerator(name, tokenHash, now) {
      return q.addModerator.run(name, tokenHash, now).changes === 1;
    },
    async revokeModerator(name, now) {
      return q.revokeModerator.run(now, name).changes === 1;
    },
    async moderators() {
      return (q.moderators.all() as ModeratorRow[]).map(moderatorFromRow);
    },
    async moderatorByTokenHash(tokenHash) {
      return (q.moderatorByHash.get(tokenHash) as { name: string } | undefined)?.name;
    },
    async recordAudit(entry) {
      q.recordAudit.run(
        entry.at ?? new Date().toISOString(),
        entry.actor,
        entry.action,
        entry.proposalId ?? null,
        entry.detail ?? null,
      );
    },
    async auditLog(limit = 1000) {
      return (q.auditLog.all(limit) as AuditRow[]).map(auditFromRow);
    },
    async ping() {
      db.prepare('SELECT 1').get();
    },
    subscribe: listeners.subscribe,
    async close() {
      db.close();
    },
  };
}
