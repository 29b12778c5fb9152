"""LocalStack's Lambda runtime executor as local processes: no Docker, no runtime download.

Registered as the `hirehound` plugin of LocalStack's entry-point group
`localstack.lambda.runtime_executor` (pyproject.toml) and chosen with
`LAMBDA_RUNTIME_EXECUTOR=hirehound`. Each execution environment LocalStack asks for is a `Sandbox`:
the function's code unzipped by LocalStack as the task root, its layers merged in order into one
`/opt` (a later layer's file wins, as in Lambda), LocalStack's Lambda environment variables with the
paths made real, and the runtime's own bootstrap — AWS's `awslambdaric` for Python, our
`node_bootstrap.js` for CDK's Node.js custom-resource handlers. The function's architecture must be
the host's (the localstack stage builds its layers for the host platform).

Configured by the runner (`hirehound_localstack.runner`) through the environment:
`HIREHOUND_LAMBDA_PYTHON` (an interpreter with awslambdaric, nothing else), `HIREHOUND_LAMBDA_NODE`
(default `node`) and `HIREHOUND_LAMBDA_NODE_PATH` (the AWS SDK v3 that Lambda's Node.js runtimes ship).
Imported only inside LocalStack's own environment (Python 3.13).
"""

from __future__ import annotations

import hashlib
import logging
import os
import platform
import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from localstack import config
from localstack.services.lambda_.invocation.executor_endpoint import StatusErrorException
from localstack.services.lambda_.invocation.lambda_models import FunctionVersion, InvocationResult
from localstack.services.lambda_.invocation.plugins import RuntimeExecutorPlugin
from localstack.services.lambda_.invocation.runtime_executor import LambdaRuntimeException, RuntimeExecutor
from localstack.utils.ssl import get_cert_pem_file_path

from hirehound_localstack.sandbox import InitError, Interpreters, Sandbox, merge_layers, runtime_command

LOG = logging.getLogger(__name__)
HOST_ARCHITECTURE = {"x86_64": "x86_64", "amd64": "x86_64", "aarch64": "arm64", "arm64": "arm64"}[
    platform.machine().lower()
]
#: The variables of the host kept for the runtime process; everything else comes from LocalStack.
HOST_ENV = ("PATH", "LANG", "LC_ALL", "TMPDIR")


def interpreters() -> Interpreters:
    """The host's stand-ins for Lambda's runtimes, as the runner configured them."""
    return Interpreters(
        python=os.environ.get("HIREHOUND_LAMBDA_PYTHON", "python3.12"),
        node=os.environ.get("HIREHOUND_LAMBDA_NODE", "node"),
        node_modules=os.environ.get("HIREHOUND_LAMBDA_NODE_PATH"),
    )


