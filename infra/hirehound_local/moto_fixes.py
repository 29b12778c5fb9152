"""Two case-conversion gaps in moto 5.2's copy of LocalStack's Step Functions interpreter, closed.

LocalStack converts service-integration parameters to the boto casing and responses back to the
PascalCase Step Functions shows; moto's copy keeps those hooks as no-ops. For the Step Functions
integration (`states:startExecution[.sync[:2]]`, whose API is camelCase) that breaks nested
executions: `StateMachineArn` is rejected by botocore and `ExecutionArn` is never found. These two
hooks restore the documented shapes (dates as epoch milliseconds, a generated execution name, as
AWS does); the interpreter itself is untouched.
"""

from __future__ import annotations

import functools
import uuid
from datetime import datetime
from typing import Any


def _lower_first(key: str) -> str:
    return key[:1].lower() + key[1:]


def _upper_first(key: str) -> str:
    return key[:1].upper() + key[1:]


def _rename_keys(mapping: dict[str, Any], rename: Any) -> None:
    for key in list(mapping):
        new = rename(key)
        if new != key:
            mapping[new] = mapping.pop(key)


def _reuse_clients_and_parses() -> None:
    """Speed, not behaviour: moto's interpreter builds a new boto3 client for every task and parses
    the definition's ANTLR grammar at every execution start. Measured on the sample corpus, client
    construction and re-parsing took most of the CPU time. Clients are thread-safe and cached per
    (region, service); the parse of a definition is a pure function of its text."""
    import importlib
    import sys

    from moto.stepfunctions.parser.asl.parse.asl_parser import AmazonStateLanguageParser
    from moto.stepfunctions.parser.asl.utils import boto_client

    task = "moto.stepfunctions.parser.asl.component.state.exec.state_task"
    for user in (
        "lambda_eval_utils",
        "service.state_task_service_sfn",
        "service.state_task_service_sqs",
        "service.state_task_service_events",
        "service.state_task_service_aws_sdk",
    ):
        importlib.import_module(f"{task}.{user}")  # so their imported name can be replaced below

    make_client = boto_client.boto_client_for
    clients: dict[tuple[str, str], Any] = {}

    def cached_client(region: str, service: str, state_credentials: Any = None) -> Any:
        key = (region, service)
        if key not in clients:
            clients[key] = make_client(region, service, state_credentials)
        return clients[key]

    for name, module in list(sys.modules.items()):
        if (
            name.startswith("moto.stepfunctions.parser")
            and getattr(module, "boto_client_for", None) is make_client
        ):
            module.boto_client_for = cached_client  # type: ignore[attr-defined]
    parser: Any = AmazonStateLanguageParser
    parser.parse = staticmethod(functools.lru_cache(maxsize=64)(parser.parse))


def apply() -> None:
    """Patch moto's StateTaskServiceSfn once per process."""
    from moto.stepfunctions.parser.asl.component.state.exec.state_task.service import (
        state_task_service_sfn as module,
    )

    service: Any = module.StateTaskServiceSfn
    if getattr(service, "_hirehound_fixed", False):
        return
    normalise_parameters = service._normalise_parameters
    eval_service_task = service._eval_service_task

    def parameters_in_boto_case(self: Any, parameters: dict[str, Any], *args: Any, **kwargs: Any) -> None:
        normalise_parameters(self, parameters, *args, **kwargs)
        _rename_keys(parameters, _lower_first)
        if "stateMachineArn" in parameters:  # AWS names an execution started without one
            parameters.setdefault("name", str(uuid.uuid4()))

    def response_in_states_case(self: Any, response: Any, *args: Any, **kwargs: Any) -> None:
        if isinstance(response, dict):
            _rename_keys(response, _upper_first)
            for key, value in response.items():  # dates are epoch milliseconds in state output
                if isinstance(value, datetime):
                    response[key] = int(value.timestamp() * 1000)

    def eval_then_normalise(self: Any, env: Any, *args: Any, **kwargs: Any) -> None:
        eval_service_task(self, env, *args, **kwargs)
        response_in_states_case(self, env.stack[-1])

    service._normalise_parameters = parameters_in_boto_case
    service._normalise_response = response_in_states_case
    service._eval_service_task = eval_then_normalise
    service._hirehound_fixed = True
    _reuse_clients_and_parses()
