"""One Lambda execution environment as a local process: the Runtime API server and the runtime's process.

A real Lambda sandbox runs the language runtime's bootstrap (for Python, AWS's `awslambdaric`), which
pulls invocations from the Runtime API (`AWS_LAMBDA_RUNTIME_API`, version 2018-06-01) and posts each
result or error back. `Sandbox` plays the other side of that API on loopback, so the runtime code and
its error payloads are AWS's own; what Lambda's service adds around it is done here: the init phase
(ready at the first `next`, or the runtime's init error), the function timeout (the process is
killed, `Sandbox.Timedout`), a runtime that dies mid-invocation (`Runtime.ExitError`), the
START/END/REPORT log lines, and a fresh init after either. Standard library only.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

API = "/2018-06-01/runtime"
NODE_BOOTSTRAP = Path(__file__).with_name("node_bootstrap.js")
#: How long the log reader may lag behind a posted result before the invocation's logs are cut.
LOG_SETTLE_S = 0.05


class InitError(Exception):
    """The runtime reported an init error (handler import failed) or exited before it was ready."""

    def __init__(self, payload: bytes) -> None:
        super().__init__(payload.decode("utf-8", "replace"))
        self.payload = payload


@dataclass(frozen=True)
class Outcome:
    """What the Invoke API returns for one invocation: the payload and whether it is an error."""

    request_id: str
    payload: bytes
    is_error: bool
    logs: str


@dataclass(frozen=True)
class Invocation:
    request_id: str
    payload: str
    function_arn: str
    trace_id: str
    deadline_ms: int


@dataclass
class _Event:
    kind: str  # ready | init_error | response | error | exit
    request_id: str = ""
    body: bytes = b""


class RuntimeApi(ThreadingHTTPServer):
    """The Runtime API endpoints one runtime process talks to, on an ephemeral loopback port."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _RuntimeApiHandler)
        self.pending: queue.Queue[Invocation | None] = queue.Queue()
        self.events: queue.Queue[_Event] = queue.Queue()
        self._ready_sent = False

    @property
    def address(self) -> str:
        host, port = self.server_address[:2]
        return f"{host!s}:{port}"

    def next_invocation(self) -> Invocation | None:
        if not self._ready_sent:
            self._ready_sent = True
            self.events.put(_Event("ready"))
        return self.pending.get()


class _RuntimeApiHandler(BaseHTTPRequestHandler):
    server: RuntimeApi
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: requests are not worth a log line each."""

    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _reply(self, status: HTTPStatus, body: bytes = b"", headers: Mapping[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        try:
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the process was killed meanwhile
            pass

    def do_GET(self) -> None:
        if self.path != f"{API}/invocation/next":
            self._reply(HTTPStatus.NOT_FOUND)
            return
        invocation = self.server.next_invocation()
        if invocation is None:  # the sandbox is stopping
            self._reply(HTTPStatus.GONE)
            return
        self._reply(
            HTTPStatus.OK,
            invocation.payload.encode(),
            {
                "Content-Type": "application/json",
                "Lambda-Runtime-Aws-Request-Id": invocation.request_id,
                "Lambda-Runtime-Deadline-Ms": str(invocation.deadline_ms),
                "Lambda-Runtime-Invoked-Function-Arn": invocation.function_arn,
                "Lambda-Runtime-Trace-Id": invocation.trace_id,
            },
        )

    def do_POST(self) -> None:
        body = self._body()
        parts = self.path.removeprefix(API).strip("/").split("/")
        if parts == ["init", "error"]:
            self.server.events.put(_Event("init_error", body=body))
        elif len(parts) == 3 and parts[0] == "invocation" and parts[2] in {"response", "error"}:
            self.server.events.put(_Event(parts[2], parts[1], body))
        else:
            self._reply(HTTPStatus.NOT_FOUND)
            return
        self._reply(HTTPStatus.ACCEPTED, b'{"status":"OK"}', {"Content-Type": "application/json"})


@dataclass
class _Log:
    """The process's output lines, appended by a reader thread."""

    lines: list[str] = field(default_factory=list)
    changed: threading.Condition = field(default_factory=threading.Condition)

    def append(self, line: str) -> None:
        with self.changed:
            self.lines.append(line)
            self.changed.notify_all()

    def settle(self, quiet_s: float = LOG_SETTLE_S) -> int:
        """Wait until no line arrived for `quiet_s`; the number of lines then."""
        with self.changed:
            while self.changed.wait(quiet_s):
                pass
            return len(self.lines)


