"""The local AWS: moto's S3, SQS, EventBridge and Step Functions, with our handlers behind Lambda.

Step Functions executions are run by moto's ASL interpreter (derived from LocalStack's), on the very
files in `statemachines/`, with the same `${...}` substitutions CDK passes and the type topology gives
each machine. Everything lives in this process, so a test or a CLI command starts a fresh, isolated
cloud in a fraction of a second.

`LocalCloud(processes=True)` runs every Lambda function in execution environments of its own (worker
processes, `lambda_runtime`); they reach this cloud through a moto server on loopback
(`AWS_ENDPOINT_URL`), which serves the same in-process backends. The default runs handlers in this
process, where a test can patch what they call.

Express executions cannot be described, listed or asked for their history through the API (as in
AWS, `moto_fixes`); `describe`, `history` and `executions` read them from moto's backend instead, the
local stand-in for the CloudWatch log group AWS keeps them in.
"""

from __future__ import annotations

import io
import json
import logging
import os
import time
import uuid
import zipfile
from dataclasses import dataclass
from enum import Enum
from types import TracebackType
from typing import Any
from unittest import mock

import boto3
from hirehound.config import state_machine_arn_env, state_machine_type_env
from hirehound.metric_catalog import SERVICE
from hirehound.storage import page_key
from hirehound_infra import topology

from hirehound_local import moto_fixes
from hirehound_local.lambda_router import LambdaRouter
from hirehound_local.lambda_runtime import ProcessRuntime

REGION = "us-east-1"
ACCOUNT = "123456789012"
_TERMINAL = {"SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED"}


@dataclass(frozen=True)
class Execution:
    arn: str
    status: str
    input: Any
    output: Any
    error: str | None
    cause: str | None


class ExecutionTimeout(TimeoutError):
    """An execution did not finish within the time it was given."""


