"""Issue 13: a board's or public employment service's own name is not the employer when the page names
another organisation in an employer position. Pages written here after how such boards build theirs
(invented employers); every test but the last two fails before ``extract.operator`` existed."""

from __future__ import annotations

import json

import pytest
from hirehound.ingest.extract import extract_posting
from hirehound.ingest.extract.operator import is_site_identity
from hirehound.ingest.extract.page import Page

pytestmark = pytest.mark.unit

DUTIES = (
    "<p>Registrar facturas y conciliaciones bancarias, apoyar el cierre contable mensual y preparar informes"
    " para la gerencia. Requisitos: técnico o tecnólogo en contabilidad, dos años de experiencia y manejo de"
    " hojas de cálculo. Ofrecemos contrato a término indefinido y buen ambiente de trabajo.</p>"
)


def _posting_ld(organization: str, **extra: object) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": "Auxiliar contable",
        "description": DUTIES,
        "datePosted": "2026-11-25",
        "hiringOrganization": {"@type": "Organization", "name": organization},
        "jobLocation": {"@type": "Place", "address": {"addressLocality": "Bogotá", "addressCountry": "CO"}},
        **extra,
    }
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_board_named_as_hiring_organization_yields_to_the_labelled_employer() -> None:
    html = _page(
        "<title>Auxiliar contable - Bogotá | Computrabajo Colombia</title>"
        '<meta property="og:site_name" content="Computrabajo">' + _posting_ld("Computrabajo Colombia"),
        "<h1>Auxiliar contable</h1><dl><dt>Empresa</dt><dd>Distribuidora Andina del Café S.A.S.</dd>"
        f"<dt>Ciudad</dt><dd>Bogotá, D.C.</dd></dl>{DUTIES}<footer>© 2026 Computrabajo Colombia</footer>",
    )
    found = extract_posting(
        html, "https://co.computrabajo.com.co/ofertas-de-trabajo/oferta-de-trabajo-de-auxiliar-1A2B"
    )
    assert found.company_name == "Distribuidora Andina del Café S.A.S."


def test_copyright_owner_as_hiring_organization_yields_to_the_company_cell() -> None:
    html = _page(
        "<title>法人営業 | 株式会社ミナト情報システム の求人 - ワークナビ</title>"
        '<meta property="og:site_name" content="ワークナビ">' + _posting_ld("Recruit Co., Ltd."),
        "<h1>法人営業</h1><table><tr><th>会社名</th><td>株式会社ミナト情報システム</td></tr></table>"
        f"{DUTIES}<footer><p>(C) Recruit Co., Ltd.</p></footer>",
    )
    found = extract_posting(html, "https://www.worknavi.example.jp/job/1234567/")
    assert found.company_name == "株式会社ミナト情報システム"


def test_public_employment_service_as_publisher_yields_to_the_employer_cell() -> None:
    website = json.dumps(
        {"@context": "https://schema.org", "@type": "WebSite", "name": "Arbeitsagentur",
         "publisher": {"@type": "GovernmentOrganization", "name": "Bundesagentur für Arbeit"}}
    )  # fmt: skip
    html = _page(
        f'<script type="application/ld+json">{website}</script>'
        + _posting_ld("Bundesagentur für Arbeit", title="Lagerhelfer (m/w/d)"),
        "<h1>Lagerhelfer (m/w/d)</h1><dl><dt>Arbeitgeber</dt><dd>Niederrhein Spedition Kaiser KG</dd></dl>"
        f"{DUTIES}",
    )
    found = extract_posting(html, "https://www.jobboerse.example.de/jobsuche/jobdetail/10000-1201234567-S")
    assert found.company_name == "Niederrhein Spedition Kaiser KG"


def test_a_companys_own_careers_page_keeps_its_name() -> None:
    html = _page(
        '<title>Auxiliar contable | Andina Café</title><meta property="og:site_name" content="Andina Café">'
        + _posting_ld("Andina Café"),
        f"<h1>Auxiliar contable</h1>{DUTIES}<footer>© 2026 Andina Café S.A.S.</footer>",
    )
    assert (
        extract_posting(html, "https://empleos.andinacafe.example/ofertas/12").company_name == "Andina Café"
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Computrabajo Colombia", True),  # the host's registrable name starts it
        ("Recruit Co., Ltd.", True),  # the copyright owner
        ("Bolsa de Empleo", True),  # the <title> suffix
        ("Distribuidora Andina S.A.S.", False),
        ("Co", False),  # too short to match anything by prefix
    ],
)
def test_site_identity_names(name: str, expected: bool) -> None:
    page = Page.read(
        _page(
            "<title>Auxiliar contable - Bogotá | Bolsa de Empleo</title>",
            "<h1>Auxiliar</h1><footer><p>(C) Recruit Co., Ltd.</p></footer>",
        ),
        "https://co.computrabajo.com.co/ofertas/1",
        "co.computrabajo.com.co",
    )
    assert is_site_identity(name, page) is expected
