"""Where the job is on company career sites, the class ``samples/shapes7`` holds (issue 13): the city and
country stated by the title, in a fact list, a label row, a sentence, an address block or the ``<title>``,
beside head offices, clients, events and other branches that are not the job's place.

Each test of a class is a small page or text written here (invented employers, real towns); every one fails
on the code before the careerplace work (1eca98e) but the guards, which say what must stay ``None``. The last
tests check every page of ``samples/shapes7`` against its label.
"""

from __future__ import annotations

from datetime import date

import pytest
from hirehound.ingest.clean import clean_posting
from hirehound.ingest.extract import extract_posting
from hirehound.ingest.extract.placewords import sentence_place
from hirehound.ingest.models import RawPosting
from hirehound.ingest.normalize import normalize_posting
from hirehound.ingest.normalize.location import parse_location
from hirehound.ingest.normalize.place_context import implied_country
from hypothesis import given
from hypothesis import strategies as st

from benchmarks.accuracy import ROOT, evaluate
from tests.fakes.pages import DUTIES, page

pytestmark = pytest.mark.unit
SHAPES7 = ROOT / "samples" / "shapes7"


def extracted(html: str, url: str = "https://www.example.org/jobs/vacancy-1") -> RawPosting:
    return extract_posting(html, url)


def _place(text: str | None, *context: str) -> tuple[str | None, str | None]:
    found = parse_location(text, context=context).value if text else None
    return (found.city, found.country_code) if found else (None, None)


# ------------------------------------------------------------------------------ place sentences

# language -> sentences naming the employer's site, "{city}" where the town goes
SITE_SENTENCES = {
    "en": (
        "We're looking for a barista to join our team in {city}. Shifts start at seven.",
        "Our {city} depot handles 40,000 parcels a night.",
        "You'll work three days a week in our {city} office and two from home.",
        "This role is based in {city}, with occasional travel.",
        "The position is located in {city} and reports to the branch manager.",
        "A new opening for our store in {city}: come and say hello.",
    ),
    "de": (
        "Für unsere Filiale in {city} suchen wir ab sofort eine Verkäuferin.",
        "Für unsere Filiale in der Bahnhofstraße in {city} suchen wir Verstärkung.",
        "Zur Verstärkung unseres Teams suchen wir für unseren Standort in {city} eine Fachkraft.",
    ),
    "nordic": (
        "Vi søger en cykelmekaniker til vores butik i {city}, hvor værkstedet har travlt.",
        "Välkommen till oss på Björkens Vårdcentral i {city}! Vi är 30 medarbetare.",
        "Vi søker en kokk til vår restaurant i {city}.",
    ),
    "fr": (
        "Nous recrutons pour notre agence de {city} un conseiller clientèle.",
        "Poste basé à {city}, sur notre hub du port.",
        "Rejoignez-nous dans notre magasin de {city} dès janvier.",
    ),
    "es": (
        "Buscamos dependiente/a para nuestra tienda de {city} con experiencia.",
        "Se incorporará a nuestra oficina de {city} en enero.",
    ),
    "nl": (
        "Voor onze vestiging in {city} zoeken wij een chauffeur.",
        "Kom werken in onze winkel in {city}.",
    ),
    "it": (
        "Cerchiamo un addetto alle vendite per il nostro punto vendita di {city}.",
        "Cerchiamo un OSS per la nostra RSA di {city}, che accoglie 80 ospiti.",
    ),
    "pl": ("Szukamy magazyniera do naszego oddziału w {city}.",),
    "pt": (
        "Estamos contratando conferente para o nosso terminal alfandegado em {city}, no litoral.",
        "Procuramos um(a) empregado(a) para a nossa loja de {city}.",
    ),
}
TOWNS = {
    "en": ("Bristol", "Leeds", "Newcastle upon Tyne", "Milton Keynes", "Stoke-on-Trent", "Toowoomba"),
    "de": ("Ludwigsburg", "Frankfurt am Main", "Bad Homburg", "Weil am Rhein", "Kornwestheim"),
    "nordic": ("Aarhus", "Västerås", "Bergen", "Odense"),
    "fr": ("Nantes", "Saint-Étienne", "Aix-en-Provence", "Lille"),
    "es": ("Zaragoza", "San Sebastián", "Santa Cruz de Tenerife", "Mérida"),
    "nl": ("Utrecht", "Den Haag", "Tilburg", "Alphen aan den Rijn"),
    "it": ("Verona", "Cremona", "Reggio Emilia", "La Spezia"),
    "pl": ("Gdańsku", "Gliwicach", "Zielonej Górze", "Krakowie"),
    "pt": ("Santos", "Porto", "São José dos Campos", "Vila Nova de Gaia"),
}


