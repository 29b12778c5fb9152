"""Company enrichment (`functions/enrich/`): the stages and the per-provider worker queues.

The workers' task-token permissions are granted by `Workflows`, which knows which machine waits on
which queue; the CompanyCreated rule that starts the workflow is one of `hirehound_infra.routes`.
"""

from __future__ import annotations

from hirehound_infra.area import BusinessArea


class EnrichArea(BusinessArea):
    """Enrichment functions and the provider queues their worker consumes."""

    area = "enrich"
