"""The failure classes ``samples/holdout3`` showed, each on a small page written here.

The pages take the structure of the class (a .NET ATS's constructor call, an Angular state in German keys, a
board's footer naming its operator ...) with invented employers, places and wording; none is a copy of a
holdout3 page. Each test failed on the extraction at fed685d.
"""

# ruff: noqa: RUF001, RUF002 - the pages' own fullwidth colons, bars, tildes and en dashes are what is under test
from __future__ import annotations

import json
from datetime import date

import pytest
from hirehound.ingest.clean import clean_posting
from hirehound.ingest.extract import NotAJobPageError, extract_posting
from hirehound.ingest.models import NormalizedPosting, RawPosting, RemoteMode
from hirehound.ingest.normalize import normalize_posting
from hirehound.ingest.normalize.location import parse_location
from hirehound.ingest.normalize.remote import parse_remote
from hirehound.ingest.normalize.salary import parse_salary

from tests.fakes.pages import DUTIES, page

pytestmark = pytest.mark.unit


def _script(kind: str, body: str, script_id: str = "") -> str:
    id_attr = f" id='{script_id}'" if script_id else ""
    return f"<script type='{kind}'{id_attr}>{body}</script>"


def rejection(html: str, url: str) -> str:
    with pytest.raises(NotAJobPageError) as raised:
        extract_posting(html, url)
    return raised.value.kind


def normalized(raw: RawPosting) -> NormalizedPosting:
    return normalize_posting(clean_posting(raw), today=date(2026, 12, 1))


# ------------------------------------------------------------------------------- embedded application state


def test_an_object_handed_to_a_constructor_with_pascal_case_keys_is_the_posting() -> None:
    """A .NET ATS shell: empty Knockout bindings, the job in ``new X.Y.Detail({...})``, PascalCase keys."""
    detail = {
        "Title": "Night Shift Pharmacy Technician",
        "FullTime": True,
        "Description": "<p>Fill prescriptions for the wards of a 300-bed hospital.</p>" + DUTIES,
        "Locations": [
            {
                "LocalizedName": "Main Campus",
                "Address": {
                    "City": "Duluth",
                    "State": {"Code": "MN", "Name": "Minnesota"},
                    "Country": {"Code": "USA", "Name": "United States"},
                },
            }
        ],
        "IsRemote": False,
    }
    html = page(
        "<title>Job details - Northfield Health</title>",
        "<div class='opportunity'><h1 data-bind='text: Title'></h1><div data-bind='html: Description'></div>"
        "</div><script>$(function(){ var job = new Careers.Posting.DetailView("
        + json.dumps(detail)
        + "); ko.applyBindings(job); });</script>",
    )
    raw = extract_posting(html, "https://careers.atsvendor.example/NOR1001/JobBoard/1/Detail?id=9")
    assert raw.title == "Night Shift Pharmacy Technician"
    posting = normalized(raw)
    assert posting.location is not None
    assert (posting.location.city, posting.location.country_code) == ("Duluth", "US")
    assert posting.employment_type is not None and posting.employment_type.value == "full_time"


def test_an_angular_state_in_german_keys_is_read() -> None:
    state = {
        "stelle-77": {
            "b": {
                "stellenangebotsTitel": "Industriemechaniker (m/w/d)",
                "firma": "Weserstahl Anlagenbau GmbH",
                "stellenlokationen": [
                    {"adresse": {"plz": "49074", "ort": "Osnabrück", "land": "Deutschland"}}
                ],
                "arbeitszeitVollzeit": True,
                "verguetung": "3.100 – 3.600 € brutto im Monat",
                "stellenbeschreibung": "Wartung unserer Pressen und Schweißroboter. " * 5,
            }
        }
    }
    html = page(
        "<title>Stellensuche</title>",
        "<app-root><h1>Stellensuche</h1><p>Lade ...</p></app-root>"
        + _script("application/json", json.dumps(state), "ng-state")
        + "<footer>Ein Angebot der Bundesagentur für Arbeit</footer>",
    )
    raw = extract_posting(html, "https://jobs.agentur.example/suche/detail/77")
    assert (raw.title, raw.company_name) == ("Industriemechaniker (m/w/d)", "Weserstahl Anlagenbau GmbH")
    posting = normalized(raw)
    assert posting.location is not None and posting.location.country_code == "DE"
    assert posting.employment_type is not None and posting.employment_type.value == "full_time"
    assert posting.salary is not None and (posting.salary.minimum, posting.salary.maximum) == (3100, 3600)


