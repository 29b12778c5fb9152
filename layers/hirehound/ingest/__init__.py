"""Ingest domain logic."""
