-- Core schema: raw pages, postings, companies, skills, embeddings, duplicate clusters,
-- dead letters and stage runs. Later migrations add to it; none edits an applied file.

CREATE EXTENSION IF NOT EXISTS vector;

-- Every scraped page, stored before anything else is done with it. The body itself stays in object
-- storage (S3); this row is its hash and location. Same URL and bytes = same page (idempotent
-- ingest); the same bytes under another URL are another page, which dedup then finds identical.
CREATE TABLE raw_pages (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url           text        NOT NULL,
    source        text        NOT NULL,
    body_sha256   text        NOT NULL,
    bucket        text        NOT NULL,
    object_key    text        NOT NULL,
    size_bytes    integer     NOT NULL,
    charset       text,
    fetched_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (url, body_sha256)
);
CREATE INDEX raw_pages_sha_idx ON raw_pages (body_sha256);

CREATE TABLE companies (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name             text        NOT NULL,
    normalized_name  text        NOT NULL,
    domain           text        UNIQUE,
    blocking_key     text        NOT NULL,
    website          text,
    industry         text,
    size_range       text,
    size_confidence  real,
    hq_city          text,
    hq_country_code  text,
    hq_latitude      double precision,
    hq_longitude     double precision,
    logo_url         text,
    logo_width       integer,
    logo_height      integer,
    profile          jsonb       NOT NULL DEFAULT '{}'::jsonb,  -- merged provider data with provenance
    embedding        vector(384),
    enriched_at      timestamptz,
    merged_into      bigint      REFERENCES companies (id),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX companies_normalized_name_uq ON companies (normalized_name) WHERE domain IS NULL;
CREATE INDEX companies_blocking_key_idx ON companies (blocking_key);

CREATE TYPE posting_status AS ENUM (
    'processing', 'published', 'duplicate', 'rejected', 'expired', 'archived'
);

CREATE TABLE postings (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    raw_page_id        bigint      NOT NULL UNIQUE REFERENCES raw_pages (id),
    url                text        NOT NULL,
    source             text        NOT NULL,
    external_id        text,
    extraction_method  text        NOT NULL,
    raw                jsonb       NOT NULL,              -- RawPosting as extracted
    title              text,
    title_normalized   text,
    seniority          text,
    employment_type    text,
    remote_mode        text,
    city               text,
    region             text,
    country_code       text,
    latitude           double precision,
    longitude          double precision,
    salary_min         numeric,
    salary_max         numeric,
    salary_currency    text,
    salary_period      text,
    salary_annual_min  numeric,
    salary_annual_max  numeric,
    posted_on          date,
    expires_on         date,
    unparsed           jsonb       NOT NULL DEFAULT '{}'::jsonb,
    description_html   text,
    description_text   text,
    company_id         bigint      REFERENCES companies (id),
    content_hash       text,
    minhash            bigint[],
    embedding          vector(384),
    duplicate_verdict  text,
    duplicate_of       bigint      REFERENCES postings (id),
    quality_score      real,
    quality_reasons    jsonb,
    spam_score         real,
    spam_verdict       text,
    spam_reasons       jsonb,
    status             posting_status NOT NULL DEFAULT 'processing',
    status_reason      text,
    search_document    tsvector,
    stages_done        text[]      NOT NULL DEFAULT '{}',
    last_seen_at       timestamptz NOT NULL DEFAULT now(),
    published_at       timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX postings_status_idx ON postings (status);
CREATE INDEX postings_company_idx ON postings (company_id);
CREATE INDEX postings_content_hash_idx ON postings (content_hash);
CREATE INDEX postings_search_idx ON postings USING gin (search_document);
CREATE INDEX postings_embedding_idx ON postings USING hnsw (embedding vector_cosine_ops);

-- LSH band keys of each posting's MinHash signature: candidate lookup for near-duplicates.
CREATE TABLE posting_lsh_bands (
    posting_id  bigint NOT NULL REFERENCES postings (id) ON DELETE CASCADE,
    band        smallint NOT NULL,
    band_key    text   NOT NULL,
    PRIMARY KEY (posting_id, band)
);
CREATE INDEX posting_lsh_bands_key_idx ON posting_lsh_bands (band, band_key);

CREATE TABLE skills (
    id        integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name      text NOT NULL UNIQUE,
    category  text NOT NULL
);

CREATE TABLE posting_skills (
    posting_id  bigint  NOT NULL REFERENCES postings (id) ON DELETE CASCADE,
    skill_id    integer NOT NULL REFERENCES skills (id),
    mentions    integer NOT NULL DEFAULT 1,
    PRIMARY KEY (posting_id, skill_id)
);

-- Duplicate clusters: one canonical posting each. Membership rows are closed (left_at), never
-- deleted, so merges and splits keep their history.
CREATE TABLE duplicate_clusters (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    canonical_posting_id  bigint      NOT NULL REFERENCES postings (id),
    merged_into           bigint      REFERENCES duplicate_clusters (id),
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE cluster_members (
    cluster_id   bigint      NOT NULL REFERENCES duplicate_clusters (id),
    posting_id   bigint      NOT NULL REFERENCES postings (id),
    reason       text        NOT NULL,   -- canonical | exact | near | semantic | merge
    similarity   real,
    joined_at    timestamptz NOT NULL DEFAULT now(),
    left_at      timestamptz,
    PRIMARY KEY (cluster_id, posting_id, joined_at)
);
CREATE UNIQUE INDEX cluster_members_current_uq ON cluster_members (posting_id) WHERE left_at IS NULL;

-- Permanent failures from any workflow or queue, with everything needed to redrive them.
CREATE TABLE dead_letters (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workflow        text        NOT NULL,
    stage           text        NOT NULL,
    item_key        text        NOT NULL,       -- e.g. the page URL or posting id
    payload         jsonb       NOT NULL,       -- what to resubmit
    error_type      text        NOT NULL,
    error_message   text        NOT NULL,
    attempts        integer     NOT NULL,
    execution_id    text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    redriven_at     timestamptz,
    redrive_execution_id text,
    redrive_outcome text,
    UNIQUE (workflow, stage, item_key, execution_id)
);
CREATE INDEX dead_letters_open_idx ON dead_letters (workflow, stage) WHERE redriven_at IS NULL;

-- One row per handler invocation: durations, outcomes and attempts per stage.
CREATE TABLE stage_runs (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workflow      text        NOT NULL,
    stage         text        NOT NULL,
    item_key      text,
    execution_id  text,
    attempt       integer     NOT NULL DEFAULT 0,
    outcome       text        NOT NULL,     -- ok | transient_error | permanent_error | error
    error         text,
    duration_ms   real        NOT NULL,
    started_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stage_runs_stage_time_idx ON stage_runs (workflow, stage, started_at);
CREATE INDEX stage_runs_execution_idx ON stage_runs (execution_id, stage, item_key);

-- Batch ingestion: the completion step's summary, one row per batch (re-completing overwrites).
CREATE TABLE ingest_batches (
    batch_id      text        PRIMARY KEY,
    pages         integer     NOT NULL,
    outcomes      jsonb       NOT NULL,
    completed_at  timestamptz NOT NULL DEFAULT now()
);