@given(st.data())
def test_a_sentence_naming_the_employers_site_gives_its_town(data: st.DataObject) -> None:
    language = data.draw(st.sampled_from(sorted(SITE_SENTENCES)))
    sentence = data.draw(st.sampled_from(SITE_SENTENCES[language]))
    town = data.draw(st.sampled_from(TOWNS[language]))
    before = data.draw(st.sampled_from(["", "Intro text.", "Willkommen!"]))
    lines = [line for line in (before, sentence.format(city=town), "Related: Manager - Crema") if line]
    assert sentence_place(lines) == town


def test_a_district_before_its_city_is_read_with_it() -> None:
    assert sentence_place(["Join our team in Clifton, Bristol. Our Clifton café sits off the Triangle."]) == (
        "Clifton, Bristol"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Our head office is in Montréal.",
        "We ship to shops across Kenya from our plant in Ruiru.",  # the company's plant, not the job's site
        "Paid training at our support office, Brisbane.",
        "Our Toronto team looks after customers in Ontario.",  # a team, not a site
        "in our Main office",
        "Wir sind ein Familienbetrieb in Stuttgart.",
        "Nous avons des agences dans toute la France.",
    ],
)
def test_a_sentence_that_names_no_site_of_the_job_gives_nothing(line: str) -> None:
    assert sentence_place([line]) is None


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("Gdańsku", ("PL",), ("Gdańsk", "PL")),
        ("Gliwicach", ("PL",), ("Gliwice", "PL")),
        ("Krakowie", ("PL",), ("Kraków", "PL")),
        ("Wrocławiu", ("PL",), ("Wrocław", "PL")),
        ("Poznaniu", ("PL",), ("Poznań", "PL")),
        ("Warszawie", ("PL",), ("Warszawa", "PL")),
        ("Katowicach", (), ("Katowice", "PL")),
    ],
)
def test_a_polish_town_in_the_locative_is_the_town(
    text: str, context: tuple[str, ...], expected: tuple[str, str]
) -> None:
    assert _place(text, *context) == expected


def test_a_sentence_gives_the_place_of_a_career_page() -> None:
    html = page(
        "<title>Verkäufer (m/w/d) | Bäckerei Sonnkorn</title>",
        "<h1>Verkäufer (m/w/d)</h1><p>Für unsere Filiale in der Myliusstraße in Ludwigsburg suchen wir ab"
        f" sofort Verstärkung.</p>{DUTIES}<h3>Weitere Stellen</h3><p>Bäcker (m/w/d) - Stuttgart</p>",
    )
    assert _place(extracted(html, "https://www.sonnkorn.de/jobs/verkaeufer").location_text, "DE") == (
        "Ludwigsburg",
        "DE",
    )


# ------------------------------------------------------------------------------ eyebrows over the title


@pytest.mark.parametrize(
    ("eyebrow", "under", "expected"),
    [
        ("Customer Success · Toronto, ON", "Full-time · Hybrid", ("Toronto", "CA")),
        ("Suporte · Campinas - SP", "", ("Campinas", "BR")),
        ("Geelong workshop", "Full time · Commercial &amp; industrial", ("Geelong", "AU")),
        ("Harrogate · Part time · Permanent", "", ("Harrogate", "GB")),
    ],
)
def test_an_eyebrow_or_kicker_over_the_title_gives_the_place(
    eyebrow: str, under: str, expected: tuple[str, str]
) -> None:
    html = page(
        "<title>Support Lead | Larkspur</title>",
        f'<section class="job-hero"><p class="job-hero__eyebrow">{eyebrow}</p><h1>Support Lead</h1>'
        f"<p>{under}</p></section>{DUTIES}",
    )
    assert _place(extracted(html).location_text) == expected


