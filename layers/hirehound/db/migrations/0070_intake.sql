-- Intake: one row per scraped page reference, keyed by its hash. Express executions are not
-- deduplicated by name, so this row is what makes intake idempotent: a page whose run finished is not
-- run again when its message is redelivered (or sent twice). A run that did not finish leaves the row
-- 'running' or 'failed'; the next delivery runs the page again (every stage is idempotent).
CREATE TABLE intake_pages (
    page_key       text        PRIMARY KEY,          -- sha256 of the page reference (url, bucket, key, charset)
    url            text        NOT NULL,
    page           jsonb       NOT NULL,
    state          text        NOT NULL DEFAULT 'running' CHECK (state IN ('running', 'finished', 'failed')),
    outcome        text,                             -- finished: published | duplicate | rejected | dead_letter
    posting_id     bigint,
    runs           integer     NOT NULL DEFAULT 1,   -- executions started for this page
    execution_arn  text,                             -- the latest run
    error          text,                             -- failed: the run's error and cause
    billed_ms      integer,                          -- the latest run's Express billed duration
    started_at     timestamptz NOT NULL DEFAULT now(),
    finished_at    timestamptz
);
CREATE INDEX intake_pages_running_idx ON intake_pages (started_at) WHERE state = 'running';
