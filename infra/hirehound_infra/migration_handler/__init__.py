"""The migration custom resource's Lambda code (its own asset; runs with the shared layer)."""
