"""The page classifier on the borderline pages ``samples/shapes9`` holds (issue 13): postings it rejected
(a short ad, a blog or news post that hires, German, Spanish and Danish pages without its English cues)
and pages that look like postings but are not (an application confirmation in Dutch, a job-alert
sign-up, a candidate's profile, a course, a programme's landing page, employer reviews, a franchise or a
business for sale, a consent wall).

Each test is a small page written here (invented employers); every one fails on the code before this
work (230f063) but the guards, which say what must stay as it is. The last tests check every page of
``samples/shapes9`` against its label.
"""

from __future__ import annotations

import pytest
from hirehound.ingest.extract import NotAJobPageError, extract_posting, lookalikes
from hirehound.ingest.extract.page import Page
from hypothesis import given
from hypothesis import strategies as st

from benchmarks.accuracy import ROOT, evaluate
from tests.fakes.pages import DUTIES, page

pytestmark = pytest.mark.unit
SHAPES9 = ROOT / "samples" / "shapes9"
# Text without a job word: what a page around a short ad says (a shop's news, its opening hours).
NEUTRAL = (
    "<p>Our shop on the corner of the market square opens at seven every morning, and on Saturdays we also"
    " bake rye bread, cinnamon buns and the plum cake our customers ask for all year. Parking is free"
    " behind the church, and the bus stops right outside the door. We close at six on weekdays.</p>"
)
EMAIL_FORM = "<form><input type='email' name='email' placeholder='you@example.com'><button>Go</button></form>"


def rejection(html: str, url: str = "https://www.example.org/page/1") -> str:
    with pytest.raises(NotAJobPageError) as raised:
        extract_posting(html, url)
    return raised.value.kind


# ------------------------------------------------------------------------------ postings kept


@given(
    st.sampled_from(
        [
            "Was dich erwartet",
            "Was du mitbringst",
            "Was wir bieten",
            "Qué harás",
            "Qué ofrecemos",
            "Ce que nous offrons",
            "Cosa farai",
            "Wat ga je doen",
            "Wat bieden wij",
            "Czym będziesz się zajmować",
            "Vi erbjuder",
            "Vi tilbyder",
            "Wir suchen",
            "Vi søger",
            "Poszukujemy",
            "Nous recherchons",
        ]
    ),
    st.sampled_from(["Timeløn 145 kr.", "15-20 timer om ugen", "Unbefristet", "20 hours per week"]),
)
def test_a_posting_in_its_own_language_is_not_wordless(heading: str, fact: str) -> None:
    """A posting whose only job cues are a section heading and a fact in its language is a posting."""
    html = page("<title>Bäcker</title>", f"<h1>Bäcker</h1>{NEUTRAL}<h2>{heading}</h2><p>{fact}</p>{NEUTRAL}")
    assert extract_posting(html, "https://www.example.de/baecker").title == "Bäcker"


@pytest.mark.parametrize("marker", ["(m/w/d)", "(H/F)", "(w/m/d)", "(k/m)", "(m/v/x)"])
def test_a_gender_marker_after_the_title_is_a_job_cue(marker: str) -> None:
    html = page("<title>Bäcker</title>", f"<h1>Bäcker {marker}</h1>{NEUTRAL}<p>Vollzeit.</p>{NEUTRAL}")
    assert extract_posting(html, "https://www.example.de/baecker").title == f"Bäcker {marker}"


def test_a_blog_post_that_announces_a_hire_is_a_posting() -> None:
    html = page(
        "<title>We're hiring: Line Cook - Harbour Diner</title><meta property='og:type' content='article'>"
        '<script type="application/ld+json">{"@type":"BlogPosting","headline":"We\'re hiring: Line Cook",'
        '"author":{"@type":"Person","name":"Sam"}}</script>',
        "<article><h1>We're hiring: Line Cook</h1><span class='byline'>by Sam</span>"
        f"{DUTIES}<p>Part-time, $17 an hour. Email us to apply.</p></article>",
    )
    found = extract_posting(html, "https://www.harbourdiner.example/blog/were-hiring-line-cook/")
    assert found.title == "Line Cook"


@pytest.mark.parametrize(
    "headline",
    [
        "What a Sunday brunch shift looks like (and why we're hiring)",
        "We're hiring more engineers in 2027",
        "How we hire engineers (and what we pay)",
    ],
)
def test_a_blog_post_about_hiring_is_still_an_article(headline: str) -> None:
    """Guard: an announcement needs a separator or a gender marker before the job it names."""
    html = page(
        f"<title>{headline}</title><meta property='og:type' content='article'>",
        f"<article><h1>{headline}</h1><span class='byline'>by Sam</span>{DUTIES}</article>",
    )
    assert rejection(html, "https://www.example.com/blog/hiring-post") == "article"


