# ruff: noqa: E501, RUF001  (page text: long lines and the typographic dashes real pages carry)
"""Write ``samples/shapes18/pages/*.html`` and ``labels.json`` from the hand-written pages below.

Postings on job boards, each in the way that board lays out a job (its header fields, fact lists, JSON-LD
where the board ships one), beside the board's own name, promoted and similar jobs and salary guides. Each
page is written out here beside its label (what a careful reader takes from the rendered page); the consent
banners, trackers, navigation and footers are shared pieces filled per board. Standard library only; the
output is byte-identical on every run:

    .venv/bin/python samples/shapes18/build.py
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

GTM = (
    '<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({"gtm.start":new Date().getTime(),event:"gtm.js"});'
    "var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src="
    '"https://www.googletagmanager.com/gtm.js?id="+i;f.parentNode.insertBefore(j,f);})'
    '(window,document,"script","dataLayer","GTM-{id}");</script>'
)
HOTJAR = (
    "<script>(function(h,o,t,j,a,r){h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};"
    "h._hjSettings={hjid:{id},hjsv:6};a=o.getElementsByTagName('head')[0];r=o.createElement('script');"
    "r.async=1;r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;a.appendChild(r);})"
    "(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');</script>"
)

COOKIES = {
    "en": (
        "We use cookies to make this site work, to remember your choices and to measure how it is used. "
        "Optional cookies are only set if you accept them.",
        "Accept all",
        "Reject optional",
        "Cookie settings",
    ),
    "de": (
        "Wir verwenden Cookies, um unsere Website zu betreiben und sie stetig zu verbessern. Optionale Cookies "
        "setzen wir nur mit Ihrer Einwilligung.",
        "Alle akzeptieren",
        "Nur notwendige",
        "Einstellungen",
    ),
    "fr": (
        "Nous utilisons des cookies pour assurer le bon fonctionnement du site et mesurer son audience. Vous "
        "pouvez accepter ou refuser les cookies non essentiels.",
        "Tout accepter",
        "Tout refuser",
        "Personnaliser",
    ),
    "es": (
        "Utilizamos cookies propias y de terceros para el funcionamiento del sitio y para analizar su uso. "
        "Puedes aceptarlas o configurarlas.",
        "Aceptar todas",
        "Rechazar",
        "Configurar",
    ),
    "nl": (
        "Wij gebruiken cookies om deze website goed te laten werken en om het gebruik te analyseren. "
        "Analytische cookies plaatsen we alleen met jouw toestemming.",
        "Alles accepteren",
        "Weigeren",
        "Voorkeuren",
    ),
    "it": (
        "Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione di terze parti.",
        "Accetta tutti",
        "Rifiuta",
        "Personalizza",
    ),
    "pl": (
        "Używamy plików cookie, aby strona działała poprawnie, oraz w celach analitycznych. Możesz zmienić "
        "ustawienia w każdej chwili.",
        "Akceptuję wszystkie",
        "Odrzuć",
        "Ustawienia",
    ),
    "pt": (
        "Utilizamos cookies para garantir o funcionamento do site e analisar o tráfego. Pode aceitar ou "
        "recusar os cookies opcionais.",
        "Aceitar todos",
        "Recusar",
        "Preferências",
    ),
    "da": (
        "Vi bruger cookies til at få hjemmesiden til at fungere og til statistik. Du kan til enhver tid "
        "trække dit samtykke tilbage.",
        "Tillad alle",
        "Kun nødvendige",
        "Indstillinger",
    ),
    "sv": (
        "Vi använder kakor för att webbplatsen ska fungera och för att förstå hur den används.",
        "Godkänn alla",
        "Endast nödvändiga",
        "Inställningar",
    ),
}


def cookie_banner(lang: str, style: str = "plain") -> str:
    """A consent banner in the page's language: a plain one, Cookiebot's or OneTrust's markup."""
    text, accept, reject, settings = COOKIES[lang]
    if style == "cookiebot":
        return (
            '<div id="CybotCookiebotDialog" role="dialog" class="CybotCookiebotDialogActive">'
            f'<div id="CybotCookiebotDialogBodyContentText"><p>{text}</p></div>'
            f'<button id="CybotCookiebotDialogBodyButtonDecline">{reject}</button>'
            f'<button id="CybotCookiebotDialogBodyLevelButtonCustomize">{settings}</button>'
            f'<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">{accept}</button></div>'
        )
    if style == "onetrust":
        return (
            '<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region">'
            f'<div id="onetrust-policy"><p id="onetrust-policy-text">{text} <a href="/privacy">Privacy</a></p></div>'
            f'<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">{settings}</button>'
            f'<button id="onetrust-reject-all-handler">{reject}</button>'
            f'<button id="onetrust-accept-btn-handler">{accept}</button></div></div></div>'
        )
    return (
        f'<div class="cookie-notice" id="cookie-notice" role="dialog" aria-live="polite"><p>{text}</p>'
        f'<button class="cn-accept">{accept}</button><button class="cn-reject">{reject}</button>'
        f'<a href="/cookies" class="cn-more">{settings}</a></div>'
    )


def head(lang: str, title: str, site: str, extra: str = "", generator: str = "") -> str:
    gen = f'<meta name="generator" content="{generator}">\n' if generator else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n{gen}"
        f'<meta property="og:title" content="{title}">\n<meta property="og:site_name" content="{site}">\n'
        '<meta property="og:type" content="website">\n'
        f'<link rel="icon" href="/favicon.ico">\n{extra}</head>\n'
    )


def nav(items: list[str], logo_alt: str, logo: str = "/img/logo.svg") -> str:
    links = "".join(f'<li><a href="/{i.lower().replace(" ", "-")}">{i}</a></li>' for i in items)
    return (
        f'<header class="site-header"><a class="site-logo" href="/"><img src="{logo}" alt="{logo_alt}"></a>'
        f'<nav class="primary-nav" aria-label="Main"><ul>{links}</ul></nav></header>\n'
    )


def footer(lines: list[str], links: list[str]) -> str:
    body = "".join(f"<p>{line}</p>" for line in lines)
    nav_links = "".join(f'<a href="#">{link}</a> ' for link in links)
    return f'<footer class="site-footer">{body}<div class="footer-links">{nav_links}</div></footer>\n'


def related(heading: str, jobs: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<li class="related-job"><a href="/jobs/{n}">{t}</a> <span class="meta">{m}</span></li>'
        for n, (t, m) in enumerate(jobs, start=101)
    )
    return f'<aside class="related-jobs"><h3>{heading}</h3><ul>{items}</ul></aside>\n'


def apply_form(heading: str, fields: list[tuple[str, str]], button: str) -> str:
    inputs = "".join(
        f'<label>{label}<input type="text" name="f{n}" placeholder="{ph}"></label>'
        for n, (label, ph) in enumerate(fields)
    )
    return (
        f'<section class="apply" id="apply"><h2>{heading}</h2><form action="/apply" method="post">{inputs}'
        f'<label>CV<input type="file" name="cv"></label><button type="submit">{button}</button></form></section>\n'
    )


def jsonld(data: dict[str, Any]) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'


PAGES: list[dict[str, Any]] = []


def add(label: dict[str, Any], html: str) -> None:
    """One page and its label (the shared fields filled in)."""
    name = label["file"]
    full = {
        "file": f"pages/{name}.html",
        "url": label["url"],
        "source": label["url"].split("/")[2],
        "shape": label["shape"],
        "company": label["company"],
        "title": label["title"],
        "cluster": name,
        "duplicate_kind": None,
        "spam": False,
        "broken": None,
        "expect": "published",
        "salary": label.get("salary"),
        "location": label.get("location"),
        "remote": label.get("remote"),
        "employment_type": label.get("employment_type"),
    }
    PAGES.append({"label": full, "html": html})


def pay(lo: float, hi: float, cur: str, period: str) -> dict[str, Any]:
    return {"min": lo, "max": hi, "currency": cur, "period": period}


def loc(city: str | None, country: str) -> dict[str, Any]:
    return {"city": city, "country_code": country}


def not_a_job(label: dict[str, Any], html: str) -> None:
    """A board page that is not a posting (a search result list, a company profile)."""
    name = label["file"]
    full = {
        "file": f"pages/{name}.html",
        "url": label["url"],
        "source": label["url"].split("/")[2],
        "shape": label["shape"],
        "company": None,
        "title": None,
        "cluster": name,
        "duplicate_kind": None,
        "spam": False,
        "broken": "not a job page",
        "expect": "dead_letter",
        "reason": label["reason"],
        "salary": None,
        "location": None,
        "remote": None,
    }
    PAGES.append({"label": full, "html": html})


def board_footer(board: str, year: str, links: list[str]) -> str:
    """A board's footer: its own name in the copyright line, never the employer."""
    return footer([f"© {year} {board}. All rights reserved."], links)


# --- Jobindex (DK): no JSON-LD, the employer under the title, postal code before the town ---------------------

