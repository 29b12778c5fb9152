"""Classes of company career-site pages that ``samples/shapes5`` showed (issue 13): where a site built with a
CMS or a site builder names its employer, which of the organisations it shows is not the employer, and its
single-job pages that the classifier took for articles or for pages without job vocabulary.

Each test is a small page written here (invented companies); each fails on the code before this work
(49f24c5), except the ones marked as guards. The last tests check every page of ``samples/shapes5``
against its label.
"""

from __future__ import annotations

import pytest
from hirehound.errors import BadInputError
from hirehound.ingest.extract import employers, extract_posting
from hirehound.ingest.extract.page import Page
from hirehound.ingest.models import RawPosting

from benchmarks.accuracy import ROOT, evaluate
from tests.fakes.pages import DUTIES, page

pytestmark = pytest.mark.unit
SHAPES5 = ROOT / "samples" / "shapes5"
URL = "https://www.example.com/careers/job-1"


def extracted(html: str, url: str = URL) -> RawPosting:
    return extract_posting(html, url)


def parsed(html: str, url: str = URL) -> Page:
    return Page.parse(html, url, url.split("/")[2].removeprefix("www."))


# ------------------------------------------------------------------------------ the fullest name


def test_a_short_name_takes_the_legal_name_of_the_sites_organization_json_ld() -> None:
    html = page(
        '<meta property="og:site_name" content="Hollins &amp; Pryce">'
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization",'
        '"name":"Hollins & Pryce Bakers Ltd","url":"https://www.example.com/"}</script>',
        '<h1>Night Baker</h1><div class="company"><p class="name"><strong>Hollins &amp; Pryce</strong></p>'
        f"</div>{DUTIES}",
    )
    assert extracted(html).company_name == "Hollins & Pryce Bakers Ltd"


def test_careers_at_a_brand_takes_the_footers_legal_name() -> None:
    html = page(
        "<title>Account Manager — Careers at Northpoint</title>",
        f"<h1>Account Manager</h1>{DUTIES}"
        "<footer><p>Northpoint Freight Systems Inc. · 370 King St W, Toronto, ON</p>"
        "<p>© 2026 Northpoint. All rights reserved.</p></footer>",
    )
    assert extracted(html).company_name == "Northpoint Freight Systems Inc."


def test_a_site_name_that_is_a_slug_takes_the_name_spelt_in_words() -> None:
    html = page(
        '<meta property="og:site_name" content="tabernaelfaro">',
        f"<h1>Camarero/a</h1>{DUTIES}<footer><p>© 2026 por Taberna El Faro. Creado con Wix.com</p></footer>",
    )
    assert extracted(html).company_name == "Taberna El Faro"


def test_a_site_builders_copyright_by_line_names_the_owner() -> None:
    footer = "<footer><p>©2026 by Maren Hair Studio. Proudly created with Wix.com</p></footer>"
    html = page("<title>Senior Stylist</title>", f"<h1>Senior Stylist</h1>{DUTIES}{footer}")
    assert extracted(html).company_name == "Maren Hair Studio"


def test_a_name_inside_the_copyright_holders_fuller_one() -> None:
    html = page(
        '<meta property="og:site_name" content="Il Germoglio">',
        f"<h1>Educatore professionale</h1>{DUTIES}"
        "<footer><div>© 2026 Cooperativa Il Germoglio · Via Roma 21 · 24047 Treviglio</div></footer>",
    )
    assert extracted(html).company_name == "Cooperativa Il Germoglio"


def test_a_compound_after_the_brand_in_the_copyright_line() -> None:
    html = page(
        '<meta property="og:site_name" content="Kessler Personal">',
        f"<h1>Konstrukteur (m/w/d)</h1>{DUTIES}<footer><p>© 2026 Kessler Personalberatung GmbH</p></footer>",
    )
    assert extracted(html).company_name == "Kessler Personalberatung GmbH"


