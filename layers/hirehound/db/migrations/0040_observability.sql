-- Step Functions executions, kept after the runtime that ran them is gone (locally moto's state dies
-- with the process): status, timing and each state's outcome from the execution history. The local
-- runner writes them when executions end; in AWS an EventBridge "Step Functions Execution Status
-- Change" rule can feed the same table.
CREATE TABLE workflow_executions (
    execution_arn  text        PRIMARY KEY,
    name           text        NOT NULL,
    workflow       text        NOT NULL,        -- the state machine's name
    status         text        NOT NULL,        -- RUNNING | SUCCEEDED | FAILED | TIMED_OUT | ABORTED
    started_at     timestamptz NOT NULL,
    stopped_at     timestamptz,
    error          text,
    cause          text,
    states         jsonb       NOT NULL DEFAULT '{}'::jsonb,  -- state name -> {entered, succeeded, failed, retried, outcome}
    recorded_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX workflow_executions_time_idx ON workflow_executions (workflow, started_at);
