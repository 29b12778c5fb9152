"""Company enrichment: providers, shared rate limits and circuit breakers, merge and derived fields."""
