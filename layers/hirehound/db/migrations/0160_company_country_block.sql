-- The duplicate decision's same-company block keeps to the posting's country (hirehound.db.postings
-- .semantic_candidates; README, "Dedup and search at scale"): at 1,000,000 postings a large employer's
-- block read all of its rows (a bitmap of up to 5,000 rows, each embedding a TOAST fetch) or scanned
-- the graph filtered by company. This index reads only the employer's rows in one country. Its leading
-- column serves every query postings_company_idx did (the company filter, the companies foreign key).
--
-- On a large deployed table, build it by hand beforehand with CREATE INDEX CONCURRENTLY under this
-- name (docs/deploy.md); the migration then only drops the old index.
CREATE INDEX IF NOT EXISTS postings_company_country_idx ON postings (company_id, country_code);
DROP INDEX IF EXISTS postings_company_idx;