def test_the_footer_in_a_div_of_the_sites_language_is_read_by_its_place() -> None:
    """A footer ``div.pie`` (Spanish), ``div.fuss`` (German): the page's last lines."""
    html = page(
        '<meta property="og:site_name" content="Fundación Amanecer">',
        f"<h1>Educador/a social</h1>{DUTIES}"
        '<div class="pie"><p>© 2026 Fundación Amanecer Solidario · CIF G50000000</p></div>',
    )
    assert extracted(html).company_name == "Fundación Amanecer Solidario"


def test_an_imprint_line_joined_by_dashes() -> None:
    html = page(
        "<title>Magazziniere</title>",
        f"<h1>Magazziniere</h1>{DUTIES}"
        "<footer><p>Trasporti Bellini S.r.l. \u2013 Via dell'Industria 12 \u2013 37135 Verona \u2013"
        " P.IVA 01234560231</p></footer>",
    )
    assert employers.imprint(parsed(html)) == "Trasporti Bellini S.r.l."


def test_an_imprint_in_the_last_lines_needs_its_address() -> None:
    """Guard: the last line "Bewerbung an Albrecht GmbH" is no imprint; with its street and town it is."""
    closing = "<p>Bitte senden Sie Ihre Bewerbung an Albrecht GmbH</p>"
    assert employers.imprint(parsed(page("", f"<h1>Tischler</h1>{DUTIES}{closing}"))) is None
    imprint = (
        '<div class="fuss"><p>Bäckerei Hofmann GmbH \u2013 Marktplatz 3 \u2013 73728 Esslingen</p></div>'
    )
    assert (
        employers.imprint(parsed(page("", f"<h1>Verkäufer</h1>{DUTIES}{imprint}"))) == "Bäckerei Hofmann GmbH"
    )


def test_a_stated_employer_keeps_its_own_form() -> None:
    """Guard: a JSON-LD ``hiringOrganization`` is the employer as stated; the footer's fuller legal name
    does not replace it."""
    html = page(
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting",'
        '"title":"Backend Developer","hiringOrganization":{"@type":"Organization","name":"Ipê Digital"},'
        '"description":"<p>You will build our loyalty platform with a small team. Apply now.</p>"}</script>',
        f"<h1>Backend Developer</h1>{DUTIES}<footer><p>© 2026 Ipê Digital Tecnologia Ltda.</p></footer>",
    )
    assert extracted(html).company_name == "Ipê Digital"


# ------------------------------------------------------------------------------ the site's own logo


def test_logos_after_the_job_title_are_other_organisations() -> None:
    """Customers', investors' and partners' logos below the posting; the title names the site."""
    html = page(
        "<title>Data Analyst — Loomwise</title>",
        '<div class="nav"><a href="/" class="nav-logo"><img src="/logo.svg" alt=""></a></div>'
        f"<h1>Data Analyst</h1>{DUTIES}<div>Trusted by</div>"
        '<img src="/c1.png" alt="Pennine Weavers logo"><img src="/c2.png" alt="Calder Textiles logo">',
    )
    assert extracted(html, "https://www.loomwise.io/careers/data-analyst").company_name == "Loomwise"


def test_the_home_links_label_names_the_site() -> None:
    html = page(
        "<title>Backend Engineer</title>",
        '<div role="banner"><a href="/" aria-label="Kiezkraft home" class="brand"><img src="/kk.svg" alt="">'
        f"</a></div><h1>Backend Engineer</h1>{DUTIES}"
        '<h4>Unterstützt von</h4><img class="investor-logo" src="/i.svg" alt="Spreewerk Ventures">',
    )
    assert extracted(html).company_name == "Kiezkraft"


def test_a_logo_alt_that_is_its_file_name_is_no_name() -> None:
    html = page(
        "<title>Sales Development Representative</title>"
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization",'
        '"name":"Copperleaf Analytics, LLC"}</script>',
        '<header><a href="/"><img src="/copperleaf-logo.svg" alt="copperleaf-logo"></a></header>'
        f"<h1>Sales Development Representative</h1>{DUTIES}",
    )
    assert extracted(html).company_name == "Copperleaf Analytics, LLC"


