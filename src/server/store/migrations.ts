/**
 * Schema versions, oldest first, one statement list per database. A migration runs once, in a
 * transaction, and is recorded in schema_migrations; never edit one that has shipped, add a new one.
 */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'proposals and meetings',
    sqlite: `
      CREATE TABLE proposals (
        number INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        fingerprint TEXT NOT NULL,
        name TEXT NOT NULL,
        description TEXT NOT NULL,
        kind TEXT NOT NULL,
        website TEXT,
        contact TEXT,
        knelpunten TEXT NOT NULL,
        meeting_code TEXT,
        lng REAL NOT NULL,
        lat REAL NOT NULL,
        gemeente TEXT NOT NULL,
        wijk TEXT,
        status TEXT NOT NULL DEFAULT 'ingediend',
        reason TEXT,
        received_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        decided_at TEXT,
        approved_at TEXT
      );
      CREATE INDEX proposals_status ON proposals (status, number);
      CREATE INDEX proposals_meeting ON proposals (meeting_code, number);
      CREATE TABLE meetings (
        code TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        created_at TEXT NOT NULL
      );`,
    postgres: `
      CREATE TABLE proposals (
        number BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        fingerprint TEXT NOT NULL,
        name TEXT NOT NULL,
        description TEXT NOT NULL,
        kind TEXT NOT NULL,
        website TEXT,
        contact TEXT,
        knelpunten JSONB NOT NULL,
        meeting_code TEXT,
        lng DOUBLE PRECISION NOT NULL,
        lat DOUBLE PRECISION NOT NULL,
        gemeente TEXT NOT NULL,
        wijk TEXT,
        status TEXT NOT NULL DEFAULT 'ingediend',
        reason TEXT,
        received_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL,
        decided_at TIMESTAMPTZ,
        approved_at TIMESTAMPTZ
      );
      CREATE INDEX proposals_status ON proposals (status, number);
      CREATE INDEX proposals_meeting ON proposals (meeting_code, number);
      CREATE TABLE meetings (
        code TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL
      );`,
  },
  {
    version: 2,
    name: 'named moderators and the audit log',
    sqlite: `
      CREATE TABLE moderators (
        name TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      );
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        proposal_id INTEGER,
        detail TEXT
      );
      CREATE INDEX audit_log_proposal ON audit_log (proposal_id, id);`,
    postgres: `
      CREATE TABLE moderators (
        name TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      );
      CREATE TABLE audit_log (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        proposal_id BIGINT,
        detail TEXT
      );
      CREATE INDEX audit_log_proposal ON audit_log (proposal_id, id);`,
  },
  {
    version: 3,
    name: 'privacy: withdrawn proposal ids, retention by decision date',
    // A withdrawn id is kept (a random device id, not personal data) so that a late retry of the
    // submission cannot bring the proposal back.
    sqlite: `
      CREATE TABLE withdrawn_proposals (
        id TEXT PRIMARY KEY,
        withdrawn_at TEXT NOT NULL
      );
      CREATE INDEX proposals_decided ON proposals (status, decided_at);`,
    postgres: `
      CREATE TABLE withdrawn_proposals (
        id TEXT PRIMARY KEY,
        withdrawn_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX proposals_decided ON proposals (status, decided_at);`,
  },
  {
    version: 4,
    name: 'meeting surveys and their anonymous responses',
    // One response per device per meeting (the device id is random, kept on the phone); the open
    // answer is shown only after a moderator approves it.
    sqlite: `
      CREATE TABLE meeting_surveys (
        meeting_code TEXT PRIMARY KEY REFERENCES meetings (code),
        gemeente TEXT,
        levels TEXT NOT NULL,
        open_question INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        closed_at TEXT
      );
      CREATE TABLE survey_responses (
        number INTEGER PRIMARY KEY AUTOINCREMENT,
        meeting_code TEXT NOT NULL REFERENCES meeting_surveys (meeting_code),
        device TEXT NOT NULL,
        answers TEXT NOT NULL,
        wijk TEXT,
        open_text TEXT,
        open_status TEXT,
        received_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (meeting_code, device)
      );`,
    postgres: `
      CREATE TABLE meeting_surveys (
        meeting_code TEXT PRIMARY KEY REFERENCES meetings (code),
        gemeente TEXT,
        levels JSONB NOT NULL,
        open_question BOOLEAN NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL,
        closed_at TIMESTAMPTZ
      );
      CREATE TABLE survey_responses (
        number BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        meeting_code TEXT NOT NULL REFERENCES meeting_surveys (meeting_code),
        device TEXT NOT NULL,
        answers JSONB NOT NULL,
        wijk TEXT,
        open_text TEXT,
        open_status TEXT,
        received_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL,
        UNIQUE (meeting_code, device)
      );`,
  },
];
