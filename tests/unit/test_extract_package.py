"""The extraction package's parts: the source table, the page, embedded state, the classifier's edges."""

from __future__ import annotations

import json
import sys
import threading

import pytest
from hirehound.errors import BadInputError
from hirehound.ingest.extract import NotAJobPageError, choose_description, embedded, extract_posting
from hirehound.ingest.extract.page import Page, _TokenIndex
from hirehound.ingest.extract.registry import SOURCES
from hirehound.ingest.models import ExtractionMethod

pytestmark = pytest.mark.unit

POSTING = (
    "<p>You will build and operate our data platform, review designs and mentor engineers on the team.</p>"
    "<ul><li>Five years of experience with Python and SQL.</li><li>Cloud warehouses.</li></ul>"
    "<p>We offer a good salary, benefits and a friendly team. Apply with your CV.</p>"
)


def html(head: str = "", body: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_the_source_table_puts_schema_org_first_and_the_generic_guess_last() -> None:
    methods = [source.method for source in SOURCES]
    assert methods[:2] == [ExtractionMethod.JSON_LD, ExtractionMethod.MICRODATA]
    assert methods[-1] is ExtractionMethod.GENERIC
    assert set(methods) == set(ExtractionMethod)
    assert not any(source.structured for source in SOURCES if source.method is ExtractionMethod.GENERIC)


def test_selectors_whose_tokens_are_absent_are_skipped_and_tags_match_in_any_case() -> None:
    page = Page.parse(
        "<HTML><BODY><H1>Welder</H1><p class='x'>Weld.</p></BODY></HTML>", "https://a.example/", "a.example"
    )
    assert page.present("[class*=job-title], h1, .x") == "h1, .x"
    assert page.first("[class*=job-title]", "h1") == "Welder"
    assert page.node("[data-automation=jobAdDetails]") is None


def test_noise_is_removed_but_a_page_wrapped_in_one_form_keeps_its_content() -> None:
    aspnet = html(body=f"<form id='aspnetForm'><h1>Electrician</h1>{POSTING}<input type='button'></form>")
    assert "data platform" in (extract_posting(aspnet, "https://jobs.example.com/1").description_html or "")
    form = "<form><label>Salary (Ex: 15.000 USD)</label><input type=file></form>"
    apply = html(body=f"<h1>Electrician</h1>{POSTING}{form}")
    raw = extract_posting(apply, "https://jobs.example.com/2")
    assert raw.salary_text is None
    assert "15.000" not in (raw.description_html or "")


def test_apollo_references_and_escaped_html_in_embedded_state() -> None:
    state = {
        "ROOT_QUERY": {"job": {"__ref": "Job:1"}},
        "Org:9": {"__typename": "Org", "name": "Quarry Labs"},
        "Job:1": {
            "__typename": "Job",
            "title": "Geologist",
            "company": {"__ref": "Org:9"},
            "location": {"city": "Perth", "country": "Australia"},
            "description": "&lt;p&gt;Map the &lt;b&gt;deposits&lt;/b&gt;.&lt;/p&gt;",
        },
    }
    fields = embedded.from_blob(state)
    assert (fields["title"], fields["company_name"], fields["location_text"]) == (
        "Geologist",
        "Quarry Labs",
        "Perth, Australia",
    )
    assert fields["description_html"] == "<p>Map the <b>deposits</b>.</p>"
    assert embedded.from_blob({"title": "Just a page", "items": []}) == {}


def test_embedded_pay_objects_are_spelled_out() -> None:
    assert (
        embedded.salary_text({"min": 50, "max": 60, "currency": "USD", "interval": "hour"})
        == "USD 50 - 60 per hour"
    )
    assert embedded.salary_text([{"min_cents": 10000000, "max_cents": 12000000, "currency_type": "USD"}]) == (
        "USD 100000 - 120000"
    )


def test_richest_description_wins_only_when_it_is_the_same_text() -> None:
    short = "<p>Build pipelines in Python.</p>"
    fuller = "<p>Build pipelines in Python.</p><p>" + "We work hybrid, two days in the office. " * 5 + "</p>"
    unrelated = "<p>" + "Our cookie policy explains how we use cookies on this website. " * 8 + "</p>"
    assert choose_description([short], fuller) == fuller
    assert choose_description([short], unrelated) == short
    assert choose_description([short, fuller], None) == fuller
    assert choose_description([], fuller) == fuller


def test_a_posting_with_many_similar_job_links_is_not_a_listing() -> None:
    links = "".join(f'<li><a href="/jobs/{n}">Role {n}</a></li>' for n in range(12))
    body = f"<h1>Quantity Surveyor</h1>{POSTING * 4}<h2>Similar jobs</h2><ul>{links}</ul>"
    assert extract_posting(
        html("<title>Quantity Surveyor</title>", body), "https://jobs.example.co.uk/9"
    ).title == ("Quantity Surveyor")
    listing = html("<title>Jobs</title>", f"<h1>Python</h1><ul>{links}</ul><p>Showing jobs near you.</p>")
    with pytest.raises(NotAJobPageError, match="listing"):
        extract_posting(listing, "https://jobs.example.co.uk/search?q=python")


@pytest.mark.parametrize(
    ("page", "kind"),
    [
        (html("<title>Python jobs</title>", "<h1>Showing 1 - 20 of 350 jobs</h1>"), "listing"),
        (html("<title>Robot or human?</title>", "<p>Press &amp; hold to confirm.</p>"), "bot-check"),
        (
            html(
                '<script type="application/ld+json">{"@type": "JobPosting", "title": "Baker"}</script>',
                f"<div class='top'>Applications for this job are now closed.</div><h1>Baker</h1>{POSTING}",
            ),
            "expired",
        ),
        (html("<title>Koch (m/w/d)</title>", "<h1>Diese Stellenanzeige ist abgelaufen</h1>"), "expired"),
    ],
)
def test_classifier_edges(page: str, kind: str) -> None:
    with pytest.raises(NotAJobPageError) as raised:
        extract_posting(page, "https://jobs.example.com/1")
    assert raised.value.kind == kind
    assert isinstance(raised.value, BadInputError)


def test_salary_classed_element_but_not_a_boards_estimate() -> None:
    stated = html(
        "<title>Baker</title>", f"<h1>Baker</h1><span class='job-salary'>$18 - $21 an hour</span>{POSTING}"
    )
    assert extract_posting(stated, "https://jobs.example.com/1").salary_text == "$18 - $21 an hour"
    estimate = html(
        "<title>Baker</title>",
        f"<h1>Baker</h1><div class='salary-estimate'>Typical pay $15 - $19</div>{POSTING}",
    )
    assert extract_posting(estimate, "https://jobs.example.com/2").salary_text is None


def test_a_directory_link_in_the_header_is_not_the_employer() -> None:
    page = html(
        '<title>Baker | Breadboard</title><meta property="og:site_name" content="Breadboard">',
        f"<header><a href='/companies/'>Companies</a></header><h1>Baker</h1>{POSTING}",
    )
    assert extract_posting(page, "https://breadboard.example/job/1").company_name != "Companies"


def test_json_ld_with_many_postings_is_a_listing() -> None:
    blocks = json.dumps([{"@type": "JobPosting", "title": f"Role {n}"} for n in range(3)])
    page = html(f'<script type="application/ld+json">{blocks}</script>', "<h1>Jobs</h1>")
    with pytest.raises(NotAJobPageError, match="listing"):
        extract_posting(page, "https://jobs.example.com/all")


@pytest.mark.parametrize(
    "script",
    [
        "var jobData = {job};",
        "window['__STATE__'] = {job}",
        "window.__INITIAL_STATE__ = JSON.parse({quoted});",
        "window.__S__ = JSON.parse('{single}');",
    ],
)
def test_app_state_assigned_in_the_usual_ways(script: str) -> None:
    job = json.dumps(
        {
            "jobTitle": "Pastry Chef",
            "companyName": "Crumb & Co",
            "location": {"city": "Leeds", "country": "GB"},
            "description": '<p>Bake "fresh" bread, it\'s good.</p>',
        }
    )
    single = job.replace("\\", "\\\\").replace("'", "\\'")
    body = script.replace("{job}", job).replace("{quoted}", json.dumps(job)).replace("{single}", single)
    raw = extract_posting(
        html(body=f"<div id='app'></div><script>{body}</script>"), "https://crumb.example/j/1"
    )
    assert (raw.method, raw.title, raw.company_name, raw.location_text) == (
        ExtractionMethod.EMBEDDED_JSON,
        "Pastry Chef",
        "Crumb & Co",
        "Leeds, GB",
    )
    assert raw.description_html == '<p>Bake "fresh" bread, it\'s good.</p>'


def test_the_shared_token_index_takes_new_tokens_while_other_threads_scan() -> None:
    """The local runtime runs handlers on threads of one process: a token added while another thread
    builds the automaton raised 'Set changed size during iteration' (seen in the ingest e2e test)."""
    index = _TokenIndex()
    for n in range(20_000):
        index.add(f"seed-token-{n}")
    errors: list[BaseException] = []

    def adder() -> None:
        for n in range(3_000):
            index.add(f"late-token-{n}")

    def scanner() -> None:
        try:
            for _ in range(30):
                found, scanned = index.scan("<div class=seed-token-7 late-token-1>")
                assert "seed-token-7" in found and "seed-token-7" in scanned
        except BaseException as exc:  # collected for the main thread
            errors.append(exc)

    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=adder), *(threading.Thread(target=scanner) for _ in range(2))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(switch)
    assert errors == []
    found, scanned = index.scan("late-token-2999")
    assert "late-token-2999" in found and len(scanned) == 23_000