def test_a_banners_slogan_after_the_name_is_dropped() -> None:
    html = page(
        "<title>Warehouse Associate</title>",
        '<div id="header"><img src="/images/header.jpg" alt="Halvorsen Foods - Good food from the North'
        f' since 1932"></div><h1>Warehouse Associate</h1>{DUTIES}',
    )
    assert extracted(html).company_name == "Halvorsen Foods"


def test_a_logo_above_the_title_outside_a_header_is_the_sites() -> None:
    """Guard: an ATS page's logo in a table above the job, no header element."""
    html = page(
        "<title>Teller</title>",
        f'<table><tr><td><img src="/theme/logo.gif" alt="Ashgrove Credit Union"></td></tr></table>'
        f"<h1>Teller</h1>{DUTIES}",
    )
    assert extracted(html).company_name == "Ashgrove Credit Union"


def test_an_ats_vendors_copyright_is_no_employer() -> None:
    """Guard for the last-lines scan: "© 2026 Workday, Inc." under an employer's job."""
    html = page("<title>Coordinator</title>", f"<h1>Coordinator</h1>{DUTIES}<p>© 2026 Workday, Inc.</p>")
    assert employers.copyright_holder(parsed(html)) is None


# ------------------------------------------------------------------------------ no employer names


@pytest.mark.parametrize("word", ["Praca", "Empleo", "Vacatures", "Lavoro"])
def test_a_careers_word_as_the_site_name_is_no_employer(word: str) -> None:
    html = page(
        f'<meta property="og:site_name" content="{word}">',
        f'<header><a href="/"><img src="/logo.png" alt="Logo Piekarnia Nowak"></a></header><h1>Piekarz</h1>'
        f"{DUTIES}",
    )
    assert extracted(html).company_name == "Piekarnia Nowak"


@pytest.mark.parametrize("placeholder", ["Empresa confidencial", "Confidential", "Cliente riservato"])
def test_an_unnamed_clients_placeholder_leaves_the_agency(placeholder: str) -> None:
    html = page(
        '<meta property="og:site_name" content="Levante Talento">',
        '<header><nav><a href="/candidatos/">Candidatos</a><a href="/empresas/">Para empresas</a></nav>'
        f'</header><h1>Responsable de Almacén</h1><div class="company"><strong>{placeholder}</strong></div>'
        f"<p>Nuestro cliente, una empresa de distribución, busca un responsable.</p>{DUTIES}"
        "<footer><p>© 2026 Levante Talento Consultores S.L. · Agencia de colocación</p></footer>",
    )
    assert extracted(html).company_name == "Levante Talento Consultores S.L."


def test_an_agency_for_an_unnamed_client_is_the_advertiser() -> None:
    """A board's navigation ("Für Unternehmen") on an agency's own site: its own name is the advertiser
    when it writes "für unseren Mandanten"."""
    html = page(
        "<title>Konstrukteur (m/w/d) \u2013 Kessler Personal</title>"
        '<meta property="og:site_name" content="Kessler Personal">',
        '<header><nav><a href="/stellen">Stellenangebote</a><a href="/unternehmen">Für Unternehmen</a></nav>'
        "</header><h1>Konstrukteur (m/w/d)</h1><p>Für unseren Mandanten, ein Maschinenbauunternehmen, suchen"
        f" wir einen Konstrukteur.</p>{DUTIES}<footer><p>© 2026 Kessler Personalberatung GmbH</p></footer>",
    )
    assert extracted(html).company_name == "Kessler Personalberatung GmbH"


def test_a_boards_own_names_stay_out() -> None:
    """Guard: a board's navigation and no unnamed client: its site name and copyright are not taken."""
    html = page(
        '<meta property="og:site_name" content="Jobportal Süd">',
        '<header><nav><a href="/suche">Jobs finden</a><a href="/unternehmen">Für Unternehmen</a></nav>'
        f"</header><h1>Lagerist (m/w/d)</h1>{DUTIES}<footer><p>© 2026 Jobportal Süd GmbH</p></footer>",
    )
    assert extracted(html).company_name is None


BRIGHTFORGE = "https://www.brightforge.example/careers/welder"
FOOTER = "<footer><p>© 2026 Brightforge Ltd</p></footer>"


