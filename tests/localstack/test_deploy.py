"""What the CloudFormation deploy left: every resource created, the schema migrated by the custom
resource, and the functions as the template says (runtime, architecture, layers, environment)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from hirehound.db.migrate import available_migrations
from hirehound_infra import topology

from tests.localstack.conftest import STACK, Client, Stack

pytestmark = pytest.mark.localstack


def test_the_stack_and_every_resource_were_created(aws: Callable[[str], Client], stack: Stack) -> None:
    (described,) = aws("cloudformation").describe_stacks(StackName=STACK)["Stacks"]
    assert described["StackStatus"] in {"CREATE_COMPLETE", "UPDATE_COMPLETE"}
    pages = aws("cloudformation").get_paginator("list_stack_resources").paginate(StackName=STACK)
    resources = [r for p in pages for r in p["StackResourceSummaries"]]
    assert len(resources) == len(stack.template["Resources"])
    assert {r["ResourceStatus"] for r in resources} <= {"CREATE_COMPLETE", "UPDATE_COMPLETE"}


def test_the_migration_custom_resource_ran_the_migrations(
    stack: Stack, conn: psycopg.Connection[dict[str, Any]]
) -> None:
    # The handler's answer reached CloudFormation: its physical id, not LocalStack's "unknown" fallback.
    assert stack.physical_id("Migration/Schema/Default") == "hirehound-schema"
    applied = {r["version"] for r in conn.execute("SELECT version FROM schema_migrations")}
    assert applied == {m.version for m in available_migrations()}
    assert conn.execute("SELECT 1 FROM pg_extension WHERE extname = 'vector'").fetchone()


def test_functions_are_deployed_as_the_template_says(aws: Callable[[str], Client], stack: Stack) -> None:
    for spec in topology.FUNCTIONS:
        name = stack.physical_id(f"{spec.area.capitalize()}/{spec.name}/Resource")
        config = aws("lambda").get_function_configuration(FunctionName=name)
        assert (config["Runtime"], config["Handler"], config["State"]) == (
            "python3.12",
            spec.handler,
            "Active",
        )
        assert config["Timeout"] == spec.timeout_s and config["MemorySize"] == spec.memory_mb
        assert config["Architectures"] == [stack.template_architecture]
        assert config["Layers"], f"{spec.name} has no layers"
        assert config["Environment"]["Variables"]["HIREHOUND_DATABASE_SECRET_ARN"].startswith(
            "arn:aws:secretsmanager:"
        )


def test_state_machines_are_deployed_with_topologys_types(aws: Callable[[str], Client], stack: Stack) -> None:
    """Per-page Ingestion is Express (started synchronously), the others Standard; every one logs to its
    own log group."""
    for spec in topology.STATE_MACHINES:
        described = aws("stepfunctions").describe_state_machine(stateMachineArn=stack.machine_arn(spec.name))
        assert described["type"] == spec.type, spec.name
        (destination,) = described["loggingConfiguration"]["destinations"]
        assert destination["cloudWatchLogsLogGroup"]["logGroupArn"].startswith("arn:aws:logs:")