@pytest.mark.parametrize(
    "eyebrow", ["Careers home", "Head office", "\u2190 All open roles", "Engineering \u00b7 Backend"]
)
def test_a_line_over_the_title_that_names_no_place_gives_none(eyebrow: str) -> None:
    html = page("<title>Support Lead | Larkspur</title>", f"<p>{eyebrow}</p><h1>Support Lead</h1>{DUTIES}")
    assert extracted(html).location_text is None


# ------------------------------------------------------------------------------ the <title>'s place part


@pytest.mark.parametrize(
    ("title_tag", "host", "expected"),
    [
        ("Retail Assistant \u2013 Toowoomba | Pantry Pine", "www.pantryandpine.com.au", ("Toowoomba", "AU")),
        ("Retail Assistant - Hastings | Kowhai Orchards", "www.kowhaiorchards.co.nz", ("Hastings", "NZ")),
        ("Retail Assistant \u2013 Porto | Tasca do Cais", "www.tascadocais.pt", ("Porto", "PT")),
    ],
)
def test_a_place_between_the_title_and_the_sites_name_is_the_place_not_the_employer(
    title_tag: str, host: str, expected: tuple[str, str]
) -> None:
    site = title_tag.rsplit("|", 1)[1].strip()
    html = page(
        f'<title>{title_tag}</title><meta property="og:site_name" content="{site}">',
        f"<h1>Retail Assistant</h1>{DUTIES}<footer>© 2026 {site}</footer>",
    )
    raw = extracted(html, f"https://{host}/careers/retail-assistant")
    assert raw.company_name != raw.location_text
    assert _place(raw.location_text, expected[1]) == expected


@pytest.mark.parametrize(
    ("title_tag", "site", "company"),
    [
        ("Retail Assistant \u2013 Acme Robotics | Acme Careers", "Acme Careers", "Acme Robotics"),
        (
            "Retail Assistant - Harbourside Roasters | Totaljobs",
            "Totaljobs",
            "Harbourside Roasters",
        ),  # a board
    ],
)
def test_the_middle_of_a_title_stays_the_employer_beside_its_own_name_or_on_a_board(
    title_tag: str, site: str, company: str
) -> None:
    html = page(
        f'<title>{title_tag}</title><meta property="og:site_name" content="{site}">',
        f"<h1>Retail Assistant</h1>{DUTIES}",
    )
    host = "www.totaljobs.com" if site == "Totaljobs" else "www.acme-robotics.co.uk"
    assert extracted(html, f"https://{host}/jobs/retail-assistant").company_name == company


def test_yoasts_span_breadcrumb_gives_the_place() -> None:
    html = page(
        "<title>Chauffeur CE - Van Asten Transport</title>",
        '<div class="breadcrumbs"><span><a href="/">Home</a></span> / <span><a href="/vacatures/">Vacatures'
        '</a></span> / <span><a href="/vacatures/tilburg/">Tilburg</a></span> / <span class="breadcrumb_last"'
        f' aria-current="page">Chauffeur CE</span></div><h1>Chauffeur CE</h1>{DUTIES}',
    )
    raw = extracted(html, "https://www.vanastentransport.nl/vacatures/tilburg/chauffeur-ce/")
    assert _place(raw.location_text, "NL") == ("Tilburg", "NL")


# ------------------------------------------------------------------------------ what is not the job's place


def test_a_related_jobs_location_is_never_the_jobs_place() -> None:
    html = page(
        "<title>Carretillero/a | Empleo Ebro ETT</title>",
        "<h1>Carretillero/a</h1><p>Seleccionamos para empresa ubicada en la Plataforma Logística PLAZA de"
        f" Zaragoza carretilleros/as.</p>{DUTIES}"
        '<section class="otras-ofertas"><h2>Otras ofertas</h2><ul class="job_listings">'
        '<li class="job_listing"><a href="/ofertas/mozo-huesca/"><h3>Mozo/a</h3>'
        '<div class="location">Huesca</div></a></li></ul></section>',
    )
    assert _place(extracted(html, "https://www.empleoebro.es/ofertas/carretillero/").location_text, "ES") == (
        "Zaragoza",
        "ES",
    )


