"""Enrich domain logic."""