@pytest.mark.parametrize(
    "title", ["Seeking an experienced Welder", "Looking for a Sous Chef", "Franchise Development Manager"]
)
def test_a_posting_titled_like_a_look_alike_is_kept(title: str) -> None:
    """Guard: an employer seeking a welder, or hiring a franchise manager, is a posting."""
    html = page(f"<title>{title}</title>", f"<h1>{title}</h1>{DUTIES}{EMAIL_FORM}")
    assert extract_posting(html, "https://www.example.com/jobs/1234").title == title


def test_a_posting_with_a_job_alert_box_is_kept() -> None:
    html = page(
        "<title>Warehouse Operative</title>",
        f"<h1>Warehouse Operative</h1>{DUTIES}<h2>Get jobs like this by email</h2>{EMAIL_FORM}",
    )
    assert extract_posting(html, "https://www.example.co.uk/job/552301").title == "Warehouse Operative"


# ------------------------------------------------------------------------------ look-alikes rejected


@given(
    st.sampled_from(
        [
            "Bedankt voor je sollicitatie!",
            "Danke für Ihre Bewerbung",
            "Grazie per la tua candidatura",
            "Obrigado pela sua candidatura",
            "Dziękujemy za przesłanie aplikacji",
            "Tack för din ansökan",
            "Tak for din ansøgning",
            "Takk for søknaden",
            "Votre candidature a bien été envoyée",
            "ご応募ありがとうございました",
            "Je sollicitatie is verzonden",
        ]
    )
)
def test_an_application_confirmation_in_more_languages(heading: str) -> None:
    html = page(
        "<title>Verpleegkundige - Zorggroep</title>",
        f"<h1>{heading}</h1><p>Verpleegkundige in Amersfoort. We nemen binnen vijf werkdagen contact op.</p>",
    )
    assert rejection(html, "https://zorg.recruitee.com/o/verpleegkundige/c/new/thanks") == "confirmation"


@pytest.mark.parametrize(
    "headline",
    [
        "Job-Agent: Neue Jobs als Koch in Köln per E-Mail",
        "Create a job alert for Python jobs in Leeds",
        "Get new nursing jobs in Cork by email",
        "Alerte emploi : recevez les offres par e-mail",
        "Crea tu alerta de empleo",
        "Vacature-alert instellen",
    ],
)
def test_a_job_alert_sign_up_is_not_a_posting(headline: str) -> None:
    html = page(f"<title>{headline}</title>", f"<h1>{headline}</h1>{DUTIES}{EMAIL_FORM}")
    assert rejection(html) == "job-alert"


@pytest.mark.parametrize(
    "headline",
    [
        "Looking for work as a welder",
        "Seeking a position as a nanny in Dublin",
        "Suche Arbeit als Koch",
        "Busco trabajo de camarero",
        "Cherche emploi comme cariste",
        "Szukam pracy - spawacz",
        "Zoek werk als chauffeur",
    ],
)
def test_a_candidates_profile_is_not_a_posting(headline: str) -> None:
    html = page(f"<title>{headline}</title>", f"<h1>{headline}</h1>{DUTIES}")
    assert rejection(html, "https://www.example.com/cv/12345") == "candidate"


def test_a_course_is_not_a_posting() -> None:
    html = page(
        "<title>Data Analytics Bootcamp</title>"
        '<script type="application/ld+json">{"@type":"Course","name":"Data Analytics Bootcamp"}</script>',
        f"<h1>Become a Data Analyst in 14 weeks</h1>{DUTIES}<p>Part-time, 15 hours per week.</p>",
    )
    assert rejection(html, "https://www.academy.example/data-bootcamp") == "course"


def test_a_programme_landing_page_linking_its_streams_is_not_a_posting() -> None:
    streams = "".join(
        f"<a href='/careers/graduates/{name}-2027'>View the {name} stream</a>"
        for name in ("data", "risk", "tech")
    )
    html = page(
        "<title>Graduate Programme 2027</title>", f"<h1>Graduate Programme 2027</h1>{DUTIES}{streams}"
    )
    assert rejection(html, "https://www.insurer.example/careers/graduates") == "listing"


def test_a_malformed_link_does_not_break_the_programme_check() -> None:
    """A link ``urlsplit`` refuses is no stream (the check itself, apart from the rest of extraction)."""
    streams = "".join(f"<a href='/careers/graduates/{name}'>{name}</a>" for name in ("data", "risk", "tech"))
    html = page(
        "<title>Graduate Programme 2027</title>",
        f"<h1>Graduate Programme 2027</h1>{DUTIES}<a href='https://jobs.example[co/apply'>Apply</a>{streams}",
    )
    found = lookalikes.kind(
        Page.read(html, "https://www.insurer.example/careers/graduates", "insurer.example")
    )
    assert found is not None and found[0] == "listing"


def test_a_graduate_programme_posting_is_kept() -> None:
    """Guard: one stream's posting links none under it."""
    html = page(
        "<title>Graduate Programme 2027 - Data</title>",
        f"<h1>Graduate Programme 2027 - Data</h1>{DUTIES}<a href='/careers/graduates'>All streams</a>",
    )
    found = extract_posting(html, "https://www.insurer.example/careers/graduates/data-2027")
    assert found.title == "Graduate Programme 2027 - Data"


