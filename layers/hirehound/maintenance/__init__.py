"""Scheduled maintenance: expiry, cluster revalidation, liveness checks, stats, index optimization and
cleanup. Each module's `run` is one idempotent workflow stage; the decisions are pure functions."""
