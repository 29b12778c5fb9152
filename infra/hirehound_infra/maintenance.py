"""Maintenance and shared failure handling (`functions/maintenance/`)."""

from __future__ import annotations

from hirehound_infra.area import BusinessArea, SharedResources

#: The function that fills the liveness queue itself (the state machine passes it the queue URL).
LIVENESS_PRODUCER = ("MaintenanceEnqueueLiveness", "MaintenanceLiveness")


class MaintenanceArea(BusinessArea):
    """The dead-letter recorder and the scheduled maintenance jobs (expiry, revalidation, daily)."""

    area = "maintenance"

    def grant(self, shared: SharedResources) -> None:
        producer, queue = LIVENESS_PRODUCER
        if producer in self.functions and queue in self.queues:
            self.queues[queue].queue.grant_send_messages(self.functions[producer])