class LocalCloud:
    """A context manager: `with LocalCloud() as cloud: cloud.run("Ingestion", {...})`."""

    def __init__(
        self,
        env: dict[str, str] | None = None,
        *,
        rules: bool = False,
        stack: str | None = None,
        processes: bool = False,
    ) -> None:
        """`rules`: also deploy `topology.RULES`, so matching events start their machines (off by
        default: e.g. CompanyCreated would start Enrichment executions that wait on provider workers).
        `stack`: name queues, machines and rules `<stack>-<topology name>` as the CDK stack does
        (default: the bare topology names). `processes`: each function in worker processes of its own
        (`lambda_runtime`) instead of this process."""
        self.env = env or {}
        self.rules = rules
        self.prefix = f"{stack}-" if stack else ""
        self.runtime = ProcessRuntime(self._function_environ) if processes else None
        self.router = LambdaRouter(topology.FUNCTIONS, ACCOUNT, self.runtime)
        self.endpoint_url: str | None = None
        self._server: Any = None
        self.substitutions: dict[str, str] = {}
        self.raw_bucket = "hirehound-raw-pages"
        self._patches: list[Any] = []
        self._clients: dict[str, Any] = {}

    # -- lifecycle ---------------------------------------------------------------------------------
    def __enter__(self) -> LocalCloud:
        from moto import mock_aws
        from moto.awslambda.models import LambdaFunction

        moto_fixes.apply()

        fake_credentials = {
            "AWS_ACCESS_KEY_ID": "testing",
            "AWS_SECRET_ACCESS_KEY": "testing",
            "AWS_SESSION_TOKEN": "testing",
            "AWS_DEFAULT_REGION": REGION,
            "HIREHOUND_RAW_BUCKET": self.raw_bucket,
            "POWERTOOLS_TRACE_DISABLED": "true",
        }
        router = self.router

        def invoke(function: Any, event: Any = None) -> tuple[str, bool, str]:
            payload, errored = router.invoke(function.function_name, event, REGION)
            return payload, errored, ""

        self._patches = [
            mock.patch.dict(os.environ, {**fake_credentials, **self.env}),
            mock_aws(config={"stepfunctions": {"execute_state_machine": True}}),
            mock.patch.object(LambdaFunction, "_invoke_lambda", invoke),
            moto_fixes.invoke_lambdas_directly(router.invoke, {spec.name for spec in topology.FUNCTIONS}),
        ]
        for patch in self._patches:
            patch.start()
        try:
            if self.runtime is not None:
                self._start_server()
            self.deploy()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.runtime is not None:
            self.runtime.close()
        if self._server is not None:
            self._server.stop()
            self._server = None
        for patch in reversed(self._patches):
            patch.stop()
        self._patches = []

    def _start_server(self) -> None:
        """A moto server on loopback over this process's backends: the worker processes' AWS."""
        from moto.server import ThreadedMotoServer

        logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no line per request
        self._server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        self._server.start()
        host, port = self._server.get_host_and_port()
        self.endpoint_url = f"http://{host}:{port}"

    def _function_environ(self, spec: topology.FunctionSpec) -> dict[str, str]:
        """A new execution environment's variables: this process's (the cloud's own included, as
        CDK gives every function the same base) plus what Lambda sets for the function."""
        assert self.endpoint_url is not None
        return {
            "POWERTOOLS_SERVICE_NAME": SERVICE,
            **os.environ,
            "AWS_ENDPOINT_URL": self.endpoint_url,
            "AWS_REGION": REGION,
            "AWS_LAMBDA_FUNCTION_NAME": spec.name,
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": str(spec.memory_mb),
            "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
            "AWS_LAMBDA_LOG_GROUP_NAME": f"/aws/lambda/{spec.name}",
            "AWS_EXECUTION_ENV": "AWS_Lambda_python3.12",
            "_HANDLER": spec.handler,
            "LAMBDA_TASK_ROOT": str(topology.FUNCTIONS_DIR),
        }

    def client(self, service: str) -> Any:
        """A boto3 client of the local cloud (cached: clients are thread-safe and slow to build)."""
        if service not in self._clients:
            self._clients[service] = boto3.client(service, region_name=REGION)  # type: ignore[call-overload]
        return self._clients[service]

    # -- deployment: the moto twin of the CDK app ---------------------------------------------------
    def deploy(self) -> None:
        """Create the bucket, queues, functions and state machines the topology lists."""
        self.client("s3").create_bucket(Bucket=self.raw_bucket)
        self.substitutions[topology.RAW_BUCKET_PLACEHOLDER] = self.raw_bucket
        role = self.client("iam").create_role(
            RoleName="hirehound-local", AssumeRolePolicyDocument=json.dumps({"Version": "2012-10-17"})
        )["Role"]["Arn"]
        self._deploy_queues()
        self._deploy_functions(role)
        sfn = self.client("stepfunctions")
        for machine in topology.STATE_MACHINES:  # ARNs are known before creation: nested machines
            arn = f"arn:aws:states:{REGION}:{ACCOUNT}:stateMachine:{self.prefix}{machine.name}"
            self.substitutions[machine.placeholder] = arn
        deployed = {machine.name for machine in topology.STATE_MACHINES}
        started = {name for starter in topology.EXECUTION_STARTERS for name in starter.machines}
        for machine_name in started & deployed:  # as CDK sets them
            spec = topology.state_machine(machine_name)
            os.environ[state_machine_arn_env(machine_name)] = self.substitutions[spec.placeholder]
            os.environ[state_machine_type_env(machine_name)] = spec.type
        for machine in topology.STATE_MACHINES:
            sfn.create_state_machine(
                name=f"{self.prefix}{machine.name}",
                definition=topology.render(machine, self.substitutions),
                roleArn=role,
                type=machine.type,
            )
        if self.rules:
            self._deploy_rules(role)

    def _deploy_rules(self, role: str) -> None:
        """The EventBridge rules, each with its DLQ; delivery to Step Functions is `moto_fixes`'. Rules
        on Step Functions' own events are deployed but never match: moto's Step Functions sends none."""
        events, sqs = self.client("events"), self.client("sqs")
        for rule in topology.RULES:
            dlq_url = sqs.create_queue(QueueName=f"{self.prefix}{rule.name}-rule-dlq")["QueueUrl"]
            dlq = sqs.get_queue_attributes(QueueUrl=dlq_url, AttributeNames=["QueueArn"])["Attributes"]
            name = f"{self.prefix}{rule.name}"
            events.put_rule(Name=name, EventBusName=rule.bus, EventPattern=json.dumps(rule.pattern()))
            target: dict[str, Any] = {"Id": rule.target, "DeadLetterConfig": {"Arn": dlq["QueueArn"]}}
            if rule.state_machine is not None:
                target |= {
                    "Arn": self.substitutions[topology.state_machine(rule.state_machine).placeholder],
                    "RoleArn": role,
                    "InputPath": rule.input_path,
                }
            else:
                target["Arn"] = self.substitutions[topology.function(rule.target).placeholder]
            events.put_targets(Rule=name, EventBusName=rule.bus, Targets=[target])

    def _deploy_queues(self) -> None:
        sqs = self.client("sqs")
        for queue in topology.QUEUES:
            dlq_url = sqs.create_queue(QueueName=f"{self.prefix}{queue.name}-dlq")["QueueUrl"]
            dlq_arn = sqs.get_queue_attributes(QueueUrl=dlq_url, AttributeNames=["QueueArn"])
            redrive = {
                "deadLetterTargetArn": dlq_arn["Attributes"]["QueueArn"],
                "maxReceiveCount": str(queue.max_receive_count),
            }
            url = sqs.create_queue(
                QueueName=f"{self.prefix}{queue.name}",
                Attributes={
                    "RedrivePolicy": json.dumps(redrive),
                    "VisibilityTimeout": str(queue.visibility_timeout_s),
                },
            )["QueueUrl"]
            self.substitutions[queue.placeholder] = url

    def _deploy_functions(self, role: str) -> None:
        awslambda = self.client("lambda")
        stub = io.BytesIO()
        with zipfile.ZipFile(stub, "w") as archive:
            archive.writestr("README", "code runs in-process through hirehound_local.lambda_router")
        for spec in topology.FUNCTIONS:
            arn = awslambda.create_function(
                FunctionName=spec.name,
                Runtime="python3.12",
                Role=role,
                Handler=spec.handler,
                Code={"ZipFile": stub.getvalue()},
                Timeout=spec.timeout_s,
                MemorySize=spec.memory_mb,
            )["FunctionArn"]
            self.substitutions[spec.placeholder] = arn

    # -- using it -----------------------------------------------------------------------------------
    def put_page(self, url: str, body: bytes, key: str | None = None) -> dict[str, str]:
        """Store a scraped page as the scraper does; return the page reference a workflow takes."""
        key = key or page_key(body)
        self.client("s3").put_object(Bucket=self.raw_bucket, Key=key, Body=body)
        return {"url": url, "bucket": self.raw_bucket, "key": key}

    def start(self, machine: str, payload: Any, name: str | None = None) -> str:
        arn = self.substitutions[topology.state_machine(machine).placeholder]
        return str(
            self.client("stepfunctions").start_execution(
                stateMachineArn=arn, name=name or uuid.uuid4().hex, input=json.dumps(payload)
            )["executionArn"]
        )

    def wait(self, execution_arn: str, timeout_s: float = 120.0) -> Execution:
        """Sleep until the execution ends (woken by `moto_fixes.EXECUTION_ENDED`, no polling); raise
        ExecutionTimeout after `timeout_s`."""
        deadline = time.monotonic() + timeout_s
        execution = moto_fixes.backend_execution(ACCOUNT, REGION, execution_arn)
        with moto_fixes.EXECUTION_ENDED:
            while (status := _status(execution)) not in _TERMINAL:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise ExecutionTimeout(f"{execution_arn} still {status} after {timeout_s}s")
                moto_fixes.EXECUTION_ENDED.wait(remaining)
        return _execution(self.describe(execution_arn))

    def run(self, machine: str, payload: Any, timeout_s: float = 120.0) -> Execution:
        """Start and wait; an Express machine is run as its starters run it (StartSyncExecution)."""
        if not topology.state_machine(machine).express:
            return self.wait(self.start(machine, payload), timeout_s)
        answer = self.client("stepfunctions").start_sync_execution(
            stateMachineArn=self.substitutions[topology.state_machine(machine).placeholder],
            name=uuid.uuid4().hex,
            input=json.dumps(payload),
        )
        return _execution(answer)

    def describe(self, execution_arn: str) -> dict[str, Any]:
        """DescribeExecution's answer; for an Express execution, the same fields from moto's backend."""
        if moto_fixes.is_express_execution(execution_arn):
            execution = moto_fixes.express_execution(ACCOUNT, REGION, execution_arn)
            return _plain(execution.to_describe_output())
        described: dict[str, Any] = self.client("stepfunctions").describe_execution(
            executionArn=execution_arn
        )
        return described

    def executions(self, machine: str) -> list[dict[str, Any]]:
        """ListExecutions' items of one machine (topology name), newest first; Express ones from moto's
        backend."""
        arn = self.substitutions[topology.state_machine(machine).placeholder]
        if topology.state_machine(machine).express:
            found = [
                _plain(e.to_execution_list_item())
                for e in moto_fixes.express_executions(ACCOUNT, REGION, arn)
            ]
            return sorted(found, key=lambda e: e["startDate"], reverse=True)
        items: list[dict[str, Any]] = []
        for page in (
            self.client("stepfunctions").get_paginator("list_executions").paginate(stateMachineArn=arn)
        ):
            items.extend(page["executions"])
        return items

    # -- SQS event source mappings ------------------------------------------------------------------
    def queue_url(self, name: str) -> str:
        return self.substitutions[topology.queue(name).placeholder]

    def dlq_url(self, name: str) -> str:
        """The dead-letter queue of work queue `name`."""
        return str(self.client("sqs").get_queue_url(QueueName=f"{self.prefix}{name}-dlq")["QueueUrl"])

    def poll_once(self, name: str, *, wait_s: int = 0) -> int:
        """One poll of a queue's event source mapping: receive a batch, invoke its consumer with the
        SQS event, delete what succeeded and leave the `batchItemFailures` to become visible again
        (and, after maxReceiveCount receives, move to the DLQ). Returns the messages received."""
        spec = topology.queue(name)
        if spec.consumer is None:
            raise ValueError(f"queue {name} has no consumer function")
        sqs = self.client("sqs")
        url = self.queue_url(name)
        messages = sqs.receive_message(
            QueueUrl=url,
            MaxNumberOfMessages=min(spec.batch_size, 10),
            WaitTimeSeconds=wait_s,
            AttributeNames=["All"],
            MessageAttributeNames=["All"],
        ).get("Messages", [])
        if not messages:
            return 0
        arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        event = {"Records": [_sqs_record(message, arn) for message in messages]}
        payload, errored = self.router.invoke(spec.consumer, event, REGION)
        failed: set[str] = {m["MessageId"] for m in messages}  # a failed invocation fails the batch
        if not errored:
            response = json.loads(payload) or {}
            failed = {item["itemIdentifier"] for item in response.get("batchItemFailures", [])}
        done = [m for m in messages if m["MessageId"] not in failed]
        for start in range(0, len(done), 10):
            sqs.delete_message_batch(
                QueueUrl=url,
                Entries=[
                    {"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]}
                    for i, m in enumerate(done[start : start + 10])
                ],
            )
        return len(messages)

    def drain(self, name: str, *, timeout_s: float = 60.0) -> int:
        """Poll until the queue is empty (visible and in flight); returns messages received."""
        sqs = self.client("sqs")
        deadline = time.monotonic() + timeout_s
        received = 0
        while time.monotonic() < deadline:
            received += self.poll_once(name)
            attributes = sqs.get_queue_attributes(
                QueueUrl=self.queue_url(name),
                AttributeNames=["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
            )["Attributes"]
            if not any(int(v) for v in attributes.values()):
                return received
            time.sleep(0.05)
        raise TimeoutError(f"queue {name} not drained after {timeout_s}s")

    def history(self, execution_arn: str) -> list[dict[str, Any]]:
        """GetExecutionHistory's events; for an Express execution, what its CloudWatch log would hold."""
        if moto_fixes.is_express_execution(execution_arn):
            execution = moto_fixes.express_execution(ACCOUNT, REGION, execution_arn)
            events_: list[dict[str, Any]] = json.loads(
                json.dumps(execution.to_history_output()["events"], default=str)
            )
            return events_
        events: list[dict[str, Any]] = self.client("stepfunctions").get_execution_history(
            executionArn=execution_arn, maxResults=1000
        )["events"]
        return events


def _status(execution: Any) -> str:
    status = execution.exec_status
    return str(status.value if isinstance(status, Enum) else status)


def _plain(fields: Any) -> dict[str, Any]:
    """moto's backend values as the API returns them: enums as their value."""
    return {k: v.value if isinstance(v, Enum) else v for k, v in dict(fields).items() if v is not None}


def _execution(described: dict[str, Any]) -> Execution:
    """An Execution from DescribeExecution's (or StartSyncExecution's) answer."""
    return Execution(
        arn=described["executionArn"],
        status=str(described["status"]),
        input=json.loads(described.get("input") or "null"),
        output=json.loads(described.get("output") or "null"),
        error=described.get("error"),
        cause=described.get("cause"),
    )


def _sqs_record(message: dict[str, Any], queue_arn: str) -> dict[str, Any]:
    """An SQS message in the shape Lambda's event source mapping delivers it."""
    return {
        "messageId": message["MessageId"],
        "receiptHandle": message["ReceiptHandle"],
        "body": message["Body"],
        "attributes": message.get("Attributes", {}),
        "messageAttributes": message.get("MessageAttributes", {}),
        "md5OfBody": message["MD5OfBody"],
        "eventSource": "aws:sqs",
        "eventSourceARN": queue_arn,
        "awsRegion": REGION,
    }
