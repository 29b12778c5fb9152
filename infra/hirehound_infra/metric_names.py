"""Metric names the dashboard reads; equal to `hirehound.observability.MetricName` and
`hirehound.enrich.worker.RATE_LIMIT_HITS` (a test keeps them equal). Kept here because importing the
layer's observability module pulls in Powertools and pydantic, seconds of synth time for five strings.
"""

from typing import Final

NAMESPACE: Final = "Hirehound"
SERVICE: Final = "hirehound"
STAGE_SUCCEEDED: Final = "StageSucceeded"
STAGE_FAILED: Final = "StageFailed"
STAGE_DURATION: Final = "StageDuration"
RATE_LIMIT_HITS: Final = "RateLimitHits"
STAGE_DIMENSIONS: Final = ("service", "workflow", "stage")
# Powertools adds `service` (POWERTOOLS_SERVICE_NAME) to every EMF record, single metrics included.
RATE_LIMIT_DIMENSIONS: Final = ("provider", "service")
