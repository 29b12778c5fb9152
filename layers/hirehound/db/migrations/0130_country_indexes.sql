-- Index optimization also keeps one partial HNSW index per large country (hirehound.db.country_indexes)
-- and logs building and dropping them.
ALTER TABLE index_maintenance_log DROP CONSTRAINT index_maintenance_log_action_check;
ALTER TABLE index_maintenance_log ADD CONSTRAINT index_maintenance_log_action_check
    CHECK (action IN ('analyze', 'vacuum_analyze', 'reindex', 'create_index', 'drop_index'));
