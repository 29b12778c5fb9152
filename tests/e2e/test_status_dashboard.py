"""`status` and the dashboard after a real pipeline run: their figures equal the database's, the page
renders in headless Chromium without console errors, and its screenshot shows the execution graph."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from hirehound_local import cli
from hirehound_local.cloud import LocalCloud
from hirehound_local.corpus import SamplePage, load_corpus
from hirehound_local.dashboard import DashboardServer
from hirehound_local.ingest_runner import IngestReport, ingest_pages
from hirehound_local.status import queue_depths, snapshot
from playwright.sync_api import Page, sync_playwright

pytestmark = pytest.mark.e2e

CHROMIUM = Path("/usr/bin/chromium")
WINDOW_S = 3600.0
#: The outcome colours of style.css (RGB), counted in the screenshot.
SUCCEEDED_RGB = (0x2E, 0x9E, 0x5B)
FAILED_RGB = (0xD2, 0x3C, 0x3C)


def small_slice() -> list[SamplePage]:
    """Six pages that publish or get rejected, and one the pipeline dead-letters."""
    corpus = load_corpus()
    dead = next(page for page in corpus if page.labels["expect"] == "dead_letter")
    return [*corpus[:6], dead]


@pytest.fixture
def ingested(cloud: LocalCloud) -> IngestReport:
    report = ingest_pages(cloud, small_slice(), batch_size=7)
    assert [batch.status for batch in report.batches] == ["SUCCEEDED"]
    return report


def scalar(conn: psycopg.Connection[Any], query: str) -> Any:
    row = conn.execute(query.encode()).fetchone()
    assert row is not None
    return next(iter(row.values()))


def test_status_counts_match_the_database_and_the_run(
    ingested: IngestReport, conn: psycopg.Connection[Any], capsys: pytest.CaptureFixture[str]
) -> None:
    snap = snapshot(WINDOW_S)

    pages = len(small_slice())
    executions = {(e["workflow"], e["status"]): e["executions"] for e in snap["executions"]}
    dead = ingested.outcomes["dead_letter"]
    assert dead >= 1
    assert executions == {
        ("Ingestion", "FAILED"): dead,
        ("Ingestion", "SUCCEEDED"): pages - dead,
        ("IngestionBatch", "SUCCEEDED"): 1,
    }
    stages = {(s["workflow"], s["stage"]): s for s in snap["stages"]}
    assert stages["ingestion", "extract"]["runs"] == pages
    assert stages["ingestion", "extract"]["failures"] == dead
    assert stages["ingestion", "complete_batch"]["runs"] == 1
    for (workflow, stage), row in stages.items():
        db = conn.execute(
            "SELECT count(*) AS runs, count(*) FILTER (WHERE outcome <> 'ok') AS failures,"
            " max(duration_ms) AS slowest FROM stage_runs WHERE workflow = %s AND stage = %s",
            (workflow, stage),
        ).fetchone()
        assert db is not None
        assert (row["runs"], row["failures"]) == (db["runs"], db["failures"])
        assert 0 < row["p50_ms"] <= row["p95_ms"] <= db["slowest"] + 0.1
    assert sum(s["runs"] for s in snap["stages"]) == scalar(conn, "SELECT count(*) FROM stage_runs")
    assert sum(d["letters"] for d in snap["dead_letters"]) == dead
    assert {d["stage"] for d in snap["dead_letters"]} <= {s for _, s in stages}
    assert snap["batches"] == {"batches": 1, "pages": pages, "outcomes": ingested.outcomes}

    assert cli.main(["status", "--window", "1h"]) == 0
    printed = capsys.readouterr().out
    assert "Workflow executions by status" in printed and "IngestionBatch" in printed
    assert "extract" in printed and "Open dead letters" in printed


def test_queue_depth_and_in_flight_come_from_the_live_runtime(cloud: LocalCloud) -> None:
    queue = next(q for q in queue_depths(cloud))["queue"]
    sqs = cloud.client("sqs")
    for n in range(3):
        sqs.send_message(QueueUrl=cloud.queue_url(queue), MessageBody=f'{{"n": {n}}}')
    sqs.receive_message(QueueUrl=cloud.queue_url(queue), MaxNumberOfMessages=1)

    depths = {row["queue"]: row for row in queue_depths(cloud)}

    assert (depths[queue]["depth"], depths[queue]["in_flight"], depths[queue]["dead_letters"]) == (2, 1, 0)
    assert all(row["depth"] == row["in_flight"] == 0 for name, row in depths.items() if name != queue)


@pytest.fixture
def dashboard(ingested: IngestReport, cloud: LocalCloud) -> Iterator[DashboardServer]:
    server = DashboardServer(("127.0.0.1", 0), window_s=WINDOW_S, cloud=cloud)
    server.start()
    yield server
    server.shutdown()
    server.server_close()


def count_pixels(page: Page, png: bytes, rgb: tuple[int, int, int]) -> int:
    """Pixels of exactly `rgb` in a PNG, decoded by the browser's own canvas."""
    data_url = "data:image/png;base64," + base64.b64encode(png).decode()
    count: int = page.evaluate(
        """async ([url, [r, g, b]]) => {
            const image = new Image(); image.src = url; await image.decode();
            const canvas = new OffscreenCanvas(image.width, image.height);
            const context = canvas.getContext("2d"); context.drawImage(image, 0, 0);
            const pixels = context.getImageData(0, 0, image.width, image.height).data;
            let n = 0;
            for (let i = 0; i < pixels.length; i += 4)
                if (pixels[i] === r && pixels[i + 1] === g && pixels[i + 2] === b) n++;
            return n;
        }""",
        [data_url, list(rgb)],
    )
    return count


