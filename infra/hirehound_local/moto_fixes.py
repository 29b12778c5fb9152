"""Gaps in moto 5.2's Step Functions (its copy of LocalStack's interpreter and its responses), closed.

1. SendTaskFailure's ``cause``: moto's response handler reads only ``error`` and never hands ``cause``
   to the backend (which accepts it), so a worker's reason vanished from the history and the Catch
   output. :func:`_keep_task_failure_cause` passes it on.
2. EventBridge rules with a Step Functions target: moto's ``Rule.send_to_targets`` raises
   NotImplementedError for them. :func:`_route_rules_to_state_machines` starts the execution instead,
   with the target's ``Input`` / ``InputPath`` / ``InputTransformer`` applied as AWS does; a start
   that fails goes to the target's dead-letter queue, like EventBridge after its retries.
3. Two case-conversion gaps in the Step Functions service integration (below).
4. Express workflows (:func:`_express_backend`, :func:`_express_api`). Inside, moto keeps every
   machine STANDARD (its ``StateMachineInstance`` sets ``sm_type = "STANDARD"`` whatever the type),
   does not implement ``StartSyncExecution`` (``NotImplementedError``; boto3's ``sync-states`` host
   is not even routed) and lists, describes and deduplicates Express executions like Standard ones.
   The LocalStack provider moto vendors (``moto/stepfunctions/parser/provider.py``, unused by moto)
   shows what its own classes are for; this wires them in, as LocalStack and AWS behave: the type
   reaches the interpreter; an Express definition is checked by the vendored
   ``ExpressStaticAnalyser`` at create (no ``.sync``, no ``.waitForTaskToken``); StartSyncExecution
   runs the vendored ``SyncExecution`` in the caller's thread and answers with the documented shape,
   ``billingDetails`` included (the measured duration rounded up to 100 ms; 64 MB, Express's
   smallest memory step); executions get Express ARNs (``…:express:<machine>:<name>:<uuid>``, names
   not deduplicated); DescribeExecution and GetExecutionHistory refuse them (``InvalidArn``: resource
   type express) and ListExecutions refuses an Express machine (``StateMachineTypeNotSupported``).
   What AWS keeps of an Express run is its CloudWatch log group; locally
   :func:`express_executions` reads the same from moto's backend.
5. Waiting without polling (:func:`_signal_execution_ends`): the interpreter's worker reports an
   execution's end to ``BaseExecutionWorkerCommunication.terminated``; after moto has set the status
   there, :data:`EXECUTION_ENDED` is notified, so a caller (``LocalCloud.wait``) sleeps until an
   execution ends instead of describing it every 50 ms. moto's ``startExecution.sync`` integration
   still checks its child every 0.5 s (``_DELAY_SECONDS_SYNC_CONDITION_CHECK``); no Hirehound machine
   uses it any more (Ingestion is Express, started synchronously by a function), so it is left alone.
6. JSONPaths parsed once (:func:`_parse_json_paths_once`): the interpreter hands every path it
   evaluates (``InputPath``, ``Parameters``' ``.$`` keys, ``ResultSelector``, ``ResultPath``, Choice
   variables) to ``jsonpath_ng``'s ``parse``, which builds a new PLY lexer and LALR parser for each
   call: measured with py-spy on a 100-page demo, that was 46% of the command's busy time outside the
   handlers. A parsed path is an immutable expression tree that ``find``/``update_or_create`` only
   read, so each path string is parsed once per process (an LRU cache of the same ``parse``).
7. Lambda tasks invoked without the mock's HTTP round trip (:func:`invoke_lambdas_directly`): the
   interpreter's ``lambda:invoke`` integration calls ``boto3``'s ``Lambda.Invoke``, which botocore
   serializes and moto's mock parses back (werkzeug request, routing, response headers) only to reach
   ``LambdaFunction._invoke_lambda``, which the local runtime replaces anyway. Where the runtime is
   ours, :func:`invoke_lambdas_directly` hands the task's parameters to it and answers what that path
   answers (``StatusCode`` 200, ``ExecutedVersion`` ``$LATEST``, the payload parsed as moto's
   ``_from_payload`` parses it, ``FunctionError`` when the handler failed);
   a call it does not serve (an unknown function, a qualifier, a client context, an asynchronous
   invocation type) takes moto's path. The interpreter's Retry/Catch see the same error payloads.
8. State data copied as JSON (:func:`_copy_state_data_as_json`): the interpreter deep-copies a
   state's whole input each time it reads it (``States.get_input``, ``reset``, ``set_result``, every
   ``.$`` path's value, each state's stack): after fixes 6 and 7, ``copy.deepcopy`` was the largest
   item of the command's busy time outside the handlers (about 12%, py-spy). That data is JSON
   (dicts, lists, strings, numbers, booleans, None), for which a plain recursive copy gives the same
   value in a fraction of the time (no memo); any other object is still handed to ``copy.deepcopy``.
   Only the modules that copy state data use it; the interpreter's other copies are untouched.

LocalStack converts service-integration parameters to the boto casing and responses back to the
PascalCase Step Functions shows; moto's copy keeps those hooks as no-ops. For the Step Functions
integration (`states:startExecution[.sync[:2]]`, whose API is camelCase) that breaks nested
executions: `StateMachineArn` is rejected by botocore and `ExecutionArn` is never found. These two
hooks restore the documented shapes (dates as epoch milliseconds, a generated execution name, as
AWS does); the interpreter itself is untouched.
"""

