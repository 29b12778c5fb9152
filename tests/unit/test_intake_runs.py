"""The intake record around a page's synchronous run: finished pages are not run again, a run that
fails outside the dead-letter path is retried until `intake_max_runs`, then dead-lettered."""

from __future__ import annotations

from typing import Any

import pytest
from hirehound.db import dead_letters, intake
from hirehound.errors import TransientError
from hirehound.express import RunResult
from hirehound.ingest import runs
from hirehound.ingest.events import PageRef

pytestmark = pytest.mark.unit

PAGE = PageRef(url="https://acme.example/jobs/1", bucket="raw", key="pages/1.html")


class Runner:
    """Answers each run with the next of `ends` (a RunResult, or an exception to raise)."""

    def __init__(self, *ends: RunResult | Exception) -> None:
        self.ends = list(ends)
        self.names: list[str] = []

    def run(self, name: str, payload: dict[str, Any]) -> RunResult:
        assert payload == {"page": {"url": PAGE.url, "bucket": "raw", "key": "pages/1.html"}}
        self.names.append(name)
        end = self.ends.pop(0)
        if isinstance(end, Exception):
            raise end
        return end


def ended(status: str, output: Any = None, error: str | None = None) -> RunResult:
    arn = f"arn:aws:states:us-east-1:1:express:Ingestion:page:{len(status)}"
    return RunResult(arn, status, output, error, "took too long" if error else None, billed_ms=1200)


PUBLISHED = ended("SUCCEEDED", {"posting_id": 7, "status": "published", "reason": None})


def test_a_finished_page_is_not_run_again(db: str) -> None:
    runner = Runner(PUBLISHED)
    first = runs.ingest_page(PAGE, runner, retry=True)
    again = runs.ingest_page(PAGE, runner, retry=True)
    assert (first.status, first.posting_id, first.ran) == ("published", 7, True)
    assert (again.status, again.posting_id, again.ran) == ("published", 7, False)
    assert runner.names == [runs.execution_name(PAGE)]
    row = intake.get(runs.page_key(PAGE))
    assert row is not None and (row.state, row.runs, row.billed_ms) == ("finished", 1, 1200)


def test_a_dead_lettered_run_finishes_the_page(db: str) -> None:
    outcome = runs.ingest_page(PAGE, Runner(ended("FAILED", error="DeadLettered")), retry=True)
    assert outcome.status == "dead_letter"
    assert runs.ingest_page(PAGE, Runner(), retry=True).ran is False


def test_a_failing_run_is_retried_then_dead_lettered_after_the_last_run(db: str) -> None:
    timeout = ended("TIMED_OUT", error="States.Timeout")
    runner = Runner(timeout, TransientError("throttled"), timeout, timeout)
    for _ in range(3):  # two failed runs and a start that failed (not a run): retried by the queue
        with pytest.raises(TransientError):
            runs.ingest_page(PAGE, runner, retry=True)
    row = intake.get(runs.page_key(PAGE))
    assert row is not None and (row.state, row.runs) == ("failed", 2) and "TIMED_OUT" in (row.error or "")

    outcome = runs.ingest_page(PAGE, runner, retry=True)  # the third run (intake_max_runs = 3) fails too

    assert outcome.status == "dead_letter"
    [letter] = dead_letters.list_open()
    assert (letter.workflow, letter.stage, letter.item_key) == ("ingestion", "execution", PAGE.url)
    assert (letter.error_type, letter.error_message, letter.attempts) == (
        "States.Timeout",
        "took too long",
        3,
    )
    assert letter.payload == {"page": {"url": PAGE.url, "bucket": "raw", "key": "pages/1.html"}}


def test_a_batch_dead_letters_a_failed_run_at_once(db: str) -> None:
    [outcome] = runs.ingest_pages([PAGE], Runner(ended("FAILED", error="States.Runtime")))
    assert outcome.result() == {"url": PAGE.url, "posting_id": None, "status": "dead_letter"}
    [letter] = dead_letters.list_open()
    assert (letter.stage, letter.error_type, letter.attempts) == ("execution", "States.Runtime", 1)
