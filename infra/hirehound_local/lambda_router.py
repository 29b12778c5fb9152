"""Runs our Lambda handlers in this process when moto's Lambda service is invoked.

moto would start a Docker container per invocation; there is no Docker here, so its
`LambdaFunction._invoke_lambda` is replaced by a call of the handler named in the topology, with the
Lambda context object and error payload (`errorType` = exception class name) the Python runtime uses.
The Step Functions interpreter therefore sees exactly what it would see from AWS Lambda.
"""

from __future__ import annotations

import importlib
import json
import sys
import threading
import time
import traceback
import uuid
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from hirehound_infra.topology import FUNCTIONS, FUNCTIONS_DIR, FunctionSpec

Handler = Callable[[dict[str, Any], Any], Any]


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


@dataclass
class Invocation:
    function: str
    event: Any
    error: str | None
    duration_ms: float
    cpu_ms: float = 0.0  # CPU time of the invoking thread (the handler's own threads not counted)


class LambdaRouter:
    """Maps deployed function names to handlers; records invocations; can inject faults."""

    def __init__(self, specs: tuple[FunctionSpec, ...] = FUNCTIONS, account: str = "123456789012") -> None:
        if str(FUNCTIONS_DIR) not in sys.path:  # as /var/task is on a Lambda function's path
            sys.path.insert(0, str(FUNCTIONS_DIR))
        self._specs = {spec.name: spec for spec in specs}
        self._account = account
        self._faults: dict[str, deque[Exception]] = defaultdict(deque)
        self._lock = threading.Lock()
        self.invocations: list[Invocation] = []

    def inject_faults(self, function: str, *errors: Exception) -> None:
        """The next invocations of `function` raise these errors, in order, before the handler runs."""
        with self._lock:
            self._faults[function].extend(errors)

    def handler_for(self, spec: FunctionSpec) -> Handler:
        module = importlib.import_module(spec.module)
        handler: Handler = module.handler
        return handler

    def invoke(self, function_name: str, event: Any, region: str = "us-east-1") -> tuple[str, bool]:
        """Run the handler; return (payload JSON, errored) as the Lambda Invoke API would."""
        spec = self._specs[function_name]
        context = LambdaContext(
            function_name=spec.name,
            memory_limit_in_mb=spec.memory_mb,
            invoked_function_arn=f"arn:aws:lambda:{region}:{self._account}:function:{spec.name}",
            timeout_s=spec.timeout_s,
        )
        started, cpu_started = time.perf_counter(), time.thread_time()
        error: str | None = None
        try:
            with self._lock:
                fault = self._faults[function_name].popleft() if self._faults[function_name] else None
            if fault is not None:
                raise fault
            result = self.handler_for(spec)(event, context)
            payload = json.dumps(result)
        except Exception as exc:
            error = type(exc).__name__
            payload = json.dumps(
                {
                    "errorType": error,
                    "errorMessage": str(exc),
                    "requestId": context.aws_request_id,
                    "stackTrace": traceback.format_exception(exc)[-5:],
                }
            )
        duration = (time.perf_counter() - started) * 1000
        cpu = (time.thread_time() - cpu_started) * 1000
        with self._lock:
            self.invocations.append(Invocation(function_name, event, error, duration, cpu))
        return payload, error is not None
