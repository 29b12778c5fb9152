"""The bill as text: configurations side by side at each volume, then quantities, notes and sources."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from hirehound_infra.cost.inputs import InputSet
from hirehound_infra.cost.model import Assumptions, Bill, bill
from hirehound_infra.cost.prices import PriceBook
from hirehound_infra.cost.stack import StackFacts

SERVICES = (
    "Step Functions",
    "Lambda",
    "SQS",
    "EventBridge",
    "CloudWatch",
    "CloudWatch Logs",
    "X-Ray",
    "Aurora",
    "RDS Proxy",
    "VPC",
    "S3",
    "Secrets Manager",
    "KMS",
)


@dataclass(frozen=True)
class Scenario:
    label: str
    facts: StackFacts
    inputs: InputSet
    origin: str  # where the template and inputs come from, said plainly


@dataclass(frozen=True)
class Priced:
    scenario: Scenario
    bills: dict[float, Bill]  # pages/day (0: the fixed floor) -> bill


def price(
    scenarios: Sequence[Scenario], prices: PriceBook, volumes: Sequence[float], a: Assumptions
) -> list[Priced]:
    return [Priced(s, {v: bill(s.facts, s.inputs, prices, v, a) for v in (0.0, *volumes)}) for s in scenarios]


def _usd(value: float) -> str:
    return f"{value:,.2f}"


def render(priced: Sequence[Priced], prices: PriceBook, a: Assumptions, *, detail_at: float) -> str:
    volumes = list(priced[0].bills)
    rows = sorted(
        {(line.service, line.item) for p in priced for b in p.bills.values() for line in b.lines},
        key=lambda r: (SERVICES.index(r[0]) if r[0] in SERVICES else len(SERVICES), r[1]),
    )
    width, cell = 50, (11 if len(priced) > 1 else 21)
    out = []
    heading = "".join(
        f"{('floor' if v == 0 else f'{v:,.0f} pages/day'):>{cell * len(priced)}}" for v in volumes
    )
    out.append(f"{'':<{width}}{heading}")
    labels = "".join(f"{p.scenario.label.split(':')[0]:>{cell}}" for _ in volumes for p in priced)
    out.append(f"{'service / item (USD a month)':<{width}}{labels}")
    for service, item in rows:
        cells = "".join(f"{_usd(p.bills[v].usd(service, item)):>{cell}}" for v in volumes for p in priced)
        out.append(f"{(service + ': ' + item)[: width - 1]:<{width}}{cells}")
    summary: tuple[tuple[str, Callable[[Bill], float]], ...] = (
        ("total", lambda b: b.total),
        ("  with the always-free tiers", lambda b: b.total - b.free_tier_usd),
        (
            "  per 1,000 pages",
            lambda b: 1000 * b.total / (b.pages_per_day * 730 / 24) if b.pages_per_day else 0.0,
        ),
        ("Step Functions for the page runs", lambda b: b.page_step_functions),
        ("  all-in orchestration of a page", lambda b: b.orchestration),
    )
    out.append("-" * (width + cell * len(priced) * len(volumes)))
    for label, value in summary:
        cells = "".join(f"{_usd(value(p.bills[v])):>{cell}}" for v in volumes for p in priced)
        out.append(f"{label:<{width}}{cells}")
    if len(priced) == 2:
        before, after = (p.bills for p in priced)
        ratio_rows: tuple[tuple[str, Callable[[Bill], float]], ...] = (
            ("  Step Functions, before / after", lambda b: b.page_step_functions),
            ("  all-in orchestration, before / after", lambda b: b.orchestration),
        )
        for label, figure in ratio_rows:
            ratios = "".join(f"{_ratio(figure(before[v]), figure(after[v])):>{cell * 2}}" for v in volumes)
            out.append(f"{label:<{width}}{ratios}")
    out.append("")
    out.append(f"Quantities at {detail_at:,.0f} pages/day:")
    for p in priced:
        out.append(f"  {p.scenario.label}")
        for line in p.bills[detail_at].lines:
            if line.usd or line.detail.strip("0 ."):
                name = f"{line.service}: {line.item}"
                out.append(f"    {name:<{width - 4}}{_usd(line.usd):>{cell}}  {line.detail}")
    out.append("")
    for p in priced:
        out.append(f"{p.scenario.label}: {p.scenario.origin}")
        m = p.scenario.inputs.measured
        out.append(
            f"  inputs measured {m.date} on {m.machine} (commit {m.commit}, load {m.load_average[0]:.1f}"
            f" -> {m.load_average_end[0]:.1f}); {m.note}"
        )
        notes = sorted({n for b in p.bills.values() for n in b.notes})
        out.extend(f"  note: {n}" for n in notes)
    out.append("")
    out.append(
        f"Assumptions: storage as it stands after {a.months} months; {a.acu_per_vcpu:g} ACU per busy vCPU;"
        f" {a.pollers} idle pollers per SQS event source at {a.poll_wait_s} s long polls;"
        f" posting sources a month: {a.sources if a.sources is not None else 'as in the corpus'};"
        f" page size: {f'{a.page_bytes:,.0f} B' if a.page_bytes else 'as in the corpus'};"
        f" new companies a page: {_companies(a, priced)}; 730 hours a month;"
        " GB = 2^30 bytes; one X-Ray trace per page, scheduled run and recorded execution, sampled by the"
        " default rule at an even rate."
    )
    free = ", ".join(f"{k} {t.monthly:,.0f}/month" for k, t in prices.free_tiers.items() if t.always)
    out.append(
        f"Free tiers: the bill applies none; 'with the always-free tiers' takes off {free}."
        " Ignored: 12-month tiers (S3 5 GB), Secrets Manager's 30-day trial."
    )
    out.append(
        f"Prices: {prices.region}, {prices.currency}, read {prices.retrieved} ({len(prices.prices)} prices,"
        " each with its source in hirehound_infra/cost/prices-us-east-1.json)."
    )
    return "\n".join(out)


def _companies(a: Assumptions, priced: Sequence[Priced]) -> str:
    if a.companies_per_page is not None:
        return f"{a.companies_per_page:g}"
    measured = " / ".join(f"{p.scenario.inputs.companies_per_page:.2f}" for p in priced)
    return f"{measured} as measured on a fresh database (every employer new: an upper bound)"


def _ratio(before: float, after: float) -> str:
    return f"{before / after:,.1f}x" if after else "-"