@pytest.mark.parametrize(
    "link",
    [
        '<a href="/company/about">About us</a>',
        '<a href="/company/team">Our team</a>',
        '<a href="/company/">Learn more</a>',
        '<a href="https://www.linkedin.com/company/brightforge">Follow us</a>',
    ],
)
def test_a_sites_section_links_are_no_employer(link: str) -> None:
    """A link to ``/company/…`` is a board's company profile; on a career site it is a menu or "learn more"
    link, and its text is a section's name."""
    html = page(
        "<title>Welder</title>",
        f"<header><div class=menu>{link}</div></header><h1>Welder</h1>{DUTIES}{FOOTER}",
    )
    assert extracted(html, BRIGHTFORGE).company_name == "Brightforge Ltd"


def test_a_site_builders_name_is_no_employer() -> None:
    html = page('<meta property="og:site_name" content="WordPress">', f"<h1>Welder</h1>{DUTIES}{FOOTER}")
    assert extracted(html, BRIGHTFORGE).company_name == "Brightforge Ltd"


def test_an_awards_badge_is_no_employer() -> None:
    badge = '<div class="top-employer-badge">Top Employer 2026</div>'
    html = page("<title>Welder</title>", f"<h1>Welder</h1>{badge}{DUTIES}{FOOTER}")
    assert extracted(html, BRIGHTFORGE).company_name == "Brightforge Ltd"


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ("<title>Careers | Brightforge</title>", ""),
        ('<meta property="og:site_name" content="Brightforge - Join our team">', ""),
        (
            "<title>Welder</title>",
            '<header><a href="/"><img src="/l.png" alt="Go to Brightforge homepage"></a></header>',
        ),
    ],
)
def test_the_sites_name_without_its_careers_words(head: str, body: str) -> None:
    html = page(head, f"{body}<h1>Welder</h1>{DUTIES}")
    assert extracted(html, BRIGHTFORGE).company_name == "Brightforge"


# ------------------------------------------------------------------------------ pages of one job


def test_a_site_builders_job_page_said_to_be_an_article_is_a_posting() -> None:
    """Yoast writes ``og:type`` article on every page; one under the careers path with no author is a job."""
    html = page(
        '<meta property="og:type" content="article"><meta property="og:site_name" content="Van Dijk">',
        f"<h1>Servicemonteur Warmtepompen</h1>{DUTIES}",
    )
    found = extracted(html, "https://www.vandijk.example/vacatures/servicemonteur-warmtepompen/")
    assert found.title == "Servicemonteur Warmtepompen"


def test_a_blog_post_with_an_author_is_still_an_article() -> None:
    """Guard: a post with a byline about hiring, or a careers root, is not a job page."""
    html = page(
        '<meta property="og:type" content="article"><meta itemprop="author" content="Jess Carver">',
        f'<h1>Why we are hiring cooks</h1><div class="blog-meta-item--author">Jess Carver</div>{DUTIES}',
    )
    with pytest.raises(BadInputError, match="article"):
        extracted(html, "https://www.bakehouse.example/journal/why-we-are-hiring")
    with pytest.raises(BadInputError, match="article"):
        extracted(html.replace("Jess Carver", ""), "https://www.bakehouse.example/careers/")


@pytest.mark.parametrize(
    "body",
    [
        "<h1>Ejecutivo/a de cuentas</h1><p>Gestionarás una cartera de 60 asesorías y despachos de toda"
        " España y detectarás oportunidades de venta cruzada con el equipo de soporte y de producto, además"
        " de renovar contratos.</p><h3>Qué ofrecemos</h3><p>Salario fijo de 30.000 € a 34.000 € brutos"
        " anuales, contrato indefinido y modelo híbrido con tres días en la oficina de Chamberí y dos en"
        " remoto.</p>",
        "<h1>Mecânico Auto</h1><p>Somos uma oficina multimarca em Braga com mais de trinta anos de história e"
        " procuramos um mecânico para reforçar a nossa equipa de trabalho.</p><h2>Funções</h2><ul>"
        "<li>Diagnóstico e reparação mecânica de viaturas ligeiras</li><li>Manutenção programada, travões e"
        " suspensão</li></ul>"
        "<p>Remuneração de 1.100 € a 1.400 € por mês.</p>",
    ],
)
def test_spanish_and_portuguese_offer_words_are_job_vocabulary(body: str) -> None:
    assert extracted(page("", body)).title in {"Ejecutivo/a de cuentas", "Mecânico Auto"}


