"""A deployed stack's intake, named the way the CDK app names it: the stack `Hirehound-<stage>`, the raw
bucket from its `RawBucketName` output (CloudFormation generates the bucket's name) and the queue by its
physical name `<stack>-IngestPages`. Clients come from a boto3 session, so the standard AWS settings
apply: AWS_PROFILE / `--profile`, AWS_REGION, AWS_ENDPOINT_URL (LocalStack), credentials.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from hirehound_infra import topology

INTAKE_QUEUE = "IngestPages"


class StackLookupError(Exception):
    """The stack, its bucket output or its queue could not be found."""


@dataclass(frozen=True)
class Intake:
    stack: str
    bucket: str
    queue_url: str


def retry_config() -> Any:
    """botocore's adaptive retry mode (retries throttling and 5xx with backoff, and slows the client
    down while it is throttled), 10 attempts; AWS_RETRY_MODE / AWS_MAX_ATTEMPTS override it as usual."""
    from botocore.config import Config

    if "AWS_RETRY_MODE" in os.environ or "AWS_MAX_ATTEMPTS" in os.environ:
        return Config()
    return Config(retries={"mode": "adaptive", "max_attempts": 10})


def resolve(session: Any, stage: str, *, bucket: str | None = None, queue_url: str | None = None) -> Intake:
    """The stage's intake; `bucket` / `queue_url` skip the lookups (for a role that may not make them)."""
    from botocore.exceptions import BotoCoreError, ClientError

    stack = topology.stack_name(stage)
    try:
        if bucket is None:
            bucket = _bucket_output(session.client("cloudformation", config=retry_config()), stack)
        if queue_url is None:
            name = topology.physical_name(stack, INTAKE_QUEUE)
            queue_url = session.client("sqs", config=retry_config()).get_queue_url(QueueName=name)["QueueUrl"]
    except ClientError as exc:
        raise StackLookupError(f"{stack}: {exc} (or pass --bucket and --queue-url)") from exc
    except BotoCoreError as exc:  # no region, no credentials, endpoint unreachable
        raise StackLookupError(f"{stack}: {exc}") from exc
    return Intake(stack, bucket, str(queue_url))


def _bucket_output(cloudformation: Any, stack: str) -> str:
    [described] = cloudformation.describe_stacks(StackName=stack)["Stacks"]
    outputs = {o["OutputKey"]: o["OutputValue"] for o in described.get("Outputs", [])}
    if topology.RAW_BUCKET_OUTPUT not in outputs:
        raise StackLookupError(f"{stack} has no {topology.RAW_BUCKET_OUTPUT} output (pass --bucket)")
    return str(outputs[topology.RAW_BUCKET_OUTPUT])