def test_state_in_spanish_keys_under_a_work_with_us_title_is_a_posting() -> None:
    """A careers-site headline ("Trabaja con nosotros") over app state holding one job is that job."""
    state = {
        "data": {
            "oferta-51": {
                "titulo": "Técnica de Laboratorio",
                "empresa": "Laboratorios Albacete S.L.",
                "ubicacion": {"ciudad": "Zaragoza", "pais": "ES"},
                "modalidad": "Presencial",
                "contrato": "Indefinido",
                "jornada": "Jornada completa",
                "salario": {"min": 24000, "max": 28000, "moneda": "EUR"},
                "descripcion": "<p>Análisis de muestras y control de calidad.</p>" * 4,
            }
        }
    }
    html = page(
        "<title>Trabaja con nosotros - Laboratorios Albacete</title>",
        "<div id='__app'><div class='skeleton'></div></div>"
        + _script("application/json", json.dumps(state), "__APP_STATE__"),
    )
    raw = extract_posting(html, "https://www.labalbacete.example/trabaja-con-nosotros/tecnica-laboratorio")
    assert (raw.title, raw.company_name) == ("Técnica de Laboratorio", "Laboratorios Albacete S.L.")
    posting = normalized(raw)
    assert posting.location is not None and posting.location.city == "Zaragoza"
    assert posting.remote_mode is not None and posting.remote_mode.value == "onsite"
    assert posting.employment_type is not None and posting.employment_type.value == "full_time"
    assert posting.salary is not None and (posting.salary.minimum, posting.salary.currency) == (24000, "EUR")


# ------------------------------------------------------------------------------------ the page classifier


def test_a_scheduled_end_date_on_a_live_japanese_ad_is_not_an_expiry_notice() -> None:
    html = page(
        "<title>経理スタッフ｜株式会社みなと会計サービス｜転職ナビ</title>",
        "<h1>経理スタッフ</h1><p class='period'>情報更新日：2026/11/20　掲載終了予定日：2027/02/01</p>"
        "<table><tr><th>仕事内容</th><td>月次決算、請求書の発行、経費精算のチェックをお任せします。"
        "会計ソフトの経験がある方を歓迎します。</td></tr><tr><th>勤務地</th><td>大阪府大阪市北区</td></tr>"
        "<tr><th>給与</th><td>月給25万円～32万円</td></tr><tr><th>応募資格</th><td>簿記2級以上</td></tr>"
        "</table>",
    )
    raw = extract_posting(html, "https://tenshoku.navi.example.jp/jobinfo-5512-1/")
    assert raw.title == "経理スタッフ"


# ------------------------------------------------------------------------------------------------- location


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("Lakeside Depot - Frederick, MD 21701 US (Primary)", "Frederick", "US"),  # a branch, then the place
        ("St. Aldric Medical Centre, Leicester, LE1 5WW", "Leicester", "GB"),  # a hospital, then the town
    ],
)
def test_a_site_name_before_the_place_gives_way_to_the_city(text: str, city: str, country: str) -> None:
    found = parse_location(text).value
    assert found is not None
    assert (found.city, found.country_code) == (city, country)


def test_a_label_joining_place_labels_is_the_location() -> None:
    html = page(
        "<title>Dietary Aide - Willowmere Senior Living</title>",
        "<h1>Dietary Aide</h1><ul class='facts'><li><span class='lbl'>Community</span>"
        " <span class='val'>Willowmere Senior Living</span></li><li><span class='lbl'>City, State</span>"
        " <span class='val'>Boise, Idaho</span></li></ul>" + DUTIES,
    )
    posting = normalized(extract_posting(html, "https://willowmere.openhire.example/job/4410"))
    assert posting.location is not None
    assert (posting.location.city, posting.location.country_code) == ("Boise", "US")