from __future__ import annotations

import copy
import functools
import io
import json
import math
import threading
import uuid
from collections.abc import Callable, Collection
from datetime import UTC, datetime
from typing import Any, cast

EXPRESS = "EXPRESS"
#: Notified (all waiters) whenever an execution ends, after its status is set.
EXECUTION_ENDED = threading.Condition()
#: Express bills memory in 64 MB steps; a page's input and history stay far below the first step.
EXPRESS_BILLED_MEMORY_MB = 64


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


_JSON_SCALARS = (str, int, float, bool, type(None))


def copy_json(value: Any) -> Any:
    """A deep copy of JSON data (plain dicts and lists of scalars); other objects by `copy.deepcopy`."""
    kind = type(value)
    if kind is dict:
        return {key: copy_json(item) for key, item in value.items()}
    if kind is list:
        return [copy_json(item) for item in value]
    if kind in _JSON_SCALARS:
        return value
    return copy.deepcopy(value)


def _copy_state_data_as_json() -> None:
    """The modules whose ``copy.deepcopy`` copies state data see a ``copy`` whose ``deepcopy`` is
    :func:`copy_json`."""
    import types

    from moto.stepfunctions.parser.asl.component.common.path import result_path
    from moto.stepfunctions.parser.asl.component.common.string import string_expression
    from moto.stepfunctions.parser.asl.component.state.exec import execute_state
    from moto.stepfunctions.parser.asl.eval import states

    json_copy = types.SimpleNamespace(deepcopy=copy_json)
    for module in (states, string_expression, execute_state, result_path):
        module.copy = json_copy  # type: ignore[attr-defined]


#: ``(function name, event, region) -> (payload JSON, errored)``: the local runtime's Lambda invoke.
LambdaInvoke = Callable[[str, Any, str], tuple[str, bool]]


def invoke_lambdas_directly(invoke: LambdaInvoke, functions: Collection[str]) -> Any:
    """A ``mock.patch`` (start/stop it) under which the interpreter's Lambda tasks for `functions`
    call `invoke` instead of going through the mocked Lambda API."""
    from unittest import mock

    from moto.stepfunctions.parser.asl.component.state.exec.state_task import lambda_eval_utils

    through_the_api = lambda_eval_utils._invoke_lambda_function
    served = {"FunctionName", "Payload", "InvocationType", "LogType"}

    def invoke_lambda_function(parameters: dict[str, Any], region: str, state_credentials: Any) -> Any:
        name = str(parameters.get("FunctionName", "")).rsplit(":function:", 1)[-1]
        synchronous = parameters.get("InvocationType", "RequestResponse") == "RequestResponse"
        if name not in functions or not synchronous or set(parameters) - served:
            return through_the_api(parameters, region, state_credentials)
        body = parameters.get("Payload")
        event = json.loads(body) if body else {}
        payload, errored = invoke(name, event, region)
        response: dict[str, Any] = {
            "StatusCode": 200,
            "ExecutedVersion": "$LATEST",
            "Payload": lambda_eval_utils._from_payload(io.BytesIO(payload.encode())),
        }
        if errored:
            response["FunctionError"] = "Unhandled"
        return response

    return mock.patch.object(lambda_eval_utils, "_invoke_lambda_function", invoke_lambda_function)


#: Distinct JSONPaths kept parsed; the definitions hold a few hundred.
JSON_PATH_CACHE_SIZE = 4096


