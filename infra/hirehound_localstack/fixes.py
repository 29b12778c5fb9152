"""Fixes for LocalStack 2026.3 bugs that our stack hits, applied when LocalStack starts.

Registered in LocalStack's own `localstack.hooks.on_infra_start` group (pyproject.toml), the way
LocalStack applies its own patches. Each fix names the bug; the e2e suite (`tests/localstack`) is what
shows it is needed and that it works. Imported only inside LocalStack's own environment.
"""

from __future__ import annotations

from typing import Any

from localstack.runtime import hooks


@hooks.on_infra_start()  # type: ignore[untyped-decorator]  # LocalStack is untyped
def name_step_functions_targets_of_transformed_events() -> None:
    """EventBridge -> Step Functions with an `InputPath`: LocalStack names the execution after the
    event's `id`, which the path has cut away, so every delivery fails with `{"ErrorCode":
    "TargetDeliveryFailure", "ErrorMessage": "Failed to deliver to target Target0: 'id'"}` and no
    execution starts (our CompanyCreated rule passes `$.detail`). EventBridge names such executions
    itself; here: the event's id when the target gets the whole event, else a fresh unique name."""
    from localstack.services.events import target
    from localstack.services.events.utils import to_json_str
    from localstack.utils.strings import long_uid

    def send_event(self: Any, event: Any, trace_header: Any) -> None:
        self.service = "stepfunctions"
        whole = isinstance(event, dict) and not self.target.get("Input") and "id" in event
        self.client.start_execution(
            stateMachineArn=self.target["Arn"],
            name=event["id"] if whole else long_uid(),
            input=to_json_str(event),
        )

    target.StatesTargetSender.send_event = send_event


@hooks.on_infra_start()  # type: ignore[untyped-decorator]  # LocalStack is untyped
def keep_task_token_answers_that_beat_the_heartbeat() -> None:
    """`waitForTaskToken` with a `HeartbeatSeconds` (our Enrichment providers): LocalStack sends the
    message first and sets the task's heartbeat up afterwards. An answer that arrives in between (a
    warm provider worker failing at once: no API key) is kept as the outcome but does not wake the
    heartbeat created after it, so the task waits out the whole heartbeat (600 s) and then fails with
    a heartbeat timeout instead of the answer (seen 2026-12-01: SendTaskFailure 70 ms before the
    TaskSubmitted event, the branch still waiting 6 minutes later). Here: a heartbeat set up after
    the answer starts woken, so the answer is taken at once, as in AWS."""
    from localstack.services.stepfunctions.asl.eval.callback.callback import CallbackEndpoint

    setup = CallbackEndpoint.setup_heartbeat_endpoint

    def setup_heartbeat_endpoint(self: Any, heartbeat_seconds: int) -> Any:
        endpoint = setup(self, heartbeat_seconds)
        if self.get_outcome() is not None:
            endpoint.notify()
        return endpoint

    CallbackEndpoint.setup_heartbeat_endpoint = setup_heartbeat_endpoint