# ---------------------------------------------------------------------------- detection and labelled values


def test_bem_job_classes_alone_are_not_greenhouse_and_a_label_word_is_a_value_after_a_colon() -> None:
    """``h1.job__title`` is a common BEM name (a UK board uses it); "Job Type:" / "Contract" is one pair."""
    html = page(
        "<title>Interim Payroll Manager Job in Swindon | JobHub</title>",
        "<main class='job'><h1 class='job__title'>Interim Payroll Manager</h1><dl class='job__details'>"
        "<dt>Location:</dt><dd>Swindon, Wiltshire</dd><dt>Job Type:</dt><dd>Contract</dd>"
        "<dt>Salary:</dt><dd>£350 - £400 per day</dd></dl><div class='job__description'>"
        "<p>Marlow Brook Recruitment seeks an interim payroll manager for a six-month assignment.</p>"
        + DUTIES
        + "</div></main>",
    )
    raw = extract_posting(html, "https://www.jobhub.example/job/221904/interim-payroll-manager")
    assert raw.method.value != "greenhouse"
    posting = normalized(raw)
    assert posting.employment_type is not None and posting.employment_type.value == "contract"


def test_a_japanese_public_employment_table_is_read_by_its_labels() -> None:
    """A government job-centre table: 事業所名 (establishment), 職種 (the job), 就業場所 (a postcode line,
    then the address), 賃金（ａ＋ｂ） (pay, its label bracketed); the page's own heading is generic."""
    html = page(
        "<title>求人詳細 | しごとセンター</title>",
        "<h1>求人情報詳細</h1><table><tr><th>事業所名</th><td>株式会社しらかば運輸</td></tr>"
        "<tr><th>職種</th><td>配送ドライバー（中型）</td></tr>"
        "<tr><th>仕事内容</th><td>札幌市内の店舗へ食品を配送していただきます。中型免許が必要です。</td></tr>"
        "<tr><th>就業場所</th><td>〒060-0042<br>北海道札幌市中央区大通西５丁目</td></tr>"
        "<tr><th>賃金（ａ＋ｂ）</th><td>210,000円～260,000円</td></tr><tr><th>賃金形態等</th><td>月給</td></tr>"
        "</table><div id='footer'>Copyright © Employment Service Agency. All Rights Reserved.</div>",
    )
    raw = extract_posting(html, "https://www.shigoto-center.example.jp/kensaku/detail?id=0142")
    assert (raw.title, raw.company_name) == ("配送ドライバー（中型）", "株式会社しらかば運輸")
    posting = normalized(raw)
    assert posting.location is not None
    assert (posting.location.city, posting.location.country_code) == ("Sapporo", "JP")
    salary = posting.salary
    assert salary is not None
    assert (salary.minimum, salary.maximum, salary.currency) == (210000, 260000, "JPY")


def test_a_boards_short_tag_before_the_title_is_not_the_title() -> None:
    html = page(
        "<title>ベーカリースタッフのアルバイト求人｜バイトナビ</title>",
        "<h1>【急募】ベーカリースタッフ</h1><dl><dt>職種</dt><dd>[ア・パ]ベーカリースタッフ</dd>"
        "<dt>勤務地</dt><dd>京都府京都市下京区</dd><dt>給与</dt><dd>時給1,100円～</dd></dl>"
        "<p>パンの成形、焼成、販売をお願いします。未経験の方も歓迎します。</p>",
    )
    assert extract_posting(html, "https://baitonavi.example.jp/detail/8812/").title == "ベーカリースタッフ"


# ---------------------------------------------------------------------------------- the board as employer


