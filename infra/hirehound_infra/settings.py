"""Per-stage deployment settings, read from CDK context (`cdk.json`, overridable with `-c stage=prod`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from aws_cdk import RemovalPolicy
from aws_cdk import aws_logs as logs
from constructs import Node

from hirehound_infra import layer, swaps

_RETENTION = {
    1: logs.RetentionDays.ONE_DAY,
    3: logs.RetentionDays.THREE_DAYS,
    7: logs.RetentionDays.ONE_WEEK,
    14: logs.RetentionDays.TWO_WEEKS,
    30: logs.RetentionDays.ONE_MONTH,
    90: logs.RetentionDays.THREE_MONTHS,
    180: logs.RetentionDays.SIX_MONTHS,
    365: logs.RetentionDays.ONE_YEAR,
    731: logs.RetentionDays.TWO_YEARS,
}
_REMOVAL = {"destroy": RemovalPolicy.DESTROY, "retain": RemovalPolicy.RETAIN}
_EXPRESS_LOG_LEVELS = ("ALL", "ERROR")


def _flag(value: object) -> bool:
    """A context flag: `-c bundle=false` arrives as the string "false"."""
    return str(value).strip().lower() not in {"false", "0", "no", "off", ""}


@dataclass(frozen=True)
class StageSettings:
    """What differs between dev and prod; everything else is the same code."""

    stage: str
    min_acu: float
    max_acu: float
    readers: int
    nat_gateways: int
    log_retention_days: int
    removal_policy: str
    alarm_email: str | None
    express_log_level: str = "ALL"
    bundle: bool = True
    swaps: frozenset[str] = frozenset()

    @classmethod
    def from_context(cls, node: Node) -> StageSettings:
        """The settings of context `stage` (default "dev") from context `stages`."""
        stage = str(node.try_get_context("stage") or "dev")
        stages: dict[str, dict[str, Any]] = node.try_get_context("stages") or {}
        if stage not in stages:
            raise ValueError(
                f"no settings for stage {stage!r} in cdk.json context 'stages' ({sorted(stages)})"
            )
        raw = stages[stage]
        if "base" in raw:  # a stage that is another one plus its own keys (localstack: dev + swaps)
            raw = {**stages[raw["base"]], **{k: v for k, v in raw.items() if k != "base"}}
        if raw["removal_policy"] not in _REMOVAL:
            raise ValueError(f"removal_policy must be one of {sorted(_REMOVAL)}")
        express_log_level = str(raw.get("express_log_level", "ALL"))
        if express_log_level not in _EXPRESS_LOG_LEVELS:
            raise ValueError(f"express_log_level must be one of {list(_EXPRESS_LOG_LEVELS)}")
        bundle = node.try_get_context("bundle")
        return cls(
            stage=stage,
            min_acu=float(raw["min_acu"]),
            max_acu=float(raw["max_acu"]),
            readers=int(raw.get("readers", 0)),
            nat_gateways=int(raw.get("nat_gateways", 1)),
            log_retention_days=int(raw["log_retention_days"]),
            removal_policy=str(raw["removal_policy"]),
            alarm_email=str(raw.get("alarm_email") or "") or None,
            express_log_level=express_log_level,
            bundle=True if bundle is None else _flag(bundle),
            swaps=swaps.parse(raw.get("swaps", [])),
        )

    @property
    def platform(self) -> layer.Platform:
        """The functions' and layers' platform: AWS's arm64, or with the host-platform swap the machine
        that synthesizes (LocalStack runs the functions there)."""
        return layer.platform_for("host") if self.swapped("host-platform") else layer.ARM64

    def swapped(self, name: str) -> bool:
        """Whether this stage replaces what swap `name` (hirehound_infra.swaps) stands in for."""
        return swaps.named(name) in self.swaps

    @property
    def removal(self) -> RemovalPolicy:
        """For buckets, log groups and secrets."""
        return _REMOVAL[self.removal_policy]

    @property
    def database_removal(self) -> RemovalPolicy:
        """A retained database keeps a final snapshot instead."""
        return RemovalPolicy.SNAPSHOT if self.removal_policy == "retain" else RemovalPolicy.DESTROY

    @property
    def is_production(self) -> bool:
        return self.removal_policy == "retain"

    @property
    def log_retention(self) -> logs.RetentionDays:
        """The shortest allowed retention at or above the configured number of days."""
        days = next((d for d in sorted(_RETENTION) if d >= self.log_retention_days), max(_RETENTION))
        return _RETENTION[days]