@cache
def _python_version(interpreter: str) -> str:
    out = subprocess.run(  # noqa: S603 - the configured interpreter, fixed arguments
        [interpreter, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip()


def check_runnable(version: FunctionVersion) -> None:
    """Raise LambdaRuntimeException if this host cannot run the function's runtime and architecture."""
    runtime = str(version.config.runtime or "")
    architecture = str(version.config.architectures[0])
    if architecture != HOST_ARCHITECTURE:
        raise LambdaRuntimeException(
            f"{version.id.function_name} is {architecture}, this host runs {HOST_ARCHITECTURE}: deploy a"
            " stage whose functions and layers are built for the host (the localstack stage)"
        )
    if runtime.startswith("python"):
        have = _python_version(interpreters().python)
        if runtime != f"python{have}":
            raise LambdaRuntimeException(
                f"{runtime} needs Python {runtime[6:]}; HIREHOUND_LAMBDA_PYTHON is {have}"
            )
    elif not runtime.startswith("nodejs"):
        raise LambdaRuntimeException(f"runtime {runtime or 'image'} is not supported by the local executor")


def merged_layers(version: FunctionVersion) -> Path | None:
    """The function's layers (unzipped by LocalStack) merged into one /opt, once per set of layers."""
    layers = version.config.layers
    if not layers:
        return None
    for layer in layers:
        layer.code.prepare_for_execution()
    key = hashlib.sha256("\n".join(layer.layer_version_arn for layer in layers).encode()).hexdigest()[:16]
    return merge_layers(
        [Path(layer.code.get_unzipped_code_location()) for layer in layers],
        Path(tempfile.gettempdir()) / "lambda" / "hirehound-opt" / key,
    )


class LocalProcessExecutor(RuntimeExecutor):  # type: ignore[misc]  # LocalStack is untyped
    """One execution environment of a function version: a `Sandbox` process."""

    def __init__(self, id: str, function_version: FunctionVersion) -> None:
        super().__init__(id=id, function_version=function_version)
        self.sandbox: Sandbox | None = None

    def start(self, env_vars: dict[str, Any]) -> None:
        version = self.function_version
        task = Path(version.config.code.get_unzipped_code_location())
        opt = merged_layers(version)
        argv, paths = runtime_command(
            str(version.config.runtime), str(version.config.handler), task, opt, interpreters()
        )
        env = {k: os.environ[k] for k in HOST_ENV if k in os.environ}
        env.update({k: str(v) for k, v in env_vars.items()})
        env.update(paths)
        env.update(
            {
                "LAMBDA_TASK_ROOT": str(task),
                "LAMBDA_RUNTIME_DIR": str(Path(argv[0]).parent),
                "AWS_EXECUTION_ENV": f"AWS_Lambda_{version.config.runtime}",
            }
        )
        certificate = Path(f"{get_cert_pem_file_path()}.crt")
        if certificate.exists():  # Node.js trusts LocalStack's self-signed HTTPS (custom-resource answers)
            env["NODE_EXTRA_CA_CERTS"] = str(certificate)
        self.sandbox = Sandbox(
            argv,
            env,
            task,
            timeout_s=float(version.config.timeout),
            memory_mb=int(version.config.memory_size),
            version=str(version.id.qualifier),
        )
        try:
            self.sandbox.start(init_timeout_s=float(config.LAMBDA_RUNTIME_ENVIRONMENT_TIMEOUT))
        except InitError as exc:  # what LocalStack's Docker init reports as status/error
            raise StatusErrorException("Environment startup failed", payload=exc.payload) from exc

    def stop(self) -> None:
        if self.sandbox is not None:
            self.sandbox.stop()

    def get_address(self) -> str:
        return "127.0.0.1"

    def get_endpoint_from_executor(self) -> str:
        host = str(config.GATEWAY_LISTEN[0].host)
        return "127.0.0.1" if host in {"0.0.0.0", "::", ""} else host  # noqa: S104 - recognizing, not binding

    def get_runtime_endpoint(self) -> str:
        return f"http://{self.get_endpoint_from_executor()}:{config.GATEWAY_LISTEN[0].port}/_localstack_lambda/{self.id}"

    def invoke(self, payload: dict[str, str]) -> InvocationResult:
        if self.sandbox is None:
            raise LambdaRuntimeException(f"executor {self.id} was not started")
        outcome = self.sandbox.invoke(
            payload["invoke-id"],
            payload["payload"],
            payload["invoked-function-arn"],
            payload.get("trace-id", ""),
        )
        return InvocationResult(
            outcome.request_id, outcome.payload, is_error=outcome.is_error, logs=outcome.logs
        )

    def get_logs(self) -> str:
        return self.sandbox.logs() if self.sandbox else ""

    @classmethod
    def prepare_version(cls, function_version: FunctionVersion) -> None:
        check_runnable(function_version)
        if function_version.config.code:
            function_version.config.code.prepare_for_execution()
        merged_layers(function_version)

    @classmethod
    def cleanup_version(cls, function_version: FunctionVersion) -> None:
        """Nothing: merged layer sets are shared between versions and live in the temp directory."""

    @classmethod
    def validate_environment(cls) -> bool:
        python = interpreters().python
        if shutil.which(python) is None:
            LOG.warning(
                "HIREHOUND_LAMBDA_PYTHON=%s is not an interpreter: Python functions cannot run", python
            )
            return False
        return True


class LocalProcessExecutorPlugin(RuntimeExecutorPlugin):  # type: ignore[misc]
    """`LAMBDA_RUNTIME_EXECUTOR=hirehound`."""

    name = "hirehound"

    def load(self, *args: Any, **kwargs: Any) -> type[RuntimeExecutor]:
        return LocalProcessExecutor