def test_a_related_jobs_location_alone_gives_no_place() -> None:
    html = page(
        "<title>Mozo/a | Empleo Ebro ETT</title>",
        f'<h1>Mozo/a</h1>{DUTIES}<aside class="similar-jobs"><div class="location">Teruel</div></aside>',
    )
    assert extracted(html).location_text is None


@pytest.mark.parametrize("fact", ["Non-exempt", "Exempt", "Hourly"])
def test_a_pay_class_in_a_fact_line_is_no_place(fact: str) -> None:
    html = page(
        "<title>Pantry Shift Lead | Larimer Foodshare</title>",
        f"<h1>Pantry Shift Lead</h1><p>Part-time (24 hours/week) · $20.50 per hour · {fact}</p>{DUTIES}"
        "<p>This position is based at the Community Pantry, 3380 Table Mesa Dr, Boulder, CO 80305.</p>",
    )
    assert _place(extracted(html, "https://www.larimerfoodshare.org/jobs/lead").location_text) == (
        "Boulder",
        "US",
    )


def test_a_contract_grade_under_the_title_is_no_place() -> None:
    html = page(
        "<title>OSS | Cooperativa Il Melograno</title>",
        "<h1>OSS</h1><p>Cerchiamo un OSS per la nostra RSA di Cremona.</p><ul><li>Contratto a tempo"
        " indeterminato, tempo pieno</li><li>Inquadramento CCNL Cooperative Sociali, livello C2</li></ul>"
        f"{DUTIES}",
    )
    assert _place(extracted(html, "https://www.coopmelograno.it/lavora/oss").location_text, "IT") == (
        "Cremona",
        "IT",
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Remote (UK)", (None, "GB")), ("Remote - Germany", (None, "DE")), ("Hybrid (Leeds)", ("Leeds", "GB"))],
)
def test_a_work_mode_with_where_it_may_be_done_gives_the_place(line: str, expected: tuple[str, str]) -> None:
    html = page(
        "<title>Senior Data Engineer · Pennant Loom</title>",
        f"<h1>Senior Data Engineer</h1><p>Data</p><p>Full-time</p><p>{line}</p>{DUTIES}",
    )
    assert _place(extracted(html).location_text) == expected


def test_a_work_mode_alone_gives_no_place() -> None:
    html = page("<title>Data Engineer · Pennant Loom</title>", f"<h1>Data Engineer</h1><p>Remote</p>{DUTIES}")
    assert extracted(html).location_text is None


# ------------------------------------------------------------------------------ the employer's name


@pytest.mark.parametrize(
    ("site", "footer", "expected"),
    [
        ("Kariera w Sokół", "Sokół Sp. z o.o., ul. Długa 5, 44-100 Gliwice", "Sokół Sp. z o.o."),
        (
            "Zorgkring Veluwe",
            "Stichting Zorgkring Veluwe · Postbus 12 · 3800 BK Amersfoort",
            "Stichting Zorgkring Veluwe",
        ),
        (
            "Tidewater Pantry",
            "Tidewater Pantry Society · Registered charity 81234 5678 RR0001",
            "Tidewater Pantry Society",
        ),
        (
            "Kinderhaus Sonnenkamp",
            "Kinderhaus Sonnenkamp e.V. · Am Markt 3 · 79098 Freiburg",
            "Kinderhaus Sonnenkamp e.V.",
        ),
    ],
)
def test_a_careers_sites_name_gives_way_to_the_legal_name_its_footer_states(
    site: str, footer: str, expected: str
) -> None:
    html = page(
        f'<title>Magazynier | {site}</title><meta property="og:site_name" content="{site}">',
        f"<h1>Magazynier</h1>{DUTIES}<footer><p>{footer}</p></footer>",
    )
    assert extracted(html, "https://www.example.org/oferty/magazynier").company_name == expected


def test_a_footer_that_only_starts_with_a_foundations_word_is_no_legal_name() -> None:
    html = page(
        "<title>Chauffeur | Zorgkring Veluwe</title>"
        '<meta property="og:site_name" content="Zorgkring Veluwe">',
        f"<h1>Chauffeur</h1>{DUTIES}<footer><p>Stichting</p></footer>",
    )
    assert extracted(html, "https://www.example.nl/vacatures/chauffeur").company_name == "Zorgkring Veluwe"


