-- The plan register: units, plans, the criteria tree, assignments and targets.

CREATE TABLE units (
    id             INTEGER PRIMARY KEY,
    unit_key       TEXT    NOT NULL UNIQUE,  -- folded canonical name: the unit's identity
    name           TEXT    NOT NULL,
    kind           TEXT    NOT NULL CHECK (kind IN ('unit', 'group')),
    is_coordinator INTEGER NOT NULL DEFAULT 0 CHECK (is_coordinator IN (0, 1))
);

CREATE TABLE plans (
    id             INTEGER PRIMARY KEY,
    year           INTEGER NOT NULL UNIQUE,
    title          TEXT    NOT NULL DEFAULT '',
    issuing_body   TEXT    NOT NULL DEFAULT '',
    number         TEXT    NOT NULL DEFAULT '',
    issued_on      TEXT,                     -- yyyy-mm-dd
    place_and_date TEXT    NOT NULL DEFAULT '',
    signer_title   TEXT    NOT NULL DEFAULT '',
    signer_name    TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE plan_nodes (
    id            INTEGER PRIMARY KEY,
    plan_id       INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    code          TEXT    NOT NULL,          -- "I", "2.1", "2.1.1"
    position      INTEGER NOT NULL,          -- document order
    kind          TEXT    NOT NULL CHECK (kind IN ('area', 'group', 'task')),
    title         TEXT    NOT NULL,
    requirement   TEXT    NOT NULL DEFAULT '',
    deadline_kind TEXT,
    deadline_due  TEXT,                      -- yyyy-mm-dd
    deadline_text TEXT    NOT NULL DEFAULT '',
    source_line   INTEGER NOT NULL DEFAULT 0,
    UNIQUE (plan_id, code)
);

CREATE TABLE assignments (
    node_id  INTEGER NOT NULL REFERENCES plan_nodes (id) ON DELETE CASCADE,
    unit_id  INTEGER NOT NULL REFERENCES units (id),
    role     TEXT    NOT NULL CHECK (role IN ('lead', 'coordinating')),
    position INTEGER NOT NULL,
    PRIMARY KEY (node_id, role, unit_id)
);

CREATE TABLE targets (
    id             INTEGER PRIMARY KEY,
    node_id        INTEGER NOT NULL REFERENCES plan_nodes (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    label          TEXT    NOT NULL,
    comparator     TEXT    NOT NULL,
    value          REAL,
    unit           TEXT    NOT NULL DEFAULT '',
    reference_year INTEGER,
    origin         TEXT    NOT NULL CHECK (origin IN ('extracted', 'edited')),
    UNIQUE (node_id, position)
);

CREATE INDEX assignments_by_unit ON assignments (unit_id);