def _parse_json_paths_once() -> None:
    """moto's two users of ``jsonpath_ng``'s ``parse`` (the ext parser for reads, the base one for
    ``ResultPath``) get the same function behind an LRU cache keyed by the path string."""
    from moto.stepfunctions.parser.asl.component.common.path import result_path
    from moto.stepfunctions.parser.asl.utils import json_path

    for module in (json_path, result_path):
        parse: Any = module.parse
        if not hasattr(parse, "cache_info"):
            module.parse = functools.lru_cache(maxsize=JSON_PATH_CACHE_SIZE)(parse)  # type: ignore[attr-defined]


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


def express_execution_arn(machine_arn: str, name: str) -> str:
    """`arn:…:stateMachine:<machine>` → `arn:…:express:<machine>:<name>:<uuid>` (AWS's format)."""
    prefix, machine = machine_arn.split(":stateMachine:", 1)
    return f"{prefix}:express:{machine}:{name}:{uuid.uuid4()}"


def is_express_execution(execution_arn: str) -> bool:
    return execution_arn.split(":")[5:6] == ["express"]


def billing_details(execution: Any) -> dict[str, int]:
    """What AWS bills an Express run: duration rounded up to 100 ms, memory in 64 MB steps."""
    stop = execution.stop_date or datetime.now(UTC)
    elapsed_ms = (stop - execution.start_date).total_seconds() * 1000
    return {
        "billedMemoryUsedInMB": EXPRESS_BILLED_MEMORY_MB,
        "billedDurationInMilliseconds": max(100, math.ceil(elapsed_ms / 100) * 100),
    }


def _backend(account: str, region: str) -> Any:
    from moto.stepfunctions.parser.models import stepfunctions_parser_backends

    return stepfunctions_parser_backends[account][region]


def express_executions(account: str, region: str, machine_arn: str) -> list[Any]:
    """The Express executions of a machine as moto's backend holds them (in AWS: its log group)."""
    machine = _backend(account, region).describe_state_machine(machine_arn)
    return list(machine.executions)


def express_execution(account: str, region: str, execution_arn: str) -> Any:
    machine_arn = (
        execution_arn.split(":express:", maxsplit=1)[0] + ":stateMachine:" + execution_arn.split(":")[6]
    )
    for execution in express_executions(account, region, machine_arn):
        if execution.execution_arn == execution_arn:
            return execution
    raise KeyError(execution_arn)


def _new_execution(backend: Any, machine: Any, name: str, execution_input: str | None, cls: type) -> Any:
    """An execution of an Express `machine` built as moto's `start_execution` builds one, with an
    Express ARN and no name deduplication."""
    from moto.stepfunctions.exceptions import InvalidExecutionInput

    input_data = execution_input or "{}"
    try:
        json.loads(input_data)
    except ValueError as exc:
        raise InvalidExecutionInput(str(exc)) from exc
    clone = copy.deepcopy(machine, {id(machine.executions): [], id(machine.backend): machine.backend})
    execution = cls(
        name=name,
        sm_type=clone.sm_type,
        role_arn=clone.roleArn,
        exec_arn=express_execution_arn(machine.arn, name),
        account_id=backend.account_id,
        region_name=backend.region_name,
        state_machine=clone,
        start_date=datetime.now(UTC),
        cloud_watch_logging_session=None,
        input_data=input_data,
        trace_header=None,
        activity_store={},
    )
    machine.executions.append(execution)
    return execution


def _route_sync_endpoint() -> None:
    """boto3 sends StartSyncExecution to the `sync-states.<region>` host; moto routes only `states.`."""
    import re

    from moto import backend_index
    from moto.stepfunctions import urls

    sync = r"https?://sync-states\.(.+)\.amazonaws.com"
    if sync not in urls.url_bases:
        urls.url_bases.append(sync)
        backend_index.backend_url_patterns.append(("stepfunctions", re.compile(sync)))


def _type_not_supported() -> Exception:
    from moto.core.exceptions import AWSError

    return AWSError(
        "This operation is not supported by this type of state machine",
        exception_type="StateMachineTypeNotSupported",
    )


