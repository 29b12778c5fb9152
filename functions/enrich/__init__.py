"""Company enrichment handlers."""
