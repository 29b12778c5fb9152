"""The deployed localstack stage, reached only through AWS APIs at AWS_ENDPOINT_URL (and its Postgres).

`make localstack-test` starts LocalStack, deploys the stack with cdklocal and runs this suite with
`.hirehound/localstack/env` exported. Resources are found the way an operator would: the stack's
outputs, and its template's construct paths joined with its resource list (CloudFormation).
"""

from __future__ import annotations

import json
import os
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cached_property
from pathlib import Path
from typing import Any

import boto3
import psycopg
import pytest
from botocore.config import Config
from psycopg.rows import dict_row

STACK = "Hirehound-localstack"
SAMPLES = Path(__file__).resolve().parents[2] / "samples"
#: Executions on 2 shared cores with cold starts of every function: minutes, not seconds.
EXECUTION_TIMEOUT_S = 900
#: Tables the suite empties first: every run starts from the same state (the schema stays).
KEEP = {"schema_migrations"}

Client = Any


@dataclass
class Stack:
    """The deployed stack as CloudFormation describes it."""

    cloudformation: Client

    @cached_property
    def outputs(self) -> dict[str, str]:
        (stack,) = self.cloudformation.describe_stacks(StackName=STACK)["Stacks"]
        return {o["OutputKey"]: o["OutputValue"] for o in stack.get("Outputs", [])}

    @cached_property
    def template(self) -> dict[str, Any]:
        body = self.cloudformation.get_template(StackName=STACK)["TemplateBody"]
        return body if isinstance(body, dict) else json.loads(body)

    @cached_property
    def physical_ids(self) -> dict[str, str]:
        pages = self.cloudformation.get_paginator("list_stack_resources").paginate(StackName=STACK)
        return {
            r["LogicalResourceId"]: r["PhysicalResourceId"]
            for p in pages
            for r in p["StackResourceSummaries"]
        }

    def physical_id(self, path: str) -> str:
        """The physical id of the resource at construct path `path` (without the stack's name)."""
        for logical_id, resource in self.template["Resources"].items():
            if resource.get("Metadata", {}).get("aws:cdk:path") == f"{STACK}/{path}":
                return self.physical_ids[logical_id]
        raise KeyError(path)

    def machine_arn(self, name: str) -> str:
        return self.outputs[f"{name}StateMachineArn"]

    @property
    def raw_bucket(self) -> str:
        return self.outputs["RawBucketName"]

    @property
    def template_architecture(self) -> str:
        """The functions' architecture in the deployed template (the host's, by the host-platform swap)."""
        functions = (r for r in self.template["Resources"].values() if r["Type"] == "AWS::Lambda::Function")
        (architecture,) = {a for f in functions for a in f["Properties"].get("Architectures", ["x86_64"])}
        return str(architecture)


@pytest.fixture(scope="session")
def aws() -> Callable[[str], Client]:
    """boto3 clients for LocalStack (the environment names its endpoint and test credentials)."""
    assert os.environ.get("AWS_ENDPOINT_URL"), "run through `make localstack-test` (it exports the env)"
    # StartSyncExecution would otherwise go to `sync-<host>`.
    config = Config(inject_host_prefix=False, retries={"max_attempts": 5, "mode": "standard"})
    clients: dict[str, Client] = {}

    def client(service: str) -> Client:
        if service not in clients:
            clients[service] = boto3.client(service, config=config)  # type: ignore[call-overload]
        return clients[service]

    return client


@pytest.fixture(scope="session")
def stack(aws: Callable[[str], Client]) -> Stack:
    return Stack(aws("cloudformation"))


@pytest.fixture(scope="session")
def conn() -> Iterator[psycopg.Connection[dict[str, Any]]]:
    """The stack's database from this host, emptied once for the session (schema kept)."""
    with psycopg.connect(os.environ["DATABASE_URL"], autocommit=True, row_factory=dict_row) as connection:
        tables = [
            r["tablename"]
            for r in connection.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            if r["tablename"] not in KEEP
        ]
        connection.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE".encode())
        yield connection


@pytest.fixture(scope="session", autouse=True)
def session_start() -> datetime:
    """Executions of earlier sessions against the same LocalStack are not this session's."""
    return datetime.now(UTC) - timedelta(seconds=5)


@pytest.fixture(scope="session")
def run_id() -> str:
    """Keys of this session's pages are unique, so their execution names are too (they derive from
    the page reference and Step Functions keeps names)."""
    return uuid.uuid4().hex[:8]


def wait_for(
    sfn: Client, arns: list[str], timeout_s: float = EXECUTION_TIMEOUT_S
) -> dict[str, dict[str, Any]]:
    """describe_execution of each execution once it has ended."""
    deadline = time.monotonic() + timeout_s
    done: dict[str, dict[str, Any]] = {}
    while len(done) < len(set(arns)):
        for arn in set(arns):
            if arn not in done:
                described = sfn.describe_execution(executionArn=arn)
                if described["status"] != "RUNNING":
                    done[arn] = described
        assert time.monotonic() < deadline, f"still running after {timeout_s} s: {set(arns) - set(done)}"
        time.sleep(2)
    return done


def executions_with(
    sfn: Client,
    machine_arn: str,
    wanted: Callable[[dict[str, Any]], bool],
    count: int,
    timeout_s: float,
    since: datetime | None = None,
) -> list[str]:
    """ARNs of the machine's executions (started `since`) whose input `wanted` accepts, once there
    are `count` of them."""
    deadline = time.monotonic() + timeout_s
    seen: dict[str, bool] = {}
    while True:
        pages = sfn.get_paginator("list_executions").paginate(stateMachineArn=machine_arn)
        for execution in (e for p in pages for e in p["executions"]):
            arn = execution["executionArn"]
            if arn not in seen and (since is None or execution["startDate"] >= since):
                seen[arn] = wanted(json.loads(sfn.describe_execution(executionArn=arn)["input"]))
        found = [arn for arn, ok in seen.items() if ok]
        if len(found) >= count:
            return found
        assert time.monotonic() < deadline, f"{len(found)} of {count} executions after {timeout_s} s"
        time.sleep(2)
