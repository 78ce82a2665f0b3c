-- Administrative-procedure dossiers synced from the one-stop system (docs/dossiers.md), the
-- procedure catalogue they join, the working-day calendar and the log of imports.
-- Dates are integers yyyymmdd (20250314): ordered, compact and still readable in a SQL shell.

CREATE TABLE dossier_units (
    id            INTEGER PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,    -- DonViXuLy, as the one-stop system writes it
    plan_unit_key TEXT REFERENCES units (unit_key) ON UPDATE CASCADE ON DELETE SET NULL
);

CREATE TABLE procedures (
    id                   INTEGER PRIMARY KEY,
    code                 TEXT    NOT NULL UNIQUE,  -- MaTTHC
    name                 TEXT    NOT NULL DEFAULT '',
    field_code           TEXT    NOT NULL DEFAULT '',
    online_level         INTEGER NOT NULL CHECK (online_level IN (2, 3, 4)),
    has_fee              INTEGER NOT NULL CHECK (has_fee IN (0, 1)),
    online_payment_ready INTEGER NOT NULL CHECK (online_payment_ready IN (0, 1)),
    issues_result        INTEGER NOT NULL CHECK (issues_result IN (0, 1)),
    time_limit_days      INTEGER CHECK (time_limit_days >= 0),
    in_catalogue         INTEGER NOT NULL CHECK (in_catalogue IN (0, 1))  -- 0: seen in dossiers only
);

-- unit_id and procedure_id point into dossier_units and procedures. They carry no REFERENCES
-- clause on purpose: the only writer (the import) registers them first in the same
-- transaction, units and procedures are never deleted, and a foreign-key probe per row would
-- cost a third of the import's time on a province's two million dossiers.
CREATE TABLE dossiers (
    code                TEXT    PRIMARY KEY,  -- MaHoSo
    unit_id             INTEGER NOT NULL,
    procedure_id        INTEGER NOT NULL,
    channel             INTEGER NOT NULL CHECK (channel BETWEEN 1 AND 3),
    status              INTEGER NOT NULL CHECK (status BETWEEN 1 AND 10),
    received            INTEGER NOT NULL,
    due                 INTEGER NOT NULL,
    due_derived         INTEGER NOT NULL CHECK (due_derived IN (0, 1)),  -- from the time limit
    ended               INTEGER,
    returned            INTEGER,
    apologised          INTEGER,
    supplement_requests INTEGER NOT NULL CHECK (supplement_requests >= 0),
    paused_days         INTEGER NOT NULL CHECK (paused_days >= 0),
    paid_online         INTEGER NOT NULL CHECK (paid_online IN (0, 1, 2)),
    digitised           INTEGER NOT NULL CHECK (digitised IN (0, 1)),
    reused              INTEGER NOT NULL CHECK (reused IN (0, 1)),
    electronic_result   INTEGER NOT NULL CHECK (electronic_result IN (0, 1)),
    complained          INTEGER NOT NULL CHECK (complained IN (0, 1))
) WITHOUT ROWID;

CREATE TABLE calendar_days (
    day  INTEGER PRIMARY KEY,  -- yyyymmdd
    kind TEXT    NOT NULL CHECK (kind IN ('holiday', 'working_day')),
    name TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE dossier_imports (
    id          INTEGER PRIMARY KEY,
    imported_at TEXT    NOT NULL,  -- ISO 8601 UTC
    source      TEXT    NOT NULL,  -- the file's name
    kind        TEXT    NOT NULL CHECK (kind IN ('dossiers', 'procedures')),
    rows_read   INTEGER NOT NULL,
    inserted    INTEGER NOT NULL,
    updated     INTEGER NOT NULL,
    rejected    INTEGER NOT NULL,
    latest_day  INTEGER,           -- the newest date in the data: how fresh it is
    imported_by TEXT    NOT NULL DEFAULT ''
);
