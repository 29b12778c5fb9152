"""The metric names the dashboard reads: re-exported from `hirehound.metric_catalog`, the one source
handlers emit from (pure stdlib, so synth does not load Powertools)."""

from typing import Final

from hirehound.metric_catalog import DIMENSIONS, NAMESPACE, SERVICE, Dimension, MetricName, schema

__all__ = ["DIMENSIONS", "NAMESPACE", "SERVICE", "Dimension", "MetricName", "schema"]

STAGE_SUCCEEDED: Final = MetricName.STAGE_SUCCEEDED
STAGE_FAILED: Final = MetricName.STAGE_FAILED
STAGE_DURATION: Final = MetricName.STAGE_DURATION
RATE_LIMIT_HITS: Final = MetricName.RATE_LIMIT_HITS
