"""Page decoding and posting extraction on small hand-written pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hirehound.errors import BadInputError
from hirehound.ingest.decode import MAX_PAGE_BYTES, decode_page
from hirehound.ingest.extract import extract_posting
from hirehound.ingest.models import ExtractionMethod

pytestmark = pytest.mark.unit

PAGES = Path(__file__).parent / "fixtures" / "pages"


def page(name: str) -> str:
    return (PAGES / f"{name}.html").read_text(encoding="utf-8")


def json_ld_page(*blocks: str, body: str = "<p>Apply now.</p>") -> str:
    scripts = "".join(f'<script type="application/ld+json">{block}</script>' for block in blocks)
    return f"<html><head><title>Careers</title>{scripts}</head><body>{body}</body></html>"


# ------------------------------------------------------------------------------------------ page shapes


def test_json_ld_graph_after_a_malformed_block() -> None:
    raw = extract_posting(page("jsonld_graph"), "https://careers.northwind.example/jobs/senior-data-engineer")

    assert raw.method is ExtractionMethod.JSON_LD
    assert raw.source == "careers.northwind.example"
    assert raw.title == "Senior Data Engineer"
    assert raw.external_id == "NW-2291"
    assert raw.company_name == "Northwind Traders"
    assert raw.company_url == "https://northwind.example"
    # The description was entity-escaped inside the JSON; it comes back as HTML, escaped once only.
    assert raw.description_html == (
        "<p>Build our <strong>lakehouse</strong> &amp; pipelines.</p><ul><li>Python</li><li>Spark</li></ul>"
    )
    assert raw.location_text == "Seattle, WA, US, Portland, OR, US"
    assert raw.remote_text == "TELECOMMUTE"
    assert raw.employment_type_text == "FULL_TIME, CONTRACTOR"
    assert raw.salary_text == "USD 150000 - 185000 per YEAR"
    assert raw.date_posted_text == "2024-05-02"
    assert raw.valid_through_text == "2024-07-01T00:00:00Z"


def test_microdata_job_posting() -> None:
    raw = extract_posting(page("microdata"), "https://www.fabrikam.example/jobs/42")

    assert raw.method is ExtractionMethod.MICRODATA
    assert raw.source == "fabrikam.example"
    assert raw.title == "Warehouse Associate (Nights)"
    assert raw.company_name == "Fabrikam Logistics"
    assert raw.company_url == "https://fabrikam.example"
    assert raw.location_text == "Reno, NV, US"
    assert raw.employment_type_text == "Part-time"
    assert raw.salary_text == "USD 19 - 23 per HOUR"
    assert raw.date_posted_text == "2024-04-18"
    assert raw.description_html is not None
    assert raw.description_html.startswith("<p>Pick, pack and ship")


def test_greenhouse_board() -> None:
    raw = extract_posting(
        page("greenhouse"), "https://boards.greenhouse.io/acmerobotics/jobs/4012345?gh_src=x"
    )

    assert raw.method is ExtractionMethod.GREENHOUSE
    assert raw.source == "boards.greenhouse.io"
    assert raw.external_id == "4012345"
    assert raw.title == "Backend Engineer, Payments"
    assert raw.company_name == "Acme Robotics"
    assert raw.location_text == "Remote - US"
    assert raw.salary_text == "Annual Base Salary Range: $140,000 \u2014 $170,000 USD"
    assert raw.description_html is not None
    assert "payments ledger" in raw.description_html
    assert "first_name" not in raw.description_html  # the application form is not the description


def test_ats_layout_recognized_by_dom_on_a_company_domain() -> None:
    raw = extract_posting(page("greenhouse"), "https://careers.acme.example/openings?gh_jid=9")
    assert (raw.method, raw.title, raw.external_id) == (
        ExtractionMethod.GREENHOUSE,
        "Backend Engineer, Payments",
        "9",
    )


def test_greenhouse_id_from_gh_jid_query() -> None:
    raw = extract_posting(
        page("greenhouse"), "https://boards.greenhouse.io/embed/job_app?for=acme&gh_jid=777"
    )
    assert raw.external_id == "777"


def test_lever_posting() -> None:
    url = "https://jobs.lever.co/globex/4E1A2B3C-1D2E-4F50-8A9B-0C1D2E3F4A5B"
    raw = extract_posting(page("lever"), url)

    assert raw.method is ExtractionMethod.LEVER
    assert raw.source == "jobs.lever.co"
    assert raw.external_id == "4e1a2b3c-1d2e-4f50-8a9b-0c1d2e3f4a5b"
    assert raw.title == "Product Designer"
    assert raw.company_name == "Globex"
    assert raw.location_text == "Berlin, Germany"
    assert raw.employment_type_text == "Full-time"
    assert raw.remote_text == "Hybrid"
    assert raw.description_html is not None
    assert "designs tools" in raw.description_html
    assert "Run research" in raw.description_html
    assert "Apply for this job" not in raw.description_html


def test_workday_posting() -> None:
    url = "https://acme.wd5.myworkdayjobs.com/en-US/External/job/Denver-CO/Registered-Nurse---ICU_R-00417"
    raw = extract_posting(page("workday"), url)

    assert raw.method is ExtractionMethod.WORKDAY
    assert raw.source == "acme.wd5.myworkdayjobs.com"
    assert raw.external_id == "R-00417"
    assert raw.title == "Registered Nurse - ICU"
    assert raw.company_name == "Summit Health"
    # No pay field on Workday: the description's pay sentence, verbatim.
    assert raw.salary_text == "The pay range for this role is $41.50\u2013$58.00 per hour."
    assert raw.location_text == "Denver, CO"
    assert raw.employment_type_text == "Full time"
    assert raw.date_posted_text == "Posted 3 Days Ago"
    assert raw.description_html is not None
    assert "critical care" in raw.description_html


def test_generic_page() -> None:
    raw = extract_posting(page("generic"), "https://WWW.BlueDoorBistro.example/jobs/line-cook")

    assert raw.method is ExtractionMethod.GENERIC
    assert raw.source == "bluedoorbistro.example"
    assert raw.external_id is None
    assert raw.title == "Line Cook"  # og:title without the " | site name" suffix
    assert raw.company_name == "Blue Door Bistro"
    assert raw.location_text == "Austin, TX"
    assert raw.salary_text == "$18-$22 per hour"
    assert raw.description_html is not None
    assert "busy dinner service" in raw.description_html
    assert "social media" not in raw.description_html  # sidebar
    assert "All rights reserved" not in raw.description_html  # footer


def test_generic_title_falls_back_to_h1_then_title() -> None:
    with_h1 = (
        "<html><head><title>Site</title></head><body><h1> Barista </h1><p>Make coffee.</p></body></html>"
    )
    only_title = "<html><head><title>Dog Walker</title></head><body><p>Walk dogs daily.</p></body></html>"
    assert extract_posting(with_h1, "https://cafe.example/j").title == "Barista"
    assert extract_posting(only_title, "https://dogs.example/j").title == "Dog Walker"


def test_generic_location_from_a_location_element() -> None:
    html = (
        '<html><body><h1>Nurse</h1><p class="meta"><span class="job-location">Austin, TX</span></p>'
        "<p>Care for patients in our busy outpatient clinic every weekday.</p></body></html>"
    )
    assert extract_posting(html, "https://clinic.example/j").location_text == "Austin, TX"


def test_generic_labels_on_definition_list() -> None:
    html = (
        "<html><body><h1>Electrician</h1><dl><dt>Location</dt><dd>Leeds, UK</dd>"
        "<dt>Salary</dt><dd>£38,000 a year</dd><dt>Job type</dt><dd>Permanent</dd></dl>"
        "<p>Install and maintain electrical systems on commercial sites.</p></body></html>"
    )
    raw = extract_posting(html, "https://jobs.example.co.uk/123")
    assert (raw.location_text, raw.salary_text, raw.employment_type_text) == (
        "Leeds, UK",
        "£38,000 a year",
        "Permanent",
    )


# ------------------------------------------------------------------------------------- JSON-LD details


def test_json_ld_top_level_list_and_type_list() -> None:
    block = json.dumps(
        [
            {"@type": "BreadcrumbList", "itemListElement": []},
            {"@type": ["JobPosting", "Thing"], "title": "Plumber", "hiringOrganization": "Pipes Ltd"},
        ]
    )
    raw = extract_posting(json_ld_page(block), "https://pipes.example/jobs/1")
    assert (raw.method, raw.title, raw.company_name) == (ExtractionMethod.JSON_LD, "Plumber", "Pipes Ltd")


def test_json_ld_nested_under_main_entity_with_schema_prefix() -> None:
    block = json.dumps({"@type": "WebPage", "mainEntity": {"@type": "schema:JobPosting", "name": "Welder"}})
    raw = extract_posting(json_ld_page(block), "https://weld.example/jobs/1")
    assert (raw.method, raw.title) == (ExtractionMethod.JSON_LD, "Welder")


def test_json_ld_lenient_parsing() -> None:
    # Trailing comma, raw newline inside a string, CDATA wrapper: all seen in the wild.
    block = '//<![CDATA[\n{"@type": "JobPosting", "title": "Data\nAnalyst", "identifier": 8812,}\n//]]>'
    raw = extract_posting(json_ld_page(block), "https://data.example/jobs/1")
    assert (raw.title, raw.external_id) == ("Data Analyst", "8812")


def test_json_ld_double_escaped_description_and_entities_in_title() -> None:
    block = json.dumps(
        {
            "@type": "JobPosting",
            "title": "R&amp;D Engineer",
            "description": "&amp;lt;p&amp;gt;Hi&amp;lt;/p&amp;gt;",
        }
    )
    raw = extract_posting(json_ld_page(block), "https://rd.example/jobs/1")
    assert raw.title == "R&D Engineer"
    assert raw.description_html == "<p>Hi</p>"


def test_json_ld_without_title_is_skipped_and_missing_fields_are_filled_from_the_dom() -> None:
    no_title = json.dumps({"@type": "JobPosting", "description": "<p>x</p>"})
    with_title = json.dumps({"@type": "JobPosting", "title": "Backend Engineer, Payments"})
    html = page("greenhouse").replace(
        "</head>", f'<script type="application/ld+json">{with_title}</script></head>'
    )
    raw = extract_posting(html, "https://boards.greenhouse.io/acme/jobs/1")
    assert raw.method is ExtractionMethod.JSON_LD
    assert raw.company_name == "Acme Robotics"  # from the Greenhouse layout
    assert raw.description_html is not None
    assert "payments ledger" in raw.description_html

    raw = extract_posting(json_ld_page(no_title, body="<h1>Roofer</h1>"), "https://roof.example/j")
    assert (raw.method, raw.title) == (ExtractionMethod.GENERIC, "Roofer")


def test_json_ld_salary_single_value_and_place_without_address() -> None:
    block = json.dumps(
        {
            "@type": "JobPosting",
            "title": "Tutor",
            "baseSalary": {"currency": "EUR", "value": {"value": 25, "unitText": "HOUR"}},
            "applicantLocationRequirements": {"@type": "Country", "name": "Germany"},
        }
    )
    raw = extract_posting(json_ld_page(block), "https://tutor.example/j")
    assert raw.salary_text == "EUR 25 per HOUR"
    assert raw.location_text == "Germany"


# ------------------------------------------------------------------------------------------ bad input


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("", "empty page"),
        ("   \n ", "empty page"),
        ("<html><head></head><body>  </body></html>", "empty page"),
        (page("gone"), "no longer available"),
        (page("not_found"), "page not found"),
        (page("no_title"), "no job title"),
        (
            "<html><head><title>Position has been filled</title></head><body><h1>x</h1></body></html>",
            "filled",
        ),
    ],
)
def test_bad_pages_raise_with_reason(html: str, reason: str) -> None:
    with pytest.raises(BadInputError, match=reason):
        extract_posting(html, "https://jobs.example.com/1")


def test_url_without_host_is_rejected() -> None:
    with pytest.raises(BadInputError, match="no host"):
        extract_posting(page("generic"), "/jobs/line-cook")


# ------------------------------------------------------------------------------------------- decoding


def test_decode_utf8_and_boms() -> None:
    text = "<p>Café — “naïve” 日本</p>"
    assert decode_page(text.encode()) == text
    assert decode_page(b"\xef\xbb\xbf" + text.encode()) == text
    assert decode_page(text.encode("utf-16")) == text  # BOM + NUL bytes: text, not binary


def test_decode_declared_charset_and_meta_charset() -> None:
    latin = '<meta charset="iso-8859-1"><p>Müller GmbH</p>'
    assert decode_page(latin.encode("latin-1")) == latin
    assert decode_page("<p>Ökonom</p>".encode("cp1252"), "windows-1252") == "<p>Ökonom</p>"
    assert decode_page("<p>x</p>".encode("utf-16-le"), "utf-16le") == "<p>x</p>"
    # The header says Latin-1 but the body is UTF-8: the reading that decodes cleanly wins.
    assert decode_page("<p>Zoë</p>".encode(), "ISO-8859-1") == "<p>Zoë</p>"
    # An unknown declared charset is ignored.
    assert decode_page(b"<p>plain</p>", "x-made-up") == "<p>plain</p>"


def test_decode_detects_undeclared_legacy_encoding() -> None:
    text = "<p>Требуется разработчик на полный рабочий день, опыт работы от трёх лет.</p>"
    assert decode_page(text.encode("cp1251")) == text


def test_decode_latin1_mislabelled_as_utf8_reads_as_windows_1252() -> None:
    text = '<meta charset="utf-8"><h1>Ingénieur logiciel à Paris</h1><p>Équipe créative, où ça bouge.</p>'
    assert decode_page(text.encode("latin-1"), "utf-8") == text


def test_decode_repairs_mojibake_and_normalizes_nfc() -> None:
    text = "<p>Café \u2013 résumé</p>"
    mojibake = text.encode().decode("cp1252")
    assert decode_page(mojibake.encode()) == text
    assert decode_page("e\u0301".encode()) == "\u00e9"


def test_decode_empty_body() -> None:
    assert decode_page(b"") == ""


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", "binary content \\(pdf"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary content \\(png"),
        (b"<html>\x00\x01\x02</html>", "binary content: NUL byte"),
        (bytes(range(1, 9)) * 200, "binary content"),
    ],
)
def test_decode_rejects_binary(body: bytes, reason: str) -> None:
    with pytest.raises(BadInputError, match=reason):
        decode_page(body)


def test_decode_rejects_oversized_page() -> None:
    with pytest.raises(BadInputError, match="page too large"):
        decode_page(b"a" * (MAX_PAGE_BYTES + 1))
    assert len(decode_page(b"a" * MAX_PAGE_BYTES)) == MAX_PAGE_BYTES
