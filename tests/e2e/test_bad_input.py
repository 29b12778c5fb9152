"""The bad-input corpus (`samples/bad_input/`) through IngestPages → Ingestion: every input ends
published or as a dead letter with a clear reason, and none disappears."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import psycopg
import pytest
from hirehound_local.cloud import LocalCloud

pytestmark = pytest.mark.e2e

CORPUS = Path(__file__).resolve().parents[2] / "samples" / "bad_input"
CASES: list[dict[str, Any]] = json.loads((CORPUS / "labels.json").read_text(encoding="utf-8"))


def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bad_input_generate", CORPUS / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def message_body(cloud: LocalCloud, case: dict[str, Any], generate: ModuleType) -> str:
    """What the scraper would enqueue for this case (storing the page first when there is one)."""
    if "raw_message" in case:
        return str(case["raw_message"])
    if "message" in case:
        return json.dumps(case["message"])
    body = (CORPUS / case["page"]).read_bytes() if "page" in case else generate.GENERATORS[case["generate"]]()
    return json.dumps(cloud.put_page(case["url"], body))


@pytest.fixture(scope="module")
def generate() -> ModuleType:
    return generator()


def test_every_bad_input_ends_published_or_dead_lettered_with_its_reason(
    cloud: LocalCloud, conn: psycopg.Connection[Any], generate: ModuleType
) -> None:
    assert len(generate.huge_page()) == 20 * 1024 * 1024
    sqs = cloud.client("sqs")
    message_ids = {
        case["case"]: sqs.send_message(
            QueueUrl=cloud.queue_url("IngestPages"), MessageBody=message_body(cloud, case, generate)
        )["MessageId"]
        for case in CASES
    }

    cloud.drain("IngestPages", timeout_s=120)  # IngestStart returns when its runs have ended
    assert all(e["status"] != "RUNNING" for e in cloud.executions("Ingestion"))

    published = {
        row["url"]: row
        for row in conn.execute(
            b"SELECT r.url, p.status::text AS status, p.title, p.description_html"
            b" FROM postings p JOIN raw_pages r ON r.id = p.raw_page_id"
        ).fetchall()
    }
    letters = conn.execute(b"SELECT * FROM dead_letters").fetchall()
    outcomes: dict[str, list[tuple[str, Any]]] = {case["case"]: [] for case in CASES}
    for case in CASES:
        url = case.get("url") or case.get("message", {}).get("url")
        if url in published:
            outcomes[case["case"]].append(("published", published[url]))
        for letter in letters:
            if letter["execution_id"] == f"sqs:{message_ids[case['case']]}" or (
                url and letter["item_key"] == url
            ):
                outcomes[case["case"]].append(("dead_letter", letter))

    assert {name: len(found) for name, found in outcomes.items()} == dict.fromkeys(outcomes, 1)
    assert len(published) + len(letters) == len(CASES)  # nothing lost, nothing extra
    for case in CASES:
        [(kind, row)] = outcomes[case["case"]]
        assert kind == case["expect"], (case["case"], row)
        if kind == "published":
            assert row["status"] == "published", case["case"]
            assert "<script" not in (row["description_html"] or "").lower(), case["case"]
            assert case.get("title_contains", "") in row["title"], (case["case"], row["title"])
        else:
            assert row["stage"] == case["stage"], case["case"]
            assert case["reason"] in row["error_message"], (case["case"], row["error_message"])
            assert row["error_type"] == "BadInputError"


def test_script_injection_is_sanitized_before_it_is_stored(
    cloud: LocalCloud, conn: psycopg.Connection[Any]
) -> None:
    [case] = [c for c in CASES if c["case"] == "script_injection"]
    page = cloud.put_page(case["url"], (CORPUS / case["page"]).read_bytes())

    execution = cloud.run("Ingestion", {"page": page})

    assert execution.status == "SUCCEEDED", execution.cause
    [row] = conn.execute(b"SELECT description_html, description_text FROM postings").fetchall()
    html = row["description_html"].lower()
    for dangerous in ("<script", "onerror", "onclick", "javascript:", "<iframe", "document.cookie"):
        assert dangerous not in html, dangerous
    assert "react dashboards" in html and "TypeScript, CSS and accessibility" in row["description_text"]