add(
    {
        "file": "jobindex-postnummer-aarhus-dk",
        "url": "https://www.jobindex.dk/vis-job/r13204117",
        "shape": "board-jobindex",
        "company": "Fjordlys Logistik A/S",
        "title": "Lagermedarbejder til aftenhold",
        "salary": None,
        "location": loc("Aarhus", "DK"),
        "remote": None,
        "employment_type": "full_time",
    },
    head("da", "Lagermedarbejder til aftenhold - Fjordlys Logistik A/S - Jobindex", "Jobindex")
    + "<body>\n"
    + cookie_banner("da", "cookiebot")
    + '<header class="jix-header"><a class="jix-header__logo" href="/"><img src="/img/jobindex-logo.svg" alt="Jobindex"></a>'
    '<nav class="jix-header__nav"><a href="/jobsoegning">Find job</a><a href="/cv">Mit CV</a>'
    '<a href="/virksomheder">Virksomheder</a><a href="/login">Log ind</a></nav></header>\n'
    '<main class="jix-main"><div class="jobad-wrapper"><div class="jix_robotjob-inner">'
    '<div class="jobad-header"><img class="jobad-logo" src="/logos/fjordlys.png" alt="Fjordlys Logistik A/S">'
    '<h1 class="jobad-title">Lagermedarbejder til aftenhold</h1>'
    '<div class="jobad-company"><a href="/virksomhed/28841/fjordlys-logistik-as">Fjordlys Logistik A/S</a></div>'
    '<div class="jobad-location"><span class="jix_robotjob--area">8200 Aarhus N</span></div></div>'
    '<div class="jobad-body">'
    "<p>Fjordlys Logistik A/S håndterer lager og distribution for 40 webshops fra vores centrallager i Aarhus N. "
    "Vi søger nu en lagermedarbejder til vores aftenhold.</p>"
    "<h3>Dine opgaver</h3><ul><li>Pluk og pak af ordrer med håndscanner</li><li>Varemodtagelse og opfyldning</li>"
    "<li>Kørsel med truck og stabler</li></ul>"
    "<h3>Vi forventer</h3><ul><li>Truckcertifikat B</li><li>Gode danskkundskaber eller engelsk</li></ul>"
    "<h3>Vi tilbyder</h3><p>En fast stilling på fuldtid, 37 timer om ugen, mandag til torsdag kl. 15.00–01.00. "
    "Løn efter overenskomst med aftentillæg.</p>"
    "<p>Kontakt lagerchef Bjarke Vestergaard på 86 12 40 77.</p></div>"
    '<div class="jobad-meta"><p>Indrykket: 30-11-2026</p><p>Ansøgningsfrist: 04-01-2027</p>'
    '<a class="btn btn-primary" href="/c?t=h1327">Søg jobbet</a></div></div></div>'
    '<aside class="jix-similar"><h2>Lignende job</h2><ul>'
    '<li><a href="/vis-job/r13199002">Truckfører, natholdet</a> <span>Hinnerup Fragt ApS · 8382 Hinnerup</span></li>'
    '<li><a href="/vis-job/r13201415">Lagerassistent, deltid</a> <span>Kasket Kompagniet · 8000 Aarhus C</span></li>'
    "</ul></aside></main>\n"
    + board_footer("Jobindex A/S", "2026", ["Om Jobindex", "Privatlivspolitik", "Cookies"])
    + "</body></html>\n",
)

# --- StepStone (DE): JSON-LD with three addresses, data-at header, a Gehaltsschätzung widget -----------------

STEPSTONE_LD = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    "title": "Steuerfachangestellte:r (m/w/d)",
    "datePosted": "2026-11-27",
    "validThrough": "2027-01-26",
    "employmentType": "FULL_TIME",
    "hiringOrganization": {
        "@type": "Organization",
        "name": "Kanzlei Overbeck & Partner mbB",
        "logo": "https://www.stepstone.de/upload_de/logo/overbeck.png",
    },
    "jobLocation": [
        {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "addressLocality": "Hamburg",
                "postalCode": "20095",
                "addressCountry": "DE",
            },
        },
        {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "addressLocality": "Bremen",
                "postalCode": "28195",
                "addressCountry": "DE",
            },
        },
        {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "addressLocality": "Hannover",
                "postalCode": "30159",
                "addressCountry": "DE",
            },
        },
    ],
    "description": "<p>Wir sind eine Steuerberatungskanzlei mit drei Standorten in Norddeutschland.</p><p>Ihre Aufgaben: Finanzbuchhaltung und Jahresabschlüsse mit DATEV, Lohnbuchhaltung.</p>",
}

