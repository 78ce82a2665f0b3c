-- Official documents (docs/documents.md): the plan's body and "Nơi nhận" as imported, so the plan
-- can be printed again; who issues the ward's documents; and the texts the coordinator writes
-- for each periodic report.
-- PostgreSQL dialect of migrations/sqlite/0005_documents.sql (see 0001_plan.sql for the mapping).

ALTER TABLE plans ADD COLUMN body TEXT NOT NULL DEFAULT '';        -- paragraphs, one per line
ALTER TABLE plans ADD COLUMN recipients TEXT NOT NULL DEFAULT '';  -- "Nơi nhận" lines

-- One row: the ward's issuer block, signer and recipients. Absent until someone saves it; the
-- documents then use what the plan says.
CREATE TABLE document_settings (
    id               BIGINT PRIMARY KEY CHECK (id = 1),  -- always 1, written by the store
    ward_name        TEXT NOT NULL,
    superior_body    TEXT NOT NULL DEFAULT '',
    issuer           TEXT NOT NULL,
    place            TEXT NOT NULL,
    report_symbol    TEXT NOT NULL,
    report_number    TEXT NOT NULL DEFAULT '',
    signer_authority TEXT NOT NULL DEFAULT '',
    signer_title     TEXT NOT NULL,
    signer_name      TEXT NOT NULL DEFAULT '',
    recipients       TEXT NOT NULL DEFAULT '',  -- one per line
    updated_at       TEXT NOT NULL,             -- ISO 8601 UTC
    updated_by       TEXT NOT NULL DEFAULT ''
);

-- What the coordinator writes into one period's report: obstacles beyond those the data shows,
-- and proposals to the province.
CREATE TABLE report_notes (
    year       BIGINT  NOT NULL,
    period     TEXT    NOT NULL,  -- "2025-Q3"
    obstacles  TEXT    NOT NULL DEFAULT '',
    proposals  TEXT    NOT NULL DEFAULT '',
    updated_at TEXT    NOT NULL,
    updated_by TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (year, period)
);
