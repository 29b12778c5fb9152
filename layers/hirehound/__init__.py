"""Hirehound's domain library: the logic behind every pipeline stage, shipped as the Lambda layer."""
