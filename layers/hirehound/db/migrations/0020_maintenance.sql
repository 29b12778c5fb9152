-- Maintenance: liveness checks, daily stats snapshots, index maintenance log and the archive that
-- cleanup copies rows into before it deletes them.

-- The latest re-scrape check of each posting's URL (one row per posting, overwritten by each check).
CREATE TABLE posting_liveness (
    posting_id   bigint      PRIMARY KEY REFERENCES postings (id) ON DELETE CASCADE,
    outcome      text        NOT NULL CHECK (outcome IN ('alive', 'gone', 'unknown')),
    http_status  integer,
    final_url    text,
    detail       text,
    checked_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX posting_liveness_gone_idx ON posting_liveness (posting_id) WHERE outcome = 'gone';

-- Daily aggregate counts: one row per (day, dimension, key); re-running a day replaces its rows.
CREATE TABLE stats_snapshots (
    day        date        NOT NULL,
    dimension  text        NOT NULL,   -- status | source | company | skill
    key        text        NOT NULL,
    count      bigint      NOT NULL,
    taken_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (day, dimension, key)
);

-- What index optimization measured and did (one row per table and action).
CREATE TABLE index_maintenance_log (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    relation      text             NOT NULL,   -- the table, or the index for a reindex
    action        text             NOT NULL CHECK (action IN ('analyze', 'vacuum_analyze', 'reindex')),
    live_rows     bigint           NOT NULL,
    dead_rows     bigint           NOT NULL,
    changed_rows  bigint           NOT NULL,
    dead_ratio    double precision NOT NULL,
    reason        text             NOT NULL,
    done_at       timestamptz      NOT NULL DEFAULT now()
);

-- Archived postings: the row (without its vectors and search document), its skills and its duplicate
-- cluster history, as JSON so later columns are kept too. Written before the posting is deleted.
CREATE TABLE archived_postings (
    posting_id   bigint      PRIMARY KEY,
    raw_page_id  bigint      NOT NULL,
    url          text        NOT NULL,
    source       text        NOT NULL,
    status       text        NOT NULL,
    posting      jsonb       NOT NULL,
    skills       jsonb       NOT NULL DEFAULT '[]'::jsonb,
    clusters     jsonb       NOT NULL DEFAULT '[]'::jsonb,
    archived_at  timestamptz NOT NULL DEFAULT now()
);

-- Archived raw pages: the row (its body stays in object storage at bucket/object_key).
CREATE TABLE archived_raw_pages (
    raw_page_id  bigint      PRIMARY KEY,
    url          text        NOT NULL,
    bucket       text        NOT NULL,
    object_key   text        NOT NULL,
    page         jsonb       NOT NULL,
    archived_at  timestamptz NOT NULL DEFAULT now()
);