#: Charts must read at the dashboard's own text size: never scaled below it, bars a finger-width tall.
MIN_TEXT_PX = 12
MIN_BAR_PX = 12
MIN_CHART_PX = 380

CHART_GEOMETRY = """(host) => {
    const chart = document.querySelector(`#${host} svg`);
    const box = chart.getBoundingClientRect();
    const scale = box.width / chart.viewBox.baseVal.width;
    const texts = [...chart.querySelectorAll("text")].map((t) => {
        const r = t.getBoundingClientRect();
        return { px: parseFloat(getComputedStyle(t).fontSize) * scale, left: r.left, right: r.right };
    });
    const bars = [...chart.querySelectorAll("rect")].map((r) => r.getBoundingClientRect().height);
    return { width: box.width, left: box.left, right: box.right, scale, texts, bars };
}"""


def check_chart_is_legible(page: Page, host: str, bars: int) -> None:
    geometry: dict[str, Any] = page.evaluate(CHART_GEOMETRY, host)
    assert geometry["width"] >= MIN_CHART_PX, (host, geometry["width"])
    assert geometry["scale"] >= 0.99, (host, geometry["scale"])  # drawn at its size, not shrunk to fit
    assert len(geometry["bars"]) == bars and min(geometry["bars"]) >= MIN_BAR_PX, (host, geometry["bars"])
    assert geometry["texts"] and min(t["px"] for t in geometry["texts"]) >= MIN_TEXT_PX, host
    for text in geometry["texts"]:  # no label or value runs off the chart
        assert geometry["left"] - 0.5 <= text["left"] and text["right"] <= geometry["right"] + 0.5, (
            host,
            text,
        )


def test_the_dashboard_shows_the_database_figures_in_headless_chromium(
    dashboard: DashboardServer, conn: psycopg.Connection[Any], tmp_path: Path
) -> None:
    errors: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(dashboard.url)
        page.wait_for_selector("body[data-loaded=true]", timeout=30_000)

        def card(name: str) -> int:
            return int(page.get_attribute(f"#card-{name}", "data-value") or "-1")

        assert card("stage-runs") == scalar(conn, "SELECT count(*) FROM stage_runs") > 0
        assert (
            card("stage-failures")
            == scalar(conn, "SELECT count(*) FROM stage_runs WHERE outcome <> 'ok'")
            > 0
        )
        assert (
            card("executions")
            == scalar(conn, "SELECT count(*) FROM workflow_executions")
            == len(small_slice()) + 1
        )
        assert (
            card("dead-letters") == scalar(conn, "SELECT count(*) FROM dead_letters WHERE state = 'open'") > 0
        )
        assert card("pages") == len(small_slice())
        for row in conn.execute(
            "SELECT workflow || '/' || stage AS key, count(*) AS runs FROM stage_runs GROUP BY 1"
        ).fetchall():
            cell = page.locator(f'#stages tr[data-key="{row["key"]}"] td[data-col="runs"]')
            assert int(cell.inner_text()) == row["runs"], row
        assert page.locator("#queues tr[data-key]").count() > 0  # live depths from the LocalCloud
        snap = snapshot(WINDOW_S)
        assert page.locator("#stages-chart svg rect").count() == 2 * len(snap["stages"])
        check_chart_is_legible(page, "executions-chart", bars=len(snap["executions"]))
        check_chart_is_legible(page, "stages-chart", bars=2 * len(snap["stages"]))

        # The graph shows the failed (dead-lettered) Ingestion run, state by state.
        failed_arn = scalar(conn, "SELECT execution_arn FROM workflow_executions WHERE status = 'FAILED'")
        assert page.get_attribute("#graph", "data-arn") == failed_arn
        letter = conn.execute("SELECT stage FROM dead_letters").fetchone()
        assert letter is not None
        outcomes = {
            box.get_attribute("data-state"): box.get_attribute("data-outcome")
            for box in page.locator("#graph [data-state]").all()
        }
        assert outcomes[letter["stage"].title().replace("_", "")] == "failed"
        assert outcomes["RecordDeadLetter"] == "succeeded"
        assert outcomes["DeadLettered"] == "failed"
        assert outcomes["Publish"] == "not_run"
        assert {"MatchCompany", "ExtractSkills", "Embed"} <= outcomes.keys()  # Parallel branches

        screenshot = page.screenshot(full_page=True, path=tmp_path / "dashboard.png")
        graph_shot = page.locator("#graph").screenshot()
        assert len(screenshot) > 30_000
        # At least the succeeded RecordDeadLetter box and the two failed boxes, drawn in their colours.
        assert count_pixels(page, graph_shot, SUCCEEDED_RGB) > 1_000
        assert count_pixels(page, graph_shot, FAILED_RGB) > 2_000
        browser.close()
    assert errors == []