# ------------------------------------------------------------------------------ the country when only implied

SECOND_SIGNALS = {  # host country -> (language, currency countries, text) that name it besides the ccTLD
    "DK": ("da", (), "Ring til Mikkel"),
    "DE": ("en", (), "Call us on +49 711 555 2040"),
    "GB": ("en", ("GB",), "Send your CV"),
    "FR": ("fr", ("FR", "DE", "ES", "IT"), "Postuler"),
}


@given(st.sampled_from(sorted(SECOND_SIGNALS)))
def test_a_placeless_postings_country_is_its_hosts_when_a_second_signal_names_it(host: str) -> None:
    language, currency, text = SECOND_SIGNALS[host]
    assert (
        implied_country(host_country=host, currency_countries=currency, language=language, text=text) == host
    )


@pytest.mark.parametrize(
    ("host", "language", "currency", "text"),
    [
        ("DE", "en", (), "Apply now"),  # the ccTLD alone is the site's country
        ("DE", "fr", (), "Postuler"),  # a French page on a .de site
        ("DE", "de", ("AT", "DE", "FR"), "Ruf an: +43 1 555 0100"),  # Austrian phone, the euro
        (None, "de", ("DE",), "+49 711 555 2040"),  # no ccTLD
    ],
)
def test_a_placeless_postings_country_is_not_guessed_from_one_signal(
    host: str | None, language: str, currency: tuple[str, ...], text: str
) -> None:
    assert (
        implied_country(host_country=host, currency_countries=currency, language=language, text=text) is None
    )


def _normalized_place(html: str, url: str) -> tuple[str | None, str | None]:
    found = normalize_posting(clean_posting(extract_posting(html, url)), today=date(2026, 12, 1)).location
    return (found.city, found.country_code) if found else (None, None)


def test_an_on_site_posting_without_a_place_gets_the_country_two_signals_name() -> None:
    html = '<html lang="da">' + page(
        "<title>Cykelmekaniker | Solgård Cykler</title>",
        f"<h1>Cykelmekaniker</h1>{DUTIES}<p>Ring til Mikkel på +45 86 55 01 22.</p>",
    ).removeprefix("<html>")
    assert _normalized_place(html, "https://www.solgaard-cykler.dk/job/cykelmekaniker") == (None, "DK")


def test_a_remote_posting_without_a_place_gets_no_country() -> None:
    html = '<html lang="da">' + page(
        "<title>Udvikler | Solgård Data</title>",
        f"<h1>Udvikler</h1>{DUTIES}<p>This is a fully remote role. Ring på +45 86 55 01 22.</p>",
    ).removeprefix("<html>")
    assert _normalized_place(html, "https://www.solgaard-data.dk/job/udvikler") == (None, None)


# ------------------------------------------------------------------------------ the full pages


def test_shapes7_pages_as_labelled() -> None:
    """Every page of ``samples/shapes7`` is extracted as its label says, field by field, but the known
    misses (see its README)."""
    report = evaluate(SHAPES7 / "labels.json")
    rejected, expected, wrong = report.rejections()
    assert (rejected, expected) == (0, 0)
    assert [result.label["file"] for result in wrong] == WRONGLY_REJECTED
    assert report.misses() == KNOWN_MISSES


WRONGLY_REJECTED: list[
    str
] = []  # the Squarespace oyster bar, rejected on arrival, kept since the classifier work
# On arrival (74da721) every miss of the baseline; since merged beside the pay and classifier work, these.
KNOWN_MISSES = {
    ("pages/agencia-cliente-zaragoza-es.html", "company"),
    ("pages/cooperativa-rsa-cremona-it.html", "company"),
    ("pages/cooperativa-rsa-cremona-it.html", "title"),
    ("pages/elementor-lista-ciudad-madrid-es.html", "company"),
    ("pages/elementor-lista-ciudad-madrid-es.html", "remote"),
    ("pages/elementor-sede-lavoro-bergamo-it.html", "remote"),
    ("pages/hubspot-kicker-geelong-au.html", "remote"),
    ("pages/jimdo-title-stadt-koch-de.html", "employment_type"),
    ("pages/shopify-store-card-toowoomba-au.html", "employment_type"),
    ("pages/squarespace-tasca-porto-pt.html", "company"),
}
