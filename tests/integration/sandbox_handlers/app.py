"""Handlers the sandbox tests run through awslambdaric (a task root of their own)."""

from __future__ import annotations

import logging
import os
import time
from typing import Any

logging.getLogger().setLevel(logging.INFO)
STARTED = time.time()


class PageRejected(Exception):
    """A domain error: its class name is what Step Functions' Retry/Catch match."""


def echo(event: dict[str, Any], context: Any) -> dict[str, Any]:
    logging.info("echo %s", event)
    return {
        "event": event,
        "function_name": context.function_name,
        "request_id": context.aws_request_id,
        "arn": context.invoked_function_arn,
        "remaining_ms": context.get_remaining_time_in_millis(),
        "memory": context.memory_limit_in_mb,
        "env_function": os.environ.get("AWS_LAMBDA_FUNCTION_NAME"),
        "task_root": os.environ.get("LAMBDA_TASK_ROOT"),
        "trace": os.environ.get("_X_AMZN_TRACE_ID"),
        "layer": __import__("layered").WHO,
        "pid": os.getpid(),
        "started": STARTED,
    }


def fail(event: dict[str, Any], context: Any) -> None:
    raise PageRejected(f"no posting in {event['url']}")


def sleep(event: dict[str, Any], context: Any) -> dict[str, Any]:
    time.sleep(event["seconds"])
    return {"slept": event["seconds"], "pid": os.getpid()}


def crash(event: dict[str, Any], context: Any) -> None:
    print("about to exit", flush=True)
    os._exit(3)
