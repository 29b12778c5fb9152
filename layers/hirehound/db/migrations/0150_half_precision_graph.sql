-- The embedding graphs at half precision (README, "Dedup and search at scale"): at 1,000,000 postings
-- the full-precision graph (1.9 GB) and the country graphs (1.3 GB) no longer fit a 4 GB buffer cache
-- beside the table, and a duplicate decision read ~2,500 graph pages from outside it. A halfvec graph
-- stores each vector in 768 bytes instead of 1,536; queries order by the same expression
-- (hirehound.db.vector_index) and re-check the exact distance on the candidates.
--
-- The runner applies this file in one transaction, so the build is a plain CREATE INDEX: reads go on,
-- writes to postings wait for it. It builds nothing if a valid postings_embedding_half_idx exists: on a
-- large deployed table, build it by hand beforehand with CREATE INDEX CONCURRENTLY (docs/deploy.md,
-- "Rebuilding the HNSW index"); the deploy then drops the old graphs only. An invalid one (a failed
-- CONCURRENTLY build) is rebuilt.
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
        WHERE c.relname = 'postings_embedding_half_idx' AND i.indisvalid
          AND c.relnamespace = current_schema()::regnamespace
    ) THEN
        DROP INDEX IF EXISTS postings_embedding_half_idx;
        CREATE INDEX postings_embedding_half_idx ON postings
            USING hnsw ((embedding::halfvec(384)) halfvec_cosine_ops) WITH (m = 24, ef_construction = 128);
    END IF;
END
$$;

DROP INDEX IF EXISTS postings_embedding_idx;

-- The full-precision country graphs go too; index optimization builds their half-precision
-- successors (postings_embedding_half_<country>, hirehound.db.country_indexes) on its next run.
DO $$
DECLARE
    name text;
BEGIN
    FOR name IN
        SELECT c.relname FROM pg_class c
        WHERE c.relkind = 'i' AND c.relname LIKE 'postings\_embedding\_country\_%'
          AND c.relnamespace = current_schema()::regnamespace
    LOOP
        EXECUTE format('DROP INDEX %I', name);
    END LOOP;
END
$$;
