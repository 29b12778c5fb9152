-- Hybrid search's whole-table text step (hirehound.db.search; README, "Dedup and search at scale"):
-- a GIN index of the search document with the posting's country as one more lexeme, COUNTRY=<code>
-- (upper case: no text search dictionary produces it from a word, so it matches no query word). A
-- country-filtered search ANDs that lexeme into its query, so the index scan itself keeps to the
-- country, where it was the GIN lists of every posting's matches ANDed with a bitmap of all the
-- country's rows (at 1,000,000 postings 20-35 ms a query). It replaces postings_search_idx: the
-- plain document then has only the partial index of the newest postings
-- (hirehound.db.recent_search), so the search's first step can no longer be planned through the
-- whole table's lists. Same size (the lexeme is one entry a row); the expression must stay identical
-- to hirehound.db.search.tagged_document.
--
-- On a large deployed table, build it by hand beforehand with CREATE INDEX CONCURRENTLY under this
-- name (docs/deploy.md); the migration then only drops the old index.
CREATE INDEX IF NOT EXISTS postings_search_country_idx ON postings USING gin (
    (search_document || array_to_tsvector(array_remove(ARRAY['COUNTRY=' || nullif(country_code, '')], NULL)))
);
DROP INDEX IF EXISTS postings_search_idx;
