import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { LiveEvent, Meeting, ModerationStatus } from '../../proposals/contract';
import { MIGRATIONS } from './migrations';
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
  type SubmitOutcome,
  toPublic,
} from './repository';
import { inTransaction } from './pg-transaction';
import { postgresSurveys } from './postgres-survey';
import {
  ADD_MODERATOR,
  CLEAR_PERSONAL,
  CONTENT_COLUMNS,
  contentValues,
  fromRow,
  HAS_PERSONAL,
  type ProposalRow,
} from './rows';

const CHANNEL = 'samen_buurten_live';
// Any constant: migrations of several processes starting together run one after the other.
const MIGRATION_LOCK = 727_001;

type Client = pg.PoolClient;

async function migrate(pool: pg.Pool) {
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)`);
    const { rows } = await client.query<{ version: number }>(
      'SELECT version FROM schema_migrations',
    );
    const done = new Set(rows.map((r) => r.version));
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await client.query(m.postgres);
      await client.query('INSERT INTO schema_migrations VALUES ($1, $2, now())', [
        m.version,
        m.name,
      ]);
    }
  });
}

const placeholders = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => `$${from + i}`).join(', ');
const setContent = CONTENT_COLUMNS.map((c, i) => `${c} = $${i + 1}`).join(', ');
const N = CONTENT_COLUMNS.length;

/**
 * PostgreSQL, for when one machine is not enough: several server processes share the database, and
 * live-wall events travel between them with LISTEN/NOTIFY, sent in the same transaction as the change.
 */
export async function openPostgres(connectionString: string): Promise<Repository> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  await migrate(pool);
  const listeners = createListeners();
  // This process hears its own changes at once, after the commit; NOTIFY carries them to the others.
  const origin = randomUUID();
  const listener = await pool.connect();
  // A notice names only the proposal (NOTIFY payloads are limited to 8000 bytes); the other
  // processes read it back, after the commit, so they also see what it has become since.
  const surveys = postgresSurveys(pool, (client, meeting) =>
    client.query('SELECT pg_notify($1, $2)', [
      CHANNEL,
      JSON.stringify({ origin, survey: meeting }),
    ]),
  );
  listener.on('notification', (message) => {
    if (message.channel !== CHANNEL || !message.payload) return;
    const notice = JSON.parse(message.payload) as {
      origin: string;
      number: number;
      survey?: string;
    };
    if (notice.origin === origin) return;
    if (notice.survey !== undefined) return surveys.heard(notice.survey);
    void one(pool, 'SELECT * FROM proposals WHERE number = $1', [notice.number]).then(
      (record) =>
        listeners.emit(
          record?.status === 'goedgekeurd'
            ? { type: 'approved', proposal: toPublic(record) }
            : { type: 'removed', number: notice.number },
        ),
      () => {}, // the next change or a reload brings the wall up to date
    );
  });
  await listener.query(`LISTEN ${CHANNEL}`);

  const one = async (client: Client | pg.Pool, sql: string, args: unknown[]) => {
    const { rows } = await client.query<ProposalRow>(sql, args);
    return rows[0] ? fromRow(rows[0]) : undefined;
  };
  const many = async (sql: string, args: unknown[] = []) =>
    (await pool.query<ProposalRow>(sql, args)).rows.map(fromRow);

  /** A change and its live event in one transaction: the event is sent only if the change commits. */
  async function change(
    work: (client: Client) => Promise<[ProposalRecord | undefined, ProposalRecord | undefined]>,
  ) {
    let event: LiveEvent | undefined;
    const after = await inTransaction(pool, async (client) => {
      const [before, changed] = await work(client);
      event = changed && liveEventFor(before, changed);
      if (event && changed)
        await client.query('SELECT pg_notify($1, $2)', [
          CHANNEL,
          JSON.stringify({ origin, number: changed.number }),
        ]);
      return changed;
    });
    listeners.emit(event);
    return after;
  }

  const audit = (client: Client | pg.Pool, entry: AuditInput, now: string) =>
    client.query(
      'INSERT INTO audit_log (at, actor, action, proposal_id, detail) VALUES ($1, $2, $3, $4, $5)',
      [entry.at ?? now, entry.actor, entry.action, entry.proposalId ?? null, entry.detail ?? null],
    );
  const rememberWithdrawn = (client: Client, id: string, now: string) =>
    client.query(
      'INSERT INTO withdrawn_proposals (id, withdrawn_at) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [id, now],
    );

  /** Deletes a proposal with its audit entry in one transaction; the live wall hears if it was shown. */
  async function remove(
    find: (client: Client) => Promise<ProposalRecord | undefined>,
    entry: (before: ProposalRecord) => AuditInput,
    now: string,
    also?: (client: Client) => Promise<unknown>,
  ) {
    let event: LiveEvent | undefined;
    const removed = await inTransaction(pool, async (client) => {
      await also?.(client);
      const before = await find(client);
      if (!before) return undefined;
      await client.query('DELETE FROM proposals WHERE number = $1', [before.number]);
      await audit(client, entry(before), now);
      event = removedEventFor(before);
      if (event)
        await client.query('SELECT pg_notify($1, $2)', [
          CHANNEL,
          JSON.stringify({ origin, number: before.number }),
        ]);
      return before;
    });
    listeners.emit(event);
    return removed;
  }

  const lockById = 'SELECT * FROM proposals WHERE id = $1 FOR UPDATE';
  const lockByNumber = 'SELECT * FROM proposals WHERE number = $1 FOR UPDATE';

  return {
    ...surveys,
    kind: 'postgres',
    async submit(id, value, fingerprint, now) {
      let outcome: SubmitOutcome = 'created';
      const record = await change(async (client) => {
        const inserted = await one(
          client,
          `INSERT INTO proposals (id, ${CONTENT_COLUMNS.join(', ')}, received_at, updated_at)
           VALUES ($1, ${placeholders(2, N)}, $${N + 2}, $${N + 2})
           ON CONFLICT (id) DO NOTHING RETURNING *`,
          [id, ...contentValues(value, fingerprint), now],
        );
        if (inserted) return [undefined, inserted];
        const before = await one(client, lockById, [id]);
        if (before?.fingerprint === fingerprint) {
          outcome = 'unchanged';
          return [before, before];
        }
        outcome = 'updated';
        const after = await one(
          client,
          `UPDATE proposals SET ${setContent}, status = 'ingediend', reason = NULL,
             decided_at = NULL, approved_at = NULL, updated_at = $${N + 1}
           WHERE id = $${N + 2} RETURNING *`,
          [...contentValues(value, fingerprint), now, id],
        );
        return [before, after];
      });
      return { outcome, record: record! };
    },
    async list(status?: ModerationStatus) {
      return status
        ? many('SELECT * FROM proposals WHERE status = $1 ORDER BY number', [status])
        : many('SELECT * FROM proposals ORDER BY number');
    },
    async byNumber(number) {
      return one(pool, 'SELECT * FROM proposals WHERE number = $1', [number]);
    },
    async byIds(ids) {
      return many('SELECT * FROM proposals WHERE id = ANY($1::text[])', [ids]);
    },
    async edit(number, value, fingerprint, now) {
      return change(async (client) => {
        const before = await one(client, lockByNumber, [number]);
        if (!before) return [undefined, undefined];
        const after = await one(
          client,
          `UPDATE proposals SET ${setContent}, updated_at = $${N + 1} WHERE number = $${N + 2}
           RETURNING *`,
          [...contentValues(value, fingerprint), now, number],
        );
        return [before, after];
      });
    },
    async decide(number, decision: Decision, now) {
      return change(async (client) => {
        const before = await one(client, lockByNumber, [number]);
        if (!before) return [undefined, undefined];
        const approved = decision.status === 'goedgekeurd';
        const after = await one(
          client,
          `UPDATE proposals SET status = $1, reason = $2, decided_at = $3, updated_at = $3,
             approved_at = $4 WHERE number = $5 RETURNING *`,
          [decision.status, approved ? null : decision.reason, now, approved ? now : null, number],
        );
        return [before, after];
      });
    },
    async withdraw(id, now) {
      return remove(
        (client) => one(client, lockById, [id]),
        (before) => ({ actor: SUBMITTER_ACTOR, action: 'withdraw', proposalId: before.number }),
        now,
        (client) => rememberWithdrawn(client, id, now),
      );
    },
    async wasWithdrawn(id) {
      const { rowCount } = await pool.query('SELECT 1 FROM withdrawn_proposals WHERE id = $1', [
        id,
      ]);
      return (rowCount ?? 0) > 0;
    },
    async erase(number, actor, now) {
      return remove(
        (client) => one(client, lockByNumber, [number]),
        () => ({ actor, action: 'erase', proposalId: number }),
        now,
      );
    },
    async applyRetention(cutoffs, now) {
      return inTransaction(pool, async (client) => {
        const contacts = await client.query<{ number: string }>(
          `UPDATE proposals SET ${CLEAR_PERSONAL}
           WHERE ${HAS_PERSONAL} AND decided_at IS NOT NULL AND decided_at < $1
           RETURNING number`,
          [cutoffs.contactDecidedBefore],
        );
        for (const { number } of contacts.rows)
          await audit(
            client,
            { actor: RETENTION_ACTOR, action: 'erase-contact', proposalId: Number(number) },
            now,
          );
        const rejected = await client.query<{ number: string }>(
          `DELETE FROM proposals
           WHERE status = 'afgewezen' AND decided_at IS NOT NULL AND decided_at < $1
           RETURNING number`,
          [cutoffs.rejectedDecidedBefore],
        );
        for (const { number } of rejected.rows)
          await audit(
            client,
            { actor: RETENTION_ACTOR, action: 'erase', proposalId: Number(number) },
            now,
          );
        return { contactsErased: contacts.rows.length, rejectedErased: rejected.rows.length };
      });
    },
    async createMeeting(meeting: Meeting) {
      const { rowCount } = await pool.query(
        'INSERT INTO meetings (code, title, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
        [meeting.code, meeting.title, meeting.createdAt],
      );
      return rowCount === 1;
    },
    async meetings() {
      const { rows } = await pool.query<{ code: string; title: string; created_at: Date }>(
        'SELECT * FROM meetings ORDER BY created_at DESC, code',
      );
      return rows.map((r) => ({
        code: r.code,
        title: r.title,
        createdAt: r.created_at.toISOString(),
      }));
    },
    async meeting(code) {
      const { rows } = await pool.query<{ code: string; title: string; created_at: Date }>(
        'SELECT * FROM meetings WHERE code = $1',
        [code],
      );
      const r = rows[0];
      return r && { code: r.code, title: r.title, createdAt: r.created_at.toISOString() };
    },
    async forMeeting(code) {
      return many('SELECT * FROM proposals WHERE meeting_code = $1 ORDER BY number', [code]);
    },
    async addModerator(name, tokenHash, now) {
      return (await pool.query(ADD_MODERATOR, [name, tokenHash, now])).rowCount === 1;
    },
    async revokeModerator(name, now) {
      const { rowCount } = await pool.query(
        'UPDATE moderators SET revoked_at = $1 WHERE name = $2 AND revoked_at IS NULL',
        [now, name],
      );
      return rowCount === 1;
    },
    async moderators() {
      const { rows } = await pool.query<ModeratorRow>('SELECT * FROM moderators ORDER BY name');
      return rows.map(moderatorFromRow);
    },
    async moderatorByTokenHash(tokenHash) {
      const { rows } = await pool.query<{ name: string }>(
        'SELECT name FROM moderators WHERE token_hash = $1 AND revoked_at IS NULL',
        [tokenHash],
      );
      return rows[0]?.name;
    },
    async recordAudit(entry) {
      await pool.query(
        'INSERT INTO audit_log (at, actor, action, proposal_id, detail) VALUES ($1, $2, $3, $4, $5)',
        [
          entry.at ?? new Date().toISOString(),
          entry.actor,
          entry.action,
          entry.proposalId ?? null,
          entry.detail ?? null,
        ],
      );
    },
    async auditLog(limit = 1000) {
      const { rows } = await pool.query<AuditRow>(
        'SELECT * FROM audit_log ORDER BY id DESC LIMIT $1',
        [limit],
      );
      return rows.map(auditFromRow);
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    subscribe: listeners.subscribe,
    async close() {
      listener.release();
      await pool.end();
    },
  };
}