def test_a_boards_name_gives_way_to_the_legal_name_under_the_title() -> None:
    html = page(
        "<title>Oferta de trabajo: Auxiliar contable | Empleandes Colombia</title>"
        "<meta property='og:site_name' content='Empleandes Colombia'>",
        "<main><h1>Auxiliar contable</h1><p>Ferrovía del Pacífico S.A.S. - Cali, Valle del Cauca</p>"
        "<p>Registrar facturas, conciliar cuentas bancarias y preparar informes mensuales para la gerencia."
        " Requisitos: técnico en contabilidad y un año de experiencia.</p></main>"
        "<footer>© 2026 Empleandes Colombia · Términos y condiciones</footer>",
    )
    raw = extract_posting(html, "https://co.empleandes.example/ofertas/auxiliar-contable-5521")
    assert raw.company_name == "Ferrovía del Pacífico S.A.S."


def test_a_boards_copyright_gives_way_to_a_japanese_company_name_in_the_text() -> None:
    html = page(
        "<title>ホールスタッフのアルバイト求人｜バイトナビ</title>",
        "<h1>ホールスタッフ</h1><dl><dt>勤務地</dt><dd>兵庫県神戸市中央区</dd>"
        "<dt>給与</dt><dd>時給1,150円</dd></dl><div class='shop-info'><h2>会社情報</h2>"
        "<p>株式会社みなと食堂（本社：兵庫県神戸市）神戸で6店舗を運営。</p></div>"
        "<p>お客様のご案内、配膳、レジをお願いします。週2日から勤務できます。</p>"
        "<div class='footer'>© Baitonavi Co., Ltd.</div>",
    )
    assert (
        extract_posting(html, "https://baitonavi.example.jp/detail/9013/").company_name
        == "株式会社みなと食堂"
    )


# ---------------------------------------------------------------------------------------------- work mode


@pytest.mark.parametrize(
    ("remote_text", "description", "mode"),
    [
        ("Work from office", None, "onsite"),  # a UK board's work-mode badge
        ("ON_SITE", None, "onsite"),  # an app's enum value
        ("Monday to Friday, 9 am - 5 pm; in office", None, "onsite"),  # the whole week is not office days
        (None, "The team sits in the Leeds office, on-site five days a week during training.", "onsite"),
        (None, "This is an on-site, customer-facing role at the depot.", "onsite"),
        (
            None,
            "You will join us in our Quayside office three days a week, with two work-from-home days.",
            "hybrid",
        ),
    ],
)
def test_work_mode_phrases(remote_text: str | None, description: str | None, mode: str) -> None:
    found = parse_remote(remote_text, None, None, description).value
    assert found is not None and found.value == mode


def test_a_work_mode_element_and_a_schedule_cell_give_the_work_mode() -> None:
    badge = page(
        "<title>Dental Nurse - Harbourside Dental - Bristol</title>",
        "<h1>Dental Nurse</h1><div class='loc'>Bristol</div>"
        "<div class='mode'><span data-qa='remoteWorkingBadge'>Work from office</span></div>" + DUTIES,
    )
    found = normalized(
        extract_posting(badge, "https://jobs.boardly.example/jobs/dental-nurse/5512")
    ).remote_mode
    assert found is not None and found.value == "onsite"
    table = page(
        "<title>Legal Secretary</title>",
        "<table><tr><td class='formFieldLabel'>Job Title:</td><td>Legal Secretary</td></tr>"
        "<tr><td class='formFieldLabel'>Location:</td><td>Tucson, AZ</td></tr>"
        "<tr><td class='formFieldLabel'>Work Schedule:</td><td>Monday to Friday, 8 - 5; in office</td></tr>"
        "</table>" + DUTIES,
    )
    posting = normalized(extract_posting(table, "https://ats.example.com/careers/requisition.jsp?rid=88"))
    assert posting.remote_mode is not None and posting.remote_mode.value == "onsite"


# -------------------------------------------------------------------------------------------- description