def _error(request_id: str, error_type: str, message: str) -> bytes:
    return json.dumps(
        {"errorType": error_type, "errorMessage": f"RequestId: {request_id} Error: {message}"}
    ).encode()


class Sandbox:
    """A runtime process (`argv` with `env`, in `cwd`) behind its own Runtime API; one invocation at
    a time."""

    def __init__(
        self,
        argv: Sequence[str],
        env: Mapping[str, str],
        cwd: Path,
        *,
        timeout_s: float,
        memory_mb: int = 128,
        version: str = "$LATEST",
    ) -> None:
        self.argv = list(argv)
        self.env = dict(env)
        self.cwd = cwd
        self.timeout_s = timeout_s
        self.memory_mb = memory_mb
        self.version = version
        self.log = _Log()
        self._init_ms: float | None = None  # reported once, with the first invocation after an init
        self._api: RuntimeApi | None = None
        self._process: subprocess.Popen[bytes] | None = None

    # -- lifecycle ---------------------------------------------------------------------------------

    def start(self, init_timeout_s: float = 60.0) -> None:
        """Start the process and wait for its init: returns once it asks for the first invocation;
        raises InitError with the runtime's payload if its init failed or it exited first."""
        self.stop()
        api = RuntimeApi()
        threading.Thread(target=api.serve_forever, name="runtime-api", daemon=True).start()
        env = {**self.env, "AWS_LAMBDA_RUNTIME_API": api.address}
        process = subprocess.Popen(  # noqa: S603 - argv is the runtime's fixed command line
            self.argv,
            cwd=self.cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: a timeout kills what it spawned too
        )
        self._api, self._process = api, process
        threading.Thread(target=self._read_output, args=(process,), daemon=True).start()
        threading.Thread(target=self._watch_exit, args=(process, api), daemon=True).start()
        started = time.monotonic()
        event = self._next_event(started + init_timeout_s)
        self._init_ms = (time.monotonic() - started) * 1000
        if event is None:
            self.stop()
            raise InitError(_error("init", "Sandbox.Timedout", f"init took over {init_timeout_s:.0f} s"))
        if event.kind == "ready":
            return
        self.stop()
        if event.kind == "init_error":
            raise InitError(event.body)
        raise InitError(
            _error("init", "Runtime.ExitError", f"Runtime exited with error: {event.body.decode()}")
        )

    @property
    def alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def stop(self) -> None:
        """Kill the process (and its group) and close the Runtime API."""
        process, api = self._process, self._api
        self._process = self._api = None
        if process is not None and process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        if api is not None:
            api.pending.put(None)
            api.shutdown()
            api.server_close()

    # -- invocations -------------------------------------------------------------------------------

    def invoke(self, request_id: str, payload: str, function_arn: str, trace_id: str = "") -> Outcome:
        """Run one invocation to its end: the result, the runtime's error, a timeout or a crash.
        After a timeout or a crash the sandbox is restarted (a new init) on the next call."""
        if not self.alive:
            try:
                self.start()
            except InitError as exc:
                return Outcome(request_id, exc.payload, True, self.logs())
        assert self._api is not None
        first_line = len(self.log.lines)
        self.log.append(f"START RequestId: {request_id} Version: {self.version}")
        started = time.monotonic()
        deadline = started + self.timeout_s
        self._api.pending.put(
            Invocation(
                request_id, payload, function_arn, trace_id, int((time.time() + self.timeout_s) * 1000)
            )
        )
        outcome = self._await_result(request_id, deadline)
        duration_ms = (time.monotonic() - started) * 1000
        last_line = self.log.settle()
        self.log.append(f"END RequestId: {request_id}")
        init = f"\tInit Duration: {self._init_ms:.2f} ms" if self._init_ms is not None else ""
        self._init_ms = None
        self.log.append(
            f"REPORT RequestId: {request_id}\tDuration: {duration_ms:.2f} ms\t"
            f"Billed Duration: {int(duration_ms) + 1} ms\tMemory Size: {self.memory_mb} MB{init}"
        )
        logs = "\n".join([*self.log.lines[first_line:last_line], *self.log.lines[-2:]]) + "\n"
        return Outcome(request_id, outcome[0], outcome[1], logs)

    def _await_result(self, request_id: str, deadline: float) -> tuple[bytes, bool]:
        while True:
            event = self._next_event(deadline)
            if event is None:
                self.stop()
                self.log.append(f"{request_id} Task timed out after {self.timeout_s:.2f} seconds")
                return _error(
                    request_id, "Sandbox.Timedout", f"Task timed out after {self.timeout_s:.2f} seconds"
                ), True
            if event.kind in {"response", "error"} and event.request_id == request_id:
                return event.body, event.kind == "error"
            if event.kind == "exit":
                self.stop()
                return _error(
                    request_id, "Runtime.ExitError", f"Runtime exited with error: {event.body.decode()}"
                ), True

    def _next_event(self, deadline: float) -> _Event | None:
        assert self._api is not None
        try:
            return self._api.events.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            return None

    # -- output ------------------------------------------------------------------------------------

    def logs(self) -> str:
        """Everything the process printed, with the START/END/REPORT lines."""
        return "\n".join(self.log.lines) + "\n" if self.log.lines else ""

    def _read_output(self, process: subprocess.Popen[bytes]) -> None:
        assert process.stdout is not None
        for raw in process.stdout:
            self.log.append(raw.decode("utf-8", "replace").rstrip("\n"))

    @staticmethod
    def _watch_exit(process: subprocess.Popen[bytes], api: RuntimeApi) -> None:
        code = process.wait()
        status = f"signal: {signal.Signals(-code).name.lower()}" if code < 0 else f"exit status {code}"
        api.events.put(_Event("exit", body=status.encode()))


