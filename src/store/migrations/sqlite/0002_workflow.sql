-- The year-round workflow: accounts and sessions, progress reports with their values, evidence
-- and document references, review, obstacles, comments, period locks and the audit log.

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    username      TEXT    NOT NULL UNIQUE,
    display_name  TEXT    NOT NULL,
    role          TEXT    NOT NULL,
    unit_key      TEXT    NOT NULL DEFAULT '',
    is_active     INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    password_hash TEXT    NOT NULL
);

CREATE TABLE sessions (
    token_digest TEXT    PRIMARY KEY,          -- SHA-256 of the cookie's token: a leaked table opens nothing
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token   TEXT    NOT NULL,
    expires_at   TEXT    NOT NULL              -- ISO 8601 UTC
);

CREATE TABLE reports (
    id             INTEGER PRIMARY KEY,
    plan_year      INTEGER NOT NULL,
    task_code      TEXT    NOT NULL,
    unit_key       TEXT    NOT NULL,
    role           TEXT    NOT NULL CHECK (role IN ('lead', 'coordinating')),
    period         TEXT    NOT NULL,           -- "2025-Q3"
    state          TEXT    NOT NULL CHECK (state IN ('draft', 'submitted', 'returned', 'accepted')),
    progress       TEXT    NOT NULL,
    narrative      TEXT    NOT NULL DEFAULT '',
    review_comment TEXT    NOT NULL DEFAULT '',
    updated_at     TEXT    NOT NULL,
    updated_by     TEXT    NOT NULL,
    submitted_at   TEXT    NOT NULL DEFAULT '',
    reviewed_at    TEXT    NOT NULL DEFAULT '',
    reviewed_by    TEXT    NOT NULL DEFAULT '',
    version        INTEGER NOT NULL DEFAULT 1,
    UNIQUE (plan_year, task_code, unit_key, period)
);

CREATE TABLE report_values (
    report_id    INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    target_index INTEGER NOT NULL,
    value        REAL    NOT NULL,
    PRIMARY KEY (report_id, target_index)
);

CREATE TABLE evidence (
    id          INTEGER PRIMARY KEY,
    report_id   INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    file_name   TEXT    NOT NULL,
    media_type  TEXT    NOT NULL,
    size        INTEGER NOT NULL,
    sha256      TEXT    NOT NULL,
    uploaded_at TEXT    NOT NULL,
    uploaded_by TEXT    NOT NULL
);

CREATE TABLE document_references (
    id            INTEGER PRIMARY KEY,
    report_id     INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    number_symbol TEXT    NOT NULL,
    issued_on     TEXT,
    issuing_body  TEXT    NOT NULL DEFAULT '',
    summary       TEXT    NOT NULL DEFAULT '',
    page          TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE obstacles (
    id          INTEGER PRIMARY KEY,
    plan_year   INTEGER NOT NULL,
    task_code   TEXT    NOT NULL,
    unit_key    TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    raised_at   TEXT    NOT NULL,
    raised_by   TEXT    NOT NULL,
    answer      TEXT    NOT NULL DEFAULT '',
    answered_at TEXT    NOT NULL DEFAULT '',
    answered_by TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE task_comments (
    id         INTEGER PRIMARY KEY,
    plan_year  INTEGER NOT NULL,
    task_code  TEXT    NOT NULL,
    text       TEXT    NOT NULL,
    written_at TEXT    NOT NULL,
    written_by TEXT    NOT NULL
);

CREATE TABLE period_locks (
    plan_year INTEGER NOT NULL,
    period    TEXT    NOT NULL,
    locked_at TEXT    NOT NULL,
    locked_by TEXT    NOT NULL,
    PRIMARY KEY (plan_year, period)
);

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT    NOT NULL,
    username  TEXT    NOT NULL,
    action    TEXT    NOT NULL,
    entity    TEXT    NOT NULL,
    task_code TEXT    NOT NULL DEFAULT '',
    before    TEXT    NOT NULL DEFAULT '',
    after     TEXT    NOT NULL DEFAULT ''
);

CREATE INDEX reports_by_task ON reports (plan_year, task_code);
CREATE INDEX evidence_by_report ON evidence (report_id);
CREATE INDEX audit_by_task ON audit_log (task_code);