def test_a_json_ld_teaser_cut_off_with_an_ellipsis_gives_way_to_the_visible_text() -> None:
    posting = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": "Lagerleiter (m/w/d)",
        "description": "Nordhafen Spedition GmbH sucht einen Lagerleiter (m/w/d) ...",
        "hiringOrganization": {"@type": "Organization", "name": "Nordhafen Spedition GmbH"},
        "jobLocation": {"@type": "Place", "address": {"addressLocality": "Kiel", "addressCountry": "DE"}},
    }
    html = page(
        _script("application/ld+json", json.dumps(posting)),
        "<h1>Lagerleiter (m/w/d)</h1><article><p>Die Nordhafen Spedition GmbH betreibt in Kiel ein Lager für"
        " Stückgut und Container mit 120 Beschäftigten. Sie führen das Team in zwei Schichten, planen den"
        " Personaleinsatz und verantworten die Bestände.</p><p>Wir bieten einen unbefristeten Vertrag,"
        " zwei Tage mobiles Arbeiten pro Woche und 30 Tage Urlaub.</p></article>",
    )
    raw = extract_posting(html, "https://www.jobboerse.example/stellen/lagerleiter-kiel-4411")
    assert raw.description_html is not None and "Stückgut" in raw.description_html


# --------------------------------------------------------------------------------------- employment type


def test_linkedins_employment_criterion_is_read_in_the_pages_language() -> None:
    criteria = "".join(
        "<li class='description__job-criteria-item'><h3 class='description__job-criteria-subheader'>"
        f"{label}</h3><span class='description__job-criteria-text'>{value}</span></li>"
        for label, value in (("Karrierestufe", "Praktikum"), ("Beschäftigungsverhältnis", "Teilzeit"))
    )
    html = page(
        "<title>Weidenhof Logistik sucht Werkstudent Controlling in Hannover | LinkedIn</title>",
        "<h1 class='top-card-layout__title'>Werkstudent Controlling (m/w/d)</h1>"
        "<a class='topcard__org-name-link'>Weidenhof Logistik</a>"
        "<span class='topcard__flavor--bullet'>Hannover, Niedersachsen, Deutschland</span>"
        "<div class='show-more-less-html__markup'><p>Du unterstützt unser Controlling bei Berichten und"
        " Analysen, 16 bis 20 Stunden pro Woche.</p></div>"
        f"<ul class='description__job-criteria-list'>{criteria}</ul>",
    )
    raw = extract_posting(html, "https://de.linkedin.com/jobs/view/werkstudent-controlling-4100220011")
    assert raw.employment_type_text == "Teilzeit"


def test_a_full_time_part_time_label_is_the_employment_type() -> None:
    html = page(
        "<title>Claims Adjuster - Job Details</title>",
        "<table><tr><td class='FieldLabel'>Job Title</td><td>Claims Adjuster</td></tr>"
        "<tr><td class='FieldLabel'>Location</td><td>Columbus, OH</td></tr>"
        "<tr><td class='FieldLabel'>Full Time / Part Time</td><td>Full Time</td></tr></table>" + DUTIES,
    )
    posting = normalized(
        extract_posting(html, "https://sjobs.brassring.example/TGnewUI/Search/home/JobDetails")
    )
    assert posting.employment_type is not None and posting.employment_type.value == "full_time"


# ------------------------------------------------------------------------------------------------- salary


def test_linkedins_compensation_block_is_the_salary() -> None:
    html = page(
        "<title>Harbourlight Analytics hiring Data Engineer in Singapore | LinkedIn</title>",
        "<h1 class='top-card-layout__title'>Data Engineer</h1><a class='topcard__org-name-link'>Harbourlight"
        " Analytics</a><span class='topcard__flavor--bullet'>Singapore</span><div class='compensation'>"
        "<h3 class='compensation__heading'>Base pay range</h3><div class='salary compensation__salary'>"
        "SGD 6,000.00/mo - SGD 8,000.00/mo</div></div><div class='show-more-less-html__markup'><p>Build and"
        " run the pipelines behind our shipping analytics products.</p></div>",
    )
    salary = normalized(
        extract_posting(html, "https://sg.linkedin.com/jobs/view/data-engineer-4100330022")
    ).salary
    assert salary is not None
    assert (salary.minimum, salary.maximum, salary.currency, salary.period.value) == (
        6000,
        8000,
        "SGD",
        "month",
    )


def test_a_period_the_label_names_beats_a_later_period_word() -> None:
    salary = parse_salary("Hourly rate: $19.80 to $23.40 CAD, plus an annual bonus.").value
    assert salary is not None
    assert (salary.minimum, salary.period.value) == (19.8, "hour")