# -- what a sandbox runs ---------------------------------------------------------------------------


def merge_layers(layer_dirs: Sequence[Path], target: Path) -> Path:
    """Lambda's /opt: the layers' files merged in order into `target` (a later layer's file wins),
    hard-linked where possible; built once (atomically) and reused while `target` exists."""
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=target.parent))
    for layer in layer_dirs:
        shutil.copytree(layer, staging, dirs_exist_ok=True, copy_function=_link_or_copy, symlinks=True)
    try:
        staging.rename(target)
    except OSError:  # another environment built the same set meanwhile
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _link_or_copy(src: str, dst: str) -> None:
    Path(dst).unlink(missing_ok=True)
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


@dataclass(frozen=True)
class Interpreters:
    """The host programs that play Lambda's runtimes: a Python with awslambdaric (and nothing else),
    node, and the node_modules with the AWS SDK v3 that Lambda's Node.js runtimes ship."""

    python: str
    node: str = "node"
    node_modules: str | None = None


def runtime_command(
    runtime: str, handler: str, task: Path, opt: Path | None, interpreters: Interpreters
) -> tuple[list[str], dict[str, str]]:
    """The runtime process's command line and the search-path variables Lambda sets for `runtime`
    (task root first, then the layers under /opt, then the runtime's own)."""
    env = {"LD_LIBRARY_PATH": ":".join([*([str(opt / "lib")] if opt else []), str(task / "lib")])}
    if runtime.startswith("python"):
        site = [str(opt / "python" / "lib" / runtime / "site-packages"), str(opt / "python")] if opt else []
        env["PYTHONPATH"] = ":".join([str(task), *site])
        return [interpreters.python, "-s", "-m", "awslambdaric", handler], env
    if runtime.startswith("nodejs"):
        modules = [str(opt / "nodejs" / "node_modules")] if opt else []
        modules += [interpreters.node_modules] if interpreters.node_modules else []
        env["NODE_PATH"] = ":".join([*modules, str(task)])
        env["_HANDLER"] = handler
        return [interpreters.node, str(NODE_BOOTSTRAP)], env
    raise ValueError(f"runtime {runtime!r} has no local interpreter")
