-- Dead-letter lifecycle and redrive audit trail.
-- state: open (needs attention) -> redriven (an execution restarted it) -> resolved (that execution
-- succeeded); a failed redrive puts the letter back to open with its attempts added.
ALTER TABLE dead_letters
    ADD COLUMN state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'redriven', 'resolved')),
    ADD COLUMN resolved_at timestamptz;
UPDATE dead_letters SET state = 'redriven' WHERE redriven_at IS NOT NULL;
DROP INDEX IF EXISTS dead_letters_open_idx;
CREATE INDEX dead_letters_state_idx ON dead_letters (state, workflow, stage);

-- One row per redrive: which execution restarted the letter, when, and how it ended.
CREATE TABLE dead_letter_redrives (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dead_letter_id  bigint      NOT NULL REFERENCES dead_letters (id) ON DELETE CASCADE,
    execution_name  text        NOT NULL UNIQUE,
    execution_arn   text,
    started_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    outcome         text        NOT NULL DEFAULT 'running'
                    CHECK (outcome IN ('running', 'succeeded', 'failed', 'not_started')),
    error           text
);
CREATE INDEX dead_letter_redrives_letter_idx ON dead_letter_redrives (dead_letter_id);
CREATE INDEX dead_letter_redrives_running_idx ON dead_letter_redrives (id) WHERE outcome = 'running';
