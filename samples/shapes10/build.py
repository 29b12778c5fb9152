# ruff: noqa: E501, RUF001  (page text: long lines and the typographic dashes real pages carry)
"""Write ``samples/shapes10/pages/*.html`` and ``labels.json`` from the hand-written pages below.

Each page is written out here beside its label (what a careful reader takes from the rendered page); the
consent banners, trackers, navigation and footers are shared pieces filled per site. Standard library
only; the output is byte-identical on every run:

    .venv/bin/python samples/shapes10/build.py
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


# --- English: UK -------------------------------------------------------------------------------------------

add(
    {
        "file": "wp-leeds-office-three-days-uk",
        "url": "https://www.harrowgatelegal.co.uk/jobs/paralegal-residential-property/",
        "shape": "career-wordpress",
        "company": "Harrowgate Lane Solicitors LLP",
        "title": "Paralegal – Residential Property",
        "salary": pay(24500, 27000, "GBP", "year"),
        "location": loc("Leeds", "GB"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head(
        "en-GB",
        "Paralegal – Residential Property – Harrowgate Lane Solicitors",
        "Harrowgate Lane Solicitors",
        GTM.replace("{id}", "WQ4T7BN") + '<link rel="stylesheet" id="wp-job-manager-job-listings-css" '
        'href="/wp-content/plugins/wp-job-manager/assets/dist/css/job-listings.css" media="all">\n',
        generator="WordPress 6.6.2",
    )
    + '<body class="job_listing-template-default single single-job_listing">\n'
    + cookie_banner("en")
    + nav(["Services", "Our people", "Careers", "News", "Contact"], "Harrowgate Lane Solicitors")
    + '<main id="primary" class="site-main"><article class="job_listing type-job_listing">'
    '<header class="entry-header"><h1 class="entry-title">Paralegal – Residential Property</h1></header>'
    '<div class="entry-content"><div class="single_job_listing">'
    '<ul class="job-listing-meta meta"><li class="job-type permanent">Permanent</li>'
    '<li class="location"><a class="google_map_link" href="https://maps.google.com/maps?q=Leeds">Leeds</a></li>'
    '<li class="date-posted"><time datetime="2026-11-24">Posted 9 days ago</time></li></ul>'
    '<div class="job_description">'
    "<p>Our Residential Property team acts for buyers, sellers and lenders across Yorkshire. We are looking for "
    "a paralegal to support two partners and a senior associate with a busy caseload of freehold and leasehold "
    "transactions.</p>"
    "<h3>The role</h3><ul><li>Preparing contract packs, searches and SDLT returns</li>"
    "<li>Reviewing title documents and raising enquiries</li><li>Keeping clients updated through our case "
    "management system</li><li>Completion-day work with the accounts team</li></ul>"
    "<h3>Where and when you'll work</h3>"
    "<p>This is a full-time position, 35 hours a week, Monday to Friday. You'll work from our Leeds office on "
    "Park Square three days a week and from home on the other two, once you have completed your first month in "
    "the office.</p>"
    "<h3>About you</h3><ul><li>At least a year in a conveyancing role</li><li>A law degree or CILEx "
    "qualification (or working towards one)</li><li>Calm under completion-day pressure</li></ul>"
    "<h3>What we offer</h3><p>Salary £24,500 – £27,000 depending on experience.</p>"
    "<ul><li>25 days' holiday plus bank holidays, and your birthday off</li><li>Flexible working</li>"
    "<li>Employer pension contribution of 5%</li><li>Paid CILEx fees</li><li>Cycle to work scheme</li></ul>"
    "</div>"
    '<div class="job_application application"><input type="button" class="application_button button" '
    'value="Apply for job"><div class="application_details"><p>To apply, please email your CV to '
    '<a href="mailto:careers@harrowgatelegal.co.uk">careers@harrowgatelegal.co.uk</a> quoting ref. HL-RP-114.</p>'
    "</div></div></div></div></article>"
    + related(
        "More vacancies",
        [
            ("Trainee Solicitor 2027", "Leeds · Training contract"),
            ("Legal Cashier", "Harrogate · Part time"),
            ("Private Client Associate", "Remote within the UK considered"),
        ],
    )
    + "</main>"
    + footer(
        [
            "Harrowgate Lane Solicitors LLP is authorised and regulated by the Solicitors Regulation Authority "
            "(SRA no. 812244). Registered office: 14 Park Square East, Leeds LS1 2NE.",
            "© 2026 Harrowgate Lane Solicitors LLP",
        ],
        ["Privacy notice", "Complaints", "Cookies"],
    )
    + "</body></html>\n",
)

add(
    {
        "file": "hubspot-flexible-working-benefit-uk",
        "url": "https://careers.fennickandrowe.co.uk/vacancies/customer-service-advisor-part-time",
        "shape": "career-hubspot",
        "company": "Fennick & Rowe",
        "title": "Customer Service Advisor (Part-time)",
        "salary": pay(12.6, 12.6, "GBP", "hour"),
        "location": loc("Manchester", "GB"),
        "remote": None,
        "employment_type": "part_time",
    },
    head(
        "en-GB",
        "Customer Service Advisor (Part-time) | Fennick &amp; Rowe Careers",
        "Fennick &amp; Rowe",
        '<script type="text/javascript" id="hs-script-loader" async defer '
        'src="//js-eu1.hs-scripts.com/25510987.js"></script>\n'
        '<link rel="stylesheet" href="//25510987.fs1.hubspotusercontent-eu1.net/hubfs/25510987/hub_generated/'
        'template_assets/1/careers.min.css">\n',
        generator="HubSpot",
    )
    + '<body class="hs-content-id-118822 hs-site-page page">\n'
    + cookie_banner("en", "onetrust")
    + '<div class="body-wrapper"><div data-global-resource-path="careers/header.html">'
    + nav(["Shop", "Our story", "Stores", "Careers", "Help"], "Fennick &amp; Rowe")
    + '</div><main id="main-content" class="body-container-wrapper"><div class="body-container">'
    '<div class="row-fluid-wrapper"><div class="dnd-section"><div class="hs_cos_wrapper hs_cos_wrapper_widget">'
    '<p class="eyebrow">Customer Care · Manchester</p><h1>Customer Service Advisor (Part-time)</h1>'
    "<p><strong>Hours:</strong> Part-time, 22.5 hours per week (Wednesday to Friday)<br>"
    "<strong>Pay:</strong> £12.60 per hour<br><strong>Closing date:</strong> 18 December 2026</p>"
    "<p>Fennick &amp; Rowe has made wool blankets and throws in the North West since 1962. Our Customer Care team "
    "answers around 400 calls, chats and emails a day from customers and stockists, and we're adding an advisor to "
    "our team at the Ancoats mill.</p>"
    "<h2>What you'll be doing</h2><ul><li>Answering calls, live chat and emails about orders, deliveries and "
    "returns</li><li>Arranging replacements with the warehouse</li><li>Logging feedback for the product team</li></ul>"
    "<h2>What you'll bring</h2><ul><li>Experience in a contact-centre or retail role</li><li>Clear written "
    "English</li><li>Confidence with Zendesk or a similar tool</li></ul>"
    "<h2>Life at Fennick &amp; Rowe</h2><ul><li>Flexible working</li><li>Work from anywhere weeks: up to four "
    "weeks a year</li><li>30% staff discount</li><li>Free on-site parking</li><li>Enhanced maternity and "
    "paternity pay</li></ul>"
    '<div class="map-embed"><h3>Find us</h3><iframe title="Map" src="https://www.google.com/maps/embed?pb=!1m18!'
    'Ancoats+Mill+Manchester" width="600" height="300" loading="lazy"></iframe>'
    "<p>Ancoats Mill, 9 Radium Street, Manchester M4 6AY</p></div>"
    '<p><a class="cta-button" href="https://share-eu1.hsforms.com/1apply">Apply now</a></p>'
    "</div></div></div></div></main>"
    + related(
        "Other roles",
        [
            ("Warehouse Operative", "Oldham · Full time · On-site"),
            ("E-commerce Executive", "Manchester · Hybrid"),
            ("Textile Designer", "Remote (UK)"),
        ],
    )
    + footer(
        [
            "Fennick &amp; Rowe Ltd, registered in England and Wales no. 00712883. VAT GB 204 5512 87.",
            "© 2026 Fennick &amp; Rowe",
        ],
        ["Privacy", "Terms", "Modern slavery statement"],
    )
    + "</div></body></html>\n",
)

add(
    {
        "file": "handbuilt-remote-first-studio-uk",
        "url": "https://loomandlantern.studio/careers/senior-product-designer",
        "shape": "career-handbuilt",
        "company": "Loom & Lantern",
        "title": "Senior Product Designer",
        "salary": pay(58000, 66000, "GBP", "year"),
        "location": loc("Bristol", "GB"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head(
        "en-GB",
        "Senior Product Designer — Loom &amp; Lantern",
        "Loom &amp; Lantern",
        HOTJAR.replace("{id}", "3390117") + '<link rel="stylesheet" href="/css/main.css?v=41">\n',
    )
    + "<body>\n"
    + cookie_banner("en")
    + nav(["Work", "Studio", "Careers", "Journal"], "Loom &amp; Lantern logo")
    + '<main class="careers-job"><section class="intro">'
    '<p class="kicker">Careers / Design</p><h1>Senior Product Designer</h1>'
    '<p class="job-meta">Bristol &nbsp;•&nbsp; Full-time &nbsp;•&nbsp; £58k–£66k</p></section>'
    '<section class="about-us"><h2>About us</h2>'
    "<p>Loom &amp; Lantern is a product studio of 40 people. We're a remote-first company: most of our engineers "
    "and researchers work from home across the UK and Ireland, and we meet up every quarter.</p></section>"
    '<section class="role"><h2>The role</h2>'
    "<p>We're looking for a senior product designer to lead the design of two client products in health and "
    "transport. You'll run discovery with our researchers, shape flows with product managers and hand over "
    "work that engineers love to build.</p>"
    "<p>Because this role works side by side with our clients' teams, it is based in our Bristol studio on "
    "Stokes Croft four days a week, with Fridays at home.</p>"
    "<h2>You might be a fit if</h2><ul><li>You have shipped complex products end to end</li><li>You can "
    "facilitate a workshop with twenty stakeholders</li><li>You're fluent in Figma and comfortable with "
    "prototyping in code</li></ul>"
    "<h2>Benefits</h2><ul><li>£1,000 learning budget</li><li>Private health insurance</li><li>27 days' holiday"
    "</li><li>Home-office kit allowance of £500</li></ul></section>"
    + apply_form(
        "Apply",
        [("Full name", "Alex Smith"), ("Portfolio link", "https://"), ("Salary expectation", "e.g. £60,000")],
        "Send application",
    )
    + "</main>"
    + footer(
        ["Loom &amp; Lantern Ltd · 72 Stokes Croft, Bristol BS1 3QY · Company no. 10988231"],
        ["Privacy", "Accessibility", "Instagram", "LinkedIn"],
    )
    + "</body></html>\n",
)

add(
    {
        "file": "greenhouse-hybrid-in-text-uk",
        "url": "https://boards.greenhouse.io/quillfinch/jobs/6120934",
        "shape": "ats-greenhouse",
        "company": "Quillfinch",
        "title": "Data Analyst, Payments",
        "salary": None,
        "location": loc("London", "GB"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head(
        "en",
        "Job Application for Data Analyst, Payments at Quillfinch",
        "Greenhouse",
        '<link rel="stylesheet" href="https://boards.cdn.greenhouse.io/assets/application.css">\n',
    )
    + "<body>\n"
    + '<div id="wrapper"><div id="app_body"><div id="header"><div id="logo"><a href="https://quillfinch.com">'
    '<img alt="Quillfinch Logo" src="https://s3.amazonaws.com/grnhse/logos/quillfinch.png"></a></div>'
    '<h1 class="app-title">Data Analyst, Payments</h1><span class="company-name">at Quillfinch</span>'
    '<div class="location">London</div></div>'
    '<div id="content">'
    "<p><strong>About Quillfinch</strong></p><p>Quillfinch builds invoicing and payment tools for 30,000 small "
    "businesses. We're a distributed team of 180 people across 12 countries, with hubs in London and Lisbon.</p>"
    "<p><strong>About the role</strong></p><p>As a Data Analyst in the Payments squad you'll own the metrics "
    "behind card acceptance, payouts and fraud losses, and help the squad decide what to build next.</p>"
    "<p>This is a hybrid role: you'll be in our Shoreditch office on Tuesdays and Thursdays and can work from "
    "home the rest of the week.</p>"
    "<p><strong>What you'll do</strong></p><ul><li>Build and maintain dbt models and Looker dashboards</li>"
    "<li>Run analyses on payment conversion and chargebacks</li><li>Design and read A/B tests with product "
    "managers</li></ul>"
    "<p><strong>What we're looking for</strong></p><ul><li>3+ years in an analytics role</li><li>Strong SQL "
    "and some Python</li><li>Experience with payments data is a plus</li></ul>"
    "<p><strong>What we offer</strong></p><ul><li>Full-time, permanent contract</li><li>Share options</li>"
    "<li>Private medical cover</li><li>A week of remote work from abroad each year</li></ul></div>"
    '<div id="application"><h2>Apply for this Job</h2><form id="application_form"><div class="field">'
    '<label>First Name *</label><input type="text" id="first_name"></div><div class="field"><label>Last Name *'
    '</label><input type="text" id="last_name"></div><div class="field"><label>Are you able to work in the '
    "office two days a week?</label><select><option>Yes</option><option>No</option></select></div>"
    '<input type="submit" value="Submit Application"></form></div></div>'
    '<div id="footer"><p>Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p><p>'
    '<a href="https://www.greenhouse.io/privacy-policy">Privacy Policy</a></p></div></div>'
    "</body></html>\n",
)

add(
    {
        "file": "workable-apprenticeship-derby-uk",
        "url": "https://apply.workable.com/brindle-rail-engineering/j/3F1A0C77D2/",
        "shape": "ats-workable",
        "company": "Brindle Rail Engineering",
        "title": "Level 3 Engineering Technician Apprentice",
        "salary": pay(19500, 19500, "GBP", "year"),
        "location": loc("Derby", "GB"),
        "remote": None,
        "employment_type": "full_time",
    },
    head(
        "en",
        "Level 3 Engineering Technician Apprentice - Brindle Rail Engineering",
        "Brindle Rail Engineering",
    )
    + "<body>\n"
    + '<div id="app"><div data-ui="consent-banner" class="styles--banner"><p>We use cookies to improve your '
    'experience.</p><button data-ui="cookie-consent-accept">Accept</button></div>'
    '<header data-ui="header"><a data-ui="company-logo" href="/brindle-rail-engineering/"><img alt="Brindle Rail '
    'Engineering" src="https://workablehr.s3.amazonaws.com/uploads/account/logo/510221/logo"></a></header>'
    '<main data-ui="job-page"><h1 data-ui="job-title">Level 3 Engineering Technician Apprentice</h1>'
    '<div data-ui="job-breadcrumb"><span data-ui="job-location">Derby, England, United Kingdom</span>'
    '<span data-ui="job-department">Apprenticeships</span></div>'
    '<section data-ui="job-description"><h2>Description</h2>'
    "<p>Brindle Rail Engineering overhauls bogies, wheelsets and traction motors for UK train operators. Our "
    "four-year apprenticeship combines college study at Derby College with hands-on work in our Litchurch Lane "
    "workshop.</p>"
    "<p>This is a full-time apprenticeship of 37.5 hours a week, Monday to Friday, 7:30am to 3:30pm. You will "
    "be based at our Derby workshop throughout, with occasional travel to customer depots in the East Midlands.</p>"
    "<p>Starting salary £19,500 a year, reviewed each year of the programme.</p></section>"
    '<section data-ui="job-requirements"><h2>Requirements</h2><ul><li>GCSEs at grade 4 or above in Maths, '
    "English and a science</li><li>A genuine interest in how things work</li></ul></section>"
    '<section data-ui="job-benefits"><h2>Benefits</h2><ul><li>Paid college days</li><li>Free tools and PPE</li>'
    "<li>Guaranteed interview for a technician role on completion</li></ul></section>"
    '<a data-ui="apply-button" href="/brindle-rail-engineering/j/3F1A0C77D2/apply/">Apply for this job</a></main>'
    '<footer data-ui="footer"><a href="https://www.workable.com">Powered by Workable</a> · '
    '<a href="/privacy">Privacy</a></footer></div>'
    "</body></html>\n",
)


# --- English: US, CA, AU -----------------------------------------------------------------------------------

add(
    {
        "file": "webflow-remote-us-only",
        "url": "https://www.tallgrassledger.com/careers/senior-backend-engineer",
        "shape": "career-webflow",
        "company": "Tallgrass Ledger",
        "title": "Senior Backend Engineer",
        "salary": pay(155000, 185000, "USD", "year"),
        "location": loc(None, "US"),
        "remote": "remote",
        "employment_type": "full_time",
    },
    head(
        "en",
        "Senior Backend Engineer | Tallgrass Ledger",
        "Tallgrass Ledger",
        '<link href="https://assets-global.website-files.com/64b1f0c2a9/css/tallgrass.webflow.css" '
        'rel="stylesheet" type="text/css">\n',
        generator="Webflow",
    )
    + '<body class="body-careers">\n'
    + cookie_banner("en")
    + '<div data-collapse="medium" role="banner" class="navbar w-nav">'
    + nav(["Product", "Pricing", "Customers", "Careers", "Log in"], "Tallgrass Ledger home")
    + '</div><div class="section-job"><div class="container w-container">'
    '<a href="/careers" class="back-link">← All open roles</a>'
    '<h1 class="job-title">Senior Backend Engineer</h1>'
    '<div class="job-tags"><div class="tag">Engineering</div><div class="tag">Remote (US only)</div>'
    '<div class="tag">Full-time</div></div>'
    '<div class="rich-text w-richtext">'
    "<p>Tallgrass Ledger is accounting software for farms and ranches. Our customers run operations in 41 states, "
    "and our team of 55 is spread across 19 of them.</p>"
    "<h2>What you'll work on</h2><ul><li>Our double-entry ledger service (Go, Postgres)</li><li>Bank feed "
    "integrations</li><li>A new inventory module for grain and livestock</li></ul>"
    "<h2>What we're looking for</h2><ul><li>6+ years building backend systems</li><li>Experience with money or "
    "accounting data</li><li>Clear written communication: we work asynchronously</li></ul>"
    "<h2>Compensation</h2><p>The base salary for this role is $155,000 – $185,000, plus equity. We pay the same "
    "range wherever you live in the US.</p>"
    "<h2>Where you'll work</h2><p>This position is fully remote, open to candidates living in the United States. "
    "We get together twice a year, usually in Omaha.</p></div>"
    '<a href="https://tallgrass.typeform.com/apply-sbe" class="button w-button">Apply now</a></div></div>'
    + related(
        "Other open roles",
        [
            ("Office Manager", "Omaha, NE · On-site"),
            ("Customer Success Lead", "Remote (US only)"),
            ("Agronomy Data Specialist", "Des Moines, IA · Hybrid"),
        ],
    )
    + footer(
        ["© 2026 Tallgrass Ledger, Inc. 1120 Harney Street, Omaha, NE 68102"],
        ["Security", "Privacy", "Status"],
    )
    + '<script src="https://assets-global.website-files.com/64b1f0c2a9/js/webflow.js"></script>'
    "</body></html>\n",
)

add(
    {
        "file": "hospital-not-eligible-remote-us",
        "url": "https://careers.riverbendhealth.org/job/8841/patient-access-representative",
        "shape": "career-handbuilt",
        "company": "Riverbend Health",
        "title": "Patient Access Representative",
        "salary": pay(18.25, 22.4, "USD", "hour"),
        "location": loc("Columbus", "US"),
        "remote": "onsite",
        "employment_type": "full_time",
    },
    head(
        "en-US",
        "Patient Access Representative - Columbus, OH | Riverbend Health Careers",
        "Riverbend Health",
        GTM.replace("{id}", "PX81QRA"),
    )
    + "<body>\n"
    + cookie_banner("en", "onetrust")
    + nav(["Find a Job", "Nursing", "Students", "Benefits", "Veterans"], "Riverbend Health Careers")
    + '<main id="job-detail"><div class="job-header"><h1>Patient Access Representative</h1>'
    '<dl class="job-facts"><dt>Location</dt><dd>Riverbend Medical Center – Columbus, OH</dd>'
    "<dt>Department</dt><dd>Patient Registration</dd><dt>Shift</dt><dd>Day shift, rotating weekends</dd>"
    "<dt>Job ID</dt><dd>R-8841</dd></dl></div>"
    '<div class="job-description">'
    "<p>Patient Access Representatives are the first people our patients meet. You will register patients in the "
    "emergency department and outpatient clinics, verify insurance and collect co-pays.</p>"
    "<p><strong>Schedule:</strong> Full-time, 40 hours per week, 7:00 a.m. – 3:30 p.m. with every third weekend.</p>"
    "<p><strong>Pay range:</strong> $18.25 – $22.40 per hour, based on experience.</p>"
    "<p><strong>Work location:</strong> This role is not eligible for remote work. All registration is done in "
    "person at the Riverbend Medical Center campus.</p>"
    "<h3>Qualifications</h3><ul><li>High school diploma or GED</li><li>One year of customer service "
    "experience</li><li>Epic experience preferred</li></ul></div>"
    '<section class="benefits"><h2>Why Riverbend</h2><ul><li>Medical, dental and vision from day one</li>'
    "<li>403(b) with a 4% match</li><li>Tuition assistance</li><li>Remote work stipend for eligible roles</li></ul>"
    "</section>"
    + related(
        "Similar jobs",
        [
            ("Revenue Cycle Analyst", "Remote · Full-time"),
            ("Scheduling Coordinator", "Dublin, OH · Hybrid"),
            ("Registration Supervisor", "Columbus, OH"),
        ],
    )
    + "</main>"
    + footer(
        [
            "Riverbend Health is an equal opportunity employer.",
            "Riverbend Health · 3400 Riverbend Parkway, Columbus, OH 43214",
        ],
        ["Privacy", "Accessibility"],
    )
    + "</body></html>\n",
)

add(
    {
        "file": "wp-field-based-technician-us",
        "url": "https://www.copperlakeclimate.com/careers/field-service-technician-dallas/",
        "shape": "career-wordpress",
        "company": "Copperlake Climate Systems",
        "title": "Field Service Technician",
        "salary": pay(62000, 74000, "USD", "year"),
        "location": loc("Dallas", "US"),
        "remote": None,
        "employment_type": "full_time",
    },
    head(
        "en-US",
        "Field Service Technician – Dallas | Copperlake Climate Systems",
        "Copperlake Climate Systems",
        '<link rel="stylesheet" href="/wp-content/themes/astra/assets/css/minified/main.min.css">\n',
        generator="WordPress 6.5.4",
    )
    + '<body class="page-template-default page">\n'
    + cookie_banner("en")
    + nav(["Solutions", "Service", "About", "Careers", "Contact"], "Copperlake Climate Systems")
    + '<div id="content" class="site-content"><div class="ast-container"><article class="page type-page">'
    '<h1 class="entry-title">Field Service Technician</h1><div class="entry-content">'
    "<p><strong>Territory:</strong> Dallas–Fort Worth</p>"
    "<p>Copperlake installs and services commercial refrigeration and HVAC equipment for grocery chains and "
    "restaurants. We are hiring a field service technician to cover stores across the Dallas–Fort Worth area.</p>"
    "<p>This is a field-based position: you will be home-based and spend your day on the road between customer "
    "sites in a company van. Occasional travel to Oklahoma City for training.</p>"
    "<h2>Responsibilities</h2><ul><li>Preventive maintenance on rooftop units and walk-in coolers</li><li>Diagnosing "
    "and repairing refrigeration circuits</li><li>Completing service reports on a tablet</li></ul>"
    "<h2>Requirements</h2><ul><li>EPA Section 608 Universal certification</li><li>3+ years of commercial HVAC/R "
    "experience</li><li>A clean driving record</li></ul>"
    "<h2>Pay and benefits</h2><p>Full-time, Monday–Friday with an on-call rotation. $62,000 – $74,000 per year plus "
    "overtime.</p><ul><li>Company van, fuel card and phone</li><li>401(k) with match</li><li>Paid certifications"
    "</li></ul>"
    '<div class="wpforms-container"><form class="wpforms-form"><label>Name</label><input type="text">'
    '<label>Years of experience</label><input type="text" placeholder="e.g. 5"><button type="submit">Apply</button>'
    "</form></div></div></article></div></div>"
    + footer(
        ["Copperlake Climate Systems LLC · 7710 Stemmons Fwy, Dallas, TX 75247 · TACLA 44120C"],
        ["Privacy Policy", "Careers", "Contact"],
    )
    + "</body></html>\n",
)

add(
    {
        "file": "lever-onsite-in-text-no-workplace-us",
        "url": "https://jobs.lever.co/halvorsen-bio/5c0e9a41-7d2b-4f36-a1b8-33e7c9d21f05",
        "shape": "ats-lever",
        "company": "Halvorsen Bio",
        "title": "Research Associate, Cell Line Development",
        "salary": pay(72000, 88000, "USD", "year"),
        "location": loc("Austin", "US"),
        "remote": "onsite",
        "employment_type": "full_time",
    },
    head(
        "en",
        "Halvorsen Bio - Research Associate, Cell Line Development",
        "Halvorsen Bio",
        '<link rel="stylesheet" href="https://jobs.lever.co/css/posting.css">\n',
    )
    + '<body class="show">\n'
    + '<div class="page show"><div class="main-header page-full-width section-wrapper"><div class="main-header-content">'
    '<a class="main-header-logo" href="https://jobs.lever.co/halvorsen-bio"><img alt="Halvorsen Bio logo" '
    'src="https://lever-client-logos.s3.amazonaws.com/halvorsen.png"></a></div></div>'
    '<div class="section-wrapper page-full-width"><div class="section page-centered posting-header">'
    '<div class="posting-headline"><h2>Research Associate, Cell Line Development</h2>'
    '<div class="posting-categories"><div class="sort-by-time posting-category medium-category-label location">'
    'Austin, TX</div><div class="sort-by-team posting-category medium-category-label department">Research – '
    'Bioprocess</div><div class="sort-by-commitment posting-category medium-category-label commitment">Full-time'
    "</div></div></div>"
    '<div class="postings-btn-wrapper"><a class="postings-btn template-btn-submit" '
    'href="https://jobs.lever.co/halvorsen-bio/5c0e9a41-7d2b-4f36-a1b8-33e7c9d21f05/apply">Apply for this job</a></div>'
    "</div></div>"
    '<div class="section-wrapper page-full-width"><div class="section page-centered" data-qa="job-description">'
    "<div>Halvorsen Bio develops cell lines for biologics manufacturing. Our team of 70 works between a lab in "
    "Austin and a small office in Boston.</div><div><br></div>"
    "<div>As a Research Associate you will run transfections, clone selection and productivity assays, and keep "
    "our electronic lab notebook in order.</div><div><br></div>"
    "<div>This position is fully on-site in our Austin lab; bench work cannot be done from home.</div></div>"
    '<div class="section page-centered"><h3>What you bring</h3><ul class="posting-requirements plain-list">'
    "<li>BS or MS in biology, biochemistry or a related field</li><li>1–3 years of mammalian cell culture</li>"
    "<li>Comfort with aseptic technique</li></ul></div>"
    '<div class="section page-centered" data-qa="salary-range"><h3>Salary range</h3><div>$72,000 - $88,000 a year'
    "</div></div>"
    '<div class="section page-centered" data-qa="closing-description"><div>We offer medical, dental and vision '
    "coverage, a 401(k) match, and a hybrid schedule for our Boston business team.</div></div></div>"
    '<div class="main-footer page-full-width"><div class="main-footer-text page-centered"><p>'
    '<a href="https://jobs.lever.co/halvorsen-bio">Halvorsen Bio Home Page</a></p><a class="image-link" '
    'href="https://lever.co/"><span>Jobs powered by </span><img alt="Lever logo" src="/img/lever-logo-full.svg">'
    "</a></div></div></div>"
    "</body></html>\n",
)

add(
    {
        "file": "handbuilt-hybrid-montreal-ca",
        "url": "https://carrieres.boreal-actuariat.ca/en/jobs/actuarial-analyst",
        "shape": "career-handbuilt",
        "company": "Boréal Actuariat",
        "title": "Actuarial Analyst",
        "salary": pay(68000, 80000, "CAD", "year"),
        "location": loc("Montréal", "CA"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head(
        "en-CA",
        "Actuarial Analyst | Careers | Boréal Actuariat",
        "Boréal Actuariat",
        '<link rel="alternate" hreflang="fr-CA" href="https://carrieres.boreal-actuariat.ca/fr/emplois/analyste-actuariel">\n',
    )
    + "<body>\n"
    + cookie_banner("en")
    + nav(["Services", "Team", "Careers", "Français"], "Boréal Actuariat")
    + '<main><div class="job-wrap"><h1>Actuarial Analyst</h1>'
    '<ul class="facts"><li><span class="k">Office</span> Montréal (Quartier des spectacles)</li>'
    '<li><span class="k">Schedule</span> Full-time, 37.5 h/week</li><li><span class="k">Salary</span> '
    "$68,000–$80,000 per year</li></ul>"
    "<p>Boréal Actuariat advises pension plans and group insurers across Quebec and Ontario. We are hiring an "
    "actuarial analyst to join our pension valuation team.</p>"
    "<h2>Your work</h2><ul><li>Preparing funding and accounting valuations</li><li>Cleaning membership data</li>"
    "<li>Drafting sections of client reports, in English and French</li></ul>"
    "<h2>Working with us</h2><p>Our teams work in hybrid mode: two days per week at our Montréal office, the "
    "other days from home. We also close the office between Christmas and New Year.</p>"
    "<h2>Requirements</h2><ul><li>A degree in actuarial science</li><li>Progress toward the SOA or CIA exams</li>"
    "<li>Good French and English</li></ul></div>"
    + apply_form("Apply online", [("Name", ""), ("Email", ""), ("Exams passed", "e.g. P, FM, FAM")], "Submit")
    + "</main>"
    + footer(
        ["Boréal Actuariat inc. · 1250 boul. René-Lévesque O., Montréal QC H3B 4W8"], ["Privacy", "Français"]
    )
    + "</body></html>\n",
)

add(
    {
        "file": "recruitee-remote-canada-freelance",
        "url": "https://northpinemedia.recruitee.com/o/freelance-video-editor",
        "shape": "ats-recruitee",
        "company": "Northpine Media",
        "title": "Freelance Video Editor",
        "salary": pay(45, 55, "CAD", "hour"),
        "location": loc(None, "CA"),
        "remote": "remote",
        "employment_type": "contract",
    },
    head("en", "Freelance Video Editor - Northpine Media", "Northpine Media")
    + "<body>\n"
    + '<div id="app"><div class="cookie-bar"><p>This website uses cookies to improve your experience.</p>'
    "<button>Accept</button></div>"
    '<header class="careers-header"><a href="/"><img src="https://recruitee-main.s3.amazonaws.com/logo/northpine.png" '
    'alt="Northpine Media"></a><nav><a href="/">Jobs</a><a href="https://northpinemedia.ca">Website</a></nav></header>'
    '<main><section class="offer"><h1>Freelance Video Editor</h1>'
    '<ul class="offer-tags"><li>Post-production</li><li>Freelance</li></ul>'
    '<div class="offer-description">'
    "<p>Northpine Media makes documentary series for broadcasters and streamers. For our next series, eight "
    "episodes about small-town hockey, we are looking for a freelance video editor.</p>"
    "<p><strong>The engagement:</strong> a freelance contract of about six months at 20 hours a week, "
    "$45–$55 per hour depending on experience. You invoice us monthly.</p>"
    "<p><strong>Where:</strong> Remote within Canada. Our producers are in Toronto and Halifax; you'll need to "
    "be available for reviews between 10 a.m. and 3 p.m. Eastern.</p>"
    "<h3>You have</h3><ul><li>Broadcast documentary credits</li><li>Premiere Pro or Avid, and DaVinci for "
    "conform</li><li>Fast, reliable upload speeds</li></ul></div>"
    '<a class="btn apply" href="/o/freelance-video-editor/c/new">Apply for this job</a></section>'
    + related(
        "Other jobs",
        [
            ("Production Coordinator", "Toronto · Full-time · In office"),
            ("Archive Researcher", "Halifax · Part-time"),
        ],
    )
    + "</main><footer><p>© 2026 Northpine Media Inc.</p><p>Powered by Recruitee</p></footer></div>"
    "</body></html>\n",
)

add(
    {
        "file": "wp-hybrid-available-brisbane-au",
        "url": "https://www.saltbushplanning.com.au/careers/senior-town-planner/",
        "shape": "career-wordpress",
        "company": "Saltbush Planning",
        "title": "Senior Town Planner",
        "salary": pay(120000, 135000, "AUD", "year"),
        "location": loc("Brisbane", "AU"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head(
        "en-AU",
        "Senior Town Planner - Saltbush Planning",
        "Saltbush Planning",
        '<link rel="stylesheet" href="/wp-content/themes/Divi/style.min.css">\n',
        generator="WordPress 6.6",
    )
    + '<body class="page et_divi_theme">\n'
    + cookie_banner("en")
    + nav(["About", "Services", "Projects", "Careers", "Contact"], "Saltbush Planning")
    + '<div id="et-main-area"><div id="main-content"><div class="et_pb_section"><div class="et_pb_row">'
    '<div class="et_pb_module et_pb_text"><div class="et_pb_text_inner"><h1>Senior Town Planner</h1>'
    "<p><strong>Brisbane CBD | Full time, permanent | $120,000 – $135,000 + super</strong></p>"
    "<p>Saltbush is an independent planning consultancy of 25 planners working on residential, industrial and "
    "renewable energy projects across South East Queensland.</p>"
    "<h2>The opportunity</h2><p>You'll lead development applications from pre-lodgement to decision, mentor two "
    "graduate planners and represent clients at council meetings.</p>"
    "<h2>Why join us</h2><ul><li>Hybrid working available: up to two days a week from home</li><li>A 9-day "
    "fortnight option</li><li>Paid PIA membership</li><li>Annual wellbeing allowance</li></ul>"
    "<h2>About you</h2><ul><li>Degree in planning and 6+ years' experience</li><li>Strong knowledge of the "
    "Planning Act 2016 (Qld)</li><li>Current driver's licence</li></ul>"
    "</div></div></div></div></div></div>"
    + apply_form(
        "Apply now", [("Name", ""), ("Phone", "04xx xxx xxx"), ("Expected salary", "e.g. $125,000")], "Submit"
    )
    + footer(
        ["Saltbush Planning Pty Ltd · ABN 41 622 918 007 · Level 9, 120 Edward Street, Brisbane QLD 4000"],
        ["Privacy", "Contact"],
    )
    + "</body></html>\n",
)

add(
    {
        "file": "fixed-term-onsite-warehouse-perth-au",
        "url": "https://careers.karriway.com.au/jobs/inventory-controller-12-month-fixed-term",
        "shape": "career-handbuilt",
        "company": "Karriway Outdoor",
        "title": "Inventory Controller – 12 Month Fixed Term",
        "salary": pay(75000, 80000, "AUD", "year"),
        "location": loc("Perth", "AU"),
        "remote": "onsite",
        "employment_type": "temporary",
    },
    head("en-AU", "Inventory Controller – 12 Month Fixed Term | Karriway Careers", "Karriway Outdoor")
    + "<body>\n"
    + cookie_banner("en", "cookiebot")
    + nav(["Shop", "Stores", "Careers", "Help"], "Karriway Outdoor")
    + '<main class="job"><nav class="crumbs"><a href="/">Careers</a> / <a href="/jobs">Jobs</a> / Inventory Controller'
    "</nav><h1>Inventory Controller – 12 Month Fixed Term</h1>"
    '<div class="job-summary"><p>Distribution Centre, Kewdale WA · Perth</p><p>$75,000 – $80,000 + super</p></div>'
    "<p>Karriway sells tents, packs and outdoor clothing through 38 stores and online. Our Perth distribution "
    "centre ships to every store in the country, and we need an inventory controller to cover parental leave for "
    "twelve months.</p>"
    "<p>This is a fixed-term contract, full time (38 hours a week). It is an on-site role at our distribution "
    "centre in Kewdale; the stock counts and cycle checks happen on the warehouse floor.</p>"
    "<h2>What you'll do</h2><ul><li>Cycle counts and stock reconciliations</li><li>Investigating variances in "
    "Manhattan WMS</li><li>Reporting shrinkage to the finance team</li></ul>"
    "<h2>Perks</h2><ul><li>40% staff discount</li><li>Gear days</li><li>Flexible start times</li></ul></main>"
    + related(
        "More roles",
        [("Store Manager", "Fremantle · Full time"), ("Digital Merchandiser", "Remote (Australia)")],
    )
    + footer(["Karriway Outdoor Pty Ltd · 11 Kewdale Road, Kewdale WA 6105"], ["Privacy", "Careers"])
    + "</body></html>\n",
)


# --- German ------------------------------------------------------------------------------------------------

add(
    {
        "file": "handbuilt-homeoffice-nach-absprache-de",
        "url": "https://www.kessler-messtechnik.de/karriere/stellenangebote/softwareentwickler-embedded",
        "shape": "career-handbuilt",
        "company": "Kessler Messtechnik GmbH",
        "title": "Softwareentwickler Embedded C/C++ (m/w/d)",
        "salary": None,
        "location": loc("Stuttgart", "DE"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head(
        "de",
        "Softwareentwickler Embedded C/C++ (m/w/d) | Karriere | Kessler Messtechnik",
        "Kessler Messtechnik",
    )
    + "<body>\n"
    + cookie_banner("de", "cookiebot")
    + nav(["Produkte", "Branchen", "Unternehmen", "Karriere", "Kontakt"], "Kessler Messtechnik Logo")
    + '<main id="inhalt"><div class="stelle"><p class="rubrik">Stellenangebot · Entwicklung</p>'
    "<h1>Softwareentwickler Embedded C/C++ (m/w/d)</h1>"
    '<p class="eckdaten">Stuttgart-Vaihingen · Vollzeit · ab sofort</p>'
    "<p>Die Kessler Messtechnik GmbH entwickelt und fertigt Drehmoment- und Kraftsensoren für Prüfstände in der "
    "Automobil- und Luftfahrtindustrie. Für unser Entwicklungsteam in Stuttgart suchen wir Verstärkung.</p>"
    "<h2>Ihre Aufgaben</h2><ul><li>Entwicklung von Firmware für unsere Messverstärker (C/C++, FreeRTOS)</li>"
    "<li>Inbetriebnahme neuer Hardware gemeinsam mit der Elektronikentwicklung</li><li>Pflege der "
    "Testautomatisierung</li></ul>"
    "<h2>Ihr Profil</h2><ul><li>Studium der Elektrotechnik, Informatik oder vergleichbar</li><li>Erfahrung mit "
    "Mikrocontrollern (STM32)</li><li>Sehr gute Deutschkenntnisse</li></ul>"
    "<h2>Wir bieten</h2><ul><li>Unbefristete Festanstellung in Vollzeit (38 Stunden)</li><li>Homeoffice nach "
    "Absprache</li><li>Gleitzeit und 30 Tage Urlaub</li><li>JobRad und Kantine</li></ul>"
    "<p>Bitte senden Sie Ihre Bewerbung mit Gehaltsvorstellung und frühestem Eintrittstermin an "
    '<a href="mailto:karriere@kessler-messtechnik.de">karriere@kessler-messtechnik.de</a>.</p></div>'
    + related(
        "Weitere Stellen",
        [
            ("Elektroniker für Geräte und Systeme (m/w/d)", "Stuttgart · Vollzeit"),
            ("Vertriebsingenieur Außendienst (m/w/d)", "Region Nord · Homeoffice"),
        ],
    )
    + "</main>"
    + footer(
        ["Kessler Messtechnik GmbH · Industriestraße 14 · 70565 Stuttgart · Amtsgericht Stuttgart HRB 72210"],
        ["Impressum", "Datenschutz", "AGB"],
    )
    + "</body></html>\n",
)

add(
    {
        "file": "webflow-zwei-tage-mobiles-arbeiten-teilzeit-de",
        "url": "https://www.kornblume-kaffee.de/jobs/content-marketing-teilzeit",
        "shape": "career-webflow",
        "company": "Kornblume Kaffee",
        "title": "Content Marketing Manager:in (Teilzeit)",
        "salary": None,
        "location": loc("Hamburg", "DE"),
        "remote": "hybrid",
        "employment_type": "part_time",
    },
    head(
        "de",
        "Content Marketing Manager:in (Teilzeit) – Kornblume Kaffee",
        "Kornblume Kaffee",
        '<link href="https://assets-global.website-files.com/6150aa/css/kornblume.webflow.css" rel="stylesheet">\n',
        generator="Webflow",
    )
    + "<body>\n"
    + cookie_banner("de")
    + nav(["Shop", "Rösterei", "Café", "Jobs", "Kontakt"], "Kornblume Kaffee")
    + '<div class="section job-detail"><div class="w-container">'
    '<h1 class="heading-job">Content Marketing Manager:in (Teilzeit)</h1>'
    '<div class="job-info-wrap"><div class="job-info">Hamburg-Ottensen</div><div class="job-info">Teilzeit '
    '(20–30 Std./Woche)</div><div class="job-info">ab Februar 2027</div></div>'
    '<div class="w-richtext">'
    "<p>Wir rösten seit 2014 in Ottensen Kaffee aus direktem Handel und verkaufen ihn in drei Cafés und online. "
    "Für unseren Newsletter, Instagram und den Blog suchen wir eine Person, die gern schreibt und fotografiert.</p>"
    "<h3>Was du machst</h3><ul><li>Redaktionsplan für Newsletter und Social Media</li><li>Texte und Fotos zu "
    "neuen Kaffees und Farmbesuchen</li><li>Auswertung der Kampagnen</li></ul>"
    "<h3>Was du mitbringst</h3><ul><li>Erfahrung im Content Marketing</li><li>Sicheres Deutsch und gutes "
    "Englisch</li></ul>"
    "<h3>So arbeiten wir</h3><p>Du bist an mindestens drei Tagen in der Rösterei in Ottensen – dort passiert das "
    "meiste, was du fotografierst. 2 Tage mobiles Arbeiten pro Woche sind möglich.</p>"
    "<h3>Was wir bieten</h3><ul><li>Kaffee, so viel du willst</li><li>HVV-Deutschlandticket</li><li>Flexible "
    "Arbeitszeiten</li></ul></div>"
    '<a href="mailto:jobs@kornblume-kaffee.de" class="button w-button">Jetzt bewerben</a></div></div>'
    + footer(["Kornblume Kaffee GmbH · Bahrenfelder Straße 88 · 22765 Hamburg"], ["Impressum", "Datenschutz"])
    + "</body></html>\n",
)

add(
    {
        "file": "personio-werkstudent-no-schedule-field-de",
        "url": "https://tiefgang-logistik.jobs.personio.de/job/1822049",
        "shape": "ats-personio",
        "company": "Tiefgang Logistik GmbH",
        "title": "Werkstudent Data Analytics (m/w/d)",
        "salary": pay(16, 16, "EUR", "hour"),
        "location": loc("Berlin", "DE"),
        "remote": "hybrid",
        "employment_type": "part_time",
    },
    head("de", "Werkstudent Data Analytics (m/w/d) | Tiefgang Logistik GmbH", "Tiefgang Logistik GmbH")
    + "<body>\n"
    + cookie_banner("de", "cookiebot")
    + '<div id="job-page"><header class="personio-header"><img alt="Tiefgang Logistik GmbH" '
    'src="https://tiefgang-logistik.jobs.personio.de/assets/logo.png"><a href="/">Alle Stellen</a></header>'
    '<main><div class="job-header"><h1>Werkstudent Data Analytics (m/w/d)</h1>'
    '<p class="job-header-details">Berlin · Business Intelligence</p></div>'
    '<div class="job-description"><h2>Deine Aufgaben</h2><ul><li>Aufbereitung von Sendungsdaten in SQL und '
    "Python</li><li>Pflege unserer Power-BI-Berichte</li><li>Unterstützung bei Ad-hoc-Analysen für den "
    "Vertrieb</li></ul>"
    "<h2>Dein Profil</h2><ul><li>Eingeschriebene:r Student:in der Wirtschaftsinformatik, Statistik o. ä.</li>"
    "<li>Erste Erfahrung mit SQL</li><li>Verfügbarkeit von 20 Stunden pro Woche während des Semesters</li></ul>"
    "<h2>Was wir bieten</h2><ul><li>16 € pro Stunde</li><li>Remote-Arbeit ist nach der Einarbeitung an zwei "
    "Tagen pro Woche möglich, sonst bist du bei uns im Büro am Westhafen</li><li>Teamevents und Obst</li></ul>"
    "</div>"
    '<div class="apply-section"><a class="btn btn-primary" href="/job/1822049#apply">Jetzt bewerben</a></div>'
    '<section class="similar-jobs"><h3>Weitere Stellen</h3><ul><li><a href="/job/1822001">Disponent (m/w/d) – '
    'Vollzeit</a></li><li><a href="/job/1822015">Werkstudent HR (m/w/d) – 100 % remote</a></li></ul></section>'
    '</main><footer><a href="https://www.personio.de/">Powered by Personio</a> · '
    '<a href="/imprint">Impressum</a> · <a href="/privacy">Datenschutz</a></footer></div>'
    "</body></html>\n",
)

add(
    {
        "file": "aussendienst-homeoffice-als-basis-de",
        "url": "https://karriere.vollmer-dental.de/stellen/medizinprodukteberater-aussendienst-muenchen",
        "shape": "career-handbuilt",
        "company": "Vollmer Dental GmbH",
        "title": "Medizinprodukteberater im Außendienst (m/w/d)",
        "salary": None,
        "location": loc("München", "DE"),
        "remote": None,
        "employment_type": "full_time",
    },
    head("de", "Medizinprodukteberater im Außendienst (m/w/d) – Vollmer Dental", "Vollmer Dental")
    + "<body>\n"
    + cookie_banner("de")
    + nav(["Produkte", "Fortbildung", "Über uns", "Karriere"], "Vollmer Dental")
    + '<main><article class="job"><h1>Medizinprodukteberater im Außendienst (m/w/d)</h1>'
    '<table class="job-facts"><tr><th>Gebiet</th><td>München und Oberbayern</td></tr>'
    "<tr><th>Arbeitszeit</th><td>Vollzeit</td></tr><tr><th>Vertrag</th><td>unbefristet</td></tr></table>"
    "<p>Vollmer Dental liefert Füllungsmaterialien, Instrumente und Praxisbedarf an über 4.000 Zahnarztpraxen in "
    "Süddeutschland. Für das Gebiet München und Oberbayern suchen wir eine:n Medizinprodukteberater:in.</p>"
    "<h2>Ihre Aufgaben</h2><ul><li>Betreuung und Ausbau von rund 250 Praxen und Kliniken</li><li>Produktvorführungen "
    "direkt in der Praxis</li><li>Teilnahme an Fachmessen</li></ul>"
    "<h2>Was wir bieten</h2><ul><li>Firmenwagen, auch zur privaten Nutzung</li><li>Homeoffice als Basis für die "
    "Tourenplanung – Ihr Arbeitsplatz sind die Praxen Ihres Gebiets</li><li>Fixgehalt plus Provision</li></ul>"
    "<h2>Ihr Profil</h2><ul><li>Ausbildung als ZFA oder Zahntechniker:in, gern mit Vertriebserfahrung</li>"
    "<li>Führerschein Klasse B</li><li>Wohnsitz im Großraum München</li></ul></article>"
    + apply_form(
        "Online bewerben",
        [("Vorname", ""), ("Nachname", ""), ("Gehaltsvorstellung", "z. B. 55.000 €")],
        "Bewerbung absenden",
    )
    + "</main>"
    + footer(["Vollmer Dental GmbH · Landsberger Straße 302 · 80687 München"], ["Impressum", "Datenschutz"])
    + "</body></html>\n",
)


# --- French ------------------------------------------------------------------------------------------------

add(
    {
        "file": "hubspot-teletravail-partiel-cdi-fr",
        "url": "https://recrutement.atelier-maraiche.fr/offres/charge-de-comptabilite-fournisseurs",
        "shape": "career-hubspot",
        "company": "L'Atelier Maraîche",
        "title": "Chargé(e) de comptabilité fournisseurs",
        "salary": pay(30000, 34000, "EUR", "year"),
        "location": loc("Nantes", "FR"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head(
        "fr",
        "Chargé(e) de comptabilité fournisseurs | L'Atelier Maraîche recrute",
        "L'Atelier Maraîche",
        '<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/4471203.js">'
        "</script>\n",
        generator="HubSpot",
    )
    + "<body>\n"
    + cookie_banner("fr", "onetrust")
    + nav(["Nos paniers", "Producteurs", "Recrutement", "Contact"], "L'Atelier Maraîche")
    + '<main id="main-content"><div class="dnd-section"><div class="hs_cos_wrapper hs_cos_wrapper_widget">'
    "<h1>Chargé(e) de comptabilité fournisseurs</h1>"
    "<p><strong>Nantes (Île de Nantes) – CDI – temps plein</strong></p>"
    "<p>L'Atelier Maraîche livre chaque semaine 9 000 paniers de légumes de 140 producteurs de Loire-Atlantique "
    "et de Vendée. Notre service financier recrute un(e) chargé(e) de comptabilité fournisseurs.</p>"
    "<h2>Vos missions</h2><ul><li>Saisie et contrôle des factures producteurs</li><li>Préparation des "
    "règlements hebdomadaires</li><li>Lettrage et relances</li></ul>"
    "<h2>Votre profil</h2><ul><li>BTS ou DCG en comptabilité</li><li>Une première expérience en comptabilité "
    "fournisseurs</li><li>Maîtrise d'Excel</li></ul>"
    "<h2>Conditions</h2><p>Contrat à durée indéterminée, 35 heures par semaine. Rémunération : 30 000 à 34 000 € "
    "bruts annuels selon expérience. Télétravail partiel possible (jusqu'à 2 jours par semaine) après la période "
    "d'essai. Tickets restaurant et mutuelle prise en charge à 60 %.</p>"
    '<p><a class="cta" href="https://share.hsforms.com/1candidature">Postuler</a></p></div></div></main>'
    + related(
        "Nos autres offres",
        [
            ("Préparateur de commandes (H/F)", "Rezé · CDD"),
            ("Chef de projet web (H/F)", "Nantes · Télétravail"),
        ],
    )
    + footer(
        ["L'Atelier Maraîche SAS · 5 quai François Mitterrand · 44200 Nantes"],
        ["Mentions légales", "Politique de confidentialité"],
    )
    + "</body></html>\n",
)

add(
    {
        "file": "cdd-six-mois-presence-sur-site-fr",
        "url": "https://www.tremaillon-services.fr/carrieres/technicien-support-niveau-2-cdd",
        "shape": "career-handbuilt",
        "company": "Trémaillon Services",
        "title": "Technicien support niveau 2 (H/F)",
        "salary": pay(2100, 2300, "EUR", "month"),
        "location": loc("Lille", "FR"),
        "remote": "onsite",
        "employment_type": "temporary",
    },
    head("fr", "Technicien support niveau 2 (H/F) – Trémaillon Services", "Trémaillon Services")
    + "<body>\n"
    + cookie_banner("fr")
    + nav(["Infogérance", "Cloud", "Cybersécurité", "Carrières", "Contact"], "Trémaillon Services")
    + '<main><section class="offre"><h1>Technicien support niveau 2 (H/F)</h1>'
    '<ul class="infos"><li>Lille (Euratechnologies)</li><li>CDD de 6 mois</li><li>Début : janvier 2027</li></ul>'
    '<div class="qui-sommes-nous"><h2>Qui sommes-nous ?</h2><p>Trémaillon Services gère le parc informatique '
    "de 300 PME des Hauts-de-France. Nos équipes de développement travaillent en full remote depuis 2021, nos "
    "techniciens sont au plus près des clients.</p></div>"
    "<h2>Le poste</h2><p>Dans le cadre d'un surcroît d'activité lié à une migration, nous recrutons un technicien "
    "support niveau 2 en CDD de 6 mois, à temps plein. Vous traitez les tickets escaladés par le niveau 1 et "
    "préparez les postes de travail en atelier.</p>"
    "<p>La présence sur site est obligatoire : l'atelier de préparation et le stock se trouvent dans nos locaux "
    "lillois.</p>"
    "<h2>Rémunération</h2><p>2 100 à 2 300 € bruts par mois, plus prime de fin de contrat.</p>"
    "<h2>Profil</h2><ul><li>Bac+2 en informatique</li><li>Connaissance d'Active Directory et de Microsoft 365</li>"
    "</ul></section>"
    + apply_form("Postuler", [("Nom", ""), ("Prétentions salariales", "Ex : 28 000 €")], "Envoyer")
    + "</main>"
    + footer(
        ["Trémaillon Services SARL · 165 avenue de Bretagne · 59000 Lille"],
        ["Mentions légales", "Nos offres en télétravail", "Plan du site"],
    )
    + "</body></html>\n",
)

add(
    {
        "file": "stage-pas-de-teletravail-bordeaux-fr",
        "url": "https://www.vignobles-castaing.fr/nous-rejoindre/stage-assistant-export",
        "shape": "career-wordpress",
        "company": "Vignobles Castaing",
        "title": "Stage – Assistant(e) export (6 mois)",
        "salary": pay(4.35, 4.35, "EUR", "hour"),
        "location": loc("Bordeaux", "FR"),
        "remote": "onsite",
        "employment_type": "internship",
    },
    head(
        "fr",
        "Stage – Assistant(e) export (6 mois) - Vignobles Castaing",
        "Vignobles Castaing",
        '<link rel="stylesheet" href="/wp-content/plugins/elementor/assets/css/frontend.min.css">\n',
        generator="WordPress 6.6.1",
    )
    + '<body class="page elementor-page">\n'
    + cookie_banner("fr")
    + nav(["Nos vins", "Domaines", "Œnotourisme", "Nous rejoindre"], "Vignobles Castaing")
    + '<div data-elementor-type="wp-page" class="elementor"><section class="elementor-section">'
    '<div class="elementor-widget-container"><h1 class="elementor-heading-title">Stage – Assistant(e) export (6 mois)'
    "</h1></div>"
    '<div class="elementor-widget-container"><p>Vignobles Castaing exploite quatre châteaux en Entre-deux-Mers et '
    "exporte 70 % de sa production vers l'Asie et l'Amérique du Nord.</p>"
    "<p>Nous proposons un stage de fin d'études de 6 mois à partir de mars 2027, au sein du service export, dans "
    "nos bureaux du quai des Chartrons à Bordeaux.</p>"
    "<p><strong>Missions :</strong> préparation des documents d'expédition, suivi des commandes importateurs, "
    "mise à jour des fiches produits en anglais.</p>"
    "<p><strong>Conditions :</strong> gratification légale (4,35 € par heure), 35 h par semaine. Le poste ne "
    "permet pas le télétravail : les échantillons et les dossiers douane sont au bureau.</p>"
    "<p><strong>Profil :</strong> école de commerce ou master commerce international, anglais courant, le mandarin "
    "est un plus.</p></div></section></div>"
    + footer(
        [
            "SCEA Vignobles Castaing · 48 quai des Chartrons · 33000 Bordeaux",
            "L'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
        ],
        ["Mentions légales", "Nos offres en télétravail", "Contact"],
    )
    + "</body></html>\n",
)


# --- Spanish -----------------------------------------------------------------------------------------------

add(
    {
        "file": "webflow-100-remoto-desde-espana-es",
        "url": "https://www.olivarsoft.es/empleo/desarrollador-frontend-senior",
        "shape": "career-webflow",
        "company": "Olivarsoft",
        "title": "Desarrollador/a Frontend Senior",
        "salary": pay(45000, 55000, "EUR", "year"),
        "location": loc(None, "ES"),
        "remote": "remote",
        "employment_type": "full_time",
    },
    head(
        "es",
        "Desarrollador/a Frontend Senior | Olivarsoft",
        "Olivarsoft",
        '<link href="https://assets-global.website-files.com/62ff01/css/olivarsoft.webflow.css" rel="stylesheet">\n',
        generator="Webflow",
    )
    + "<body>\n"
    + cookie_banner("es")
    + nav(["Producto", "Clientes", "Empleo", "Blog"], "Olivarsoft")
    + '<div class="section-oferta"><div class="container w-container"><h1>Desarrollador/a Frontend Senior</h1>'
    '<div class="oferta-meta"><div>Producto</div><div>45.000 – 55.000 € brutos/año</div></div>'
    '<div class="w-richtext"><p>Olivarsoft hace el software de gestión que usan más de 600 almazaras y '
    "cooperativas de aceite en España y Portugal. Tenemos oficina en Jaén, pero el equipo de producto trabaja "
    "en remoto.</p>"
    "<h3>Qué harás</h3><ul><li>Evolucionar nuestra aplicación web (React, TypeScript)</li><li>Diseñar con el "
    "equipo de UX la nueva trazabilidad por lotes</li><li>Revisar código y acompañar a dos perfiles junior</li></ul>"
    "<h3>Qué buscamos</h3><ul><li>5 años o más con React</li><li>Experiencia con tests end-to-end</li></ul>"
    "<h3>Qué ofrecemos</h3><ul><li>Contrato indefinido a jornada completa</li><li>Puesto 100 % remoto desde "
    "España; una semana al año nos juntamos en Jaén durante la campaña</li><li>Presupuesto de formación</li></ul>"
    "</div>"
    '<a href="mailto:empleo@olivarsoft.es" class="button w-button">Quiero aplicar</a></div></div>'
    + related(
        "Otras ofertas",
        [
            ("Técnico/a de implantación", "Jaén · Presencial"),
            ("Comercial de zona", "Córdoba · Jornada completa"),
        ],
    )
    + footer(
        ["Olivarsoft S.L. · Calle Bernabé Soriano 21 · 23001 Jaén"], ["Aviso legal", "Privacidad", "Cookies"]
    )
    + "</body></html>\n",
)

add(
    {
        "file": "board-jsonld-indefinido-presencial-es",
        "url": "https://www.empleoaragon.es/oferta/tecnico-prevencion-riesgos-laborales-zaragoza-88213",
        "shape": "board-jsonld",
        "company": "Grupo Ebrotec",
        "title": "Técnico/a de Prevención de Riesgos Laborales",
        "salary": pay(28000, 32000, "EUR", "year"),
        "location": loc("Zaragoza", "ES"),
        "remote": "onsite",
        "employment_type": None,
    },
    head(
        "es",
        "Técnico/a de Prevención de Riesgos Laborales en Zaragoza - Grupo Ebrotec | EmpleoAragón",
        "EmpleoAragón",
        jsonld(
            {
                "@context": "https://schema.org",
                "@type": "JobPosting",
                "title": "Técnico/a de Prevención de Riesgos Laborales",
                "datePosted": "2026-11-27",
                "hiringOrganization": {"@type": "Organization", "name": "Grupo Ebrotec"},
                "jobLocation": {
                    "@type": "Place",
                    "address": {
                        "@type": "PostalAddress",
                        "addressLocality": "Zaragoza",
                        "addressRegion": "Zaragoza",
                        "addressCountry": "ES",
                    },
                },
                "description": "Grupo Ebrotec busca un/a técnico/a de prevención para sus plantas de Zaragoza.",
            }
        ),
    )
    + "<body>\n"
    + cookie_banner("es", "cookiebot")
    + nav(["Buscar ofertas", "Empresas", "Orientación", "Mi cuenta"], "EmpleoAragón")
    + '<main><div class="oferta"><h1>Técnico/a de Prevención de Riesgos Laborales</h1>'
    '<p class="empresa">Grupo Ebrotec</p>'
    '<ul class="resumen"><li>Zaragoza</li><li>28.000 € - 32.000 € bruto/año</li><li>Publicada hace 6 días</li>'
    "</ul>"
    '<div class="descripcion"><p>Grupo Ebrotec fabrica componentes de chapa para automoción en dos plantas del '
    "polígono de Plaza. Buscamos un/a técnico/a de prevención de nivel superior.</p>"
    "<p><strong>Funciones:</strong> evaluación de riesgos, investigación de accidentes, formación a los equipos "
    "de planta y coordinación de actividades empresariales.</p>"
    "<p><strong>Requisitos:</strong> máster en PRL con las tres especialidades, 2 años de experiencia en "
    "industria.</p>"
    "<p><strong>Se ofrece:</strong> contrato indefinido, trabajo presencial en nuestras plantas de Zaragoza, "
    "flexibilidad horaria de entrada y jornada intensiva los viernes.</p></div></div>"
    + related(
        "Ofertas similares",
        [
            ("Técnico/a PRL - teletrabajo", "Huesca · 25.000 €"),
            ("Coordinador/a de seguridad", "Teruel · Jornada completa"),
        ],
    )
    + apply_form(
        "Inscribirme en esta oferta", [("Nombre", ""), ("Salario deseado", "Ej. 30.000 €")], "Inscribirme"
    )
    + "</main>"
    + footer(["EmpleoAragón es un portal de empleo privado. © 2026"], ["Aviso legal", "Privacidad"])
    + "</body></html>\n",
)

add(
    {
        "file": "board-media-jornada-hibrido-sevilla-es",
        "url": "https://www.trabajosur.es/empleo/sevilla/administrativo-a-media-jornada-77120",
        "shape": "board-jsonld",
        "company": "Clínica Dental Giralda",
        "title": "Administrativo/a a media jornada",
        "salary": pay(9600, 9600, "EUR", "year"),
        "location": loc("Sevilla", "ES"),
        "remote": "hybrid",
        "employment_type": "part_time",
    },
    head(
        "es",
        "Administrativo/a a media jornada - Sevilla | TrabajoSur",
        "TrabajoSur",
        jsonld(
            {
                "@context": "https://schema.org",
                "@type": "JobPosting",
                "title": "Administrativo/a a media jornada",
                "employmentType": "PART_TIME",
                "datePosted": "2026-11-30",
                "hiringOrganization": {"@type": "Organization", "name": "Clínica Dental Giralda"},
                "jobLocation": {
                    "@type": "Place",
                    "address": {
                        "@type": "PostalAddress",
                        "addressLocality": "Sevilla",
                        "addressCountry": "ES",
                    },
                },
                "baseSalary": {
                    "@type": "MonetaryAmount",
                    "currency": "EUR",
                    "value": {"@type": "QuantitativeValue", "value": 9600, "unitText": "YEAR"},
                },
                "description": "<p>Clínica Dental Giralda busca administrativo/a a media jornada.</p>",
            }
        ),
    )
    + "<body>\n"
    + cookie_banner("es")
    + nav(["Ofertas", "Publicar oferta", "Consejos", "Acceder"], "TrabajoSur")
    + '<main class="detalle"><h1>Administrativo/a a media jornada</h1><p class="empresa">Clínica Dental Giralda</p>'
    '<p class="lugar">Sevilla (Nervión)</p>'
    "<p>Somos una clínica con 14 profesionales y buscamos una persona para la gestión administrativa: "
    "facturación a mutuas, citas y proveedores.</p>"
    "<p>Es una media jornada de 20 horas semanales, de lunes a viernes por la mañana. Ofrecemos trabajo híbrido: "
    "3 días en la clínica de Nervión y 2 desde casa, una vez conozcas el programa de gestión.</p>"
    "<p>Salario: 9.600 € brutos anuales. Incorporación inmediata.</p>"
    "<p>Requisitos: FP de Administración, manejo de Excel, experiencia con mutuas dentales.</p></main>"
    + related(
        "Empleos parecidos",
        [
            ("Recepcionista", "Dos Hermanas · Jornada completa"),
            ("Auxiliar administrativo/a", "Remoto · Media jornada"),
        ],
    )
    + footer(["TrabajoSur · Avda. de la Constitución 12, 41004 Sevilla"], ["Aviso legal", "Cookies"])
    + "</body></html>\n",
)


# --- Dutch -------------------------------------------------------------------------------------------------

add(
    {
        "file": "deels-thuiswerken-fulltime-utrecht-nl",
        "url": "https://werkenbij.vandermeulenadvies.nl/vacatures/belastingadviseur-mkb",
        "shape": "career-wordpress",
        "company": "Van der Meulen Advies",
        "title": "Belastingadviseur MKB",
        "salary": pay(4200, 5600, "EUR", "month"),
        "location": loc("Utrecht", "NL"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head(
        "nl",
        "Belastingadviseur MKB - Werken bij Van der Meulen Advies",
        "Werken bij Van der Meulen Advies",
        generator="WordPress 6.6.2",
    )
    + "<body>\n"
    + cookie_banner("nl", "cookiebot")
    + nav(["Vacatures", "Werken bij ons", "Opleidingen", "Contact"], "Van der Meulen Advies")
    + '<main><article class="vacature"><h1>Belastingadviseur MKB</h1>'
    '<ul class="kenmerken"><li><i class="icon-pin"></i> Utrecht</li><li><i class="icon-clock"></i> Fulltime '
    '(40 uur)</li><li><i class="icon-euro"></i> € 4.200 - € 5.600 bruto per maand</li></ul>'
    "<p>Van der Meulen Advies is een accountants- en belastingadvieskantoor met 60 collega's in Utrecht en "
    "Amersfoort. Wij adviseren ondernemers in het mkb over vennootschapsbelasting, btw en bedrijfsopvolging.</p>"
    "<h2>Wat ga je doen?</h2><ul><li>Aangiften Vpb en IB voor een eigen klantenportefeuille</li><li>Adviseren bij "
    "herstructureringen</li><li>Begeleiden van junior adviseurs</li></ul>"
    "<h2>Wat bieden wij?</h2><ul><li>Een vast contract na één jaar</li><li>Deels thuiswerken is mogelijk, in "
    "overleg met je team</li><li>13e maand en 27 vakantiedagen</li><li>Opleiding tot fiscalist via de "
    "Belastingacademie</li></ul>"
    "<h2>Wie ben jij?</h2><ul><li>Hbo of wo fiscaal recht</li><li>Minimaal 3 jaar ervaring</li></ul></article>"
    + related(
        "Andere vacatures",
        [("Assistent accountant", "Amersfoort · 32-40 uur"), ("Salarisadministrateur", "Utrecht · Parttime")],
    )
    + apply_form("Solliciteer direct", [("Naam", ""), ("Telefoon", "06-12345678")], "Verstuur")
    + "</main>"
    + footer(
        ["Van der Meulen Advies B.V. · Catharijnesingel 59 · 3511 GC Utrecht · KvK 30188421"],
        ["Privacyverklaring", "Cookies"],
    )
    + "</body></html>\n",
)

add(
    {
        "file": "zzp-freelance-op-locatie-rotterdam-nl",
        "url": "https://www.havenwerk.nl/opdrachten/freelance-projectleider-elektrotechniek-rotterdam",
        "shape": "board-handbuilt",
        "company": "Havenwerk Detachering",
        "title": "Freelance Projectleider Elektrotechniek",
        "salary": pay(75, 90, "EUR", "hour"),
        "location": loc("Rotterdam", "NL"),
        "remote": "onsite",
        "employment_type": "contract",
    },
    head("nl", "Freelance Projectleider Elektrotechniek | Rotterdam | Havenwerk", "Havenwerk")
    + "<body>\n"
    + cookie_banner("nl")
    + nav(["Opdrachten", "Voor opdrachtgevers", "Over Havenwerk", "Inloggen"], "Havenwerk")
    + '<main><div class="opdracht"><h1>Freelance Projectleider Elektrotechniek</h1>'
    '<div class="opdracht-info"><span>Rotterdam (Waalhaven)</span><span>36 uur per week</span>'
    "<span>Freelance / ZZP</span><span>€ 75 - € 90 per uur</span></div>"
    "<p>Voor een opdrachtgever in de havenlogistiek zoeken wij een freelance projectleider voor de vernieuwing "
    "van de laagspanningsinstallaties van twee distributiecentra.</p>"
    "<p><strong>Opdracht:</strong> 9 maanden met optie op verlenging, start 1 februari 2027. Je werkt op locatie "
    "bij de opdrachtgever in de Waalhaven; thuiswerken is bij deze opdracht niet mogelijk.</p>"
    "<p><strong>Eisen:</strong> hbo Elektrotechniek, VCA-VOL, ervaring met NEN 1010 en NEN 3140.</p>"
    "<p>Je factureert via Havenwerk; wij betalen binnen 14 dagen.</p></div>"
    + related(
        "Vergelijkbare opdrachten",
        [
            ("Werkvoorbereider E", "Dordrecht · ZZP · Hybride"),
            ("Commissioning engineer", "Remote / Rotterdam"),
        ],
    )
    + "</main>"
    + footer(
        ["Havenwerk Detachering B.V. · Waalhaven Zuidzijde 19 · 3089 JH Rotterdam"],
        ["Privacy", "Algemene voorwaarden"],
    )
    + "</body></html>\n",
)


# --- Italian -----------------------------------------------------------------------------------------------

add(
    {
        "file": "lavoro-ibrido-tempo-indeterminato-bologna-it",
        "url": "https://www.emiliadati.it/lavora-con-noi/data-engineer",
        "shape": "career-wordpress",
        "company": "EmiliaDati",
        "title": "Data Engineer",
        "salary": pay(38000, 46000, "EUR", "year"),
        "location": loc("Bologna", "IT"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head("it", "Data Engineer – Lavora con noi – EmiliaDati", "EmiliaDati", generator="WordPress 6.5.5")
    + "<body>\n"
    + cookie_banner("it")
    + nav(["Soluzioni", "Chi siamo", "Lavora con noi", "Contatti"], "EmiliaDati")
    + '<main class="site-main"><article class="post type-jobs"><h1 class="entry-title">Data Engineer</h1>'
    '<div class="entry-content"><p><em>Sede: Bologna · RAL 38.000 – 46.000 €</em></p>'
    "<p>EmiliaDati sviluppa piattaforme di analisi per cooperative agroalimentari e aziende del packaging "
    "dell'Emilia-Romagna.</p>"
    "<h3>Di cosa ti occuperai</h3><ul><li>Pipeline di ingestione su Airflow e Spark</li><li>Modellazione del data "
    "warehouse</li><li>Monitoraggio della qualità dei dati</li></ul>"
    "<h3>Cosa offriamo</h3><ul><li>Contratto a tempo indeterminato, full time, CCNL Commercio</li><li>Lavoro "
    "ibrido: 3 giorni in sede in via Stalingrado, 2 da remoto</li><li>Buoni pasto da 8 €</li><li>Welfare "
    "aziendale</li></ul>"
    "<h3>Requisiti</h3><ul><li>Laurea in Informatica o Ingegneria</li><li>Almeno 2 anni con Python e SQL</li></ul>"
    "</div></article>"
    + apply_form("Candidati", [("Nome e cognome", ""), ("RAL attuale", "Es. 35.000 €")], "Invia candidatura")
    + "</main>"
    + footer(
        ["EmiliaDati S.r.l. · Via Stalingrado 45 · 40128 Bologna · P.IVA 03987650371"],
        ["Privacy", "Cookie policy"],
    )
    + "</body></html>\n",
)

add(
    {
        "file": "partita-iva-remoto-una-volta-al-mese-torino-it",
        "url": "https://www.studiograffio.it/collabora/illustratore-editoriale",
        "shape": "career-handbuilt",
        "company": "Studio Graffio",
        "title": "Illustratore editoriale",
        "salary": None,
        "location": loc("Torino", "IT"),
        "remote": "hybrid",
        "employment_type": "contract",
    },
    head("it", "Illustratore editoriale | Collabora con Studio Graffio", "Studio Graffio")
    + "<body>\n"
    + cookie_banner("it")
    + nav(["Progetti", "Studio", "Collabora", "Contatti"], "Studio Graffio")
    + '<main><section class="annuncio"><h1>Illustratore editoriale</h1>'
    "<p>Studio Graffio, a Torino, illustra libri scolastici e riviste per ragazzi per otto case editrici.</p>"
    "<p>Cerchiamo un illustratore o un'illustratrice per una collaborazione in partita IVA di almeno un anno, "
    "su due collane di narrativa per la scuola primaria. Si lavora da remoto, con presenza in studio a Torino "
    "una volta al mese per la revisione delle tavole con gli editor.</p>"
    "<h2>Chiediamo</h2><ul><li>Un portfolio di illustrazione per l'infanzia</li><li>Padronanza di Procreate o "
    "Photoshop</li><li>Rispetto delle scadenze di stampa</li></ul>"
    "<p>Compenso a tavola, da concordare in base all'esperienza.</p></section>"
    + related("Altre collaborazioni", [("Grafico impaginatore", "Torino · tempo pieno · in sede")])
    + "</main>"
    + footer(["Studio Graffio di Elena Basso · Via Nizza 112 · 10126 Torino"], ["Privacy"])
    + "</body></html>\n",
)


# --- Polish ------------------------------------------------------------------------------------------------

add(
    {
        "file": "board-praca-hybrydowa-lodz-pl",
        "url": "https://www.pracawlodzi.pl/oferta/ksiegowa-ksiegowy-22871",
        "shape": "board-handbuilt",
        "company": "Biuro Rachunkowe Tęcza",
        "title": "Księgowa / Księgowy",
        "salary": pay(6500, 8000, "PLN", "month"),
        "location": loc("Łódź", "PL"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head("pl", "Księgowa / Księgowy – Łódź – Biuro Rachunkowe Tęcza | PracawŁodzi.pl", "PracawŁodzi.pl")
    + "<body>\n"
    + cookie_banner("pl")
    + nav(["Oferty pracy", "Pracodawcy", "Porady", "Zaloguj"], "PracawŁodzi.pl")
    + '<main><div class="oferta"><h1>Księgowa / Księgowy</h1><p class="firma">Biuro Rachunkowe Tęcza</p>'
    '<ul class="parametry"><li>Łódź, Śródmieście</li><li>6 500 – 8 000 zł brutto / mies.</li></ul>'
    "<p>Biuro Rachunkowe Tęcza prowadzi księgi dla 180 firm z Łodzi i okolic. Szukamy osoby do zespołu pełnej "
    "księgowości.</p>"
    "<h2>Zakres obowiązków</h2><ul><li>Prowadzenie ksiąg rachunkowych spółek</li><li>Rozliczenia VAT i CIT</li>"
    "<li>Sprawozdania finansowe</li></ul>"
    "<h2>Oferujemy</h2><ul><li>Umowę o pracę na pełny etat</li><li>Pracę hybrydową: 2 dni w tygodniu w biurze "
    "przy ul. Piotrkowskiej, pozostałe zdalnie</li><li>Pakiet medyczny i kartę sportową</li></ul>"
    "<h2>Wymagania</h2><ul><li>Min. 3 lata doświadczenia w biurze rachunkowym</li><li>Znajomość programu "
    "Symfonia</li></ul></div>"
    + related(
        "Podobne oferty",
        [
            ("Specjalista ds. kadr i płac – praca zdalna", "Łódź · 7 000 zł"),
            ("Asystentka biura", "Zgierz · praca stacjonarna"),
        ],
    )
    + apply_form(
        "Aplikuj", [("Imię i nazwisko", ""), ("Oczekiwania finansowe", "np. 7 000 zł brutto")], "Wyślij"
    )
    + "</main>"
    + footer(["PracawŁodzi.pl · ul. Zachodnia 81 · 90-402 Łódź"], ["Regulamin", "Polityka prywatności"])
    + "</body></html>\n",
)

add(
    {
        "file": "magazyn-zmiana-nocna-zlecenie-poznan-pl",
        "url": "https://kariera.wartalog.pl/oferty/pracownik-magazynu-zmiana-nocna",
        "shape": "career-handbuilt",
        "company": "Warta Logistics",
        "title": "Pracownik magazynu – zmiana nocna",
        "salary": pay(31, 31, "PLN", "hour"),
        "location": loc("Poznań", "PL"),
        "remote": None,
        "employment_type": "contract",
    },
    head("pl", "Pracownik magazynu – zmiana nocna | Kariera Warta Logistics", "Warta Logistics")
    + "<body>\n"
    + cookie_banner("pl", "cookiebot")
    + nav(["Usługi", "Magazyny", "Kariera", "Kontakt"], "Warta Logistics")
    + '<main><section class="job"><h1>Pracownik magazynu – zmiana nocna</h1>'
    "<p><strong>Miejsce pracy:</strong> Poznań-Franowo, ul. Szwedzka 10</p>"
    "<p>Warta Logistics obsługuje magazyny e-commerce dla sklepów internetowych z całej Polski. Na nasze centrum "
    "w Poznaniu szukamy osób do kompletacji zamówień.</p>"
    "<p><strong>Warunki:</strong> zmiana nocna 22:00–6:00, umowa zlecenie, 31 zł brutto za godzinę, możliwość "
    "nadgodzin w weekendy. Po 3 miesiącach możliwa umowa o pracę.</p>"
    "<p><strong>Obowiązki:</strong> kompletacja i pakowanie zamówień, obsługa skanera, praca z wózkiem ręcznym.</p>"
    "<p><strong>Oferujemy:</strong> darmowy dojazd busem z Swarzędza, ciepły posiłek, odzież roboczą.</p>"
    "</section>"
    + related(
        "Inne oferty",
        [
            ("Operator wózka widłowego", "Poznań · umowa o pracę"),
            ("Specjalista ds. obsługi klienta", "praca zdalna"),
        ],
    )
    + "</main>"
    + footer(
        ["Warta Logistics sp. z o.o. · ul. Szwedzka 10 · 61-285 Poznań · KRS 0000712245"],
        ["Polityka prywatności", "RODO"],
    )
    + "</body></html>\n",
)


# --- Portuguese --------------------------------------------------------------------------------------------

add(
    {
        "file": "teletrabalho-100-sem-termo-pt",
        "url": "https://www.ondaverde-energia.pt/carreiras/analista-de-suporte-ao-cliente",
        "shape": "career-handbuilt",
        "company": "Onda Verde Energia",
        "title": "Analista de Suporte ao Cliente",
        "salary": pay(1300, 1500, "EUR", "month"),
        "location": loc(None, "PT"),
        "remote": "remote",
        "employment_type": "full_time",
    },
    head("pt-PT", "Analista de Suporte ao Cliente | Carreiras Onda Verde Energia", "Onda Verde Energia")
    + "<body>\n"
    + cookie_banner("pt")
    + nav(["Particulares", "Empresas", "Sobre nós", "Carreiras"], "Onda Verde Energia")
    + '<main><div class="vaga"><h1>Analista de Suporte ao Cliente</h1>'
    "<p>A Onda Verde Energia comercializa eletricidade 100 % renovável a 90 000 clientes em Portugal. A nossa "
    "sede fica em Lisboa, no Parque das Nações.</p>"
    "<h2>O que vais fazer</h2><ul><li>Responder a pedidos de clientes por telefone, e-mail e chat</li><li>Resolver "
    "questões de faturação e mudança de comercializador</li></ul>"
    "<h2>O que oferecemos</h2><ul><li>Contrato sem termo, a tempo inteiro</li><li>Regime de teletrabalho a 100 %, "
    "a partir de qualquer ponto de Portugal continental</li><li>Vencimento de 1.300 € a 1.500 € brutos por mês</li>"
    "<li>Computador e subsídio de teletrabalho</li></ul>"
    "<h2>Perfil</h2><ul><li>12.º ano</li><li>Experiência em apoio ao cliente</li></ul></div>"
    + apply_form("Candidatar", [("Nome", ""), ("Pretensão salarial", "Ex.: 1.400 €")], "Enviar")
    + "</main>"
    + footer(["Onda Verde Energia, S.A. · Av. D. João II 44 · 1990-095 Lisboa"], ["Privacidade", "Cookies"])
    + "</body></html>\n",
)

add(
    {
        "file": "hibrido-pj-curitiba-br",
        "url": "https://carreiras.araucariapay.com.br/vagas/engenheiro-de-dados-pleno",
        "shape": "career-webflow",
        "company": "Araucária Pay",
        "title": "Engenheiro(a) de Dados Pleno",
        "salary": pay(12000, 15000, "BRL", "month"),
        "location": loc("Curitiba", "BR"),
        "remote": "hybrid",
        "employment_type": "contract",
    },
    head(
        "pt-BR",
        "Engenheiro(a) de Dados Pleno | Carreiras Araucária Pay",
        "Araucária Pay",
        generator="Webflow",
    )
    + "<body>\n"
    + cookie_banner("pt")
    + nav(["Produtos", "Para empresas", "Carreiras", "Blog"], "Araucária Pay")
    + '<div class="section-vaga"><div class="w-container"><h1>Engenheiro(a) de Dados Pleno</h1>'
    '<div class="vaga-tags"><div class="tag">Dados</div><div class="tag">Curitiba - PR</div></div>'
    '<div class="w-richtext"><p>A Araucária Pay é uma fintech de pagamentos para o varejo do Sul do Brasil.</p>'
    "<h3>Responsabilidades</h3><ul><li>Construir pipelines em dbt e BigQuery</li><li>Garantir a qualidade dos "
    "dados de transações</li></ul>"
    "<h3>Condições</h3><p>Contratação PJ, remuneração de R$ 12.000 a R$ 15.000 por mês. Modelo híbrido: 3x na "
    "semana no escritório do Batel, em Curitiba.</p>"
    "<h3>Requisitos</h3><ul><li>3 anos com SQL e Python</li><li>Experiência com Airflow</li></ul></div>"
    '<a href="https://araucariapay.gupy.io/" class="button w-button">Candidatar-se</a></div></div>'
    + related(
        "Outras vagas", [("Analista de Risco", "Remoto · CLT"), ("Designer de Produto", "Curitiba · Híbrido")]
    )
    + footer(
        ["Araucária Pay Instituição de Pagamento Ltda. · CNPJ 31.552.118/0001-07 · Curitiba - PR"],
        ["Privacidade", "Termos"],
    )
    + "</body></html>\n",
)


# --- Danish and Swedish ------------------------------------------------------------------------------------

add(
    {
        "file": "vikariat-37-timer-aarhus-dk",
        "url": "https://www.skovbakkeskolen-aarhus.dk/om-skolen/ledige-stillinger/laerervikariat-dansk",
        "shape": "career-handbuilt",
        "company": "Skovbakkeskolen",
        "title": "Lærervikariat i dansk og historie",
        "salary": None,
        "location": loc("Aarhus", "DK"),
        "remote": None,
        "employment_type": "temporary",
    },
    head("da", "Lærervikariat i dansk og historie - Skovbakkeskolen", "Skovbakkeskolen")
    + "<body>\n"
    + cookie_banner("da", "cookiebot")
    + nav(["Om skolen", "Forældre", "SFO", "Ledige stillinger", "Kontakt"], "Skovbakkeskolen")
    + "<main><article><h1>Lærervikariat i dansk og historie</h1>"
    "<p>Skovbakkeskolen i Aarhus V søger en lærer til et vikariat fra 1. februar til 30. juni 2027 i forbindelse "
    "med barsel. Stillingen er på 37 timer om ugen.</p>"
    "<p>Du skal undervise i dansk og historie på mellemtrinnet, og du bliver en del af et team på tre lærere og "
    "en pædagog.</p>"
    "<p>Løn og ansættelsesvilkår efter gældende overenskomst. Vi tilbyder fleksible arbejdstider i forberedelsen "
    "og et godt kollegialt miljø.</p>"
    "<p>Ansøgningsfrist: 15. december 2026. Samtaler holdes i uge 51.</p></article>"
    + related("Andre stillinger", [("Pædagog til SFO", "Aarhus V · 30 timer"), ("Skolesekretær", "Aarhus V")])
    + "</main>"
    + footer(["Skovbakkeskolen · Skovbakkevej 40 · 8210 Aarhus V"], ["Tilgængelighedserklæring", "Cookies"])
    + "</body></html>\n",
)

add(
    {
        "file": "fuldtid-fleksible-arbejdstider-koebenhavn-dk",
        "url": "https://www.nordlys-arkitekter.dk/karriere/bygningskonstruktoer",
        "shape": "career-wordpress",
        "company": "Nordlys Arkitekter",
        "title": "Bygningskonstruktør",
        "salary": None,
        "location": loc("København", "DK"),
        "remote": None,
        "employment_type": "full_time",
    },
    head("da", "Bygningskonstruktør – Nordlys Arkitekter", "Nordlys Arkitekter", generator="WordPress 6.6.2")
    + "<body>\n"
    + cookie_banner("da")
    + nav(["Projekter", "Tegnestuen", "Karriere", "Kontakt"], "Nordlys Arkitekter")
    + '<main class="site-main"><article class="page"><h1>Bygningskonstruktør</h1>'
    "<p>Nordlys Arkitekter er en tegnestue med 35 medarbejdere på Nørrebro i København. Vi tegner skoler, "
    "boliger og renoveringer af almene bebyggelser.</p>"
    "<h2>Om stillingen</h2><p>Vi søger en bygningskonstruktør til en fast stilling på fuldtid. Du bliver en del "
    "af vores udførelsesteam og arbejder med detailprojektering i Revit og tilsyn på byggepladsen.</p>"
    "<h2>Vi tilbyder</h2><ul><li>Fleksible arbejdstider</li><li>Frokostordning og fredagsbar</li><li>Sundhedsforsikring"
    "</li><li>Faglig sparring og kurser</li></ul>"
    "<h2>Om dig</h2><ul><li>Uddannet bygningskonstruktør</li><li>Erfaring med Revit og dRofus</li></ul>"
    "<p>Send din ansøgning senest 10. januar 2027.</p></article>"
    + apply_form("Søg stillingen", [("Navn", ""), ("Lønforventning", "f.eks. 45.000 kr.")], "Send")
    + "</main>"
    + footer(["Nordlys Arkitekter ApS · Guldbergsgade 29 · 2200 København N · CVR 38112290"], ["Privatliv"])
    + "</body></html>\n",
)

add(
    {
        "file": "distans-delvis-heltid-goteborg-se",
        "url": "https://www.kustlinjen-forsakring.se/jobba-hos-oss/skadereglerare",
        "shape": "career-handbuilt",
        "company": "Kustlinjen Försäkring",
        "title": "Skadereglerare motor",
        "salary": None,
        "location": loc("Göteborg", "SE"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head("sv", "Skadereglerare motor | Jobba hos oss | Kustlinjen Försäkring", "Kustlinjen Försäkring")
    + "<body>\n"
    + cookie_banner("sv", "onetrust")
    + nav(["Försäkringar", "Skador", "Om oss", "Jobba hos oss"], "Kustlinjen Försäkring")
    + '<main><div class="tjanst"><h1>Skadereglerare motor</h1>'
    "<p>Kustlinjen Försäkring är ett ömsesidigt bolag som försäkrar 120 000 fordon i Västsverige. Vi söker en "
    "skadereglerare till vår motoravdelning i Göteborg.</p>"
    "<h2>Arbetsuppgifter</h2><ul><li>Handlägga fordonsskador från anmälan till utbetalning</li><li>Kontakt med "
    "verkstäder och bärgare</li></ul>"
    "<h2>Vi erbjuder</h2><p>Tjänsten är en tillsvidareanställning på heltid med sex månaders provanställning. Det "
    "finns möjlighet att jobba på distans delvis, två dagar i veckan, när du är inskolad. Kollektivavtal och "
    "friskvårdsbidrag.</p>"
    "<h2>Kvalifikationer</h2><ul><li>Gymnasieexamen</li><li>Erfarenhet av kundservice eller försäkring</li></ul>"
    "</div></main>"
    + footer(["Kustlinjen Försäkring ömsesidigt · Lilla Bommen 5 · 411 04 Göteborg"], ["Integritet", "Kakor"])
    + "</body></html>\n",
)

add(
    {
        "file": "sommarvikariat-pa-plats-uppsala-se",
        "url": "https://www.fyrisvardboende.se/lediga-jobb/undersköterska-sommarvikariat-2027",
        "shape": "career-handbuilt",
        "company": "Fyris Vårdboende",
        "title": "Undersköterska, sommarvikariat 2027",
        "salary": None,
        "location": loc("Uppsala", "SE"),
        "remote": "onsite",
        "employment_type": "temporary",
    },
    head("sv", "Undersköterska, sommarvikariat 2027 – Fyris Vårdboende", "Fyris Vårdboende")
    + "<body>\n"
    + cookie_banner("sv")
    + nav(["Boende", "Hemtjänst", "Lediga jobb", "Kontakt"], "Fyris Vårdboende")
    + '<main><article class="jobb"><h1>Undersköterska, sommarvikariat 2027</h1>'
    "<p>Fyris Vårdboende driver två äldreboenden i Uppsala med sammanlagt 96 lägenheter.</p>"
    "<p>Vi söker undersköterskor till sommarvikariat under perioden 7 juni – 22 augusti 2027. Sysselsättningsgraden "
    "är 75–100 %, dag, kväll och helg. Arbetet utförs på plats på våra boenden i Sävja och Gottsunda.</p>"
    "<p>Lön enligt kollektivavtal. Vi ser gärna att du har undersköterskeutbildning.</p></article>"
    + related(
        "Fler jobb",
        [("Sjuksköterska natt", "Uppsala · Tillsvidare"), ("Administratör", "Uppsala · Distans 1 dag/vecka")],
    )
    + "</main>"
    + footer(["Fyris Vårdboende AB · Sävja Allé 3 · 752 75 Uppsala"], ["Personuppgifter", "Kakor"])
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
