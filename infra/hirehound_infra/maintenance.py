"""Maintenance and shared failure handling (`functions/maintenance/`)."""

from __future__ import annotations

from hirehound_infra.area import BusinessArea


class MaintenanceArea(BusinessArea):
    """The dead-letter recorder and, later, scheduled maintenance jobs."""

    area = "maintenance"
