"""Runs our Lambda handlers when moto's Lambda service is invoked.

moto would start a Docker container per invocation; there is no Docker here, so its
`LambdaFunction._invoke_lambda` is replaced by a call of the handler named in the topology, with the
Lambda context object and error payload (`errorType` = exception class name) the Python runtime uses.
The Step Functions interpreter therefore sees exactly what it would see from AWS Lambda.

Two runtimes: by default every handler runs in this process (tests can patch what handlers call);
with a `ProcessRuntime` each function runs in execution environments of its own (worker processes,
`lambda_runtime`), as in Lambda.
"""

from __future__ import annotations

import importlib
import sys
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass
from typing import Any

from hirehound_infra.topology import FUNCTIONS, FUNCTIONS_DIR, FunctionSpec

from hirehound_local.lambda_context import Handler, LambdaContext, error_payload, run_handler
from hirehound_local.lambda_runtime import Crash, ProcessRuntime


@dataclass
class Invocation:
    function: str
    event: Any
    error: str | None
    duration_ms: float
    #: CPU time of the thread that ran the handler (its own threads not counted): this process's
    #: invoking thread in-process, the environment's in the process runtime.
    cpu_ms: float = 0.0
    cold_start: bool = False


class LambdaRouter:
    """Maps deployed function names to handlers; records invocations; can inject faults."""

    def __init__(
        self,
        specs: tuple[FunctionSpec, ...] = FUNCTIONS,
        account: str = "123456789012",
        runtime: ProcessRuntime | None = None,
    ) -> None:
        if str(FUNCTIONS_DIR) not in sys.path:  # as /var/task is on a Lambda function's path
            sys.path.insert(0, str(FUNCTIONS_DIR))
        self._specs = {spec.name: spec for spec in specs}
        self._account = account
        self._faults: dict[str, deque[Exception | Crash]] = defaultdict(deque)
        self._lock = threading.Lock()
        self._ended = threading.Condition(self._lock)
        self.runtime = runtime
        self.invocations: list[Invocation] = []

    def inject_faults(self, function: str, *errors: Exception | Crash) -> None:
        """The next invocations of `function` raise these errors, in order, before the handler runs
        (a `Crash`: its environment's process exits, or in-process, the runtime answers as if)."""
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
            log_group_name=f"/aws/lambda/{spec.name}",
        )
        started, cpu_started = time.perf_counter(), time.thread_time()
        cpu: float | None = None
        with self._lock:
            fault = self._faults[function_name].popleft() if self._faults[function_name] else None
        cold = False
        if isinstance(fault, Exception):
            error: str | None = type(fault).__name__
            payload = error_payload(type(fault).__name__, str(fault), context)
        elif self.runtime is not None:
            payload, error, cold, cpu = self.runtime.invoke(spec, event, context, crash=fault)
        elif fault is not None:  # no process to end: answer as the runtime would
            error = "Runtime.ExitError"
            exited = f"Runtime exited with error: exit status {fault.status}"
            payload = error_payload(error, f"RequestId: {context.aws_request_id} Error: {exited}", context)
        else:
            payload, error = run_handler(self.handler_for(spec), event, context)
        duration = (time.perf_counter() - started) * 1000
        if cpu is None:
            cpu = (time.thread_time() - cpu_started) * 1000
        with self._ended:
            self.invocations.append(Invocation(function_name, event, error, duration, cpu, cold))
            self._ended.notify_all()
        return payload, error is not None

    def wait_for_invocation(self, count: int, timeout_s: float) -> int:
        """Block until more than `count` invocations have ended or `timeout_s` passed; the count."""
        with self._ended:
            self._ended.wait_for(lambda: len(self.invocations) > count, timeout_s)
            return len(self.invocations)
