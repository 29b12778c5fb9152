"""What the Python Lambda runtime hands a handler and answers for it: the context object, and the
response payload (the handler's result as JSON, or the runtime's error payload)."""

from __future__ import annotations

import json
import time
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Handler = Callable[[Any, Any], Any]


@dataclass
class LambdaContext:
    """The attributes of the Lambda runtime's context object that handlers and Powertools read."""

    function_name: str
    memory_limit_in_mb: int
    invoked_function_arn: str
    timeout_s: int
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    function_version: str = "$LATEST"
    log_group_name: str = ""
    log_stream_name: str = ""
    _deadline: float = field(default=0.0, repr=False)

    def __post_init__(self) -> None:
        self._deadline = time.monotonic() + self.timeout_s

    def get_remaining_time_in_millis(self) -> int:
        return max(0, int((self._deadline - time.monotonic()) * 1000))


def error_payload(
    error_type: str, message: str, context: LambdaContext | None = None, stack: list[str] | None = None
) -> str:
    """The runtime's error response (`errorType` is what Retry and Catch match)."""
    body: dict[str, Any] = {"errorType": error_type, "errorMessage": message}
    if context is not None:
        body["requestId"] = context.aws_request_id
    if stack is not None:
        body["stackTrace"] = stack
    return json.dumps(body)


def run_handler(handler: Handler, event: Any, context: LambdaContext) -> tuple[str, str | None]:
    """Call the handler: (payload JSON, None), or (error payload, errorType = the exception's class)."""
    try:
        return json.dumps(handler(event, context)), None
    except Exception as exc:
        error = type(exc).__name__
        return error_payload(error, str(exc), context, traceback.format_exception(exc)[-5:]), error