@pytest.mark.parametrize(
    "notice",
    [
        "There are currently no open positions, but we are always happy to receive an open application.",
        "Op dit moment hebben wij geen openstaande vacatures. Stuur gerust een open sollicitatie.",
        "Derzeit haben wir leider keine offenen Stellen. Initiativbewerbungen sind willkommen.",
        "No hay ofertas disponibles en este momento; envíanos tu candidatura espontánea.",
    ],
)
def test_a_careers_page_with_no_open_positions_is_no_posting(notice: str) -> None:
    """Without an ``og:type`` article to reject it: the notice itself (a careers page with job words)."""
    html = page(
        '<meta property="og:type" content="website">',
        "<h1>Werken bij Van Dijk</h1><p>Wij bieden een goed salaris, een opleidingsbudget en ervaring in een"
        f" groeiend team; solliciteer bij ons als je die ervaring zoekt.</p><p>{notice}</p>",
    )
    with pytest.raises(BadInputError, match="no open positions"):
        extracted(html, "https://www.vandijk.example/werken-bij/")


# ------------------------------------------------------------------------------ the full pages


def test_shapes5_pages_as_labelled() -> None:
    """Every page of ``samples/shapes5`` is rejected or extracted as its label says, field by field, but for
    the known misses below (exactly: a fixed one leaves the list with the change that fixed it). Every
    employer is right; the misses are places, work modes, employment types and pay in running text, icon
    lists or Divi blurbs, and a title that only the ``og:title`` phrases differently (README)."""
    report = evaluate(SHAPES5 / "labels.json")
    rejected, expected, wrong = report.rejections()
    assert (rejected, expected, [result.label["file"] for result in wrong]) == (6, 6, [])
    assert report.misses() == KNOWN_MISSES


KNOWN_MISSES = {
    ("pages/elementor-landscaping-au.html", "remote"),
    ("pages/municipal-hohenfeld-de.html", "city"),
    ("pages/municipal-hohenfeld-de.html", "country"),
    ("pages/municipal-hohenfeld-de.html", "remote"),
    ("pages/smallbiz-plumbing-us.html", "remote"),
    ("pages/squarespace-bakehouse-us.html", "city"),
    ("pages/squarespace-bakehouse-us.html", "country"),
    ("pages/university-eastmoor-uk.html", "employment_type"),
    ("pages/wix-salon-uk.html", "remote"),
    ("pages/wordpress-cooperativa-it.html", "remote"),
    ("pages/wordpress-cooperativa-it.html", "title"),
    ("pages/wpjm-agency-confidential-es.html", "city"),
    ("pages/wpjm-piekarnia-pl.html", "remote"),
}


def test_an_elementor_icon_list_item_gives_the_text_beside_its_icon() -> None:
    """Elementor wraps the icon in a span of its own; the fact is the list item's other span."""
    item = (
        '<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i class="{icon}"></i>'
        '</span><span class="elementor-icon-list-text">{text}</span></li>'
    )
    facts = "".join(
        item.format(icon=icon, text=text)
        for icon, text in (
            ("fas fa-map-marker-alt", "Belo Horizonte - MG (Savassi)"),
            ("fas fa-money-bill", "R$ 2.300,00 por mês"),
        )
    )
    html = page(
        "<title>Auxiliar</title>",
        f'<h1>Auxiliar de Saúde Bucal</h1><ul class="elementor-icon-list-items">{facts}</ul>{DUTIES}',
    )
    raw = extracted(html)
    assert (raw.location_text, raw.salary_text) == ("Belo Horizonte - MG (Savassi)", "R$ 2.300,00 por mês")