def test_a_schedule_degree_keeps_its_label() -> None:
    html = page(
        "<title>Programador/a PHP - Sistemas Turia</title>",
        "<h1>Programador/a PHP</h1><ul><li><span>Empresa:</span> Sistemas Turia S.L.</li>"
        "<li><span>Jornada:</span> Completa</li><li><span>Teletrabajo:</span> 100%</li></ul>"
        "<p>Desarrollo y mantenimiento de aplicaciones web para clientes del sector logístico. Requisitos:"
        " experiencia con PHP y MySQL.</p>",
    )
    posting = normalized(extract_posting(html, "https://www.empleotech.example/oferta/programador-php/9921"))
    assert posting.employment_type is not None and posting.employment_type.value == "full_time"


def test_the_old_icims_header_table_gives_the_title() -> None:
    html = page(
        "<title>Brightwater Dairy - Careers</title>",
        "<table class='iCIMS_JobHeaderTable'><tr><td colspan='4' class='iCIMS_Header_Title'>"
        "<span class='iCIMS_Header'>Quality Technician - Night Shift</span></td></tr><tr>"
        "<td class='iCIMS_JobHeaderField'>Job Location</td>"
        "<td class='iCIMS_JobHeaderData'>US-WI-Green Bay</td></tr></table>" + DUTIES,
    )
    raw = extract_posting(html, "https://careers-brightwater.icims.example/jobs/2210/job")
    assert raw.title == "Quality Technician - Night Shift"


def test_an_app_states_brand_is_the_employer() -> None:
    state = {
        "jobs": {
            "current": {
                "title": "Phlebotomist",
                "brand": "Redrock Clinical Labs",
                "location": {"city": "Tucson", "stateCode": "AZ", "countryCode": "US"},
                "description": "<p>Draw blood samples at our patient service centre.</p>" * 3,
            }
        }
    }
    html = page(
        "<title>Careers</title>",
        "<div id='app'><a class='brand' href='/'>Redrock</a><div class='spinner'></div></div>"
        f"<script>window.__INITIAL_STATE__={json.dumps(state)};</script>",
    )
    raw = extract_posting(html, "https://jobs.redrocklabs.example/job/R-1021")
    assert (raw.title, raw.company_name) == ("Phlebotomist", "Redrock Clinical Labs")


def test_a_careers_home_counting_its_open_roles_is_a_company_page() -> None:
    html = page(
        "<title>Careers at Tarnwell | Join us</title>",
        "<main><section class='hero'><h1>Make work you are proud of</h1><p>We build scheduling software for"
        " 9,000 clinics. We are 120 people in Cardiff and Bristol.</p><a href='/careers/jobs'>See our 9 open"
        " roles</a></section><section><h2>Our teams</h2><p>Engineering, support and sales work in small"
        " squads; you will find experience, skills and a friendly team here.</p></section></main>",
    )
    assert rejection(html, "https://www.tarnwell.example/careers") == "company-page"


def test_a_japanese_heading_without_its_catch_phrases_and_remote_allowed_is_hybrid() -> None:
    html = page(
        "<title>株式会社あおば技研｜組込みソフトウェアエンジニア｜転職ナビ</title>",
        "<h1>組込みソフトウェアエンジニア／完全週休2日／残業月10時間</h1>"
        "<ul class='tags'><li>リモートワーク可</li></ul><table><tr><th>仕事内容</th><td>"
        "車載機器の組込みソフトウェア開発をお任せします。C言語の経験がある方を歓迎します。</td></tr>"
        "<tr><th>勤務地</th><td>"
        "神奈川県横浜市西区</td></tr><tr><th>給与</th><td>月給30万円～45万円</td></tr></table>",
    )
    raw = extract_posting(html, "https://tenshoku.navi.example.jp/jobinfo-7781-1/")
    assert raw.title == "組込みソフトウェアエンジニア"
    assert parse_remote("※リモートワーク可（週1～2日出社）").value == RemoteMode.HYBRID
    assert parse_remote("リモートワーク可").value == RemoteMode.HYBRID
