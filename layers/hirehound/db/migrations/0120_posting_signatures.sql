-- The duplicate decision's signatures (content hash, MinHash) move out of postings into a side table,
-- as the LSH bands already are. Saving them used to be an UPDATE of postings that could not be HOT
-- (content_hash was indexed), so every decision inserted a new row version into every postings index,
-- the HNSW graph included: about half the decision's time at 1,000,000 postings (README, "Dedup and
-- search at scale"). Now a decision writes posting_signatures and posting_lsh_bands only, and
-- postings is left alone. A posting is "signed" (a canonical candidate) when it has a row here.
--
-- Writes to postings wait while the signatures are copied (EXCLUSIVE lock: reads and search go on),
-- so no decision of code still running the old way is lost in between; docs/deploy.md has the figures.
LOCK TABLE postings IN EXCLUSIVE MODE;

CREATE TABLE posting_signatures (
    posting_id    bigint   PRIMARY KEY REFERENCES postings (id) ON DELETE CASCADE,
    content_hash  text     NOT NULL,
    minhash       bigint[] NOT NULL
);

INSERT INTO posting_signatures (posting_id, content_hash, minhash)
    SELECT id, content_hash, coalesce(minhash, '{}') FROM postings WHERE content_hash IS NOT NULL;

CREATE INDEX posting_signatures_content_hash_idx ON posting_signatures (content_hash);

DROP INDEX postings_content_hash_idx;
ALTER TABLE postings DROP COLUMN content_hash, DROP COLUMN minhash;

ANALYZE posting_signatures;
