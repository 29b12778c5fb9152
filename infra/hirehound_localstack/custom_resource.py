"""CloudFormation custom resources (`AWS::CloudFormation::CustomResource`, `Custom::*`) for LocalStack.

LocalStack's free edition has no provider for them: it logs `No resource provider found for
"AWS::CloudFormation::CustomResource"` and marks the resource CREATE_COMPLETE without calling
anything ("deployed as a fallback"), so our schema migration would silently never run. This provider
speaks CloudFormation's custom-resource protocol through LocalStack's own plugin point
(`localstack.cloudformation.resource_providers`, registered in pyproject.toml): it invokes the
service-token function asynchronously with the Create/Update/Delete event, and waits for the
response the handler PUTs to the event's `ResponseURL` — a route on LocalStack's gateway. CDK's
provider framework sends that PUT over HTTPS to port 443 whatever the URL says, hence the runner's
extra `127.0.0.1:443` listener and the URL's host `localhost` (in LocalStack's certificate).
Imported only inside LocalStack's own environment.
"""

from __future__ import annotations

import json
import os
import threading
import time
import uuid
from typing import Any

from localstack.http import Request, Response
from localstack.services.cloudformation.resource_provider import (
    CloudFormationResourceProviderPlugin,
    OperationStatus,
    ProgressEvent,
    ResourceProvider,
    ResourceRequest,
)
from localstack.services.edge import ROUTER

TYPE = "AWS::CloudFormation::CustomResource"
ROUTE = "/_hirehound/cloudformation/responses"
#: CloudFormation's own limit for a custom resource's answer.
RESPONSE_TIMEOUT_S = 3600
PHYSICAL_ID = "PhysicalResourceId"

_responses: dict[str, dict[str, Any]] = {}
_lock = threading.Lock()
_routed = threading.Event()


def response_url(request_id: str) -> str:
    base = os.environ.get("HIREHOUND_CFN_RESPONSE_BASE", "https://localhost")
    return f"{base}{ROUTE}/{request_id}"


def receive(request: Request, request_id: str) -> Response:
    """The handler's answer (CloudFormation's response object), kept until the provider polls it."""
    with _lock:
        _responses[request_id] = json.loads(request.get_data() or b"{}")
    return Response(status=200)


def _route_once() -> None:
    with _lock:
        if not _routed.is_set():
            ROUTER.add(f"{ROUTE}/<request_id>", endpoint=receive, methods=["PUT"])
            _routed.set()


class CustomResourceProvider(ResourceProvider[dict[str, Any]]):  # type: ignore[misc]  # untyped base
    """Create/Update/Delete as events to the `ServiceToken` function; done when its response arrives."""

    TYPE = TYPE
    SCHEMA = {  # noqa: RUF012 - LocalStack reads the class attribute
        "typeName": TYPE,
        "properties": {"ServiceToken": {"type": "string"}, PHYSICAL_ID: {"type": "string"}},
        "additionalProperties": True,
        "required": ["ServiceToken"],
        "readOnlyProperties": [f"/properties/{PHYSICAL_ID}"],
        "primaryIdentifier": [f"/properties/{PHYSICAL_ID}"],
    }

    def create(self, request: ResourceRequest[dict[str, Any]]) -> ProgressEvent[dict[str, Any]]:
        return self._handle(request, "Create")

    def update(self, request: ResourceRequest[dict[str, Any]]) -> ProgressEvent[dict[str, Any]]:
        return self._handle(request, "Update")

    def delete(self, request: ResourceRequest[dict[str, Any]]) -> ProgressEvent[dict[str, Any]]:
        return self._handle(request, "Delete")

    def read(self, request: ResourceRequest[dict[str, Any]]) -> ProgressEvent[dict[str, Any]]:
        raise NotImplementedError

    def _handle(self, request: ResourceRequest[dict[str, Any]], kind: str) -> ProgressEvent[dict[str, Any]]:
        context = request.custom_context
        properties = {k: v for k, v in request.desired_state.items() if k != PHYSICAL_ID}
        if "request_id" not in context:
            return self._send(request, kind, properties)
        with _lock:
            answer = _responses.pop(context["request_id"], None)
        if answer is None:
            if time.time() - float(context["sent_at"]) > RESPONSE_TIMEOUT_S:
                return ProgressEvent(
                    status=OperationStatus.FAILED,
                    resource_model=request.desired_state,
                    message=f"{request.logical_resource_id}: no response in {RESPONSE_TIMEOUT_S} s",
                )
            return ProgressEvent(
                status=OperationStatus.IN_PROGRESS,
                resource_model=request.desired_state,
                custom_context=context,
            )
        if answer.get("Status") != "SUCCESS":
            return ProgressEvent(
                status=OperationStatus.FAILED,
                resource_model=request.desired_state,
                message=str(answer.get("Reason") or "the custom resource handler reported FAILED"),
            )
        if kind == "Delete":
            return ProgressEvent(status=OperationStatus.SUCCESS, resource_model={})
        model = {**properties, **(answer.get("Data") or {}), PHYSICAL_ID: str(answer.get(PHYSICAL_ID))}
        return ProgressEvent(status=OperationStatus.SUCCESS, resource_model=model)

    def _send(
        self, request: ResourceRequest[dict[str, Any]], kind: str, properties: dict[str, Any]
    ) -> ProgressEvent[dict[str, Any]]:
        _route_once()
        request_id = str(uuid.uuid4())
        token = str(properties["ServiceToken"])
        if ":lambda:" not in token:
            raise ValueError(
                f"{request.logical_resource_id}: only Lambda service tokens are supported ({token})"
            )
        previous = request.previous_state or {}
        event: dict[str, Any] = {
            "RequestType": kind,
            "ServiceToken": token,
            "ResponseURL": response_url(request_id),
            "StackId": request.stack_id,
            "RequestId": request_id,
            "LogicalResourceId": request.logical_resource_id,
            "ResourceType": request.resource_type,
            "ResourceProperties": properties,
        }
        if kind != "Create":
            event[PHYSICAL_ID] = previous.get(PHYSICAL_ID) or request.desired_state.get(PHYSICAL_ID)
        if kind == "Update":
            event["OldResourceProperties"] = {k: v for k, v in previous.items() if k != PHYSICAL_ID}
        request.aws_client_factory.lambda_.invoke(
            FunctionName=token, InvocationType="Event", Payload=json.dumps(event).encode()
        )
        return ProgressEvent(
            status=OperationStatus.IN_PROGRESS,
            resource_model=request.desired_state,
            custom_context={"request_id": request_id, "sent_at": time.time()},
        )


class CustomResourceProviderPlugin(CloudFormationResourceProviderPlugin):  # type: ignore[misc]
    name = TYPE

    def __init__(self) -> None:
        self.factory: type[ResourceProvider[dict[str, Any]]] | None = None

    def load(self) -> None:
        self.factory = CustomResourceProvider
