"""Maintenance and shared failure-handling handlers."""
