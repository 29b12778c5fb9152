"""Maintenance domain logic."""