def _express_backend() -> None:
    """The machine's type reaches the interpreter; Express definitions are checked at create; Express
    starts (async and sync) build Express executions."""
    from moto.core.exceptions import AWSError
    from moto.stepfunctions.models import StateMachineInstance
    from moto.stepfunctions.parser.asl.static_analyser.express_static_analyser import (
        ExpressStaticAnalyser,
    )
    from moto.stepfunctions.parser.backend.execution import Execution, SyncExecution
    from moto.stepfunctions.parser.models import StepFunctionsParserBackend

    instance: Any = StateMachineInstance
    init = instance.__init__

    def init_with_its_type(self: Any, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        self.sm_type = self.type  # moto hard-codes "STANDARD" here

    backend: Any = StepFunctionsParserBackend
    create = backend.create_state_machine
    start = backend.start_execution

    def create_checked(self: Any, name: str, definition: str, *args: Any, **kwargs: Any) -> Any:
        if kwargs.get("sm_type") == EXPRESS:
            try:
                ExpressStaticAnalyser().analyse(definition)
            except Exception as exc:
                message = f"Error={type(exc).__name__} Args={list(exc.args)}"
                raise AWSError(message, exception_type="InvalidDefinition") from exc
        return create(self, name, definition, *args, **kwargs)

    def start_by_type(
        self: Any, arn: str, name: Any = None, execution_input: Any = None, trace_header: Any = None
    ) -> Any:
        machine = self.describe_state_machine(arn)
        if machine.type != EXPRESS:
            return start(self, arn, name, execution_input, trace_header)
        execution = _new_execution(self, machine, name or str(uuid.uuid4()), execution_input, Execution)
        execution.start()
        return execution

    def start_sync_execution(self: Any, arn: str, name: Any = None, execution_input: Any = None) -> Any:
        machine = self.describe_state_machine(arn)
        if machine.type != EXPRESS:
            raise _type_not_supported()
        execution = _new_execution(self, machine, name or str(uuid.uuid4()), execution_input, SyncExecution)
        execution.start()  # SyncExecutionWorker: runs to its end in this thread
        return execution

    instance.__init__ = init_with_its_type
    backend.create_state_machine = create_checked
    backend.start_execution = start_by_type
    backend.start_sync_execution = start_sync_execution


def _express_api() -> None:
    """StartSyncExecution answered; Express executions refused by Describe/GetHistory/List."""
    from moto.core.responses import ActionResult
    from moto.stepfunctions.exceptions import InvalidArn
    from moto.stepfunctions.responses import StepFunctionResponse

    response: Any = StepFunctionResponse
    describe, history, listing = (
        response.describe_execution,
        response.get_execution_history,
        response.list_executions,
    )

    def start_sync_execution(self: Any) -> Any:
        execution = self.stepfunction_backend.start_sync_execution(
            self._get_param("stateMachineArn"), self._get_param("name"), self._get_param("input")
        )
        output = {k: v for k, v in execution.to_start_sync_execution_output().items() if v is not None}
        return ActionResult({**output, "billingDetails": billing_details(execution)})

    def refuse_express(api: Any) -> Any:
        def call(self: Any) -> Any:
            if is_express_execution(str(self._get_param("executionArn") or "")):
                raise InvalidArn("Invalid Arn: 'Resource type not valid in this context: express'")
            return api(self)

        return call

    def list_standard_executions(self: Any) -> Any:
        machine = self.stepfunction_backend.describe_state_machine(self._get_param("stateMachineArn"))
        if machine.type == EXPRESS:
            raise _type_not_supported()
        return listing(self)

    response.start_sync_execution = start_sync_execution
    response.describe_execution = refuse_express(describe)
    response.get_execution_history = refuse_express(history)
    response.list_executions = list_standard_executions
    _route_sync_endpoint()


def _signal_execution_ends() -> None:
    from moto.stepfunctions.parser.backend.execution import BaseExecutionWorkerCommunication

    comm: Any = BaseExecutionWorkerCommunication
    terminated = comm.terminated

    def terminated_then_signal(self: Any) -> None:
        try:
            terminated(self)
        finally:
            with EXECUTION_ENDED:
                EXECUTION_ENDED.notify_all()

    comm.terminated = terminated_then_signal


def backend_execution(account: str, region: str, execution_arn: str) -> Any:
    """moto's execution object (Standard or Express) without an API call."""
    if is_express_execution(execution_arn):
        return express_execution(account, region, execution_arn)
    return _backend(account, region).describe_execution(execution_arn)


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
    _express_backend()
    _express_api()
    _reuse_clients_and_parses()
    _signal_execution_ends()
    _parse_json_paths_once()
    _copy_state_data_as_json()
