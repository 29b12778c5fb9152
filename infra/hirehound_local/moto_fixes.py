"""Gaps in moto 5.2's Step Functions (its copy of LocalStack's interpreter and its responses), closed.

1. SendTaskFailure's ``cause``: moto's response handler reads only ``error`` and never hands ``cause``
   to the backend (which accepts it), so a worker's reason vanished from the history and the Catch
   output. :func:`_keep_task_failure_cause` passes it on.
2. EventBridge rules with a Step Functions target: moto's ``Rule.send_to_targets`` raises
   NotImplementedError for them. :func:`_route_rules_to_state_machines` starts the execution instead,
   with the target's ``Input`` / ``InputPath`` / ``InputTransformer`` applied as AWS does; a start
   that fails goes to the target's dead-letter queue, like EventBridge after its retries.
3. Two case-conversion gaps in the Step Functions service integration (below).

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
from typing import Any, cast


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


def _keep_task_failure_cause() -> None:
    from moto.core.responses import EmptyResult
    from moto.stepfunctions.responses import StepFunctionResponse

    def send_task_failure(self: Any) -> Any:
        self.stepfunction_backend.send_task_failure(
            self._get_param("taskToken"), error=self._get_param("error"), cause=self._get_param("cause")
        )
        return EmptyResult()

    response: Any = StepFunctionResponse
    response.send_task_failure = send_task_failure


def _event_input(target: dict[str, Any], event: dict[str, Any]) -> str:
    """The execution input EventBridge hands a target: ``Input``, ``InputPath`` (``$`` or a dotted path),
    ``InputTransformer``, else the whole event."""
    import json

    from moto.events.utils import EventTemplateParser

    if "Input" in target:
        return str(target["Input"])
    if "InputPath" in target:
        value: Any = event
        for part in filter(None, str(target["InputPath"]).removeprefix("$").split(".")):
            value = value[part]
        return json.dumps(value)
    if transformer := target.get("InputTransformer"):
        parsed = EventTemplateParser.parse(
            input_template=transformer.get("InputTemplate"),
            input_paths_map=transformer.get("InputPathsMap", {}),
            event=cast("Any", event),
        )
        return parsed if isinstance(parsed, str) else json.dumps(parsed)
    return json.dumps(event, default=str)


def _route_rules_to_state_machines() -> None:
    import logging

    import boto3
    from moto.events.models import Rule

    rule: Any = Rule
    if getattr(rule, "_hirehound_fixed", False):
        return
    send_to_targets = rule.send_to_targets
    log = logging.getLogger("hirehound_local.events")

    def start_state_machines(self: Any, event: dict[str, Any], transform_input: bool = True) -> None:
        states = [t for t in self.targets if t["Arn"].startswith("arn:aws:states:")]
        if states and self.event_pattern.matches_event(event):
            for target in states:
                region = target["Arn"].split(":")[3]
                try:
                    boto3.client("stepfunctions", region_name=region).start_execution(
                        stateMachineArn=target["Arn"], input=_event_input(target, event)
                    )
                except Exception as exc:  # EventBridge never fails put_events over a target
                    log.warning("rule %s: start of %s failed: %s", self.name, target["Arn"], exc)
                    if dlq := target.get("DeadLetterConfig", {}).get("Arn"):
                        self._send_to_sqs_queue(dlq.split(":")[-1], dict(event))
        others = [t for t in self.targets if t not in states]
        if others:
            all_targets, self.targets = self.targets, others
            try:
                send_to_targets(self, event, transform_input)
            finally:
                self.targets = all_targets

    rule.send_to_targets = start_state_machines
    rule._hirehound_fixed = True


def apply() -> None:
    """Patch moto's StepFunctionResponse and StateTaskServiceSfn once per process."""
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
    _keep_task_failure_cause()
    _route_rules_to_state_machines()
    _reuse_clients_and_parses()
