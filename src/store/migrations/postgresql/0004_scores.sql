-- The PAR index score (docs/methodology.md): each year's methodology as imported, the appraisal
-- round's figures per criterion (this year's round and last year's imported result sheet) and the
-- values people enter for criteria. Codes are the plan's criterion codes ("I", "3.2.1").
-- PostgreSQL dialect of migrations/sqlite/0004_scores.sql (see 0001_plan.sql for the mapping).

CREATE TABLE methodologies (
    year        BIGINT  PRIMARY KEY,          -- the plan's year, given, never assigned
    text        TEXT    NOT NULL,             -- the YAML document as imported, shown as written
    source_name TEXT    NOT NULL DEFAULT '',  -- the file's name
    imported_at TEXT    NOT NULL,             -- ISO 8601 UTC
    imported_by TEXT    NOT NULL DEFAULT ''
);

-- A NULL number is one the round has not given (yet), which is not 0 points.
CREATE TABLE criterion_results (
    year              BIGINT  NOT NULL,
    code              TEXT    NOT NULL,
    max_points        DOUBLE PRECISION,             -- as the result sheet gives it
    self_points       DOUBLE PRECISION,             -- the ward's self-assessment
    self_explanation  TEXT    NOT NULL DEFAULT '',
    appraised_points  DOUBLE PRECISION,             -- the appraisal council's
    appraisal_comment TEXT    NOT NULL DEFAULT '',
    ward_explanation  TEXT    NOT NULL DEFAULT '',  -- the ward's answer to the appraisal
    final_points      DOUBLE PRECISION,             -- the published result
    updated_at        TEXT    NOT NULL DEFAULT '',  -- ISO 8601 UTC
    updated_by        TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (year, code)
);

CREATE TABLE criterion_entries (
    year       BIGINT  NOT NULL,
    code       TEXT    NOT NULL,
    value      DOUBLE PRECISION NOT NULL,    -- a survey result, a count or points
    note       TEXT    NOT NULL DEFAULT '',
    entered_at TEXT    NOT NULL,             -- ISO 8601 UTC
    entered_by TEXT    NOT NULL,
    PRIMARY KEY (year, code)
);
