-- Company enrichment: shared per-provider rate limits (token buckets) and circuit breakers, and the
-- company fields copied onto postings so listings need no join.

-- One token bucket per external provider, shared by every worker: a worker locks the row, refills it
-- for the time elapsed, takes a token or learns how long to wait. Times are epoch seconds from the
-- caller's clock (injectable in tests).
CREATE TABLE provider_rate_limits (
    provider       text             PRIMARY KEY,
    capacity       double precision NOT NULL CHECK (capacity >= 1),
    refill_per_s   double precision NOT NULL CHECK (refill_per_s > 0),
    tokens         double precision NOT NULL,
    refilled_at    double precision NOT NULL,
    blocked_until  double precision NOT NULL DEFAULT 0,   -- a provider's Retry-After
    hits           bigint           NOT NULL DEFAULT 0,   -- requests told to wait
    granted        bigint           NOT NULL DEFAULT 0
);

-- One circuit breaker per provider: closed -> open after `failure_threshold` consecutive failures,
-- half-open after `cooldown_s` (one trial call), closed again on a success.
CREATE TABLE provider_circuits (
    provider              text             PRIMARY KEY,
    state                 text             NOT NULL DEFAULT 'closed'
                                           CHECK (state IN ('closed', 'open', 'half_open')),
    consecutive_failures  integer          NOT NULL DEFAULT 0,
    failure_threshold     integer          NOT NULL DEFAULT 5 CHECK (failure_threshold >= 1),
    cooldown_s            double precision NOT NULL DEFAULT 60 CHECK (cooldown_s > 0),
    opened_at             double precision,
    trial_started_at      double precision,
    last_error            text,
    updated_at            timestamptz      NOT NULL DEFAULT now()
);

-- Company fields shown with a posting, kept in step by the enrichment workflow's last stage.
ALTER TABLE postings
    ADD COLUMN company_name        text,
    ADD COLUMN company_industry    text,
    ADD COLUMN company_size_range  text,
    ADD COLUMN company_logo_url    text;

CREATE INDEX companies_merged_into_idx ON companies (merged_into) WHERE merged_into IS NOT NULL;
