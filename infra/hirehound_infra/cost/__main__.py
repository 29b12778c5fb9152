"""`python -m hirehound_infra.cost`: the monthly bill before and after the per-page machine's change.

    python -m hirehound_infra.cost [--stage prod] [--volumes 20000,150000,1500000] [--template T.json]
                                   [--inputs benchmarks/cost_inputs.json] [--months 12] [--sources N]
                                   [--page-kb KB] [--companies-per-page N]

Both columns read the same template (in-process synth of this tree with bundle=false, or `--template`,
a synthesized template such as `cdk.out/Hirehound-prod.template.json`): "before" is that template with
the per-page `Ingestion` machine typed Standard (logging ALL with data, recorded by RecordExecution, as
the stack deploys Standard machines) priced with the inputs measured on the Standard configuration;
"after" is the template as it is, with the inputs measured on its configuration.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from hirehound_infra.cost.inputs import DEFAULT_PATH, CostInputs
from hirehound_infra.cost.model import Assumptions
from hirehound_infra.cost.prices import PriceBook
from hirehound_infra.cost.report import Scenario, price, render
from hirehound_infra.cost.stack import read_template
from hirehound_infra.topology import ROOT

PER_PAGE_MACHINE = "Ingestion"


def synthesize(stage: str) -> dict[str, Any]:
    """The stage's template, synthesized in this process as the infra tests do (no layer bundling)."""
    os.environ.setdefault("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1")
    # this machine's Node 20 banner would head the bill; `make synth` still shows it
    os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
    spec = importlib.util.spec_from_file_location("hirehound_app", ROOT / "infra" / "app.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with tempfile.TemporaryDirectory(prefix="hirehound-cost-synth-") as outdir:
        context = {"bundle": "false", "stage": stage, "aws:cdk:enable-path-metadata": True}
        app, stack = module.build_app(context, outdir=outdir, nag=False)
        template: dict[str, Any] = app.synth().get_stack_by_name(stack.stack_name).template
    return template


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage", default="prod", choices=("dev", "prod"))
    parser.add_argument("--volumes", default="20000,150000,1500000", help="pages a day, comma-separated")
    parser.add_argument("--template", type=Path, help="a synthesized template instead of synthesizing")
    parser.add_argument("--inputs", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--months", type=int, default=12, help="age of the stack for storage that grows")
    parser.add_argument(
        "--sources", type=int, help="distinct posting sources a month (default: the corpus's)"
    )
    parser.add_argument("--page-kb", type=float, help="raw page size (default: the corpus's mean)")
    parser.add_argument(
        "--companies-per-page",
        type=float,
        help="new companies (Enrichment runs) a page (default: as measured on a fresh database)",
    )
    args = parser.parse_args(argv)

    template = json.loads(args.template.read_text()) if args.template else synthesize(args.stage)
    origin = (
        f"template {args.template}" if args.template else f"in-process synth of this tree, stage {args.stage}"
    )
    facts = read_template(template)
    inputs = CostInputs.load(args.inputs).configurations
    after_type = facts.machines[PER_PAGE_MACHINE].type
    if "standard" not in inputs:
        print(
            f"{args.inputs} has no 'standard' inputs: run python -m benchmarks.cost_inputs", file=sys.stderr
        )
        return 2
    scenarios = [
        Scenario(
            "before: Standard per page",
            facts.with_machine_type(PER_PAGE_MACHINE, "STANDARD"),
            inputs["standard"],
            f"{origin}, {PER_PAGE_MACHINE} typed STANDARD; inputs 'standard'",
        ),
    ]
    if after_type != "STANDARD" and after_type.lower() in inputs:
        scenarios.append(
            Scenario(
                f"after: {after_type.title()} per page",
                facts,
                inputs[after_type.lower()],
                f"{origin} as is; inputs '{after_type.lower()}'",
            )
        )
    elif after_type != "STANDARD":
        print(
            f"the template's {PER_PAGE_MACHINE} is {after_type} but {args.inputs} has no"
            f" '{after_type.lower()}' inputs: run python -m benchmarks.cost_inputs",
            file=sys.stderr,
        )
    else:
        print(
            f"this template's {PER_PAGE_MACHINE} is STANDARD: only the 'before' column can be priced"
            " (pass --template with a template whose per-page machine is Express)",
            file=sys.stderr,
        )
    volumes = [float(v) for v in args.volumes.split(",")]
    assumptions = Assumptions(
        months=args.months,
        sources=args.sources,
        page_bytes=args.page_kb * 1024 if args.page_kb else None,
        companies_per_page=args.companies_per_page,
    )
    prices = PriceBook.load()
    priced = price(scenarios, prices, volumes, assumptions)
    detail_at = 150_000.0 if 150_000.0 in volumes else volumes[-1]
    print(f"Hirehound's monthly AWS bill, {prices.region}, arm64 Lambda, stage {args.stage}")
    print(render(priced, prices, assumptions, detail_at=detail_at))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
