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
