-- Deleting a posting (the archive job; benchmarks/scale.py removing its probes) checks each foreign
-- key that references postings, and without an index on the referencing column each check is a
-- sequential scan: at 1,000,000 postings deleting 200 postings read 200 million rows (a scan of
-- postings per deleted row for duplicate_of; the cluster tables grow one row per posting too).
CREATE INDEX IF NOT EXISTS postings_duplicate_of_idx ON postings (duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX IF NOT EXISTS duplicate_clusters_canonical_idx ON duplicate_clusters (canonical_posting_id);
CREATE INDEX IF NOT EXISTS cluster_members_posting_idx ON cluster_members (posting_id);