def test_an_employer_review_page_is_not_a_posting() -> None:
    html = page(
        "<title>Hallermann GmbH als Arbeitgeber: 47 Bewertungen</title>",
        f"<h1>Hallermann GmbH</h1>{DUTIES}<p>Vollzeit, Homeoffice zwei Tage, 3.100 € brutto.</p>",
    )
    assert rejection(html, "https://www.reviews.example/hallermann") == "reviews"
    typed = html.replace(
        "</head>", '<script type="application/ld+json">{"@type":"EmployerAggregateRating"}</script></head>'
    ).replace("als Arbeitgeber: 47 Bewertungen", "")
    assert rejection(typed, "https://www.reviews.example/hallermann") == "reviews"


@pytest.mark.parametrize(
    "headline",
    [
        "Franchise opportunity: run your own bakery in Nottingham",
        "Own a Crumb & Co. Bakery Franchise in Leeds",
        "Trespasse de café-pastelaria em Braga",
        "Se traspasa bar en Zaragoza",
        "Nachfolger gesucht: Bäckerei in Passau",
        "Business for sale: dog grooming salon",
    ],
)
def test_a_franchise_or_a_business_for_sale_is_not_a_posting(headline: str) -> None:
    html = page(f"<title>{headline}</title>", f"<h1>{headline}</h1>{DUTIES}")
    assert rejection(html) == "for-sale"


def test_a_search_with_one_result_is_a_listing_not_an_expired_posting() -> None:
    """A result counter ("1 job found") says the page is a search, not a posting that was not found."""
    html = page(
        "<title>Cheesemonger jobs in Bath</title>",
        "<h1>Cheesemonger jobs in Bath</h1><p>1 job found</p><ul><li><a href='/job/cheesemonger/552410'>"
        f"<h2>Cheesemonger</h2></a>{DUTIES}</li></ul>",
    )
    assert rejection(html, "https://www.board.example/jobs/cheesemonger/in-bath") == "listing"
    gone = html.replace("1 job found", "Job not found").replace("Cheesemonger jobs in Bath", "Cheesemonger")
    assert rejection(gone, "https://www.board.example/job/cheesemonger/552410") == "expired"


def test_a_consent_wall_is_not_a_posting() -> None:
    html = page(
        "<title>Cookies op Vacaturekrant Noord</title>",
        "<div class='wall'><h1>Vacaturekrant Noord gebruikt cookies</h1><p>Om deze vacature te bekijken,"
        " vragen we je toestemming. Wil je geen cookies? Neem een abonnement.</p>"
        "<a href='/accept'>Akkoord</a></div>",
    )
    assert rejection(html, "https://www.vacaturekrant.example/vacature/229014") == "consent-wall"


# ------------------------------------------------------------------------------ the full pages


def test_shapes9_pages_as_labelled() -> None:
    """Every non-job page of ``samples/shapes9`` is rejected, no posting is, and every posting's fields are
    as labelled but the known misses (see its README)."""
    report = evaluate(SHAPES9 / "labels.json")
    rejected, expected, wrong = report.rejections()
    assert (rejected, expected, [result.label["file"] for result in wrong]) == (22, 22, [])
    assert report.misses() == KNOWN_MISSES


# Field misses outside the classifier, left to the extraction work (causes not investigated here): places
# (the van driver, the barista, the news post, "Aarhus C", "Curitiba - PR", "Freiburg im Breisgau"), work
# modes ("På plats", "Onsite role."), employment kinds ("Efetivo (CLT) · Integral", "Tirocinio" beside
# "tempo pieno", "Full time, Monday to Friday", "in Vollzeit" in the PDF), pay (the Danish hourly rate, the
# Ausbildung's pay by year of training; the Polish list line's is read since the pay work of shapes8),
# titles (the careers page's <title> over its h1, the PDF's file name, "mécanicien poids lourds en CDI")
# and employers ("採用情報", the PDF's).
KNOWN_MISSES = {
    ("pages/board-related-jobs-longer-uk.html", "remote"),
    ("pages/board-vaga-outras-vagas-br.html", "city"),
    ("pages/board-vaga-outras-vagas-br.html", "country"),
    ("pages/board-vaga-outras-vagas-br.html", "employment_type"),
    ("pages/careers-title-posting-nl.html", "title"),
    ("pages/internship-tirocinio-it.html", "employment_type"),
    ("pages/news-post-recrutement-fr.html", "title"),
    ("pages/pdf-export-stellenausschreibung-de.html", "company"),
    ("pages/pdf-export-stellenausschreibung-de.html", "employment_type"),
    ("pages/pdf-export-stellenausschreibung-de.html", "title"),
    ("pages/personio-ausbildung-de.html", "salary"),
    ("pages/personio-ausbildung-de.html", "salary_period"),
}