add(
    {
        "file": "stepstone-drei-orte-gehaltsschaetzung-de",
        "url": "https://www.stepstone.de/stellenangebote--Steuerfachangestellte-r-m-w-d-Hamburg-Bremen-Hannover-Kanzlei-Overbeck-Partner-mbB--11983352-inline.html",
        "shape": "board-stepstone",
        "company": "Kanzlei Overbeck & Partner mbB",
        "title": "Steuerfachangestellte:r (m/w/d)",
        "salary": None,
        "location": loc("Hamburg", "DE"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head(
        "de",
        "Steuerfachangestellte:r (m/w/d) - Kanzlei Overbeck &amp; Partner mbB - StepStone",
        "StepStone",
        jsonld(STEPSTONE_LD),
    )
    + "<body>\n"
    + cookie_banner("de", "onetrust")
    + '<header data-genesis-element="BASE"><a href="/" aria-label="StepStone"><img src="/img/stepstone-logo.svg" alt="StepStone"></a>'
    '<nav><a href="/jobs">Jobs</a><a href="/gehalt">Gehalt</a><a href="/karriere-bewerbungstipps">Ratgeber</a><a href="/login">Anmelden</a></nav></header>\n'
    '<main><div data-at="job-ad-header"><div data-at="header-company-logo"><img src="/upload_de/logo/overbeck.png" alt="Kanzlei Overbeck &amp; Partner mbB Logo"></div>'
    '<h1 data-at="header-job-title"><span>Steuerfachangestellte:r (m/w/d)</span></h1>'
    '<ul data-at="job-ad-metadata">'
    '<li data-at="metadata-company-name"><a href="/cmp/de/Kanzlei-Overbeck-Partner-mbB-318842/jobs">Kanzlei Overbeck &amp; Partner mbB</a></li>'
    '<li data-at="metadata-location"><span>Hamburg, Bremen, Hannover</span></li>'
    '<li data-at="metadata-contract-type"><span>Feste Anstellung</span></li>'
    '<li data-at="metadata-work-type"><span>Vollzeit, Homeoffice möglich</span></li>'
    '<li data-at="metadata-online-date"><span>Erschienen: vor 1 Woche</span></li></ul></div>'
    '<div data-at="salary-estimate"><h3>Gehaltsschätzung</h3><p>Für diesen Job schätzen wir: 44.500 € – 54.000 € pro Jahr</p>'
    '<p class="hint">Die Schätzung basiert auf Gehaltsdaten vergleichbarer Positionen.</p></div>'
    '<div data-at="job-ad-content"><section data-at="section-text-introduction-content"><p>Wir sind eine Steuerberatungskanzlei mit drei Standorten in Norddeutschland und betreuen mittelständische Mandanten.</p></section>'
    '<section data-at="section-text-description-content"><h4>Ihre Aufgaben</h4><ul><li>Finanzbuchhaltung und Jahresabschlüsse mit DATEV</li><li>Lohnbuchhaltung für Mandanten aus dem Handwerk</li><li>Vorbereitung von Steuererklärungen</li></ul></section>'
    '<section data-at="section-text-profile-content"><h4>Ihr Profil</h4><ul><li>Abgeschlossene Ausbildung als Steuerfachangestellte:r</li><li>Sicherer Umgang mit DATEV</li></ul></section>'
    '<section data-at="section-text-weoffer-content"><h4>Wir bieten</h4><ul><li>Unbefristete Festanstellung in Vollzeit</li><li>Homeoffice an bis zu zwei Tagen pro Woche</li><li>Fortbildung zum Steuerfachwirt</li></ul></section></div>'
    '<aside data-at="similar-jobs"><h3>Ähnliche Jobs</h3><ul><li><a href="/stellenangebote--Buchhalter-in-Hamburg--11990021.html">Buchhalter:in (m/w/d)</a> · Hamburg · 100 % Homeoffice</li>'
    '<li><a href="/stellenangebote--Lohnbuchhalter-in-Bremen--11987410.html">Lohnbuchhalter:in</a> · Bremen · Teilzeit</li></ul></aside></main>\n'
    + board_footer("StepStone Deutschland GmbH", "1996–2026", ["Impressum", "Datenschutz", "AGB"])
    + "</body></html>\n",
)

# --- jobs.ch (CH): JSON-LD, data-cy facts, a board salary estimate that is not the pay -----------------------

JOBSCH_LD = {
    "@context": "https://schema.org/",
    "@type": "JobPosting",
    "title": "Elektroinstallateur EFZ 100%",
    "datePosted": "2026-11-25T08:14:00+01:00",
    "employmentType": ["FULL_TIME"],
    "hiringOrganization": {
        "@type": "Organization",
        "name": "Limmatstrom Elektro AG",
        "sameAs": "https://www.limmatstrom.ch",
    },
    "jobLocation": {
        "@type": "Place",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "Hardstrasse 219",
            "postalCode": "8005",
            "addressLocality": "Zürich",
            "addressRegion": "ZH",
            "addressCountry": "CH",
        },
    },
    "description": "&lt;p&gt;Die Limmatstrom Elektro AG ist ein Familienunternehmen mit 45 Mitarbeitenden.&lt;/p&gt;&lt;p&gt;Sie erstellen Elektroinstallationen in Neu- und Umbauten.&lt;/p&gt;",
    "industry": "Bau / Installation",
}

add(
    {
        "file": "jobsch-jsonld-lohnschaetzung-zuerich-ch",
        "url": "https://www.jobs.ch/de/stellenangebote/detail/5b2e1c7a-31f4-4e0e-9d0b-2c6f13d0a8e1/",
        "shape": "board-jobsch",
        "company": "Limmatstrom Elektro AG",
        "title": "Elektroinstallateur EFZ 100%",
        "salary": None,
        "location": loc("Zürich", "CH"),
        "remote": None,
        "employment_type": "full_time",
    },
    head(
        "de-CH",
        "Elektroinstallateur EFZ 100% - Limmatstrom Elektro AG - jobs.ch",
        "jobs.ch",
        jsonld(JOBSCH_LD),
    )
    + "<body>\n"
    + cookie_banner("de")
    + '<header data-cy="header"><a href="/de/" data-cy="logo"><img src="/static/jobs-ch-logo.svg" alt="jobs.ch"></a>'
    '<nav><a href="/de/stellenangebote/">Jobs</a><a href="/de/firmen/">Firmen</a><a href="/de/lohn/">Lohnrechner</a></nav></header>\n'
    '<main><div data-cy="vacancy-header"><h1 data-cy="vacancy-title">Elektroinstallateur EFZ 100%</h1>'
    '<a data-cy="company-link" href="/de/firmen/limmatstrom-elektro-ag/">Limmatstrom Elektro AG</a></div>'
    '<ul data-cy="vacancy-info">'
    '<li data-cy="info-publication"><span>Veröffentlicht:</span> <span>25 November 2026</span></li>'
    '<li data-cy="info-workload"><span>Pensum:</span> <span>100%</span></li>'
    '<li data-cy="info-contract"><span>Vertragsart:</span> <span>Festanstellung</span></li>'
    '<li data-cy="info-location"><span>Arbeitsort:</span> <a href="#map">Hardstrasse 219, 8005 Zürich</a></li></ul>'
    "<div data-cy=\"salary-estimate\"><h3>Lohneinschätzung von jobs.ch</h3><p>CHF 72'000 – 86'000 / Jahr</p><p>Basierend auf 312 Lohnangaben für ähnliche Stellen in der Region Zürich.</p></div>"
    '<div data-cy="vacancy-description"><p>Die Limmatstrom Elektro AG ist ein Familienunternehmen mit 45 Mitarbeitenden im Kreis 5.</p>'
    "<p><strong>Ihre Aufgaben</strong></p><ul><li>Elektroinstallationen in Neu- und Umbauten</li><li>Service- und Reparaturarbeiten bei unseren Kunden</li></ul>"
    "<p><strong>Ihr Profil</strong></p><ul><li>Abgeschlossene Lehre als Elektroinstallateur EFZ</li><li>Führerausweis Kat. B</li></ul>"
    "<p>Wir bieten ein Geschäftsfahrzeug, 5 Wochen Ferien und eine moderne Werkstatt.</p>"
    "<p>Frau Nadja Brunner, HR, freut sich auf Ihre Bewerbung.</p></div>"
    '<a data-cy="apply-button" href="/de/stellenangebote/detail/5b2e1c7a/apply/">Jetzt bewerben</a>'
    '<aside data-cy="similar-vacancies"><h3>Ähnliche Stellen</h3><ul><li><a href="/de/stellenangebote/detail/a1/">Servicetechniker 80-100%</a> Winterthur</li>'
    '<li><a href="/de/stellenangebote/detail/a2/">Montage-Elektriker (temporär)</a> Dietikon</li></ul></aside></main>\n'
    + board_footer("JobCloud AG", "2026", ["Impressum", "Datenschutz", "AGB"])
    + "</body></html>\n",
)

# --- InfoJobs (ES): no JSON-LD, id-named header fields, "Bruto/año" -----------------------------------------

add(
    {
        "file": "infojobs-bruto-ano-hibrido-alcobendas-es",
        "url": "https://www.infojobs.net/alcobendas/tecnico-soporte-it/of-i4c2e8a1f0b4d2f9e1b7a6c3d5e8f0a12",
        "shape": "board-infojobs",
        "company": "Tajo Sistemas Informáticos S.L.",
        "title": "Técnico/a de soporte IT",
        "salary": pay(24000, 27000, "EUR", "year"),
        "location": loc("Alcobendas", "ES"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head("es", "Oferta de trabajo Técnico/a de soporte IT en Alcobendas - InfoJobs", "InfoJobs")
    + "<body>\n"
    + cookie_banner("es", "onetrust")
    + '<header class="ij-Header"><a class="ij-Header-logo" href="/"><img src="/img/infojobs-logo.svg" alt="InfoJobs"></a>'
    '<nav><a href="/ofertas-trabajo">Buscar ofertas</a><a href="/candidato">Mi CV</a><a href="https://empresas.infojobs.net">Empresas</a></nav></header>\n'
    '<main class="ij-Container"><div class="ij-OfferDetailHeader">'
    '<h1 id="prefijoPuesto" class="ij-Heading-title1">Técnico/a de soporte IT</h1>'
    '<a id="prefijoEmpresa" class="ij-Link" href="/tajo-sistemas-informaticos/em-i9b1c">Tajo Sistemas Informáticos S.L.</a>'
    '<span class="ij-OfferDetailHeader-companyRating">4,1 ★ (23 valoraciones)</span>'
    '<ul class="ij-OfferDetailHeader-detailsList">'
    '<li><span id="prefijoPoblacion">Alcobendas</span>, <span id="prefijoProvincia">Madrid</span>, España</li>'
    "<li>Híbrido</li><li>Publicada hace 3d</li>"
    "<li>Salario: 24.000€ - 27.000€ Bruto/año</li>"
    "<li>Experiencia mínima: Al menos 1 año</li>"
    "<li>Tipo de contrato: Indefinido | Jornada completa</li></ul>"
    '<a class="ij-Button ij-Button-primary" href="#apply">Inscribirme en esta oferta</a></div>'
    '<div class="ij-Box"><h2>Requisitos</h2><p>Estudios mínimos: Ciclo Formativo Grado Superior</p>'
    "<p>Conocimientos necesarios: Windows, Active Directory, Microsoft 365, redes</p>"
    "<h2>Descripción</h2><p>En Tajo Sistemas Informáticos damos soporte a 60 pymes de la zona norte de Madrid. "
    "Buscamos un/a técnico/a para nuestro servicio de atención a usuarios.</p>"
    "<ul><li>Resolución de incidencias por teléfono y en remoto</li><li>Altas de usuarios en Microsoft 365</li>"
    "<li>Desplazamientos puntuales a clientes</li></ul>"
    "<p>Trabajarás tres días en nuestra oficina de Alcobendas y dos desde casa.</p></div>"
    '<aside class="ij-SimilarOffers"><h3>Ofertas similares</h3><ul><li><a href="/madrid/helpdesk/of-1">Helpdesk N1 inglés</a> Madrid · Teletrabajo total · 22.000€ - 24.000€ Bruto/año</li>'
    '<li><a href="/san-sebastian-de-los-reyes/tecnico-sistemas/of-2">Técnico de sistemas</a> San Sebastián de los Reyes · Presencial</li></ul></aside></main>\n'
    + board_footer("InfoJobs", "2026", ["Aviso legal", "Privacidad", "Cookies"])
    + "</body></html>\n",
)

# --- Pracuj.pl (PL): data-test badges, two contract forms with their ranges --------------------------------

add(
    {
        "file": "pracuj-dwie-formy-umowy-warszawa-pl",
        "url": "https://www.pracuj.pl/praca/specjalista-ds-rozliczen-plac-warszawa-mokotow,oferta,1003841276",
        "shape": "board-pracuj",
        "company": "Wisła Kadry i Płace sp. z o.o.",
        "title": "Specjalista ds. rozliczeń płac",
        "salary": pay(9000, 12000, "PLN", "month"),
        "location": loc("Warszawa", "PL"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head(
        "pl",
        "Oferta pracy Specjalista ds. rozliczeń płac, Wisła Kadry i Płace sp. z o.o., Warszawa - Pracuj.pl",
        "Pracuj.pl",
    )
    + "<body>\n"
    + cookie_banner("pl")
    + '<header data-test="section-header"><a href="/" data-test="link-logo"><img src="/img/pracuj-logo.svg" alt="Pracuj.pl"></a>'
    '<nav><a href="/praca">Oferty pracy</a><a href="/pracodawcy">Pracodawcy</a><a href="/zarobki">Zarobki</a></nav></header>\n'
    '<main><div data-test="section-offerHeader"><h1 data-test="text-positionName">Specjalista ds. rozliczeń płac</h1>'
    '<h2 data-test="text-employerName">Wisła Kadry i Płace sp. z o.o.<a href="/pracodawcy/wisla-kadry">O firmie</a></h2>'
    '<div data-test="section-salary"><div data-test="text-earningAmount">9 000–12 000 zł</div><div data-test="text-earningAmountValueUnit">brutto / mies.</div><div>(zal. od umowy) umowa o pracę</div>'
    '<div data-test="text-earningAmount">60–80 zł</div><div data-test="text-earningAmountValueUnit">netto (+ VAT) / godz.</div><div>kontrakt B2B</div></div>'
    '<ul data-test="sections-benefit-list">'
    '<li data-test="sections-benefit-workplaces"><div data-test="offer-badge-title">Puławska 145, Mokotów, Warszawa</div><div data-test="offer-badge-description">Warszawa, mazowieckie</div></li>'
    '<li data-test="sections-benefit-expiration"><div data-test="offer-badge-title">ważna jeszcze 24 dni</div><div>do: 28 gru 2026</div></li>'
    '<li data-test="sections-benefit-contracts"><div data-test="offer-badge-title">umowa o pracę, kontrakt B2B</div></li>'
    '<li data-test="sections-benefit-work-schedule"><div data-test="offer-badge-title">pełny etat</div></li>'
    '<li data-test="sections-benefit-employment-type-name"><div data-test="offer-badge-title">specjalista (Mid / Regular)</div></li>'
    '<li data-test="sections-benefit-work-modes"><div data-test="offer-badge-title">praca hybrydowa</div></li></ul></div>'
    '<section data-test="section-responsibilities"><h2>Twój zakres obowiązków</h2><ul><li>naliczanie wynagrodzeń dla 800 pracowników klientów</li><li>rozliczenia z ZUS i US</li><li>sporządzanie deklaracji PIT-11 i PIT-4R</li></ul></section>'
    '<section data-test="section-requirements"><h2>Nasze wymagania</h2><ul><li>min. 3 lata doświadczenia w kadrach i płacach</li><li>znajomość programu Symfonia</li></ul></section>'
    '<section data-test="section-work-organization"><h2>Tak organizujemy naszą pracę</h2><p>2 dni w tygodniu pracujesz z biura na Mokotowie, pozostałe zdalnie.</p></section>'
    '<section data-test="section-similar-offers"><h3>Podobne oferty</h3><ul><li><a href="/praca/ksiegowa,oferta,1003840011">Księgowa</a> · Warszawa · praca zdalna · 7 500–9 000 zł brutto / mies.</li></ul></section></main>\n'
    + board_footer("Grupa Pracuj S.A.", "2026", ["Regulamin", "Polityka prywatności"])
    + "</body></html>\n",
)

# --- Reed (UK): data-qa labels, "per annum", a salary guide for the same title --------------------------------

add(
    {
        "file": "reed-per-annum-salary-guide-leeds-uk",
        "url": "https://www.reed.co.uk/jobs/payroll-administrator/51882307",
        "shape": "board-reed",
        "company": "Brindley Marsh Accountancy Ltd",
        "title": "Payroll Administrator",
        "salary": pay(28000, 32000, "GBP", "year"),
        "location": loc("Leeds", "GB"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head("en-GB", "Payroll Administrator job in Leeds - reed.co.uk", "reed.co.uk")
    + "<body>\n"
    + cookie_banner("en", "onetrust")
    + nav(["Jobs", "Courses", "Career advice", "Recruiters", "Sign in"], "reed.co.uk")
    + '<main class="job-details"><header class="job-header"><h1 data-qa="job-title">Payroll Administrator</h1>'
    '<div class="posted-by" data-qa="job-posted-by">Posted 2 December by <a href="/jobs/brindley-marsh-accountancy-ltd/p88410"><span data-qa="recruiter-name">Brindley Marsh Accountancy Ltd</span></a></div>'
    '<a class="easy-apply" href="#apply">Easy Apply</a></header>'
    '<ul class="job-header-meta">'
    '<li class="salary" data-qa="salaryLbl"><i class="icon-salary"></i>£28,000 - £32,000 per annum</li>'
    '<li class="location"><i class="icon-location"></i><span data-qa="localityLbl">Leeds</span>, <span data-qa="regionLbl">West Yorkshire</span></li>'
    '<li class="time" data-qa="jobTypeMobileLbl"><i class="icon-time"></i>Permanent, full-time</li>'
    '<li class="remote" data-qa="remoteWorkingLbl"><i class="icon-home"></i>Hybrid working</li></ul>'
    '<div class="description" data-qa="job-description" itemprop="description">'
    "<p>Brindley Marsh is an independent firm of chartered accountants running payroll for 140 clients across "
    "Yorkshire. We are growing our payroll bureau and need an experienced administrator.</p>"
    "<p><strong>Responsibilities</strong></p><ul><li>Weekly and monthly payrolls on Sage and BrightPay</li>"
    "<li>RTI submissions, auto-enrolment and P11D</li><li>Answering client and employee queries</li></ul>"
    "<p><strong>Requirements</strong></p><ul><li>Two years in a bureau or in-house payroll</li><li>CIPP qualification desirable</li></ul>"
    "<p>Hybrid working: three days in our Wellington Place office and two at home. 25 days' holiday plus bank holidays.</p></div>"
    '<section class="salary-guide" data-qa="salary-guide"><h3>Payroll Administrator salaries in Leeds</h3>'
    "<p>Average salary <strong>£26,480</strong> per annum, based on 212 jobs advertised on reed.co.uk in the last 12 months.</p>"
    '<a href="/average-salary/payroll-administrator-salary-in-leeds">See the salary guide</a></section>'
    '<aside class="similar-jobs"><h3>Similar jobs</h3><ul>'
    '<li><a href="/jobs/payroll-officer/51880016">Payroll Officer</a> <span>£30,000 - £34,000 per annum · Bradford · Permanent</span></li>'
    '<li><a href="/jobs/payroll-assistant/51874220">Payroll Assistant</a> <span>£12.50 per hour · Wakefield · Temporary</span></li></ul></aside></main>\n'
    + board_footer("Reed.co.uk", "2026", ["Privacy", "Terms", "Cookies"])
    + "</body></html>\n",
)

# --- Totaljobs (UK): data-at header, a postcode district, an hourly temporary job ----------------------------

add(
    {
        "file": "totaljobs-postcode-district-per-hour-bristol-uk",
        "url": "https://www.totaljobs.com/job/warehouse-operative/hargreave-fulfilment-job104118822",
        "shape": "board-totaljobs",
        "company": "Hargreave Fulfilment Ltd",
        "title": "Warehouse Operative - Nights",
        "salary": pay(13.2, 14.6, "GBP", "hour"),
        "location": loc("Bristol", "GB"),
        "remote": None,
        "employment_type": "temporary",
    },
    head("en-GB", "Warehouse Operative - Nights job in Bristol (BS11) | Totaljobs", "Totaljobs")
    + "<body>\n"
    + cookie_banner("en")
    + '<header data-genesis-element="BASE"><a href="/" aria-label="Totaljobs"><img src="/img/totaljobs-logo.svg" alt="Totaljobs"></a>'
    '<nav><a href="/jobs">Find jobs</a><a href="/salary-checker">Salary checker</a><a href="/careers-advice">Careers advice</a><a href="/recruiters">Recruiters</a></nav></header>\n'
    '<main><div data-at="job-ad-header"><h1 data-at="header-job-title">Warehouse Operative - Nights</h1>'
    '<ul data-at="job-ad-metadata">'
    '<li data-at="metadata-company-name"><a href="/jobs/hargreave-fulfilment">Hargreave Fulfilment Ltd</a></li>'
    '<li data-at="metadata-location">Bristol (BS11)</li>'
    '<li data-at="metadata-salary">£13.20 - £14.60 per hour</li>'
    '<li data-at="metadata-work-type">Temporary, Full time</li>'
    '<li data-at="metadata-online-date">Posted 3 days ago</li></ul></div>'
    '<div data-at="job-ad-content"><p>Hargreave Fulfilment runs a 240,000 sq ft e-commerce warehouse at Avonmouth. '
    "We need night-shift operatives for our peak season, 1 December to 31 January.</p>"
    "<ul><li>Picking with handheld scanners</li><li>Packing and despatch</li><li>Loading trailers</li></ul>"
    "<p>Shifts are Sunday to Thursday, 22:00 to 06:00. Free parking on site and a staff shuttle from Temple Meads.</p>"
    "<p>Temporary assignment with the chance of a permanent role after peak.</p></div>"
    '<aside data-at="salary-checker"><h3>How much should you be earning?</h3><p>Warehouse operatives in Bristol earn £24,600 a year on average.</p><a href="/salary-checker">Check your salary</a></aside>'
    '<aside data-at="similar-jobs"><h3>Similar jobs</h3><ul><li><a href="/job/forklift-driver/job104117001">Forklift Driver</a> Avonmouth · £15.00 per hour · Permanent</li>'
    '<li><a href="/job/picker/job104116310">Picker Packer</a> Portishead · £12.21 per hour</li></ul></aside></main>\n'
    + board_footer("Totaljobs Group Ltd", "2026", ["Privacy", "Terms", "Cookies"])
    + "</body></html>\n",
)

# --- SEEK (NZ): data-automation, "$" on a New Zealand board, a work-arrangement line -------------------------

add(
    {
        "file": "seek-nz-dollars-per-hour-wellington-nz",
        "url": "https://www.seek.co.nz/job/80441927",
        "shape": "board-seek",
        "company": "Kōwhai Health Services",
        "title": "Service Desk Analyst",
        "salary": pay(38, 42, "NZD", "hour"),
        "location": loc("Wellington", "NZ"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head("en-NZ", "Service Desk Analyst Job in Wellington Central, Wellington - SEEK", "SEEK")
    + "<body>\n"
    + '<header data-automation="header"><a href="/" data-automation="seek-logo"><img src="/logo.svg" alt="SEEK"></a>'
    '<nav><a href="/">Job search</a><a href="/profile">Profile</a><a href="/career-advice">Career advice</a><a href="/companies">Company reviews</a></nav></header>\n'
    '<main><div data-automation="jobDetailsHeader"><h1 data-automation="job-detail-title">Service Desk Analyst</h1>'
    '<span data-automation="advertiser-name">Kōwhai Health Services</span>'
    '<span data-automation="job-detail-location"><a href="/jobs/in-Wellington-Central-Wellington">Wellington Central, Wellington</a></span>'
    '<span data-automation="job-detail-classifications">Help Desk &amp; IT Support (Information &amp; Communication Technology)</span>'
    '<span data-automation="job-detail-work-type">Full time</span>'
    '<span data-automation="job-detail-salary">$38 – $42 per hour</span>'
    '<span data-automation="job-detail-work-arrangements">Hybrid</span>'
    '<span data-automation="job-detail-date">Posted 5d ago</span></div>'
    '<div data-automation="jobAdDetails"><div>Kōwhai Health Services runs 14 community clinics across the lower North Island.<br><br>'
    "<strong>About the role</strong><br>You'll be the first point of contact for 600 staff: logging and resolving tickets in ServiceNow, "
    "setting up laptops and phones, and looking after Microsoft 365 accounts.<br><br>"
    "<strong>About you</strong><ul><li>A year or more on a service desk</li><li>ITIL Foundation is a plus</li></ul>"
    "Three days a week in our Lambton Quay office, two from home.</div></div>"
    '<section data-automation="company-profile"><h3>Kōwhai Health Services</h3><p>Community healthcare · 201-1,000 employees</p></section>'
    '<section data-automation="recommendedJobs"><h3>You may also be interested in</h3><ul><li><a href="/job/80440012">IT Support Technician</a> Lower Hutt · $65,000 – $72,000 per year</li>'
    '<li><a href="/job/80438874">Desktop Support</a> Porirua · Contract/Temp</li></ul></section></main>\n'
    + board_footer("SEEK Limited", "2026", ["Privacy", "Terms &amp; conditions", "Protect yourself online"])
    + "</body></html>\n",
)

# --- Naukri (IN): "Lacs P.A.", experience in years beside it, "Hybrid - Pune" ---------------------------------

add(
    {
        "file": "naukri-lacs-pa-hybrid-pune-in",
        "url": "https://www.naukri.com/job-listings-senior-qa-automation-engineer-sahyog-infotech-pune-5-to-8-years-021226004211",
        "shape": "board-naukri",
        "company": "Sahyog Infotech Pvt. Ltd.",
        "title": "Senior QA Automation Engineer",
        "salary": pay(1400000, 2000000, "INR", "year"),
        "location": loc("Pune", "IN"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head(
        "en-IN",
        "Senior QA Automation Engineer - Sahyog Infotech Pvt. Ltd. - 5 to 8 years of experience - Pune - Naukri.com",
        "Naukri.com",
    )
    + "<body>\n"
    + '<header class="nI-gNb-header"><a class="nI-gNb-header__logo" href="/"><img src="/images/naukri-logo.svg" alt="Naukri.com"></a>'
    '<nav><a href="/jobs">Jobs</a><a href="/companies">Companies</a><a href="/services">Services</a><a href="/nlogin/login">Login</a></nav></header>\n'
    '<main class="styles_jdc__content"><section class="styles_job-header-container__GGgOx">'
    '<h1 class="styles_jd-header-title__rZwM1" title="Senior QA Automation Engineer">Senior QA Automation Engineer</h1>'
    '<div class="styles_jd-header-comp-name__MvqAI"><a href="/sahyog-infotech-jobs-careers-112240" title="Sahyog Infotech Pvt. Ltd. Careers">Sahyog Infotech Pvt. Ltd.</a>'
    '<a class="styles_amb-rating__4UyFL" href="/sahyog-infotech-reviews"><span>3.9</span></a><span class="styles_amb-reviews__0J1e3">(412 Reviews)</span></div>'
    '<div class="styles_jhc__exp-salary-container__NXsVd">'
    '<div class="styles_jhc__exp__k_giM"><i class="ni-icon-bag"></i><span>5 - 8 Years</span></div>'
    '<div class="styles_jhc__salary__jdfEC"><i class="ni-icon-salary"></i><span>14-20 Lacs P.A.</span></div></div>'
    '<div class="styles_jhc__loc___Du2H"><i class="ni-icon-location"></i><span class="styles_jhc__location__W_pVs">Hybrid - <a href="/jobs-in-pune">Pune</a></span></div>'
    '<div class="styles_jhc__jd-stats__KrId0"><span>Posted: <span>2 days ago</span></span><span>Openings: <span>3</span></span><span>Applicants: <span>100+</span></span></div></section>'
    '<section class="styles_job-desc-container__txpYf"><h2>Job description</h2><div class="styles_JDC__dang-inner-html__h0K4t">'
    "<p>Sahyog Infotech builds core banking software for 30 co-operative banks.</p>"
    "<ul><li>Design and maintain Selenium and Playwright suites in Java</li><li>API tests with RestAssured and Postman</li><li>CI pipelines in Jenkins</li></ul>"
    "<p>Work mode: hybrid, three days a week at our Hinjewadi Phase 2 office.</p></div>"
    '<div class="styles_other-details__oEN4O">'
    '<div class="styles_details__Y424J"><label>Role: </label><span>Automation Test Engineer</span></div>'
    '<div class="styles_details__Y424J"><label>Industry Type: </label><span>IT Services &amp; Consulting</span></div>'
    '<div class="styles_details__Y424J"><label>Employment Type: </label><span>Full Time, Permanent</span></div>'
    '<div class="styles_details__Y424J"><label>Role Category: </label><span>Quality Assurance and Testing</span></div></div>'
    '<div class="styles_key-skill__GIPn_"><h3>Key Skills</h3><a>Selenium</a><a>Java</a><a>Playwright</a><a>API Testing</a></div></section>'
    '<section class="styles_jd-similar-jobs"><h3>Similar jobs</h3><ul><li><a href="/job-listings-qa-lead-pune">QA Lead</a> · 8-12 Yrs · 22-30 Lacs P.A. · Pune</li>'
    '<li><a href="/job-listings-sdet-bengaluru">SDET II</a> · 3-6 Yrs · Not disclosed · Bengaluru</li></ul></section></main>\n'
    + board_footer("Info Edge (India) Ltd.", "2026", ["About us", "Privacy policy", "Terms &amp; conditions"])
    + "</body></html>\n",
)

# --- JobStreet (MY): the SEEK platform on jobstreet.com, "RM ... per month" ------------------------------------

add(
    {
        "file": "jobstreet-rm-per-month-petaling-jaya-my",
        "url": "https://my.jobstreet.com/job/80452213",
        "shape": "board-jobstreet",
        "company": "Cempaka Medik Sdn Bhd",
        "title": "Account Executive (Full Set)",
        "salary": pay(4500, 6000, "MYR", "month"),
        "location": loc("Petaling Jaya", "MY"),
        "remote": None,
        "employment_type": "full_time",
    },
    head("en-MY", "Account Executive (Full Set) Job in Petaling Jaya, Selangor - Jobstreet", "Jobstreet")
    + "<body>\n"
    + '<header data-automation="header"><a href="/" data-automation="jobstreet-logo"><img src="/logo.svg" alt="Jobstreet"></a>'
    '<nav><a href="/">Job search</a><a href="/profile">Profile</a><a href="/career-advice">Career advice</a><a href="/companies">Explore companies</a></nav></header>\n'
    '<main><div data-automation="jobDetailsHeader"><h1 data-automation="job-detail-title">Account Executive (Full Set)</h1>'
    '<span data-automation="advertiser-name">Cempaka Medik Sdn Bhd</span>'
    '<span data-automation="job-detail-location"><a href="/jobs/in-Petaling-Jaya-Selangor">Petaling Jaya, Selangor</a></span>'
    '<span data-automation="job-detail-classifications">Accounts Officers/Clerks (Accounting)</span>'
    '<span data-automation="job-detail-work-type">Full time</span>'
    '<span data-automation="job-detail-salary">RM 4,500 – RM 6,000 per month</span>'
    '<span data-automation="job-detail-date">Posted 1d ago</span></div>'
    '<div data-automation="jobAdDetails"><div><p>Cempaka Medik distributes medical consumables to 300 clinics in the Klang Valley.</p>'
    "<p><strong>Job responsibilities</strong></p><ul><li>Handle full set of accounts up to finalisation</li><li>Monthly SST and payroll reconciliation</li><li>Liaise with auditors and tax agents</li></ul>"
    "<p><strong>Requirements</strong></p><ul><li>Degree in Accounting or ACCA</li><li>3 years of full-set experience, AutoCount</li></ul>"
    "<p>Working hours Monday to Friday, 8.30am to 5.30pm. EPF, SOCSO, medical and dental benefits.</p></div></div>"
    '<section data-automation="employer-questions"><h3>Employer questions</h3><ul><li>What\'s your expected monthly basic salary?</li><li>Which of the following types of qualifications do you have?</li></ul></section>'
    '<section data-automation="recommendedJobs"><h3>Similar jobs</h3><ul><li><a href="/job/80451101">Senior Accountant</a> Shah Alam · RM 6,500 – RM 8,000 per month</li>'
    '<li><a href="/job/80449320">Account Assistant</a> Subang Jaya · RM 2,800 – RM 3,300 per month</li></ul></section></main>\n'
    + board_footer("Jobstreet.com", "2026", ["Privacy", "Terms &amp; conditions", "Security &amp; Privacy"])
    + "</body></html>\n",
)

# --- Bayt (AE): JSON-LD with a monthly baseSalary, the board's logo and copyright ------------------------------

BAYT_LD = {
    "@context": "http://schema.org",
    "@type": "JobPosting",
    "title": "Senior HVAC Technician",
    "datePosted": "2026-11-29",
    "validThrough": "2027-01-28",
    "employmentType": "FULL_TIME",
    "hiringOrganization": {
        "@type": "Organization",
        "name": "Al Noor Facilities Management LLC",
        "sameAs": "https://www.bayt.com/en/company/al-noor-facilities-management-llc-2219841/",
    },
    "jobLocation": {
        "@type": "Place",
        "address": {
            "@type": "PostalAddress",
            "addressLocality": "Dubai",
            "addressRegion": "Dubai",
            "addressCountry": "AE",
        },
    },
    "baseSalary": {
        "@type": "MonetaryAmount",
        "currency": "AED",
        "value": {"@type": "QuantitativeValue", "minValue": 6500, "maxValue": 8000, "unitText": "MONTH"},
    },
    "description": "Maintain chilled-water and VRF systems across 12 commercial towers in Dubai.",
}

add(
    {
        "file": "bayt-jsonld-aed-month-dubai-ae",
        "url": "https://www.bayt.com/en/uae/jobs/senior-hvac-technician-71230988/",
        "shape": "board-bayt",
        "company": "Al Noor Facilities Management LLC",
        "title": "Senior HVAC Technician",
        "salary": pay(6500, 8000, "AED", "month"),
        "location": loc("Dubai", "AE"),
        "remote": None,
        "employment_type": "full_time",
    },
    head("en", "Senior HVAC Technician - Dubai, United Arab Emirates | Bayt.com", "Bayt.com", jsonld(BAYT_LD))
    + "<body>\n"
    + cookie_banner("en")
    + '<header class="header"><a class="logo" href="/en/uae/"><img src="/images/bayt-logo.svg" alt="Bayt.com"></a>'
    '<nav><a href="/en/uae/jobs/">Jobs</a><a href="/en/uae/cv/">CV</a><a href="/en/uae/companies/">Companies</a><a href="/en/uae/salaries/">Salaries</a></nav></header>\n'
    '<main class="l-main"><div class="card is-spaced" id="job_card"><h1 id="job_title" class="h3">Senior HVAC Technician</h1>'
    '<div class="toggle-head"><a class="is-black" href="/en/company/al-noor-facilities-management-llc-2219841/" data-automation-id="job-company-name">Al Noor Facilities Management LLC</a></div>'
    '<ul class="list is-basic t-small"><li><a href="/en/uae/jobs/jobs-in-dubai/">Dubai</a>, United Arab Emirates</li><li><span class="u-stretch">Posted 5 days ago</span></li></ul>'
    '<h2 class="h5">Job Description</h2><div class="t-break">'
    "<p>Al Noor Facilities Management maintains 12 commercial towers in Business Bay and Al Barsha.</p>"
    "<ul><li>Preventive and corrective maintenance of chillers, AHUs, FCUs and VRF systems</li><li>Supervise two technicians per shift</li><li>Report in CAFM</li></ul>"
    "<p>Requirements: diploma in mechanical engineering, 6 years of GCC experience, valid UAE driving licence.</p></div>"
    '<h2 class="h5">Job Details</h2><dl class="dlist is-spaced is-fitted t-small">'
    "<div><dt>Job Location</dt><dd>Dubai, United Arab Emirates</dd></div>"
    "<div><dt>Company Industry</dt><dd>Facilities Management</dd></div>"
    "<div><dt>Job Role</dt><dd>Engineering</dd></div>"
    "<div><dt>Employment Type</dt><dd>Full Time Employee</dd></div>"
    "<div><dt>Monthly Salary Range</dt><dd>AED 6,500 - 8,000</dd></div>"
    "<div><dt>Number of Vacancies</dt><dd>2</dd></div></dl></div>"
    '<aside class="card"><h3>Similar Jobs</h3><ul><li><a href="/en/uae/jobs/hvac-engineer-71229910/">HVAC Engineer</a> Abu Dhabi · AED 12,000 - 15,000</li><li><a href="/en/uae/jobs/mep-supervisor-71228104/">MEP Supervisor</a> Sharjah</li></ul></aside></main>\n'
    + board_footer("Bayt.com", "2000 - 2026", ["About Bayt.com", "Privacy Policy", "Terms of Use"])
    + "</body></html>\n",
)

# --- Computrabajo (MX): "(Mensual)", state after the town, the board in the <title> -------------------------

add(
    {
        "file": "computrabajo-mensual-monterrey-mx",
        "url": "https://mx.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-auxiliar-de-almacen-en-monterrey-6A1F93C2B4D0E5F7",
        "shape": "board-computrabajo",
        "company": "Distribuidora Regia del Norte S.A. de C.V.",
        "title": "Auxiliar de almacén",
        "salary": pay(11500, 11500, "MXN", "month"),
        "location": loc("Monterrey", "MX"),
        "remote": "onsite",
        "employment_type": "full_time",
    },
    head("es-MX", "Auxiliar de almacén - Monterrey, Nuevo León - Computrabajo", "Computrabajo")
    + "<body>\n"
    + cookie_banner("es")
    + '<header class="bWhite"><a class="logo" href="/"><img src="/img/computrabajo-logo.svg" alt="Computrabajo"></a>'
    '<nav><a href="/ofertas-de-trabajo/">Ofertas</a><a href="/empresas/">Empresas</a><a href="/salarios/">Salarios</a></nav></header>\n'
    '<main class="box_detail"><div class="container"><h1 class="fwB fs24 mb5 box_detail w100_m">Auxiliar de almacén</h1>'
    '<p class="fs16"><a class="dIB mr10" href="/distribuidora-regia-del-norte">Distribuidora Regia del Norte S.A. de C.V.</a> <span class="fwB">4,2 ★</span> - Monterrey, Nuevo León</p>'
    '<div class="mbB"><span class="tag base mb10">$ 11,500.00 (Mensual)</span> <span class="tag base mb10">Tiempo Completo</span> '
    '<span class="tag base mb10">Contrato por tiempo indeterminado</span> <span class="tag base mb10">Presencial</span></div>'
    '<div class="mb40 pb40 bb1" div-link="oferta"><h3 class="fs16 fwB mb10">Descripción de la oferta</h3>'
    "<p>Importante distribuidora de abarrotes solicita auxiliar de almacén para su CEDIS en la colonia Apodaca Centro-Monterrey.</p>"
    "<p>Funciones:<br>- Recepción y acomodo de mercancía<br>- Surtido de pedidos<br>- Inventarios cíclicos</p>"
    "<p>Ofrecemos: prestaciones de ley, vales de despensa, comedor subsidiado.</p>"
    "<p>Horario: lunes a sábado de 7:00 a 15:00.</p>"
    '<ul class="fs16 disc mbB"><li>Escolaridad mínima: Educación secundaria</li><li>Años de experiencia: 1</li><li>Edad: entre 18 y 45 años</li></ul></div>'
    '<a class="b_primary big" href="#postularme">Postularme</a></div>'
    '<aside class="box_border"><h3>Ofertas similares</h3><ul><li><a href="/oferta-montacarguista">Montacarguista</a> Apodaca, Nuevo León · $ 13,000.00 (Mensual)</li>'
    '<li><a href="/oferta-chofer">Chofer repartidor</a> Guadalupe, Nuevo León · A convenir</li></ul></aside></main>\n'
    + board_footer("Computrabajo", "2026", ["Aviso de privacidad", "Condiciones de uso"])
    + "</body></html>\n",
)

# --- BrighterMonday (KE): "job at <employer>" in the <title>, "KSh" amounts --------------------------------------

add(
    {
        "file": "brightermonday-ksh-nairobi-ke",
        "url": "https://www.brightermonday.co.ke/listings/customer-experience-officer-8pq1wz",
        "shape": "board-brightermonday",
        "company": "Mwangaza Microfinance Bank Ltd",
        "title": "Customer Experience Officer",
        "salary": pay(55000, 75000, "KES", "month"),
        "location": loc("Nairobi", "KE"),
        "remote": None,
        "employment_type": "full_time",
    },
    head(
        "en",
        "Customer Experience Officer job at Mwangaza Microfinance Bank Ltd | BrighterMonday",
        "BrighterMonday Kenya",
    )
    + "<body>\n"
    + cookie_banner("en")
    + nav(["Find a Job", "Companies", "Career Advice", "CV Services", "Log in"], "BrighterMonday")
    + '<main><article class="job__details"><div class="job__header"><h1 class="text-lg font-medium">Customer Experience Officer</h1>'
    '<h2 class="text-sm"><a class="text-link" href="/company/mwangaza-microfinance-bank-ltd">Mwangaza Microfinance Bank Ltd</a></h2>'
    '<div class="flex flex-wrap">'
    '<a class="job__tag" href="/jobs/banking-finance-insurance">Banking, Finance &amp; Insurance</a>'
    '<a class="job__tag" href="/jobs/nairobi">Nairobi</a>'
    '<a class="job__tag" href="/jobs/full-time">Full Time</a>'
    '<span class="job__tag text-gray">KSh 55,000 - 75,000</span></div>'
    '<p class="job__posted">Posted 4 days ago</p></div>'
    '<div class="job__summary"><h3>Job Summary</h3><p>Handle walk-in and phone queries for our Moi Avenue branch.</p>'
    "<ul><li>Minimum Qualification: Degree</li><li>Experience Level: Mid level</li><li>Experience Length: 2 years</li></ul></div>"
    '<div class="job__description"><h3>Job Description/Requirements</h3>'
    "<p>Mwangaza Microfinance Bank serves 90,000 small traders across Kenya. The Customer Experience Officer resolves account and loan queries, opens accounts and onboards customers to our mobile banking app.</p>"
    "<ul><li>Bachelor's degree in Business or a related field</li><li>Two years in banking customer service</li><li>Fluent in English and Kiswahili</li></ul>"
    "<p>Gross salary KSh 55,000 - 75,000 per month, medical cover and staff loan rates.</p></div>"
    '<a class="btn btn--primary" href="#apply">Apply for job</a></article>'
    '<aside class="similar"><h3>Similar Jobs</h3><ul><li><a href="/listings/teller-1">Teller</a> Mombasa · KSh 35,000 - 45,000</li><li><a href="/listings/relationship-officer-2">Relationship Officer</a> Nakuru · Confidential</li></ul></aside>'
    '<section class="salary-insights"><h3>Customer service salaries in Kenya</h3><p>Most Customer service jobs pay KSh 30,000 - 50,000 a month.</p></section></main>\n'
    + board_footer("BrighterMonday Kenya", "2026", ["Privacy Policy", "Terms &amp; Conditions"])
    + "</body></html>\n",
)

# --- Indeed (CA): "Hybrid work in Mississauga, ON", "$... an hour" on ca.indeed.com ---------------------------

add(
    {
        "file": "indeed-ca-hybrid-work-in-an-hour-mississauga-ca",
        "url": "https://ca.indeed.com/viewjob?jk=4f8a2c91d07b3e66",
        "shape": "board-indeed",
        "company": "Northbrook Dental Group",
        "title": "Dental Office Administrator",
        "salary": pay(24, 27, "CAD", "hour"),
        "location": loc("Mississauga", "CA"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head("en-CA", "Dental Office Administrator - Mississauga, ON - Indeed.com", "Indeed")
    + "<body>\n"
    + '<header id="gnav-main-container"><a href="/" aria-label="Indeed home"><img src="/images/indeed-logo.svg" alt="Indeed"></a>'
    '<nav><a href="/">Find jobs</a><a href="/companies">Company reviews</a><a href="/career/salaries">Find salaries</a></nav></header>\n'
    '<main id="jobsearch-ViewjobPaneWrapper"><div class="jobsearch-JobComponent">'
    '<div class="jobsearch-InfoHeaderContainer"><h1 class="jobsearch-JobInfoHeader-title" data-testid="jobsearch-JobInfoHeader-title"><span>Dental Office Administrator</span><span class="css-1b6omqv"> - job post</span></h1>'
    '<div data-testid="inlineHeader-companyName"><span><a href="/cmp/Northbrook-Dental-Group">Northbrook Dental Group</a></span></div>'
    '<div data-testid="inlineHeader-companyLocation"><div>Hybrid work in Mississauga, ON</div></div>'
    '<div id="salaryInfoAndJobType"><span class="css-19j1a75">$24–$27 an hour</span><span> - Full-time</span></div></div>'
    '<div id="jobDetailsSection"><h2>Job details</h2><div aria-label="Pay"><h3>Pay</h3><div>$24–$27 an hour</div></div>'
    '<div aria-label="Job type"><h3>Job type</h3><div>Full-time</div><div>Permanent</div></div>'
    '<div aria-label="Shift and schedule"><h3>Shift and schedule</h3><div>Monday to Friday</div><div>Evening shift</div></div></div>'
    '<div id="jobDescriptionText" class="jobsearch-jobDescriptionText"><p>Northbrook Dental Group is a family practice with two clinics in Mississauga and Oakville.</p>'
    "<p>We're looking for an organised office administrator to run the front desk at our Erin Mills clinic.</p>"
    "<ul><li>Booking and confirming appointments in Dentrix</li><li>Insurance claims and predeterminations</li><li>Greeting patients</li></ul>"
    "<p>Job Type: Full-time, Permanent</p><p>Pay: $24.00-$27.00 per hour</p>"
    "<p>Benefits:</p><ul><li>Dental care</li><li>Extended health care</li><li>Work from home</li></ul>"
    "<p>Work Location: Hybrid remote in Mississauga, ON L5L 5Y7</p></div></div>"
    '<div class="jobsearch-RelatedLinks"><h3>Jobs like this</h3><ul><li><a href="/viewjob?jk=1">Dental Receptionist</a> Oakville, ON · $22–$25 an hour</li><li><a href="/viewjob?jk=2">Medical Office Assistant</a> Remote in Toronto, ON</li></ul></div>'
    '<div class="jobsearch-SalaryGuide"><h3>Dental office administrator salaries in Mississauga, ON</h3><p>Average $23.41 per hour</p></div></main>\n'
    + board_footer("Indeed", "2026", ["Cookies, Privacy and Terms", "Accessibility"])
    + "</body></html>\n",
)

# --- ZipRecruiter (US): "$65K - $80K / yr", the board's name beside the employer ------------------------------

add(
    {
        "file": "ziprecruiter-k-per-yr-columbus-us",
        "url": "https://www.ziprecruiter.com/c/Buckeye-Ledger-Partners/Job/Staff-Accountant/-in-Columbus,OH?jid=7c1d9e0a2b4f6a13",
        "shape": "board-ziprecruiter",
        "company": "Buckeye Ledger Partners",
        "title": "Staff Accountant",
        "salary": pay(65000, 80000, "USD", "year"),
        "location": loc("Columbus", "US"),
        "remote": "onsite",
        "employment_type": "full_time",
    },
    head(
        "en-US",
        "Staff Accountant Job in Columbus, OH at Buckeye Ledger Partners | ZipRecruiter",
        "ZipRecruiter",
    )
    + "<body>\n"
    + cookie_banner("en")
    + nav(["Find jobs", "Salaries", "Career advice", "Post a job"], "ZipRecruiter")
    + '<main class="job_details"><div class="job_header"><h1 class="job_title">Staff Accountant</h1>'
    '<a class="hiring_company" href="/co/Buckeye-Ledger-Partners/Jobs">Buckeye Ledger Partners</a>'
    '<div class="job_location"><a class="location_text" href="/Jobs/Staff-Accountant/-in-Columbus,OH">Columbus, OH</a></div>'
    '<ul class="job_characteristics"><li class="job_salary">$65K - $80K / yr</li><li class="employment_type">Full-time</li><li class="work_mode">In-person</li></ul>'
    '<p class="posted">Posted 6 days ago</p><a class="apply_button" href="#apply">1-Click Apply</a></div>'
    '<div class="job_description"><h2>Job description</h2>'
    "<p>Buckeye Ledger Partners is a 40-person CPA firm serving manufacturers and dealerships in central Ohio.</p>"
    "<p><strong>What you'll do</strong></p><ul><li>Monthly close and bank reconciliations for 25 clients</li><li>Prepare 1120-S and 1065 returns</li><li>Support audits and reviews</li></ul>"
    "<p><strong>What you'll bring</strong></p><ul><li>Bachelor's degree in Accounting</li><li>1-3 years in public accounting; CPA track</li></ul>"
    "<p>This position is in our Easton office, five days a week.</p></div>"
    '<section class="salary_estimate"><h3>Staff Accountant salary in Columbus, OH</h3><p>$58,500 - $71,900 / yr, ZipRecruiter estimate</p></section>'
    '<section class="similar_jobs"><h3>Similar jobs</h3><ul><li><a href="/jobs/1">Senior Accountant</a> Dublin, OH · $85K - $100K / yr · Hybrid</li><li><a href="/jobs/2">Tax Associate</a> Remote · $30 - $38 / hr</li></ul></section></main>\n'
    + board_footer(
        "ZipRecruiter, Inc.", "2026", ["Privacy", "Terms", "Do Not Sell or Share My Personal Information"]
    )
    + "</body></html>\n",
)

# --- USAJOBS (US): the agency under the title, "Few vacancies" in two places, "Remote job: No" -------------------

add(
    {
        "file": "usajobs-agency-two-locations-per-year-us",
        "url": "https://www.usajobs.gov/job/829114700",
        "shape": "board-usajobs",
        "company": "Bureau of Inland Waterways",
        "title": "Hydrologic Technician",
        "salary": pay(52121, 67757, "USD", "year"),
        "location": loc("Sacramento", "US"),
        "remote": "onsite",
        "employment_type": "full_time",
    },
    head("en-US", "USAJOBS - Job Announcement", "USAJOBS")
    + "<body>\n"
    + '<div class="usa-banner"><p>An official website of the United States government</p></div>'
    + '<header class="usajobs-nav"><a href="/"><img src="/img/usajobs-logo.svg" alt="USAJOBS"></a><nav><a href="/search">Search jobs</a><a href="/help">Help</a><a href="/applicant/profile">Profile</a></nav></header>\n'
    '<main id="main"><div class="usajobs-joa-banner"><h1 class="usajobs-joa-banner__title">Hydrologic Technician</h1>'
    '<div class="usajobs-joa-banner__dept">Department of River Affairs</div>'
    '<div class="usajobs-joa-banner__agency"><a href="/search/results/?a=RA08">Bureau of Inland Waterways</a></div></div>'
    '<div class="usajobs-joa-summary"><h2>Summary</h2><p>The hydrologic technician collects and processes streamflow and water-quality data at gaging stations in the Sacramento Valley and the Lahontan basin.</p>'
    '<ul class="usajobs-joa-summary__list">'
    "<li><h5>Open &amp; closing dates</h5><p>12/01/2026 to 12/15/2026</p></li>"
    "<li><h5>Salary</h5><p>$52,121 - $67,757 per year</p><p>Salaries include locality pay.</p></li>"
    "<li><h5>Pay scale &amp; grade</h5><p>GS 7 - 9</p></li>"
    '<li><h5>Locations</h5><p>Few vacancies in the following locations:</p><ul><li><a href="#map">Sacramento, CA</a></li><li><a href="#map">Carson City, NV</a></li></ul></li>'
    "<li><h5>Remote job</h5><p>No</p></li><li><h5>Telework eligible</h5><p>No</p></li>"
    "<li><h5>Travel Required</h5><p>25% or less - Overnight field trips to gaging stations.</p></li>"
    "<li><h5>Relocation expenses reimbursed</h5><p>No</p></li>"
    "<li><h5>Appointment type</h5><p>Permanent</p></li><li><h5>Work schedule</h5><p>Full-time</p></li>"
    "<li><h5>Service</h5><p>Competitive</p></li><li><h5>Promotion potential</h5><p>11</p></li>"
    "<li><h5>Job family (Series)</h5><p>1316 Hydrologic Technician</p></li>"
    "<li><h5>Announcement number</h5><p>BIW-SAC-27-0142-MP</p></li></ul></div>"
    '<div class="usajobs-joa-section" id="duties"><h2>Duties</h2><ul><li>Measure discharge with acoustic Doppler current profilers</li><li>Maintain data loggers and telemetry</li><li>Review records in the national water database</li></ul></div>'
    '<div class="usajobs-joa-section" id="requirements"><h2>Requirements</h2><h3>Conditions of employment</h3><ul><li>U.S. citizenship</li><li>Valid driver\'s license</li></ul>'
    "<h3>Qualifications</h3><p>For GS-7, one year of specialized experience equivalent to GS-6, or one year of graduate education.</p></div>"
    '<div class="usajobs-joa-section" id="how-to-apply"><h2>How to apply</h2><p>Submit your application through USAJOBS by 11:59 pm Eastern Time on 12/15/2026.</p>'
    "<p>Agency contact: Marcy Delgado, 916-555-0148, hr.sacramento@biw.example.gov</p></div>"
    '<aside class="usajobs-similar-jobs"><h3>Similar jobs</h3><ul><li><a href="/job/829110010">Hydrologist</a> · Bureau of Inland Waterways · Boise, ID · $69,107 - $89,835 per year</li>'
    '<li><a href="/job/829108877">Physical Science Technician</a> · Remote job · $46,696 - $60,703 per year</li></ul></aside></main>\n'
    + footer(
        ["USAJOBS is the Federal Government's official employment site."],
        ["Privacy Policy", "Accessibility", "FOIA"],
    )
    + "</body></html>\n",
)

# --- LinkedIn guest view: criteria list, "(Hybrid)" only in the top card, a "Be an early applicant" card -----------

add(
    {
        "file": "linkedin-guest-workplace-criteria-lyon-fr",
        "url": "https://fr.linkedin.com/jobs/view/chargee-de-recrutement-at-maison-berthelot-4108822751",
        "shape": "board-linkedin",
        "company": "Maison Berthelot",
        "title": "Chargé(e) de recrutement",
        "salary": pay(36000, 42000, "EUR", "year"),
        "location": loc("Lyon", "FR"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head(
        "fr",
        "Maison Berthelot recrute pour des postes de Chargé(e) de recrutement à Lyon | LinkedIn",
        "LinkedIn",
    )
    + "<body>\n"
    + '<header class="base-header"><a class="nav__logo-link" href="/"><img alt="LinkedIn" src="/static/linkedin-logo.svg"></a>'
    '<a class="nav__button-secondary" href="/login">S\'identifier</a><a class="nav__button-primary" href="/signup">S\'inscrire</a></header>\n'
    '<main class="main"><section class="top-card-layout"><div class="top-card-layout__entity-info">'
    '<h1 class="top-card-layout__title topcard__title">Chargé(e) de recrutement</h1>'
    '<h4 class="top-card-layout__second-subline"><div class="topcard__flavor-row">'
    '<span class="topcard__flavor"><a class="topcard__org-name-link" href="https://fr.linkedin.com/company/maison-berthelot">Maison Berthelot</a></span>'
    '<span class="topcard__flavor topcard__flavor--bullet">Lyon, Auvergne-Rhône-Alpes, France</span>'
    '<span class="topcard__flavor topcard__flavor--metadata">(Hybride)</span></div>'
    '<div class="topcard__flavor-row"><span class="posted-time-ago__text">Il y a 1 semaine</span><span class="num-applicants__caption">47 candidats</span></div></h4>'
    '<div class="salary compensation__salary">36 000,00 €/an - 42 000,00 €/an</div></div></section>'
    '<section class="description"><div class="show-more-less-html__markup">'
    "<p>Maison Berthelot est un groupe de 14 boulangeries-pâtisseries dans la métropole de Lyon.</p>"
    "<p><strong>Vos missions</strong></p><ul><li>Recruter nos vendeurs, boulangers et pâtissiers</li><li>Organiser les forums et les jobs dating</li><li>Suivre l'intégration des nouveaux arrivants</li></ul>"
    "<p><strong>Votre profil</strong></p><ul><li>Bac+3 en RH</li><li>Deux ans d'expérience en recrutement de volume</li></ul>"
    "<p>CDI à temps plein, deux jours de télétravail par semaine.</p></div>"
    '<ul class="description__job-criteria-list">'
    '<li class="description__job-criteria-item"><h3 class="description__job-criteria-subheader">Niveau hiérarchique</h3><span class="description__job-criteria-text">Premier emploi</span></li>'
    '<li class="description__job-criteria-item"><h3 class="description__job-criteria-subheader">Type d\'emploi</h3><span class="description__job-criteria-text">Temps plein</span></li>'
    '<li class="description__job-criteria-item"><h3 class="description__job-criteria-subheader">Fonction</h3><span class="description__job-criteria-text">Ressources humaines</span></li>'
    '<li class="description__job-criteria-item"><h3 class="description__job-criteria-subheader">Secteurs</h3><span class="description__job-criteria-text">Commerce de détail alimentaire</span></li></ul></section>'
    '<section class="similar-jobs"><h2>Offres d\'emploi similaires</h2><ul>'
    '<li class="base-card"><h3 class="base-search-card__title">Chargé de recrutement (H/F)</h3><h4 class="base-search-card__subtitle">Talentis Intérim</h4><span class="job-search-card__location">Villeurbanne, Auvergne-Rhône-Alpes, France</span></li>'
    '<li class="base-card"><h3 class="base-search-card__title">Talent Acquisition Specialist</h3><h4 class="base-search-card__subtitle">Ardoise Software</h4><span class="job-search-card__location">Lyon (Télétravail)</span></li></ul></section></main>\n'
    + footer(
        ["LinkedIn © 2026"],
        [
            "Conditions générales d'utilisation",
            "Politique de confidentialité",
            "Politique relative aux cookies",
        ],
    )
    + "</body></html>\n",
)

# --- jobup.ch (CH, French): JSON-LD with a yearly baseSalary in CHF and a description entity-escaped ---------------

JOBUP_LD = {
    "@context": "https://schema.org/",
    "@type": "JobPosting",
    "title": "Comptable 80 – 100%",
    "datePosted": "2026-11-30T10:02:00+01:00",
    "employmentType": ["FULL_TIME", "PART_TIME"],
    "hiringOrganization": {"@type": "Organization", "name": "Fiduciaire Rochat & Cie SA"},
    "jobLocation": {
        "@type": "Place",
        "address": {
            "@type": "PostalAddress",
            "postalCode": "1003",
            "addressLocality": "Lausanne",
            "addressRegion": "VD",
            "addressCountry": "CH",
        },
    },
    "baseSalary": {
        "@type": "MonetaryAmount",
        "currency": "CHF",
        "value": {"@type": "QuantitativeValue", "minValue": 85000, "maxValue": 98000, "unitText": "YEAR"},
    },
    "description": "&lt;p&gt;Fiduciaire familiale au centre de Lausanne, nous suivons 250 PME et indépendants.&lt;/p&gt;",
}

add(
    {
        "file": "jobup-jsonld-chf-year-lausanne-ch",
        "url": "https://www.jobup.ch/fr/emplois/detail/9d4c2b17-6a0e-4f3b-8c55-1e7f0a9b2c3d/",
        "shape": "board-jobsch",
        "company": "Fiduciaire Rochat & Cie SA",
        "title": "Comptable 80 – 100%",
        "salary": pay(85000, 98000, "CHF", "year"),
        "location": loc("Lausanne", "CH"),
        "remote": None,
        "employment_type": None,
    },
    head(
        "fr-CH",
        "Comptable 80 – 100% - Fiduciaire Rochat &amp; Cie SA - jobup.ch",
        "jobup.ch",
        jsonld(JOBUP_LD),
    )
    + "<body>\n"
    + cookie_banner("fr")
    + '<header data-cy="header"><a href="/fr/" data-cy="logo"><img src="/static/jobup-logo.svg" alt="jobup.ch"></a>'
    '<nav><a href="/fr/emplois/">Emplois</a><a href="/fr/entreprises/">Entreprises</a><a href="/fr/salaire/">Calculateur de salaire</a></nav></header>\n'
    '<main><div data-cy="vacancy-header"><h1 data-cy="vacancy-title">Comptable 80 – 100%</h1>'
    '<a data-cy="company-link" href="/fr/entreprises/fiduciaire-rochat-cie-sa/">Fiduciaire Rochat &amp; Cie SA</a></div>'
    '<ul data-cy="vacancy-info">'
    '<li data-cy="info-publication"><span>Date de publication :</span> <span>30 novembre 2026</span></li>'
    '<li data-cy="info-workload"><span>Taux d\'activité :</span> <span>80 – 100%</span></li>'
    '<li data-cy="info-contract"><span>Type de contrat :</span> <span>Durée indéterminée</span></li>'
    '<li data-cy="info-salary"><span>Salaire :</span> <span>CHF 85 000 – 98 000 / an</span></li>'
    '<li data-cy="info-location"><span>Lieu de travail :</span> <a href="#map">1003 Lausanne</a></li></ul>'
    '<div data-cy="vacancy-description"><p>Fiduciaire familiale au centre de Lausanne, nous suivons 250 PME et indépendants du canton de Vaud.</p>'
    "<p><strong>Vos tâches</strong></p><ul><li>Tenue de comptabilités et bouclements annuels</li><li>Décomptes TVA et déclarations d'impôts</li></ul>"
    "<p><strong>Votre profil</strong></p><ul><li>Brevet fédéral de spécialiste en finance et comptabilité (ou en cours)</li><li>Maîtrise d'Abacus</li></ul></div>"
    '<aside data-cy="similar-vacancies"><h3>Offres similaires</h3><ul><li><a href="/fr/emplois/detail/b1/">Aide-comptable 50%</a> Renens</li><li><a href="/fr/emplois/detail/b2/">Contrôleur de gestion</a> Genève · Télétravail partiel</li></ul></aside></main>\n'
    + board_footer("JobCloud SA", "2026", ["Impressum", "Protection des données"])
    + "</body></html>\n",
)

# --- pages that are not postings -------------------------------------------------------------------------------

not_a_job(
    {
        "file": "not-seek-search-results-promoted-au",
        "url": "https://www.seek.com.au/warehouse-jobs/in-Melbourne-VIC-3000",
        "shape": "not-a-job",
        "reason": "search results: 1,284 jobs, two promoted and three normal cards",
    },
    head("en-AU", "Warehouse Jobs in Melbourne VIC 3000 - Dec 2026 | SEEK", "SEEK")
    + "<body>\n"
    + '<header data-automation="header"><a href="/" data-automation="seek-logo"><img src="/logo.svg" alt="SEEK"></a>'
    '<nav><a href="/">Job search</a><a href="/profile">Profile</a><a href="/career-advice">Career advice</a></nav></header>\n'
    '<main><form data-automation="searchForm"><input name="keywords" value="warehouse"><input name="where" value="Melbourne VIC 3000"><button>SEEK</button></form>'
    '<h1 data-automation="searchResultsHeader">Warehouse jobs in Melbourne VIC 3000</h1><p data-automation="totalJobsCount">1,284 jobs</p>'
    '<div data-automation="searchResults">'
    '<article data-automation="premiumJob" data-job-id="80455120"><span>Featured</span><h3><a data-automation="jobTitle" href="/job/80455120">Warehouse Team Leader</a></h3><a data-automation="jobCompany">Banksia Cold Chain</a><span data-automation="jobLocation">Dandenong South, Melbourne VIC</span><span data-automation="jobSalary">$34 – $38 per hour</span><p data-automation="jobShortDescription">Lead a team of 12 in our chilled DC.</p></article>'
    '<article data-automation="premiumJob" data-job-id="80454871"><span>Featured</span><h3><a data-automation="jobTitle" href="/job/80454871">Forklift Operator</a></h3><a data-automation="jobCompany">Yarra Freight Co</a><span data-automation="jobLocation">Laverton North, Melbourne VIC</span><span data-automation="jobSalary">$30 – $33 per hour</span></article>'
    '<article data-automation="normalJob" data-job-id="80453302"><h3><a data-automation="jobTitle" href="/job/80453302">Storeperson</a></h3><a data-automation="jobCompany">Wattle Hardware Supplies</a><span data-automation="jobLocation">Port Melbourne, Melbourne VIC</span><span>Full time</span><p data-automation="jobShortDescription">Pick, pack and despatch for trade customers.</p></article>'
    '<article data-automation="normalJob" data-job-id="80452290"><h3><a data-automation="jobTitle" href="/job/80452290">Pick Packer - Casual</a></h3><a data-automation="jobCompany">Southbank Labour Hire</a><span data-automation="jobLocation">Tullamarine, Melbourne VIC</span><span>Casual/Vacation</span></article>'
    '<article data-automation="normalJob" data-job-id="80451876"><h3><a data-automation="jobTitle" href="/job/80451876">Warehouse Coordinator</a></h3><a data-automation="jobCompany">Corella Medical</a><span data-automation="jobLocation">Clayton, Melbourne VIC</span><span data-automation="jobSalary">$70,000 – $78,000 per year</span></article></div>'
    '<nav data-automation="pagination"><a href="?page=2">Next</a></nav></main>\n'
    + board_footer("SEEK Limited", "2026", ["Privacy", "Terms &amp; conditions"])
    + "</body></html>\n",
)

not_a_job(
    {
        "file": "not-indeed-company-profile-uk",
        "url": "https://uk.indeed.com/cmp/Hawthorn-Care-Homes",
        "shape": "not-a-job",
        "reason": "a company profile on a board: snapshot, ratings, salaries and its open jobs",
    },
    head("en-GB", "Working at Hawthorn Care Homes: Employee Reviews | Indeed.com", "Indeed")
    + "<body>\n"
    + '<header id="gnav-main-container"><a href="/" aria-label="Indeed home"><img src="/images/indeed-logo.svg" alt="Indeed"></a>'
    '<nav><a href="/">Find jobs</a><a href="/companies">Company reviews</a><a href="/career/salaries">Find salaries</a></nav></header>\n'
    '<main class="cmp-CompanyPage"><div class="cmp-CompanyHeader"><img src="/cmp/logo/hawthorn.png" alt="Hawthorn Care Homes logo">'
    '<h1 itemprop="name">Hawthorn Care Homes</h1><span class="cmp-Rating">3.6</span><span>214 reviews</span><a class="cmp-FollowButton" href="#">Follow</a></div>'
    '<nav class="cmp-CompanyNav"><a href="/cmp/Hawthorn-Care-Homes">Snapshot</a><a href="/cmp/Hawthorn-Care-Homes/about">Why Join Us</a><a href="/cmp/Hawthorn-Care-Homes/reviews">Reviews 214</a>'
    '<a href="/cmp/Hawthorn-Care-Homes/salaries">Salaries</a><a href="/cmp/Hawthorn-Care-Homes/jobs">Jobs 18</a><a href="/cmp/Hawthorn-Care-Homes/faq">Q&amp;A</a></nav>'
    '<section class="cmp-AboutSection"><h2>About the company</h2><dl><dt>CEO</dt><dd>Gwen Addison</dd><dt>Founded</dt><dd>1994</dd><dt>Company size</dt><dd>1,001 to 5,000</dd><dt>Revenue</dt><dd>£50M to £100M (GBP)</dd><dt>Industry</dt><dd>Healthcare</dd><dt>Headquarters</dt><dd>Worcester</dd></dl>'
    "<p>Hawthorn Care Homes runs 36 residential and nursing homes across the Midlands and the South West.</p></section>"
    '<section class="cmp-Salaries"><h2>Salaries</h2><ul><li>Care Assistant £11.90 per hour</li><li>Senior Carer £12.85 per hour</li><li>Registered Nurse £20.40 per hour</li></ul></section>'
    '<section class="cmp-Reviews"><h2>Reviews</h2><blockquote>"Supportive managers, but weekend shifts are hard to swap." · Care Assistant · Worcester</blockquote></section>'
    '<section class="cmp-JobList"><h2>Jobs at Hawthorn Care Homes</h2><ul>'
    '<li><a href="/viewjob?jk=11">Care Assistant - Days</a> Worcester · £11.90 an hour · Full-time</li>'
    '<li><a href="/viewjob?jk=12">Night Nurse (RGN)</a> Cheltenham · £21.00 an hour</li>'
    '<li><a href="/viewjob?jk=13">Activities Coordinator</a> Malvern · Part-time</li></ul><a href="/cmp/Hawthorn-Care-Homes/jobs">See all 18 jobs</a></section></main>\n'
    + board_footer("Indeed", "2026", ["Cookies, Privacy and Terms", "Accessibility"])
    + "</body></html>\n",
)


def main() -> None:
    """Write every page and ``labels.json``."""
    pages = HERE / "pages"
    pages.mkdir(exist_ok=True)
    for old in pages.glob("*.html"):
        old.unlink()
    for page in PAGES:
        (HERE / page["label"]["file"]).write_text(page["html"], encoding="utf-8")
    labels = [page["label"] for page in PAGES]
    (HERE / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
