"""Ingestion handlers: one thin Lambda entry point per stage."""
