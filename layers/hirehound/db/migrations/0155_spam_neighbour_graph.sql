-- A graph of the postings judged spam, for the spam stage's "closest known spam" (postings.
-- nearest_spam_similarity). That query ordered a join by the distance to the other row's vector,
-- which no graph serves (and since 0150 none orders plain `embedding`), so it read every row of postings (a sequential scan on every page, 16 ms at 50,000 narrow rows, the whole 4 GB table
-- at 1,000,000). A partial graph holds only the spam rows, so the stage's work follows the number of
-- known scams, not of postings; a posting joins it when the stage stores the verdict 'spam'.
CREATE INDEX IF NOT EXISTS postings_spam_embedding_half_idx ON postings
    USING hnsw ((embedding::halfvec(384)) halfvec_cosine_ops)
    WHERE spam_verdict = 'spam' AND embedding IS NOT NULL;
