"""Step Functions execution histories and ASL definitions, reduced to what the status views draw.

Pure functions over the JSON AWS returns (`GetExecutionHistory` events, the state machine definition),
so the local runner and an AWS EventBridge-fed recorder can share them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import BaseModel

#: History event types that end an attempt of a state in failure.
_FAILURES = frozenset(
    {
        "TaskFailed",
        "TaskTimedOut",
        "TaskStartFailed",
        "TaskSubmitFailed",
        "LambdaFunctionFailed",
        "LambdaFunctionTimedOut",
        "LambdaFunctionStartFailed",
        "ParallelStateFailed",
        "MapStateFailed",
    }
)
_CONTAINER_FAILURES = frozenset({"ParallelStateFailed", "MapStateFailed"})
_SCHEDULED = frozenset({"TaskScheduled", "LambdaFunctionScheduled"})


class StateOutcome(BaseModel):
    """How one state fared in an execution (summed over Map iterations and retries)."""

    entered: int = 0
    exited: int = 0
    attempts: int = 0
    failures: int = 0

    @property
    def retries(self) -> int:
        return max(0, self.attempts - self.entered)

    def outcome(self, state_type: str | None = None) -> str:
        """`not_run`, `succeeded`, `retried` (failed, then succeeded), `failed` or `running`."""
        if self.entered == 0:
            return "not_run"
        if state_type == "Fail" or self.failures > self.retries:
            return "failed"
        if self.exited < self.entered:
            return "running"
        return "retried" if self.failures else "succeeded"


def _state_of(event: Mapping[str, Any], by_id: Mapping[int, Mapping[str, Any]]) -> str | None:
    """The state an event belongs to: the nearest `…StateEntered` up its `previousEventId` chain (for
    a Parallel/Map failure, the nearest Parallel/Map state: its chain runs through the failed branch)."""
    kind = str(event.get("type", ""))
    wanted = kind.removesuffix("StateFailed") + "StateEntered" if kind in _CONTAINER_FAILURES else None
    seen = 0
    current: Mapping[str, Any] | None = event
    while current is not None and seen < 10_000:
        details = current.get("stateEnteredEventDetails")
        if details and (wanted is None or current.get("type") == wanted):
            return str(details["name"])
        previous = int(current.get("previousEventId") or 0)
        current = by_id.get(previous) if previous else None
        seen += 1
    return None


def summarize(events: Iterable[Mapping[str, Any]]) -> dict[str, StateOutcome]:
    """Per state name: entries, exits, scheduled attempts and failed attempts."""
    history = list(events)
    by_id = {int(e["id"]): e for e in history if "id" in e}
    states: dict[str, StateOutcome] = {}
    for event in history:
        kind = str(event.get("type", ""))
        if entered := event.get("stateEnteredEventDetails"):
            states.setdefault(entered["name"], StateOutcome()).entered += 1
        elif exited := event.get("stateExitedEventDetails"):
            states.setdefault(exited["name"], StateOutcome()).exited += 1
        elif kind in _SCHEDULED or kind in _FAILURES:
            name = _state_of(event, by_id)
            if name is None:
                continue
            outcome = states.setdefault(name, StateOutcome())
            if kind in _SCHEDULED:
                outcome.attempts += 1
            else:
                outcome.failures += 1
    return states


def layout(definition: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The states of an ASL definition in declaration order, each `{name, type, next, branches}`;
    Parallel branches and Map item processors are nested lists of the same shape."""
    nodes = []
    for name, state in definition.get("States", {}).items():
        branches = [layout(branch) for branch in state.get("Branches", [])]
        processor = state.get("ItemProcessor") or state.get("Iterator")
        if processor:
            branches.append(layout(processor))
        targets = [state["Next"]] if "Next" in state else []
        targets += [choice["Next"] for choice in state.get("Choices", []) if "Next" in choice]
        targets += [state["Default"]] if "Default" in state else []
        targets += [catch["Next"] for catch in state.get("Catch", [])]
        nodes.append({"name": name, "type": state.get("Type", ""), "next": targets, "branches": branches})
    return nodes


def graph(definition: Mapping[str, Any], states: Mapping[str, Mapping[str, int]]) -> list[dict[str, Any]]:
    """`layout` with each node's stored counts and outcome (from `summarize`, as stored JSON)."""

    def annotate(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
        out = []
        for node in nodes:
            counts = StateOutcome.model_validate(states.get(node["name"], {}))
            out.append(
                {
                    **node,
                    **counts.model_dump(),
                    "outcome": counts.outcome(node["type"]),
                    "branches": [annotate(branch) for branch in node["branches"]],
                }
            )
        return out

    return annotate(layout(definition))
