-- One unresolved dead letter per failing item and stage: a repeat failure (another execution of the same
-- page, an SQS redelivery, a scraper re-sending it) becomes an occurrence of that letter instead of a
-- second letter. The letter keeps the latest failure (stage, error, execution, payload, last_failed_at),
-- the sum of attempts and the count of occurrences; `dead_letter_occurrences` keeps the newest
-- failures of each letter (bounded by the repository: hirehound.db.dead_letters.MAX_OCCURRENCES).
ALTER TABLE dead_letters
    ADD COLUMN last_failed_at timestamptz,
    ADD COLUMN occurrences integer NOT NULL DEFAULT 1;
UPDATE dead_letters SET last_failed_at = created_at;
ALTER TABLE dead_letters
    ALTER COLUMN last_failed_at SET NOT NULL,
    ALTER COLUMN last_failed_at SET DEFAULT now(),
    DROP CONSTRAINT dead_letters_workflow_stage_item_key_execution_id_key;

CREATE TABLE dead_letter_occurrences (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dead_letter_id  bigint      NOT NULL REFERENCES dead_letters (id) ON DELETE CASCADE,
    stage           text        NOT NULL,
    execution_id    text,       -- a retried recorder of the same execution adds nothing
    error_type      text        NOT NULL,
    error_message   text        NOT NULL,
    attempts        integer     NOT NULL,
    failed_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (dead_letter_id, execution_id)
);
CREATE INDEX dead_letter_occurrences_letter_idx ON dead_letter_occurrences (dead_letter_id, id);

-- Every existing letter is its own first occurrence.
INSERT INTO dead_letter_occurrences
    (dead_letter_id, stage, execution_id, error_type, error_message, attempts, failed_at)
SELECT id, stage, execution_id, error_type, error_message, attempts, created_at FROM dead_letters;

-- Fold `merged` into `survivor`: their occurrences and redrive audit rows move over, attempts and
-- occurrences add up, the first failure time is the earliest, and stage, error, execution and
-- last_failed_at come from the newest occurrence (the payload from the most recently failed letter).
-- The merged set stays 'redriven' while one of its redrives runs. The merged letters are deleted, and
-- only the newest `keep` occurrences stay.
CREATE FUNCTION dead_letters_merge(survivor bigint, merged bigint[], keep integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    everyone bigint[] := array_append(merged, survivor);
    totals record;
    latest record;
    newest_letter record;
    running record;
BEGIN
    SELECT sum(attempts) AS attempts, sum(occurrences) AS occurrences, min(created_at) AS created_at
      INTO totals FROM dead_letters WHERE id = ANY(everyone);
    SELECT payload INTO newest_letter FROM dead_letters WHERE id = ANY(everyone)
     ORDER BY last_failed_at DESC, id DESC LIMIT 1;
    SELECT state, redriven_at, redrive_execution_id, redrive_outcome INTO running FROM dead_letters
     WHERE id = ANY(everyone) ORDER BY (state = 'redriven') DESC, last_failed_at DESC, id DESC LIMIT 1;
    UPDATE dead_letter_occurrences SET dead_letter_id = survivor WHERE dead_letter_id = ANY(merged);
    UPDATE dead_letter_redrives SET dead_letter_id = survivor WHERE dead_letter_id = ANY(merged);
    DELETE FROM dead_letters WHERE id = ANY(merged);
    SELECT stage, execution_id, error_type, error_message, failed_at INTO latest
      FROM dead_letter_occurrences WHERE dead_letter_id = survivor ORDER BY failed_at DESC, id DESC LIMIT 1;
    UPDATE dead_letters SET
        attempts = totals.attempts,
        occurrences = totals.occurrences,
        created_at = totals.created_at,
        payload = newest_letter.payload,
        stage = coalesce(latest.stage, stage),
        execution_id = coalesce(latest.execution_id, execution_id),
        error_type = coalesce(latest.error_type, error_type),
        error_message = coalesce(latest.error_message, error_message),
        last_failed_at = coalesce(latest.failed_at, last_failed_at),
        state = running.state,
        redriven_at = running.redriven_at,
        redrive_execution_id = running.redrive_execution_id,
        redrive_outcome = running.redrive_outcome
    WHERE id = survivor;
    DELETE FROM dead_letter_occurrences WHERE dead_letter_id = survivor AND id NOT IN (
        SELECT id FROM dead_letter_occurrences WHERE dead_letter_id = survivor
         ORDER BY failed_at DESC, id DESC LIMIT keep);
END
$$;

-- Merge today's duplicates: per (workflow, stage, item) every unresolved letter into the oldest
-- (20 = MAX_OCCURRENCES when this was written).
SELECT dead_letters_merge(min(id), array_remove(array_agg(id), min(id)), 20)
  FROM dead_letters WHERE state <> 'resolved'
 GROUP BY workflow, stage, item_key HAVING count(*) > 1;

-- md5: item keys are URLs or message ids of any length, over btree's row limit when long.
CREATE UNIQUE INDEX dead_letters_unresolved_item_uq ON dead_letters (workflow, stage, md5(item_key))
    WHERE state <> 'resolved';
