"""Synchronous Express runs: StartSyncExecution, and what it answers, as plain values.

An Express execution cannot be described or listed afterwards (only its CloudWatch log keeps it), so
whoever starts one waits for its end and keeps the result. `StartSyncExecution` answers 200 even when
the run failed: the status, error and cause are in the response. API errors (throttling, a bad input)
are raised as :class:`~hirehound.errors.TransientError` / :class:`~hirehound.errors.PermanentError`.

The boto3 client never retries a start by itself: a read timeout after the request was accepted would
start a second run (Express does not deduplicate names); retries are the caller's, with backoff.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

from hirehound.config import state_machine_arn_env
from hirehound.errors import PermanentError, TransientError

#: The error a run ends with when it recorded its own dead letter (the Fail state of every workflow).
DEAD_LETTERED = "DeadLettered"
#: Express executions last at most 5 minutes; the client waits a little longer than that.
READ_TIMEOUT_S = 310


@dataclass(frozen=True)
class RunResult:
    """How one Express run ended (`status` SUCCEEDED, FAILED or TIMED_OUT)."""

    execution_arn: str
    status: str
    output: Any = None
    error: str | None = None
    cause: str | None = None
    billed_ms: int | None = None

    @property
    def succeeded(self) -> bool:
        return self.status == "SUCCEEDED"

    @property
    def dead_lettered(self) -> bool:
        return self.status == "FAILED" and self.error == DEAD_LETTERED

    def reason(self) -> str:
        """One line: status, error and cause."""
        return ": ".join(x for x in (self.status, self.error, self.cause) if x)[:2000]


def is_express_execution(execution_arn: str) -> bool:
    """`arn:aws:states:<region>:<account>:express:<machine>:<name>:<run id>`."""
    return execution_arn.split(":")[5:6] == ["express"]


class SyncRunner(Protocol):
    """Runs one execution of an Express machine to its end."""

    def run(self, name: str, payload: dict[str, Any]) -> RunResult: ...


class SfnSyncRunner:
    """:class:`SyncRunner` on a boto3 Step Functions client and one machine's ARN."""

    _PERMANENT = frozenset(
        {
            "InvalidArn",
            "InvalidExecutionInput",
            "InvalidName",
            "StateMachineTypeNotSupported",
            "ValidationException",
        }
    )

    def __init__(self, sfn: Any, state_machine_arn: str) -> None:
        self._sfn = sfn
        self._arn = state_machine_arn

    def run(self, name: str, payload: dict[str, Any]) -> RunResult:
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            answer = self._sfn.start_sync_execution(
                stateMachineArn=self._arn, name=name, input=json.dumps(payload)
            )
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code", "")
            if code in self._PERMANENT:
                raise PermanentError(f"StartSyncExecution rejected the input: {code}: {exc}") from exc
            raise TransientError(f"StartSyncExecution failed: {code}: {exc}") from exc
        except BotoCoreError as exc:
            raise TransientError(f"Step Functions unreachable: {exc}") from exc
        output = answer.get("output")
        return RunResult(
            execution_arn=str(answer["executionArn"]),
            status=str(answer["status"]),
            output=json.loads(output) if output else None,
            error=answer.get("error"),
            cause=answer.get("cause"),
            billed_ms=answer.get("billingDetails", {}).get("billedDurationInMilliseconds"),
        )


@cache
def sync_client(region: str) -> Any:
    """A Step Functions client for synchronous starts (built once per process): it waits past the
    Express limit and never retries. With an endpoint override (LocalStack) the `sync-` host prefix is
    not added: it would name a host that does not exist."""
    import boto3
    from botocore.config import Config

    override = os.environ.get("AWS_ENDPOINT_URL_SFN") or os.environ.get("AWS_ENDPOINT_URL")
    config = Config(
        read_timeout=READ_TIMEOUT_S,
        connect_timeout=10,
        retries={"total_max_attempts": 1},
        inject_host_prefix=not override,
    )
    return boto3.client("stepfunctions", region_name=region, config=config)


def runner_for(machine: str) -> SfnSyncRunner:
    """The runner of machine `machine` (its topology name) from the environment CDK and the local
    runtime set."""
    env = state_machine_arn_env(machine)
    arn = os.environ.get(env)
    if not arn:
        raise RuntimeError(f"{env} is not set")
    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION", "us-east-1")
    return SfnSyncRunner(sync_client(region), arn)
