-- Hybrid search at scale (benchmarks/scale.py; README, "Dedup and search at scale").
-- The text side ranks only the most recently published matches (hirehound.db.search.TEXT_POOL): for
-- a common word the planner walks this index newest first and stops after that many matches, instead
-- of ranking every match (3.4 s for "engineer" at 200,000 postings, measured); a rare word still
-- takes the GIN index.
CREATE INDEX postings_published_idx ON postings (published_at DESC, id DESC) WHERE status = 'published';
