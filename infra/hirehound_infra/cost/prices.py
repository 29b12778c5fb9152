"""The dated price list (`prices-us-east-1.json`): one entry per billed unit, each with its source."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, model_validator

DEFAULT_PATH = Path(__file__).with_name("prices-us-east-1.json")


class Tier(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    up_to: float | None  # cumulative quantity where the tier ends (None: no end)
    usd: float


class Price(BaseModel):
    """A unit price, flat (`usd`) or tiered by the month's total quantity (`tiers`)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    per: str
    usd: float | None = None
    tiers: tuple[Tier, ...] = ()
    minimum_units: float = 0.0
    source: str
    read_at: str | None = None
    note: str = ""

    @model_validator(mode="after")
    def _one_form(self) -> Price:
        if (self.usd is None) == (not self.tiers):
            raise ValueError("give either usd or tiers")
        return self

    def cost(self, quantity: float) -> float:
        """What `quantity` units cost in one month."""
        if self.usd is not None:
            return quantity * self.usd
        total, start = 0.0, 0.0
        for tier in self.tiers:
            end = quantity if tier.up_to is None else min(quantity, tier.up_to)
            if end > start:
                total += (end - start) * tier.usd
            if tier.up_to is None or quantity <= tier.up_to:
                break
            start = tier.up_to
        return total


class FreeTier(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    monthly: float
    always: bool
    source: str
    note: str = ""


class PriceBook(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    region: str
    currency: str
    retrieved: str
    how: str
    hours_per_month: float
    prices: dict[str, Price]
    free_tiers: dict[str, FreeTier]

    @classmethod
    def load(cls, path: Path = DEFAULT_PATH) -> PriceBook:
        return cls.model_validate_json(path.read_text(encoding="utf-8"))

    def __getitem__(self, key: str) -> Price:
        return self.prices[key]
