"""Execution histories reduced to per-state outcomes, ASL layouts, and status windows."""

from __future__ import annotations

from typing import Any

import pytest
from hirehound.workflow_history import StateOutcome, graph, layout, summarize
from hirehound_local.status import parse_window

pytestmark = pytest.mark.unit

DEFINITION: dict[str, Any] = {
    "StartAt": "Fetch",
    "States": {
        "Fetch": {
            "Type": "Task",
            "Next": "Both",
            "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Failed"}],
        },
        "Both": {
            "Type": "Parallel",
            "Branches": [
                {"StartAt": "Left", "States": {"Left": {"Type": "Task", "End": True}}},
                {"StartAt": "Right", "States": {"Right": {"Type": "Task", "End": True}}},
            ],
            "Next": "Route",
        },
        "Route": {"Type": "Choice", "Choices": [{"Next": "Skip"}], "Default": "Done"},
        "Skip": {"Type": "Pass", "End": True},
        "Done": {"Type": "Succeed"},
        "Failed": {"Type": "Fail"},
    },
}


def entered(i: int, prev: int, name: str) -> dict[str, Any]:
    return {
        "id": i,
        "previousEventId": prev,
        "type": "TaskStateEntered",
        "stateEnteredEventDetails": {"name": name},
    }


def exited(i: int, prev: int, name: str) -> dict[str, Any]:
    return {
        "id": i,
        "previousEventId": prev,
        "type": "TaskStateExited",
        "stateExitedEventDetails": {"name": name},
    }


def event(i: int, prev: int, kind: str) -> dict[str, Any]:
    return {"id": i, "previousEventId": prev, "type": kind}


# Fetch fails once and is retried; then Parallel: Left fails for good (caught upstream), Right succeeds.
HISTORY = [
    event(1, 0, "ExecutionStarted"),
    entered(2, 0, "Fetch"),
    event(3, 2, "TaskScheduled"),
    event(4, 3, "TaskFailed"),
    event(5, 4, "TaskScheduled"),
    event(6, 5, "TaskSucceeded"),
    exited(7, 6, "Fetch"),
    {
        "id": 8,
        "previousEventId": 7,
        "type": "ParallelStateEntered",
        "stateEnteredEventDetails": {"name": "Both"},
    },
    entered(9, 8, "Right"),
    entered(10, 8, "Left"),
    event(11, 10, "TaskScheduled"),
    event(12, 9, "TaskScheduled"),
    event(13, 12, "TaskSucceeded"),
    exited(14, 13, "Right"),
    event(15, 11, "LambdaFunctionFailed"),
    event(16, 15, "ParallelStateFailed"),
    event(17, 16, "ExecutionFailed"),
]


def test_failures_and_attempts_are_attributed_to_their_state_through_interleaved_branches() -> None:
    states = summarize(HISTORY)

    assert states["Fetch"] == StateOutcome(entered=1, exited=1, attempts=2, failures=1)
    assert states["Right"] == StateOutcome(entered=1, exited=1, attempts=1, failures=0)
    assert states["Left"] == StateOutcome(entered=1, exited=0, attempts=1, failures=1)
    assert states["Both"] == StateOutcome(entered=1, exited=0, attempts=0, failures=1)
    assert {name: s.outcome() for name, s in states.items()} == {
        "Fetch": "retried",
        "Right": "succeeded",
        "Left": "failed",
        "Both": "failed",
    }


def test_outcomes_of_states_not_run_still_running_or_fail_states() -> None:
    assert StateOutcome().outcome() == "not_run"
    assert StateOutcome(entered=2, exited=1, attempts=2).outcome() == "running"
    assert StateOutcome(entered=1, exited=0).outcome("Fail") == "failed"
    # Map iterations: ten entries, one retried attempt that then succeeded.
    assert StateOutcome(entered=10, exited=10, attempts=11, failures=1).outcome() == "retried"
    assert StateOutcome(entered=10, exited=9, attempts=11, failures=2).outcome() == "failed"


def test_layout_keeps_declaration_order_branches_and_every_transition() -> None:
    nodes = layout(DEFINITION)

    assert [n["name"] for n in nodes] == ["Fetch", "Both", "Route", "Skip", "Done", "Failed"]
    assert nodes[0]["next"] == ["Both", "Failed"]
    assert nodes[2]["next"] == ["Skip", "Done"]
    assert [[n["name"] for n in branch] for branch in nodes[1]["branches"]] == [["Left"], ["Right"]]


def test_graph_colours_each_state_from_stored_counts() -> None:
    stored = {name: s.model_dump() for name, s in summarize(HISTORY).items()}

    nodes = graph(DEFINITION, stored)

    outcome = {n["name"]: n["outcome"] for n in nodes}
    assert outcome == {
        "Fetch": "retried",
        "Both": "failed",
        "Route": "not_run",
        "Skip": "not_run",
        "Done": "not_run",
        "Failed": "not_run",
    }
    left, right = (branch[0] for branch in nodes[1]["branches"])
    assert (left["outcome"], right["outcome"], left["failures"]) == ("failed", "succeeded", 1)


@pytest.mark.parametrize(
    ("text", "seconds"), [("90", 90), ("90s", 90), ("30m", 1800), ("1h", 3600), ("7d", 604800)]
)
def test_windows_parse_to_seconds(text: str, seconds: float) -> None:
    assert parse_window(text) == seconds


@pytest.mark.parametrize("text", ["", "h", "1w", "-1h", "1 hour"])
def test_bad_windows_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a window"):
        parse_window(text)
