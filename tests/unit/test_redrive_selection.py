"""Which state machine restarts a dead letter, and how redrives are selected and recorded."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hirehound import failures, redrive
from hirehound.db import dead_letters
from hirehound.db.dead_letters import DeadLetter, State

pytestmark = pytest.mark.unit


def letter(workflow: str, stage: str, payload: dict[str, Any]) -> DeadLetter:
    return DeadLetter(
        id=1,
        workflow=workflow,
        stage=stage,
        item_key="k",
        payload=payload,
        error_type="BadInputError",
        error_message="bad",
        attempts=1,
        execution_id=None,
        created_at=datetime.now(UTC),
        last_failed_at=datetime.now(UTC),
        occurrences=1,
        state=State.OPEN,
        redriven_at=None,
        redrive_execution_id=None,
        redrive_outcome=None,
        resolved_at=None,
    )


@pytest.mark.parametrize(
    ("workflow", "stage", "payload", "machine"),
    [
        ("ingestion", "extract", {"page": {}}, "Ingestion"),
        ("enrichment", "merge", {"company_id": 3}, "Enrichment"),
        ("maintenance", "expire", {"task": "expiry"}, "MaintenanceExpiry"),
        ("maintenance", "cleanup", {"task": "daily"}, "MaintenanceDaily"),
        ("maintenance", "cleanup", {}, None),
        ("ingestion", "intake", {"body": "{"}, None),
        ("enrichment", "provider_worker", {"message_id": "m", "body": "{"}, None),
        ("maintenance", "check_liveness", {"message_id": "m", "body": "{"}, None),
        ("unknown", "x", {}, None),
    ],
)
def test_machine_for_a_letter(
    workflow: str, stage: str, payload: dict[str, Any], machine: str | None
) -> None:
    assert redrive.machine_for(letter(workflow, stage, payload)) == machine


def test_execution_name_is_the_name_part_of_a_standard_or_an_express_arn() -> None:
    assert (
        failures.execution_name("arn:aws:states:us-east-1:1:execution:Ingestion:redrive-7-ab")
        == "redrive-7-ab"
    )
    assert (
        failures.execution_name("arn:aws:states:us-east-1:1:express:Ingestion:redrive-7-ab:5f0c-9e")
        == "redrive-7-ab"
    )


class Recorder:
    def __init__(self, status: str = "SUCCEEDED") -> None:
        self.started: list[tuple[str, str]] = []
        self.state = status

    def start(self, machine: str, name: str, payload: dict[str, Any]) -> redrive.Started:
        self.started.append((machine, name))
        return redrive.Started(f"arn:aws:states:us-east-1:1:execution:{machine}:{name}")

    def status(self, execution_arn: str) -> tuple[str, str | None]:
        return self.state, None if self.state == "SUCCEEDED" else "States.Timeout: took too long"


def _record(db: str, item: str) -> int:
    return dead_letters.record(
        workflow="ingestion",
        stage="extract",
        item_key=item,
        payload={"page": {"url": item}},
        error_type="TransientError",
        error_message="S3 503",
        attempts=4,
        execution_id=f"arn:aws:states:us-east-1:1:execution:Ingestion:{item}",
    )


def test_a_letter_is_claimed_once_even_when_redriven_twice(db: str) -> None:
    letter_id = _record(db, "a")
    port = Recorder(status="RUNNING")
    first = redrive.redrive(redrive.select(ids=[letter_id]), port)
    second = redrive.redrive(redrive.select(ids=[letter_id]), port)
    assert [r.outcome for r in first + second] == [redrive.Outcome.STARTED, redrive.Outcome.SKIPPED]
    assert len(port.started) == 1
    assert redrive.settle(port) == {"running": 1}
    stored = dead_letters.get(letter_id)
    assert stored is not None and stored.state is State.REDRIVEN


def test_settle_reopens_a_letter_whose_redrive_ended_badly(db: str) -> None:
    letter_id = _record(db, "b")
    port = Recorder(status="TIMED_OUT")
    redrive.redrive(redrive.select(every=True), port)
    assert redrive.settle(port) == {"failed": 1}
    assert redrive.settle(port) == {}  # settled once
    stored = dead_letters.get(letter_id)
    assert stored is not None and stored.state is State.OPEN and stored.redrive_outcome == "failed"
    [trail] = dead_letters.redrives(letter_id)
    assert trail.error == "States.Timeout: took too long"


class SyncRecorder(Recorder):
    """An Express machine: the start returns when the run has ended."""

    def start(self, machine: str, name: str, payload: dict[str, Any]) -> redrive.Started:
        self.started.append((machine, name))
        arn = f"arn:aws:states:us-east-1:1:express:{machine}:{name}:run-1"
        error = None if self.state == "SUCCEEDED" else "TIMED_OUT: States.Timeout"
        return redrive.Started(arn, self.state, error)

    def status(self, execution_arn: str) -> tuple[str, str | None]:
        raise AssertionError("an Express execution cannot be described")


@pytest.mark.parametrize(("status", "state"), [("SUCCEEDED", State.RESOLVED), ("TIMED_OUT", State.OPEN)])
def test_a_synchronous_redrive_is_closed_when_its_run_returns(db: str, status: str, state: State) -> None:
    letter_id = _record(db, "c")
    [result] = redrive.redrive(redrive.select(ids=[letter_id]), SyncRecorder(status))
    assert result.outcome is redrive.Outcome.STARTED
    stored = dead_letters.get(letter_id)
    assert stored is not None and stored.state is state
    assert redrive.settle(SyncRecorder()) == {}  # nothing left running, nothing described
    [trail] = dead_letters.redrives(letter_id)
    assert trail.outcome == ("succeeded" if status == "SUCCEEDED" else "failed")


def test_settle_reopens_an_express_redrive_whose_end_was_never_recorded(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    letter_id = _record(db, "d")
    name = "redrive-lost"
    assert dead_letters.begin_redrive(letter_id, name)
    dead_letters.redrive_started(name, f"arn:aws:states:us-east-1:1:express:Ingestion:{name}:run-1")
    assert redrive.settle(SyncRecorder()) == {"running": 1}  # it may still be running
    monkeypatch.setattr(redrive, "EXPRESS_LOST_AFTER", timedelta(0))
    assert redrive.settle(SyncRecorder()) == {"lost": 1}
    stored = dead_letters.get(letter_id)
    assert stored is not None and stored.state is State.OPEN


def test_letters_past_the_time_budget_stay_open(db: str) -> None:
    ids = [_record(db, item) for item in ("e", "f", "g")]
    results = redrive.redrive(redrive.select(ids=ids), SyncRecorder(), workers=2, budget_s=0)
    assert {r.outcome for r in results} == {redrive.Outcome.SKIPPED}
    assert all("time budget" in r.detail for r in results)
    assert {d.id for d in dead_letters.list_open()} == set(ids)
