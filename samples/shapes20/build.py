# ruff: noqa: E501, RUF001  (page text: long lines and the typographic dashes real pages carry)
"""Write ``samples/shapes20/pages/*.html`` and ``labels.json`` from the hand-written pages below.

The page classifier's borderline cases: postings that look like something else (a list, a closed notice, a
careers page, a wall) and must be accepted, and pages of kinds not covered before that are not postings.
Each page is written out here beside its label (what a careful reader takes from the rendered page); the
consent banners, trackers, navigation and footers are shared pieces filled per site. Standard library only;
the output is byte-identical on every run:

    .venv/bin/python samples/shapes20/build.py
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
    "ja": (
        "当サイトでは、利便性の向上とアクセス解析のためにCookieを使用しています。",
        "同意する",
        "拒否する",
        "設定",
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
    if "employment_type" not in label:
        del full["employment_type"]
    PAGES.append({"label": full, "html": html})


def pay(lo: float, hi: float, cur: str, period: str) -> dict[str, Any]:
    return {"min": lo, "max": hi, "currency": cur, "period": period}


def loc(city: str | None, country: str) -> dict[str, Any]:
    return {"city": city, "country_code": country}


def add_not(label: dict[str, Any], html: str) -> None:
    """A page that is not a posting: ``dead_letter`` with its reason, no job fields."""
    name = label["file"]
    full = {
        "file": f"pages/{name}.html",
        "url": label["url"],
        "source": label["url"].split("/")[2],
        "shape": "not-a-job",
        "company": label.get("company"),
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


def posting_ld(title: str, org: str, city: str, country: str, **extra: Any) -> dict[str, Any]:
    """A schema.org ``JobPosting`` as boards and career sites embed it."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": title,
        "hiringOrganization": {"@type": "Organization", "name": org},
        "jobLocation": {
            "@type": "Place",
            "address": {"@type": "PostalAddress", "addressLocality": city, "addressCountry": country},
        },
    }
    data.update(extra)
    return data


# --- postings that must be accepted ---------------------------------------------------------------------

add(
    {
        "file": "board-similar-jobs-list-brisbane-au",
        "url": "https://www.sunstatejobs.com.au/job/forklift-operator/eagle-farm/88213",
        "shape": "board-similar-jobs",
        "company": "Moreton Cold Storage Pty Ltd",
        "title": "Forklift Operator – Night Shift",
        "salary": pay(34.5, 34.5, "AUD", "hour"),
        "location": loc("Brisbane", "AU"),
        "remote": None,
        "employment_type": "full_time",
    },
    head(
        "en-AU",
        "Forklift Operator – Night Shift job in Eagle Farm QLD – Sunstate Jobs",
        "Sunstate Jobs",
        GTM.replace("{id}", "K7Q2LM"),
    )
    + "<body>\n"
    + cookie_banner("en")
    + nav(["Find jobs", "Salaries", "Employers", "Sign in"], "Sunstate Jobs")
    + '<main class="job-view"><nav class="breadcrumb"><a href="/">Home</a> › <a href="/jobs/logistics">Logistics</a> › Forklift Operator</nav>'
    '<article class="job-detail"><h1 class="job-title">Forklift Operator – Night Shift</h1>'
    '<div class="job-meta"><span class="advertiser">Moreton Cold Storage Pty Ltd</span> · <span class="loc">Eagle Farm, Brisbane QLD</span>'
    ' · <span class="type">Full time</span> · <span class="pay">$34.50 per hour + penalties</span> · <span class="posted">Posted 3d ago</span></div>'
    '<div class="job-description"><p>Moreton Cold Storage runs a 40,000-pallet frozen and chilled facility at Eagle Farm. We are '
    "adding two forklift operators to our night crew (Sunday to Thursday, 10 pm – 6:30 am).</p>"
    "<ul><li>Load and unload B-doubles using reach trucks and counterbalance forklifts</li><li>Pick and wrap orders in -22 °C freezer rooms (freezer gear supplied)</li>"
    "<li>Keep RF scanner records accurate</li></ul><p>You need a current LF licence and at least one year of reach-truck experience.</p>"
    "<p>$34.50 per hour plus night penalties, full-time permanent.</p></div>"
    '<a class="btn btn-apply" href="/apply/88213">Apply now</a></article>'
    + related(
        "Similar jobs",
        [
            ("Forklift Driver", "Pinkenba QLD · Casual · $32/hr"),
            ("Reach Truck Operator", "Larapinta QLD · Full time"),
            ("Warehouse Storeperson", "Acacia Ridge QLD · Full time"),
            ("MR Truck Driver", "Hemmant QLD · Full time"),
            ("Cold Store Picker", "Richlands QLD · Casual"),
            ("Forklift Operator – Day Shift", "Eagle Farm QLD · Full time"),
            ("Inventory Controller", "Wacol QLD · Full time"),
            ("Dispatch Team Leader", "Murarrie QLD · Full time"),
            ("LF Licensed Operator", "Yatala QLD · Contract"),
            ("Warehouse Supervisor", "Carole Park QLD · Full time"),
            ("Yard Hand", "Lytton QLD · Casual"),
            ("Forklift Trainer", "Brendale QLD · Part time"),
        ],
    )
    + '<section class="more"><a href="/jobs/forklift-operator/in-brisbane">See all 312 Forklift Operator jobs in Brisbane</a> · '
    '<a href="/jobs/in-eagle-farm">Jobs in Eagle Farm</a> · <a href="/alerts/new">Get new jobs for this search by email</a></section></main>'
    + footer(["© 2026 Sunstate Jobs Pty Ltd"], ["Privacy", "Terms", "Advertise a job"])
    + "</body></html>\n",
)

add(
    {
        "file": "career-more-jobs-at-list-uk",
        "url": "https://careers.pennantmoorhomes.co.uk/vacancies/site-manager-chesterfield",
        "shape": "career-more-jobs",
        "company": "Pennant Moor Homes Ltd",
        "title": "Site Manager",
        "salary": pay(55000, 62000, "GBP", "year"),
        "location": loc("Chesterfield", "GB"),
        "remote": "onsite",
        "employment_type": "full_time",
    },
    head("en-GB", "Site Manager – Pennant Moor Homes", "Pennant Moor Homes")
    + "<body>\n"
    + cookie_banner("en", "cookiebot")
    + nav(["Our homes", "About us", "Careers", "Contact"], "Pennant Moor Homes")
    + '<main><section class="vacancy"><h1>Site Manager</h1>'
    '<ul class="vacancy-facts"><li><strong>Location:</strong> Chesterfield, Derbyshire</li><li><strong>Salary:</strong> £55,000 – £62,000 + car allowance</li>'
    "<li><strong>Contract:</strong> Permanent, full time</li></ul>"
    "<p>We build around 400 new homes a year across Derbyshire and South Yorkshire. We are looking for a Site Manager to run our "
    "Brimington Fields development of 86 homes. This is a site-based role.</p>"
    "<h2>What you'll do</h2><ul><li>Run the site safely from groundworks to handover</li><li>Manage subcontractors and the build programme</li>"
    "<li>Hand homes over to customers on time</li></ul><h2>What you'll need</h2><ul><li>SMSTS and a CSCS black card</li><li>Three years running residential sites</li></ul>"
    '<a class="button" href="/vacancies/site-manager-chesterfield/apply">Apply for this job</a></section>'
    + related(
        "More jobs at Pennant Moor Homes",
        [
            ("Assistant Site Manager", "Rotherham"),
            ("Quantity Surveyor", "Sheffield"),
            ("Sales Advisor", "Mansfield"),
            ("Customer Care Coordinator", "Sheffield"),
            ("Land Buyer", "Sheffield"),
            ("Groundworker", "Chesterfield"),
            ("Trainee Technical Coordinator", "Sheffield"),
            ("Contracts Manager", "Rotherham"),
            ("Site Administrator", "Worksop"),
        ],
    )
    + '<p class="all-jobs"><a href="/vacancies">View all 14 vacancies</a></p></main>'
    + footer(
        [
            "Pennant Moor Homes Ltd · Registered in England 08841207 · Unit 4, Markham Vale, Chesterfield S44 5HY"
        ],
        ["Privacy", "Cookies", "Modern slavery statement"],
    )
    + "</body></html>\n",
)

add(
    {
        "file": "careers-page-one-job-inline-uk",
        "url": "https://www.hollinsandweir.co.uk/careers",
        "shape": "careers-page-inline",
        "company": "Hollins & Weir Electrical Ltd",
        "title": "Approved Electrician",
        "salary": pay(19.5, 22, "GBP", "hour"),
        "location": loc("Norwich", "GB"),
        "remote": None,
        "employment_type": "full_time",
    },
    head(
        "en-GB",
        "Careers | Hollins &amp; Weir Electrical",
        "Hollins &amp; Weir Electrical",
        generator="WordPress 6.6.2",
    )
    + "<body>\n"
    + cookie_banner("en")
    + nav(["Home", "Services", "Projects", "Careers", "Contact"], "Hollins &amp; Weir Electrical")
    + '<main class="page"><h1 class="entry-title">Careers</h1>'
    "<p>We are a family-run electrical contractor in Norwich, working on schools, surgeries and shops across Norfolk since 1998. "
    "We train our own apprentices and most of our team has been with us for over ten years.</p>"
    '<h2>Current vacancy</h2><div class="wp-block-group vacancy"><h3>Approved Electrician</h3>'
    "<p>Full time, 40 hours a week, Monday to Friday. £19.50 – £22.00 per hour depending on experience, company van and fuel card.</p>"
    "<ul><li>Installation and testing on commercial projects around Norwich</li><li>18th Edition and 2391 inspection and testing</li>"
    "<li>ECS gold card and a full driving licence</li></ul>"
    '<p>To apply, send your CV to <a href="mailto:jobs@hollinsandweir.co.uk">jobs@hollinsandweir.co.uk</a> or call Sandra on 01603 555 218.</p></div>'
    "<h2>Apprenticeships</h2><p>We take on one or two apprentices every September. Applications open in the spring; "
    "keep an eye on this page.</p></main>"
    + footer(
        [
            "Hollins &amp; Weir Electrical Ltd · 12 Hurricane Way, Norwich NR6 6HE · NICEIC approved contractor"
        ],
        ["Privacy", "Cookies"],
    )
    + "</body></html>\n",
)

add(
    {
        "file": "breezy-apply-tab-header-only-us",
        "url": "https://tallgrass-analytics.breezy.hr/p/4f1c2a9b07e3-data-engineer/apply",
        "shape": "breezy-apply",
        "company": "Tallgrass Analytics",
        "title": "Data Engineer",
        "salary": None,
        "location": loc("Omaha", "US"),
        "remote": None,
        "employment_type": "full_time",
    },
    head("en", "Tallgrass Analytics - Data Engineer", "Tallgrass Analytics")
    + '<body class="breezy-portal">\n'
    + '<div class="banner"><a href="/" class="brand"><img src="/logo.png" alt="Tallgrass Analytics"></a></div>'
    '<div class="position-header"><div class="container"><h1>Data Engineer</h1><ul class="meta">'
    '<li class="location"><i class="fa fa-map-marker"></i><span>Omaha, NE</span></li>'
    '<li class="type"><i class="fa fa-building"></i><span>Full-Time</span></li>'
    '<li class="department"><i class="fa fa-folder"></i><span>Engineering</span></li></ul></div></div>'
    '<div class="container"><ul class="tabs"><li><a href="/p/4f1c2a9b07e3-data-engineer">Description</a></li><li class="active"><a>Application</a></li></ul>'
    '<form class="application-form" method="post"><h3>Personal Details</h3>'
    '<label>Full Name *<input name="name" placeholder="Jordan Reyes"></label><label>Email Address *<input name="email" placeholder="jordan@example.com"></label>'
    '<label>Phone Number<input name="phone" placeholder="(402) 555-0147"></label>'
    '<h3>Resume</h3><label class="upload">Upload a resume<input type="file" name="resume"></label>'
    '<h3>Questions</h3><label>Are you legally authorized to work in the United States? *<select name="q1"><option>Yes</option><option>No</option></select></label>'
    '<label>Desired salary<input name="q2" placeholder="e.g. 95,000"></label>'
    '<button type="submit" class="button submit">Submit Application</button></form></div>'
    '<div class="footer"><a href="https://breezy.hr">Powered by Breezy</a> · <a href="/privacy">Privacy Notice</a></div>'
    "</body></html>\n",
)

add(
    {
        "file": "applications-close-future-date-canberra-au",
        "url": "https://www.kurrajongcouncil.act.gov.au/careers/vacancies/2026-118-parks-officer",
        "shape": "future-closing-date",
        "company": "Kurrajong Regional Council",
        "title": "Parks and Open Space Officer",
        "salary": pay(71240, 76880, "AUD", "year"),
        "location": loc("Canberra", "AU"),
        "remote": None,
        "employment_type": "full_time",
    },
    head("en-AU", "Parks and Open Space Officer | Kurrajong Regional Council", "Kurrajong Regional Council")
    + "<body>\n"
    + cookie_banner("en")
    + nav(["Residents", "Business", "Council", "Careers"], "Kurrajong Regional Council")
    + '<main><h1>Parks and Open Space Officer</h1><table class="vacancy-details">'
    "<tr><th>Reference</th><td>2026-118</td></tr><tr><th>Employment type</th><td>Permanent full time</td></tr>"
    "<tr><th>Salary</th><td>$71,240 – $76,880 per annum plus 11.5% super</td></tr><tr><th>Location</th><td>Works Depot, Canberra</td></tr>"
    "<tr><th>Applications close</th><td>Sunday 17 January 2027, 11:59 pm</td></tr></table>"
    "<p>The Parks team looks after 140 hectares of sportsgrounds, playgrounds and bushland reserves. You will mow, maintain "
    "irrigation, inspect playgrounds and respond to customer requests.</p>"
    "<h2>Selection criteria</h2><ol><li>Experience in horticulture or parks maintenance</li><li>A current driver licence (C class)</li>"
    "<li>Ability to operate ride-on mowers and small plant</li></ol>"
    "<p>Late applications will not be accepted. Enquiries to Dale Henning, Parks Coordinator, on (02) 5550 4471.</p>"
    '<a class="btn" href="https://kurrajong.applynow.example/2026-118">Apply online</a></main>'
    + footer(
        [
            "Kurrajong Regional Council · PO Box 118 · We acknowledge the Ngunnawal people, Traditional Custodians of this land."
        ],
        ["Privacy", "Accessibility"],
    )
    + "</body></html>\n",
)

add(
    {
        "file": "no-closing-date-rolling-uk",
        "url": "https://www.abbeyfieldsdental.co.uk/join-us/dental-nurse",
        "shape": "open-deadline",
        "company": "Abbeyfields Dental Practice",
        "title": "Qualified Dental Nurse",
        "salary": pay(13.5, 15, "GBP", "hour"),
        "location": loc("Shrewsbury", "GB"),
        "remote": None,
        "employment_type": "part_time",
    },
    head(
        "en-GB",
        "Qualified Dental Nurse – Abbeyfields Dental Practice",
        "Abbeyfields Dental Practice",
        generator="Squarespace",
    )
    + "<body>\n"
    + cookie_banner("en")
    + nav(["Treatments", "Our team", "Fees", "Join us", "Book"], "Abbeyfields Dental Practice")
    + '<main><article class="sqs-block-content"><h1>Qualified Dental Nurse</h1>'
    "<p><strong>Part time, 3 days a week (Tue, Wed, Fri)</strong> · £13.50 – £15.00 per hour · Shrewsbury town centre</p>"
    "<p>Our friendly four-surgery practice is looking for a GDC-registered dental nurse to join our team.</p>"
    "<ul><li>Chairside support for two associates and our hygienist</li><li>Decontamination and stock control</li><li>Reception cover when needed</li></ul>"
    "<p><strong>Closing date:</strong> none. We are reviewing applications as they arrive and will close the advert once the post is filled, "
    "so please apply early.</p><p>Email your CV and a short covering note to Priya Malhotra, Practice Manager: practice@abbeyfieldsdental.co.uk</p>"
    "</article></main>"
    + footer(
        ["Abbeyfields Dental Practice · 21 Claremont Hill, Shrewsbury SY1 1RD · CQC registered"],
        ["Privacy", "Complaints"],
    )
    + "</body></html>\n",
)

add(
    {
        "file": "visa-must-not-be-expired-security-uk",
        "url": "https://www.wardgatesecurity.co.uk/jobs/door-supervisor-cardiff",
        "shape": "expired-other-sense",
        "company": "Wardgate Security Services Ltd",
        "title": "Door Supervisor",
        "salary": pay(13.2, 13.2, "GBP", "hour"),
        "location": loc("Cardiff", "GB"),
        "remote": None,
        "employment_type": "part_time",
    },
    head("en-GB", "Door Supervisor – Cardiff | Wardgate Security", "Wardgate Security")
    + "<body>\n"
    + cookie_banner("en")
    + nav(["Services", "Sectors", "Jobs", "Contact"], "Wardgate Security")
    + '<main><div class="job"><h1>Door Supervisor</h1><p class="job-sub">Cardiff city centre · Part time (Fri and Sat nights) · £13.20 per hour</p>'
    "<p>We provide door teams to bars and late venues on St Mary Street and Caroline Street.</p>"
    "<h2>Requirements</h2><ul><li>A valid SIA Door Supervisor licence. Expired licences cannot be accepted, and yours must not expire within the next three months</li>"
    "<li>Right to work in the UK: a passport or visa that is not expired, or a share code</li>"
    "<li>Emergency first aid at work certificate (we can renew it for you if it has expired)</li></ul>"
    "<h2>How to apply</h2><p>Fill in the form below. We will call you within two working days.</p></div>"
    + apply_form(
        "Apply",
        [("Name", "Rhys Morgan"), ("Phone", "07700 900 512"), ("SIA licence number", "1013 5566 7788 9900")],
        "Send",
    )
    + "</main>"
    + footer(
        ["Wardgate Security Services Ltd · 5 Dumballs Road, Cardiff CF10 5FE · SIA Approved Contractor"],
        ["Privacy", "Terms"],
    )
    + "</body></html>\n",
)

add(
    {
        "file": "closed-loop-controls-engineer-de-en",
        "url": "https://jobs.brenntal-automation.de/en/jobs/controls-engineer-closed-loop-systems",
        "shape": "closed-other-sense",
        "company": "Brenntal Automation GmbH",
        "title": "Controls Engineer – Closed-Loop Systems",
        "salary": None,
        "location": loc("Stuttgart", "DE"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head("en", "Controls Engineer – Closed-Loop Systems | Brenntal Automation", "Brenntal Automation")
    + "<body>\n"
    + cookie_banner("en", "onetrust")
    + nav(["Products", "Industries", "Company", "Careers"], "Brenntal Automation")
    + '<main><h1>Controls Engineer – Closed-Loop Systems</h1><p class="facts">Stuttgart · Full-time · Hybrid (2 days from home per week)</p>'
    "<p>Our closed-loop control team designs the motion controllers in our packaging lines. We have just closed our Series C "
    "round and are growing the team in Stuttgart.</p>"
    "<h2>Your tasks</h2><ul><li>Design and tune closed-loop position and velocity controllers</li><li>Model plants in MATLAB/Simulink and test on HIL rigs</li>"
    "<li>Commission lines at customer sites (about 10 % travel)</li></ul>"
    "<h2>Your profile</h2><ul><li>Degree in control engineering or mechatronics</li><li>Experience with PLCs (TwinCAT or Siemens TIA)</li>"
    "<li>Fluent English; German is a plus</li></ul>"
    '<p>Questions? Contact Lena Hartwig, Talent Acquisition. <a class="btn" href="/en/jobs/controls-engineer-closed-loop-systems/apply">Apply now</a></p></main>'
    + footer(["Brenntal Automation GmbH · Hedelfinger Str. 60 · 70327 Stuttgart"], ["Imprint", "Privacy"])
    + "</body></html>\n",
)

add(
    {
        "file": "shop-closed-on-sundays-retail-ie",
        "url": "https://www.mcgoverngardencentre.ie/jobs/retail-assistant",
        "shape": "closed-other-sense",
        "company": "McGovern's Garden Centre",
        "title": "Retail Assistant",
        "salary": pay(13.5, 13.5, "EUR", "hour"),
        "location": loc("Galway", "IE"),
        "remote": None,
        "employment_type": "full_time",
    },
    head("en-IE", "Retail Assistant - McGovern's Garden Centre", "McGovern's Garden Centre")
    + "<body>\n"
    + cookie_banner("en")
    + nav(["Plants", "Garden furniture", "Café", "Jobs", "Visit us"], "McGovern's Garden Centre")
    + '<main><div class="notice">Our café is closed for renovation until 1 February. The garden centre stays open as usual.</div>'
    "<h1>Retail Assistant</h1><p>Full time, 39 hours · €13.50 per hour · Oranmore Road, Galway</p>"
    "<p>We are looking for a cheerful retail assistant for our plant and gift departments. We are closed on Sundays and bank "
    "holidays, so your weekends are half your own.</p>"
    "<ul><li>Help customers choose plants and give simple care advice</li><li>Till work, deliveries and merchandising</li></ul>"
    "<p>No experience needed: training is provided. Previous applicants are welcome to apply again.</p>"
    "<p>Send your CV to Aoife at jobs@mcgoverngardencentre.ie or drop it in to the shop.</p></main>"
    + footer(
        [
            "McGovern's Garden Centre · Oranmore Road, Galway H91 X2C4 · Opening hours: Mon–Sat 9:00–18:00, closed Sundays"
        ],
        ["Privacy"],
    )
    + "</body></html>\n",
)

add(
    {
        "file": "no-longer-other-sense-logistics-us",
        "url": "https://careers.prairieline-freight.com/jobs/dispatcher-des-moines",
        "shape": "no-longer-other-sense",
        "company": "Prairieline Freight Inc.",
        "title": "Dispatcher",
        "salary": pay(52000, 60000, "USD", "year"),
        "location": loc("Des Moines", "US"),
        "remote": "onsite",
        "employment_type": "full_time",
    },
    head("en-US", "Dispatcher - Prairieline Freight", "Prairieline Freight")
    + "<body>\n"
    + cookie_banner("en")
    + nav(["Shippers", "Drivers", "About", "Careers"], "Prairieline Freight")
    + '<main><h1>Dispatcher</h1><p class="summary">Des Moines, IA · Full-time · On-site · $52,000 – $60,000 per year</p>'
    "<p>Our dispatch team is moving to a new routing system, so you will no longer have to plan loads on whiteboards and "
    "spreadsheets. We need a dispatcher who keeps 60 drivers moving across the Midwest.</p>"
    "<ul><li>Assign loads and plan routes for regional drivers</li><li>Track shipments and update customers</li>"
    "<li>Handle breakdowns and delays, nights and weekends on a rotation</li></ul>"
    "<p>Your cover letter should be no longer than one page. Drivers who are no longer on the road and want an office role are "
    "welcome to apply.</p>"
    '<a class="apply-button" href="/jobs/dispatcher-des-moines/apply">Apply</a></main>'
    + footer(
        ["Prairieline Freight Inc. · 4200 SE 14th St, Des Moines, IA 50320 · An Equal Opportunity Employer"],
        ["Privacy", "Accessibility"],
    )
    + "</body></html>\n",
)

add(
    {
        "file": "classified-two-lines-bricklayer-uk",
        "url": "https://www.swanseasmallads.co.uk/ad/jobs-wanted-trades/417729",
        "shape": "short-posting",
        "company": "Gower Build & Restore",
        "title": "Bricklayer",
        "salary": pay(200, 200, "GBP", "day"),
        "location": loc("Swansea", "GB"),
        "remote": None,
    },
    head("en-GB", "Bricklayer wanted - Swansea Small Ads", "Swansea Small Ads")
    + "<body>\n"
    + nav(["Post an ad", "For sale", "Jobs", "Services", "Property"], "Swansea Small Ads")
    + '<main><div class="ad" id="ad-417729"><h1>Bricklayer wanted</h1><p class="ad-meta">Jobs › Trades · Swansea · Posted today</p>'
    "<p>Experienced bricklayer needed for extension work in Swansea area, 6 weeks min. £200/day. Own tools & transport.</p>"
    "<p>Call Gareth at Gower Build &amp; Restore 07700 900 318</p></div>"
    '<div class="ad-actions"><a href="/report/417729">Report this ad</a> · <a href="/save/417729">Save</a></div>'
    + related(
        "Other ads in Jobs",
        [("Labourer needed", "Neath"), ("Cleaner wanted 10 hrs", "Mumbles"), ("Van for sale", "Llanelli")],
    )
    + "</main>"
    + footer(["© Swansea Small Ads"], ["Terms", "Safety tips"])
    + "</body></html>\n",
)

add(
    {
        "file": "title-jobs-at-company-posting-us",
        "url": "https://www.bluestemroasters.com/jobs/production-roaster",
        "shape": "careers-page-title",
        "company": "Bluestem Coffee Roasters",
        "title": "Production Roaster",
        "salary": pay(21, 24, "USD", "hour"),
        "location": loc("Portland", "US"),
        "remote": None,
        "employment_type": "full_time",
    },
    head("en-US", "Jobs at Bluestem Coffee Roasters", "Bluestem Coffee Roasters", generator="Webflow")
    + "<body>\n"
    + nav(["Shop", "Wholesale", "Cafés", "Jobs"], "Bluestem Coffee Roasters")
    + '<main class="w-container"><p class="eyebrow">Jobs at Bluestem</p><h2 class="job-heading">Production Roaster</h2>'
    '<div class="job-tags"><div class="tag">Portland, OR</div><div class="tag">Full-time</div><div class="tag">$21 – $24 / hour</div></div>'
    '<div class="w-richtext"><p>We roast about 6,000 lbs a week on two Loring roasters in our Southeast Portland roastery.</p>'
    "<p>You will run roast schedules, log batches, cup daily and keep the roasters clean. Early shifts, Monday to Friday.</p>"
    "<h3>You have</h3><ul><li>A year of production roasting or food manufacturing</li><li>Comfort lifting 60 lb bags</li></ul>"
    "<h3>Benefits</h3><ul><li>Health and dental</li><li>Two pounds of coffee a week</li></ul></div>"
    '<a href="mailto:jobs@bluestemroasters.com?subject=Production%20Roaster" class="button w-button">Apply by email</a></main>'
    + footer(
        ["Bluestem Coffee Roasters LLC · 1120 SE Grand Ave, Portland, OR 97214"], ["Instagram", "Privacy"]
    )
    + "</body></html>\n",
)

add(
    {
        "file": "js-shell-jsonld-only-ca",
        "url": "https://jobs.northlakecu.ca/posting/member-service-representative-9912",
        "shape": "js-shell-jsonld",
        "company": "Northlake Credit Union",
        "title": "Member Service Representative",
        "salary": pay(22.5, 25, "CAD", "hour"),
        "location": loc("Thunder Bay", "CA"),
        "remote": "onsite",
        "employment_type": "full_time",
    },
    head(
        "en-CA",
        "Northlake Credit Union",
        "Northlake Credit Union",
        jsonld(
            posting_ld(
                "Member Service Representative",
                "Northlake Credit Union",
                "Thunder Bay",
                "CA",
                datePosted="2026-11-27",
                validThrough="2027-01-08T23:59:00-05:00",
                employmentType="FULL_TIME",
                description="<p>Serve members at our Red River Road branch: deposits, withdrawals, account openings and "
                "simple loan enquiries. This is an in-branch role.</p><ul><li>Cash handling experience</li>"
                "<li>Customer service in retail or banking</li></ul>",
                baseSalary={
                    "@type": "MonetaryAmount",
                    "currency": "CAD",
                    "value": {
                        "@type": "QuantitativeValue",
                        "minValue": 22.5,
                        "maxValue": 25,
                        "unitText": "HOUR",
                    },
                },
            )
        )
        + '<script src="/static/js/main.8c1e2f.js" defer></script>\n',
    )
    + '<body>\n<noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div>\n</body></html>\n',
)

add(
    {
        "file": "sign-in-to-apply-board-uk",
        "url": "https://www.carehubjobs.co.uk/jobs/senior-care-assistant-york-301557",
        "shape": "sign-in-to-apply",
        "company": "Ouse Valley Care Homes Ltd",
        "title": "Senior Care Assistant",
        "salary": pay(13.1, 13.1, "GBP", "hour"),
        "location": loc("York", "GB"),
        "remote": None,
        "employment_type": "full_time",
    },
    head("en-GB", "Senior Care Assistant, York | CareHub Jobs", "CareHub Jobs")
    + "<body>\n"
    + cookie_banner("en", "onetrust")
    + nav(["Search jobs", "Care employers", "Advice", "Sign in", "Register"], "CareHub Jobs")
    + '<main><article class="job"><h1>Senior Care Assistant</h1><p class="employer">Ouse Valley Care Homes Ltd</p>'
    '<dl class="facts"><dt>Location</dt><dd>York, North Yorkshire</dd><dt>Pay</dt><dd>£13.10 per hour</dd><dt>Hours</dt><dd>Full time, 36 hours (days)</dd></dl>'
    '<div class="description"><p>Lead a team of care assistants on our 32-bed residential unit. Give medication, write care plans and '
    "support residents and their families.</p><ul><li>NVQ Level 3 in Health and Social Care</li><li>Medication training</li></ul></div></article>"
    '<div class="apply-gate" role="dialog"><h2>Sign in to apply</h2><p>You need a CareHub account to apply for this job. '
    'It only takes a minute and you can save your CV for next time.</p><a class="btn" href="/signin?return=/jobs/301557/apply">Sign in</a> '
    '<a class="btn btn-secondary" href="/register">Create an account</a></div>'
    + related(
        "Similar jobs near York",
        [("Care Assistant", "Selby"), ("Night Care Assistant", "York"), ("Deputy Manager", "Harrogate")],
    )
    + "</main>"
    + footer(["CareHub Jobs Ltd, Leeds"], ["Privacy", "Terms", "Recruiters"])
    + "</body></html>\n",
)

add(
    {
        "file": "multi-location-posting-uk",
        "url": "https://careers.foxbridgeopticians.co.uk/jobs/dispensing-optician",
        "shape": "multi-location",
        "company": "Foxbridge Opticians",
        "title": "Dispensing Optician",
        "salary": pay(28000, 32000, "GBP", "year"),
        "location": loc("Manchester", "GB"),
        "remote": None,
        "employment_type": "full_time",
    },
    head("en-GB", "Dispensing Optician – Foxbridge Opticians Careers", "Foxbridge Opticians")
    + "<body>\n"
    + cookie_banner("en")
    + nav(["Eye tests", "Glasses", "Stores", "Careers"], "Foxbridge Opticians")
    + "<main><h1>Dispensing Optician</h1>"
    '<div class="locations"><strong>Locations:</strong><ul><li>Manchester (Market Street)</li><li>Stockport</li><li>Bolton</li><li>Wigan</li>'
    '<li>Oldham</li></ul><span class="more">+ 2 more locations</span></div>'
    "<p>Full time · £28,000 – £32,000 a year · Permanent</p>"
    "<p>We are hiring dispensing opticians across our Greater Manchester stores. Tell us which store you prefer when you apply.</p>"
    "<ul><li>Dispense spectacles and advise on lenses and frames</li><li>Supervise optical assistants</li><li>FBDO and GOC registration</li></ul>"
    '<a class="apply" href="/jobs/dispensing-optician/apply">Apply now</a></main>'
    + footer(["Foxbridge Opticians Ltd · 3 Piccadilly Place, Manchester M1 3BN"], ["Privacy", "Cookies"])
    + "</body></html>\n",
)

add(
    {
        "file": "board-search-filters-visible-de",
        "url": "https://www.rheinjob.de/stellenangebote/elektroniker-betriebstechnik-koeln-662019",
        "shape": "board-search-filters",
        "company": "Kölner Verpackungswerke GmbH",
        "title": "Elektroniker für Betriebstechnik (m/w/d)",
        "salary": None,
        "location": loc("Köln", "DE"),
        "remote": None,
        "employment_type": "full_time",
    },
    head("de", "Elektroniker für Betriebstechnik (m/w/d) in Köln – rheinjob.de", "rheinjob.de")
    + "<body>\n"
    + cookie_banner("de", "cookiebot")
    + nav(["Jobs finden", "Arbeitgeber", "Ratgeber", "Anmelden"], "rheinjob.de")
    + '<div class="search-bar"><form action="/jobs" method="get"><input name="was" placeholder="Jobtitel, Stichwort" value="Elektroniker">'
    '<input name="wo" placeholder="Ort oder PLZ" value="Köln"><select name="umkreis"><option>25 km</option><option>50 km</option></select>'
    "<button>Jobs finden</button></form></div>"
    '<div class="layout"><aside class="filters"><h3>Filter</h3><fieldset><legend>Anstellungsart</legend>'
    '<label><input type="checkbox"> Vollzeit (1.204)</label><label><input type="checkbox"> Teilzeit (311)</label><label><input type="checkbox"> Ausbildung (96)</label></fieldset>'
    '<fieldset><legend>Veröffentlicht</legend><label><input type="radio"> Letzte 24 Stunden</label><label><input type="radio"> Letzte 7 Tage</label></fieldset>'
    '<a href="/jobs?was=Elektroniker&amp;wo=K%C3%B6ln">← Zurück zu den Suchergebnissen (58 Jobs)</a></aside>'
    '<main class="job-detail"><h1>Elektroniker für Betriebstechnik (m/w/d)</h1><p class="company">Kölner Verpackungswerke GmbH</p>'
    '<ul class="facts"><li>Köln-Niehl</li><li>Vollzeit</li><li>Unbefristet</li><li>Schichtarbeit</li></ul>'
    "<h2>Ihre Aufgaben</h2><ul><li>Wartung und Instandsetzung unserer Produktionsanlagen</li><li>Fehlersuche an SPS-Steuerungen (Siemens S7)</li></ul>"
    "<h2>Ihr Profil</h2><ul><li>Abgeschlossene Ausbildung als Elektroniker</li><li>Bereitschaft zur Schichtarbeit</li></ul>"
    "<h2>Wir bieten</h2><ul><li>Tarifvertrag der Papierindustrie</li><li>30 Tage Urlaub</li></ul>"
    '<a class="btn-apply" href="/bewerben/662019">Jetzt bewerben</a></main></div>'
    + footer(
        ["rheinjob.de ist ein Angebot der Rheinmedien Digital GmbH"], ["Impressum", "Datenschutz", "AGB"]
    )
    + "</body></html>\n",
)

add(
    {
        "file": "bewerbungsfrist-fuehrerschein-abgelaufen-de",
        "url": "https://www.stadtwerke-lindenau.de/karriere/stellen/berufskraftfahrer-2026-41",
        "shape": "expired-other-sense",
        "company": "Stadtwerke Lindenau GmbH",
        "title": "Berufskraftfahrer (m/w/d) Abfallwirtschaft",
        "salary": None,
        "location": loc("Leipzig", "DE"),
        "remote": None,
        "employment_type": "full_time",
    },
    head("de", "Karriere | Stadtwerke Lindenau", "Stadtwerke Lindenau")
    + "<body>\n"
    + cookie_banner("de")
    + nav(["Privatkunden", "Geschäftskunden", "Unternehmen", "Karriere"], "Stadtwerke Lindenau")
    + '<main><div class="stellenanzeige"><p class="kennziffer">Kennziffer 2026-41</p><h1>Berufskraftfahrer (m/w/d) Abfallwirtschaft</h1>'
    "<p>Für unseren Betriebshof in Leipzig-Lindenau suchen wir ab sofort in Vollzeit (39 Stunden/Woche) und unbefristet einen Berufskraftfahrer.</p>"
    "<h2>Ihre Aufgaben</h2><ul><li>Fahren von Abfallsammelfahrzeugen im Stadtgebiet</li><li>Tägliche Fahrzeugkontrolle</li></ul>"
    "<h2>Ihr Profil</h2><ul><li>Führerschein Klasse CE; die Fahrerkarte und die Schlüsselzahl 95 dürfen nicht abgelaufen sein</li>"
    "<li>Zuverlässigkeit und Teamfähigkeit</li></ul>"
    "<h2>Wir bieten</h2><ul><li>Vergütung nach TV-V</li><li>Betriebliche Altersvorsorge</li></ul>"
    "<p><strong>Bewerbungsfrist:</strong> 15.01.2027. Ihre Bewerbung richten Sie bitte an Frau Katrin Pohle, Personalabteilung, "
    "bewerbung@stadtwerke-lindenau.de.</p></div></main>"
    + footer(["Stadtwerke Lindenau GmbH · Lützner Straße 88 · 04177 Leipzig"], ["Impressum", "Datenschutz"])
    + "</body></html>\n",
)

add(
    {
        "file": "boulangerie-fermee-le-lundi-fr",
        "url": "https://www.maison-perrochon.fr/recrutement/vendeur-vendeuse-en-boulangerie",
        "shape": "closed-other-sense",
        "company": "Maison Perrochon",
        "title": "Vendeur / Vendeuse en boulangerie",
        "salary": None,
        "location": loc("Lyon", "FR"),
        "remote": None,
        "employment_type": "part_time",
    },
    head("fr", "Recrutement – Maison Perrochon", "Maison Perrochon")
    + "<body>\n"
    + cookie_banner("fr")
    + nav(["Nos pains", "Pâtisserie", "Nos boutiques", "Recrutement"], "Maison Perrochon")
    + '<main><h1>Vendeur / Vendeuse en boulangerie</h1><p class="infos">CDI · Temps partiel 28 h · Lyon 6e</p>'
    "<p>Notre boutique du cours Vitton recherche un(e) vendeur(se) pour renforcer l'équipe du matin. La boutique est fermée le lundi : "
    "vos jours de repos sont le lundi et un autre jour dans la semaine.</p>"
    "<ul><li>Accueil et conseil des clients</li><li>Mise en place de la vitrine et encaissement</li><li>Respect des règles d'hygiène</li></ul>"
    "<p>Débutant(e) accepté(e). Le poste est à pourvoir dès janvier ; les candidatures seront closes une fois le poste pourvu.</p>"
    "<p>Envoyez CV et lettre à Mme Perrochon : recrutement@maison-perrochon.fr</p></main>"
    + footer(
        ["Maison Perrochon SARL · 41 cours Vitton · 69006 Lyon"], ["Mentions légales", "Confidentialité"]
    )
    + "</body></html>\n",
)

add(
    {
        "file": "oferta-activa-board-inscritos-es",
        "url": "https://www.empleonorte.es/oferta/tecnico-mantenimiento-industrial/bilbao/77120",
        "shape": "board-search-filters",
        "company": "Forjas Ibaizabal S.A.",
        "title": "Técnico de mantenimiento industrial",
        "salary": pay(28000, 32000, "EUR", "year"),
        "location": loc("Bilbao", "ES"),
        "remote": "onsite",
        "employment_type": "full_time",
    },
    head("es", "Técnico de mantenimiento industrial en Bilbao – EmpleoNorte", "EmpleoNorte")
    + "<body>\n"
    + cookie_banner("es")
    + nav(["Buscar ofertas", "Empresas", "Consejos", "Acceso candidatos"], "EmpleoNorte")
    + '<div class="buscador"><form><input name="q" value="mantenimiento"><input name="provincia" value="Bizkaia"><button>Buscar</button></form></div>'
    '<main><div class="oferta"><span class="estado">Oferta activa</span> <span class="inscritos">43 inscritos</span>'
    '<h1>Técnico de mantenimiento industrial</h1><p class="empresa">Forjas Ibaizabal S.A.</p>'
    '<ul class="datos"><li>Bilbao (Bizkaia)</li><li>Presencial</li><li>Jornada completa</li><li>Contrato indefinido</li><li>28.000 € – 32.000 € brutos/año</li></ul>'
    "<h2>Descripción</h2><p>Buscamos un técnico para el mantenimiento preventivo y correctivo de prensas y hornos de forja.</p>"
    "<h2>Requisitos</h2><ul><li>FP Grado Superior en Mecatrónica o Electromecánica</li><li>Disponibilidad para turnos rotativos</li></ul>"
    '<a class="btn" href="/inscribirse/77120">Inscribirme en esta oferta</a></div>'
    + related(
        "Ofertas similares",
        [
            ("Electromecánico", "Barakaldo"),
            ("Técnico de mantenimiento", "Getxo"),
            ("Oficial de mantenimiento", "Durango"),
        ],
    )
    + "</main>"
    + footer(["EmpleoNorte · Portal de empleo del Cantábrico"], ["Aviso legal", "Privacidad", "Cookies"])
    + "</body></html>\n",
)

add(
    {
        "file": "vacature-sluit-op-future-nl",
        "url": "https://www.werkenbijzorggroepdelta.nl/vacatures/verzorgende-ig-vlissingen",
        "shape": "future-closing-date",
        "company": "Zorggroep Delta",
        "title": "Verzorgende IG",
        "salary": pay(2600, 3400, "EUR", "month"),
        "location": loc("Vlissingen", "NL"),
        "remote": None,
        "employment_type": "part_time",
    },
    head("nl", "Werken bij Zorggroep Delta", "Werken bij Zorggroep Delta")
    + "<body>\n"
    + cookie_banner("nl", "cookiebot")
    + nav(["Vacatures", "Leren en ontwikkelen", "Over ons", "Contact"], "Zorggroep Delta")
    + '<main><h1>Verzorgende IG</h1><ul class="kenmerken"><li>Vlissingen</li><li>24 – 32 uur per week</li><li>€ 2.600 – € 3.400 bruto per maand</li></ul>'
    "<p>In woonzorgcentrum De Schelde wonen 64 ouderen. Als verzorgende IG help je bewoners met de dagelijkse zorg en werk je met hun zorgplan.</p>"
    "<h2>Wat vragen wij?</h2><ul><li>Diploma Verzorgende IG (niveau 3)</li><li>Bereid om onregelmatig te werken</li></ul>"
    "<h2>Wat bieden wij?</h2><ul><li>Salaris volgens cao VVT, FWG 35</li><li>Eindejaarsuitkering van 8,33 %</li></ul>"
    "<p><strong>Deze vacature sluit op 20 januari 2027.</strong> Vragen? Bel Marloes de Visser, teamleider, 0118 555 732.</p>"
    '<a class="button" href="/solliciteren/verzorgende-ig-vlissingen">Solliciteer direct</a></main>'
    + footer(["Zorggroep Delta · Boulevard Bankert 120 · 4382 AC Vlissingen"], ["Privacy", "Cookies"])
    + "</body></html>\n",
)

add(
    {
        "file": "oferta-wazna-do-pl",
        "url": "https://praca.mazurskiepiekarnie.pl/oferty/operator-linii-produkcyjnej-olsztyn",
        "shape": "future-closing-date",
        "company": "Mazurskie Piekarnie Sp. z o.o.",
        "title": "Operator linii produkcyjnej",
        "salary": pay(5200, 6100, "PLN", "month"),
        "location": loc("Olsztyn", "PL"),
        "remote": None,
        "employment_type": "full_time",
    },
    head("pl", "Kariera – Mazurskie Piekarnie", "Mazurskie Piekarnie")
    + "<body>\n"
    + cookie_banner("pl")
    + nav(["Produkty", "O nas", "Kariera", "Kontakt"], "Mazurskie Piekarnie")
    + '<main><h1>Operator linii produkcyjnej</h1><p class="meta">Olsztyn · umowa o pracę · pełny etat · 5 200 – 6 100 zł brutto/mies.</p>'
    "<p><strong>Oferta ważna do: 31.01.2027</strong></p>"
    "<h2>Zakres obowiązków</h2><ul><li>Obsługa linii do produkcji pieczywa tostowego</li><li>Kontrola jakości i dokumentacja zmiany</li></ul>"
    "<h2>Wymagania</h2><ul><li>Gotowość do pracy w systemie trzyzmianowym</li><li>Aktualne orzeczenie do celów sanitarno-epidemiologicznych</li></ul>"
    "<h2>Oferujemy</h2><ul><li>Stabilne zatrudnienie na umowę o pracę</li><li>Premię frekwencyjną</li><li>Pakiet medyczny</li></ul>"
    '<a class="btn" href="/aplikuj/operator-linii-produkcyjnej-olsztyn">Aplikuj</a>'
    '<p class="rodo">Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do realizacji procesu rekrutacji.</p></main>'
    + footer(["Mazurskie Piekarnie Sp. z o.o. · ul. Lubelska 40 · 10-409 Olsztyn"], ["Polityka prywatności"])
    + "</body></html>\n",
)

add(
    {
        "file": "boshu-teiin-shidai-shuryo-ja",
        "url": "https://recruit.hokuyo-logi.co.jp/jobs/sapporo-driver-2026",
        "shape": "closed-other-sense",
        "company": "北洋ロジスティクス株式会社",
        "title": "配送ドライバー（中型）",
        "salary": pay(260000, 320000, "JPY", "month"),
        "location": loc("Sapporo", "JP"),
        "remote": None,
        "employment_type": "full_time",
    },
    head("ja", "採用情報｜北洋ロジスティクス株式会社", "北洋ロジスティクス株式会社")
    + "<body>\n"
    + cookie_banner("ja")
    + nav(["会社概要", "事業内容", "採用情報", "お問い合わせ"], "北洋ロジスティクス")
    + '<main><h1>配送ドライバー（中型）</h1><table class="youkou"><tr><th>雇用形態</th><td>正社員</td></tr>'
    "<tr><th>勤務地</th><td>札幌市東区 札幌センター</td></tr><tr><th>給与</th><td>月給26万円～32万円</td></tr>"
    "<tr><th>勤務時間</th><td>7:00～16:00（休憩60分）</td></tr><tr><th>休日</th><td>週休2日制（日曜・他1日）</td></tr>"
    "<tr><th>応募資格</th><td>中型自動車免許（8t限定不可）</td></tr><tr><th>応募締切</th><td>2027年1月29日</td></tr></table>"
    "<p>※募集人数に達し次第、募集を終了します。お早めにご応募ください。</p>"
    '<a class="btn-entry" href="/entry/sapporo-driver-2026">この求人に応募する</a></main>'
    + footer(["北洋ロジスティクス株式会社　北海道札幌市東区北丘珠2条3丁目"], ["個人情報保護方針"])
    + "</body></html>\n",
)


add(
    {
        "file": "assume-position-filled-if-not-heard-au",
        "url": "https://www.bluegumbistro.com.au/jobs/kitchen-hand",
        "shape": "filled-conditional",
        "company": "Blue Gum Bistro",
        "title": "Kitchen Hand",
        "salary": pay(26, 26, "AUD", "hour"),
        "location": loc("Ballarat", "AU"),
        "remote": None,
        "employment_type": "part_time",
    },
    head("en-AU", "Kitchen Hand – Blue Gum Bistro", "Blue Gum Bistro", generator="Wix.com Website Builder")
    + "<body>\n"
    + nav(["Menu", "Functions", "Jobs", "Book a table"], "Blue Gum Bistro")
    + '<main><section class="job"><h1>Kitchen Hand</h1><p>Part time · 25 hours a week · $26 per hour · Ballarat Central</p>'
    "<p>Blue Gum Bistro on Lydiard Street is looking for a reliable kitchen hand for lunch and dinner services, Wednesday to Sunday.</p>"
    "<ul><li>Dishwashing and keeping the kitchen clean</li><li>Basic food prep for our chefs</li><li>Receiving and putting away deliveries</li></ul>"
    "<p>No experience needed, just a good attitude. Email your resume to Mick at jobs@bluegumbistro.com.au.</p>"
    '<p class="small">Only shortlisted applicants will be contacted. If you have not heard from us within 14 days, please assume the '
    "position has been filled. Thank you for your interest.</p></section></main>"
    + footer(["Blue Gum Bistro · 14 Lydiard Street North, Ballarat VIC 3350"], ["Privacy"])
    + "</body></html>\n",
)

add(
    {
        "file": "shortlisting-after-vacancy-closed-uk",
        "url": "https://www.thornburyacademytrust.org.uk/vacancies/teaching-assistant-level-2",
        "shape": "filled-conditional",
        "company": "Thornbury Academy Trust",
        "title": "Teaching Assistant (Level 2)",
        "salary": pay(19800, 19800, "GBP", "year"),
        "location": loc("Bristol", "GB"),
        "remote": None,
        "employment_type": "part_time",
    },
    head("en-GB", "Teaching Assistant (Level 2) – Thornbury Academy Trust", "Thornbury Academy Trust")
    + "<body>\n"
    + cookie_banner("en")
    + nav(["Our schools", "Trust board", "Vacancies", "Contact"], "Thornbury Academy Trust")
    + '<main><h1>Teaching Assistant (Level 2)</h1><dl class="facts"><dt>School</dt><dd>Severn Vale Primary, Bristol</dd>'
    "<dt>Hours</dt><dd>Part time, 32.5 hours a week, term time only</dd><dt>Salary</dt><dd>£19,800 actual per year</dd>"
    "<dt>Closing date</dt><dd>Monday 11 January 2027 at 9 am</dd></dl>"
    "<p>We are looking for a teaching assistant to support pupils in Year 2, including one-to-one support for a child with SEND.</p>"
    "<ul><li>Level 2 Teaching Assistant qualification</li><li>Experience with primary-age children</li></ul>"
    "<p>Shortlisting will take place after the vacancy has closed, and interviews will be held in the week of 18 January. "
    "The Trust is committed to safeguarding; this post is subject to an enhanced DBS check.</p>"
    '<a class="btn" href="/vacancies/teaching-assistant-level-2/apply">Download the application pack</a></main>'
    + footer(
        [
            "Thornbury Academy Trust · a charitable company limited by guarantee · Registered in England 07795512"
        ],
        ["Privacy", "Safeguarding"],
    )
    + "</body></html>\n",
)


# --- pages that are not postings ------------------------------------------------------------------------

add_not(
    {
        "file": "not-job-description-template-uk",
        "url": "https://www.peoplelane-hr.co.uk/resources/job-description-templates/warehouse-operative",
        "reason": "an HR site's job-description template: duties and requirements to copy, no employer, no vacancy",
    },
    head(
        "en-GB",
        "Warehouse Operative Job Description Template | PeopleLane HR",
        "PeopleLane HR",
        GTM.replace("{id}", "PL44HR"),
    )
    + "<body>\n"
    + cookie_banner("en")
    + nav(["HR software", "Pricing", "Resources", "Book a demo"], "PeopleLane HR")
    + '<main class="resource"><p class="breadcrumb">Resources › Job description templates › Warehouse Operative</p>'
    '<h1>Warehouse Operative job description template</h1><p class="lede">Use this warehouse operative job description template '
    "to advertise your vacancy and attract the right candidates. Copy it into your job board or careers page and edit it to fit your "
    "company.</p>"
    '<div class="template-box"><h2>Job title: Warehouse Operative</h2><p><strong>Location:</strong> [Town or city]</p>'
    "<p><strong>Salary:</strong> [£ per hour]</p><h3>Job purpose</h3><p>[Company name] is looking for a reliable warehouse operative "
    "to pick, pack and dispatch orders.</p><h3>Responsibilities</h3><ul><li>Pick and pack orders accurately</li><li>Load and unload "
    "deliveries</li><li>Keep the warehouse clean and safe</li></ul><h3>Requirements</h3><ul><li>Previous warehouse experience</li>"
    "<li>Counterbalance forklift licence (desirable)</li></ul><h3>How to apply</h3><p>[Tell candidates how to apply and by when]</p></div>"
    '<button class="copy">Copy template</button> <a class="btn" href="/download/warehouse-operative.docx">Download as Word</a>'
    "<h2>What does a warehouse operative earn?</h2><p>In the UK most warehouse operatives earn between £11.44 and £13.50 an hour.</p>"
    '<section class="cta"><h2>Post this job to 15 job boards with PeopleLane</h2><a href="/signup">Start free trial</a></section>'
    + related(
        "More job description templates",
        [
            ("Forklift Driver", "Logistics"),
            ("Picker Packer", "Logistics"),
            ("Warehouse Supervisor", "Logistics"),
        ],
    )
    + "</main>"
    + footer(["PeopleLane HR Ltd · 2 Wellington Place, Leeds LS1 4AP"], ["Privacy", "Terms"])
    + "</body></html>\n",
)

add_not(
    {
        "file": "not-applicant-privacy-notice-uk",
        "url": "https://careers.marchbankbuilding.co.uk/candidate-privacy-notice",
        "company": "Marchbank Building Society",
        "reason": "a careers site's privacy notice for job applicants",
    },
    head(
        "en-GB",
        "Candidate privacy notice | Careers at Marchbank Building Society",
        "Marchbank Building Society Careers",
    )
    + "<body>\n"
    + cookie_banner("en", "onetrust")
    + nav(["Jobs", "Life at Marchbank", "Early careers", "Candidate privacy"], "Marchbank Building Society")
    + '<main class="legal"><h1>Candidate privacy notice</h1><p>Last updated: 3 March 2026</p>'
    "<p>This notice explains how Marchbank Building Society uses your personal data when you apply for a job with us, "
    "whether you apply through this careers site, a recruitment agency or a job board.</p>"
    "<h2>What we collect</h2><ul><li>Your name, contact details, CV and covering letter</li><li>Your answers to application questions</li>"
    "<li>Interview notes and assessment results</li><li>Right-to-work documents and, for an offer, references and a credit check</li></ul>"
    "<h2>How long we keep it</h2><p>If your application is unsuccessful, we keep your data for 12 months after the vacancy has closed, "
    "then delete it. If you are hired, it moves to your employee file.</p>"
    "<h2>Your rights</h2><p>You can ask for a copy of your data, or ask us to correct or delete it, by writing to our Data Protection "
    "Officer at dpo@marchbankbs.co.uk.</p>"
    '<p><a href="/jobs">Search our current vacancies</a></p></main>'
    + footer(
        [
            "Marchbank Building Society · Principal Office: 1 Marchbank Square, Carlisle CA3 8RZ · Authorised by the PRA"
        ],
        ["Privacy", "Cookies", "Accessibility"],
    )
    + "</body></html>\n",
)

add_not(
    {
        "file": "not-how-we-hire-faq-us",
        "url": "https://www.quillfeather.io/careers/how-we-hire",
        "company": "Quillfeather",
        "reason": "a careers page about the hiring process: stages, interview tips, an FAQ",
    },
    head("en-US", "How we hire | Quillfeather Careers", "Quillfeather", generator="Webflow")
    + "<body>\n"
    + nav(["Product", "Customers", "Careers", "Log in"], "Quillfeather")
    + "<main><h1>How we hire</h1><p>We want every candidate to know what to expect. Here is what happens after you apply for a role at Quillfeather.</p>"
    '<ol class="stages"><li><h3>1. Application review</h3><p>A recruiter reads every application within five working days.</p></li>'
    "<li><h3>2. Intro call (30 min)</h3><p>A chat about the role, your experience and what you want next.</p></li>"
    "<li><h3>3. Take-home or pairing exercise</h3><p>For engineering roles, a short exercise you can do in under three hours.</p></li>"
    "<li><h3>4. Team interviews</h3><p>Meet the people you'd work with. Remote on Zoom.</p></li>"
    "<li><h3>5. Offer</h3><p>We share the salary range at the first call and make offers within a week of the final interview.</p></li></ol>"
    "<h2>FAQ</h2><dl><dt>Can I apply for more than one job?</dt><dd>Yes, up to three at a time.</dd>"
    "<dt>Do you sponsor visas?</dt><dd>For some roles in the US; the job posting will say so.</dd>"
    "<dt>Is the role remote?</dt><dd>Most of our roles are remote within the US; each posting says where it is based.</dd></dl>"
    '<a class="button" href="/careers#open-roles">See open roles</a></main>'
    + footer(["© 2026 Quillfeather, Inc. · Denver, CO"], ["Privacy", "Security"])
    + "</body></html>\n",
)

add_not(
    {
        "file": "not-oeffentliche-ausschreibung-reinigung-de",
        "url": "https://www.gemeinde-wiesental.de/rathaus/ausschreibungen/2026-17-unterhaltsreinigung",
        "company": "Gemeinde Wiesental",
        "reason": "a public tender for a cleaning services contract (Öffentliche Ausschreibung), not a job",
    },
    head(
        "de",
        "Öffentliche Ausschreibung: Unterhaltsreinigung Grundschule – Gemeinde Wiesental",
        "Gemeinde Wiesental",
    )
    + "<body>\n"
    + cookie_banner("de")
    + nav(["Rathaus", "Bürgerservice", "Ausschreibungen", "Stellenangebote"], "Gemeinde Wiesental")
    + "<main><h1>Öffentliche Ausschreibung nach UVgO: Unterhaltsreinigung der Grundschule Wiesental</h1>"
    '<table class="vergabe"><tr><th>Vergabenummer</th><td>2026-17</td></tr><tr><th>Leistung</th><td>Unterhalts- und Glasreinigung, ca. 2.400 m² Reinigungsfläche</td></tr>'
    "<tr><th>Ausführungsort</th><td>Grundschule Wiesental, Schulstraße 4</td></tr><tr><th>Vertragslaufzeit</th><td>01.03.2027 – 28.02.2029, Verlängerungsoption 1 Jahr</td></tr>"
    "<tr><th>Angebotsfrist</th><td>12.01.2027, 10:00 Uhr</td></tr><tr><th>Zuschlagskriterien</th><td>Preis 60 %, Qualität 40 %</td></tr></table>"
    "<h2>Anforderungen an die Bieter</h2><ul><li>Eintragung in die Handwerksrolle (Gebäudereiniger)</li><li>Nachweis über drei vergleichbare Referenzen</li>"
    "<li>Tariftreueerklärung nach Landestariftreuegesetz</li></ul>"
    "<p>Die Vergabeunterlagen stehen auf der Vergabeplattform zum Download bereit. Angebote sind ausschließlich elektronisch einzureichen.</p>"
    '<a class="btn" href="https://vergabe.example/2026-17">Zu den Vergabeunterlagen</a></main>'
    + footer(["Gemeinde Wiesental · Hauptstraße 1 · 79669 Wiesental"], ["Impressum", "Datenschutz"])
    + "</body></html>\n",
)

add_not(
    {
        "file": "not-call-for-speakers-conference-nl",
        "url": "https://www.frontendnoord.nl/2027/call-for-speakers",
        "reason": "a conference's call for speakers: talk proposals, a deadline, travel paid",
    },
    head("en", "Call for Speakers – Frontend Noord 2027", "Frontend Noord")
    + "<body>\n"
    + cookie_banner("nl")
    + nav(["Programme", "Tickets", "Call for speakers", "Venue"], "Frontend Noord")
    + '<main><h1>Call for Speakers</h1><p class="lede">Frontend Noord returns to Groningen on 10–11 June 2027. We are looking for '
    "speakers who want to share what they've learned building for the web.</p>"
    "<h2>What we're looking for</h2><ul><li>30-minute talks on CSS, accessibility, performance and design systems</li>"
    "<li>Hands-on workshops of 3 hours</li><li>First-time speakers are very welcome: we offer mentoring</li></ul>"
    "<h2>What we offer</h2><ul><li>Travel and two nights' hotel</li><li>A speaker fee of €500 for workshops</li><li>A free ticket for a friend</li></ul>"
    "<p><strong>Deadline:</strong> submit your proposal before 31 January 2027. We'll let you know by mid-March.</p>"
    '<a class="button" href="https://sessionize.example/frontend-noord-2027">Submit a proposal</a></main>'
    + footer(["Stichting Frontend Noord · Groningen"], ["Code of conduct", "Privacy"])
    + "</body></html>\n",
)

add_not(
    {
        "file": "not-appointment-press-release-uk",
        "url": "https://www.hartfieldwater.co.uk/news/hartfield-water-appoints-new-chief-financial-officer",
        "company": "Hartfield Water plc",
        "reason": "a press release announcing an executive appointment (a post already filled)",
    },
    head("en-GB", "Hartfield Water appoints new Chief Financial Officer | News", "Hartfield Water")
    + "<body>\n"
    + cookie_banner("en")
    + nav(["Your supply", "Bills", "Investors", "News", "Careers"], "Hartfield Water")
    + '<main><article class="news"><p class="date">2 December 2026</p><h1>Hartfield Water appoints new Chief Financial Officer</h1>'
    "<p>Hartfield Water plc today announces the appointment of Miriam Oduya as Chief Financial Officer and a member of the Board, "
    "with effect from 1 March 2027. She succeeds Graham Pell, who retires after eleven years with the company.</p>"
    "<p>Miriam joins from Eastmere Energy, where she was Group Finance Director. She will be based at our head office in Guildford "
    "and will lead the finance, treasury and regulation teams.</p>"
    "<p>Chair Robert Ainsley said: \"Miriam's experience of regulated utilities makes her the right person to lead our finances "
    'through the next price review."</p>'
    "<p>In line with the UK Corporate Governance Code, details of her remuneration will be published in the annual report: a base "
    "salary of £410,000 and a pension contribution of 8 % of salary.</p></article>"
    + related(
        "Latest news",
        [("Hosepipe ban lifted", "14 November 2026"), ("Half-year results", "20 November 2026")],
    )
    + "</main>"
    + footer(
        ["Hartfield Water plc · Registered in England 02366654 · Guildford GU1 4RA"],
        ["Privacy", "Accessibility"],
    )
    + "</body></html>\n",
)

add_not(
    {
        "file": "not-interview-questions-page-us",
        "url": "https://www.hirewisejobs.com/interview-questions/barista",
        "reason": "a board's interview-questions guide for a job title, with sample answers and salaries",
    },
    head("en-US", "Barista Interview Questions (With Sample Answers) | HireWise", "HireWise")
    + "<body>\n"
    + cookie_banner("en", "onetrust")
    + nav(["Find jobs", "Company reviews", "Salaries", "Career advice", "Post a job"], "HireWise")
    + '<main><article class="advice"><p class="breadcrumb">Career advice › Interviewing › Barista</p>'
    '<h1>15 Barista Interview Questions (With Sample Answers)</h1><p class="byline">By the HireWise Editorial Team · Updated November 2026</p>'
    "<p>Preparing for a barista interview? Hiring managers at coffee shops want to know how you handle rushes, how you treat "
    "customers and how much you know about coffee. Here are the questions you're most likely to be asked.</p>"
    '<h2>1. Why do you want to work as a barista?</h2><p><em>Sample answer:</em> "I love the pace of a busy café and talking to regulars..."</p>'
    '<h2>2. How would you deal with an unhappy customer?</h2><p><em>Sample answer:</em> "I\'d listen, apologize and remake the drink..."</p>'
    '<h2>3. What is the difference between a latte and a flat white?</h2><p><em>Sample answer:</em> "A flat white has less milk and a thinner layer of microfoam..."</p>'
    "<h2>Barista salary</h2><p>The average barista in the US earns $15.20 per hour. Requirements: no degree; food-handler card in some states.</p></article>"
    + related(
        "Barista jobs near you",
        [
            ("Barista", "Starling Coffee · Austin, TX"),
            ("Shift Lead Barista", "Two Rivers Café · Round Rock, TX"),
            ("Barista – Part time", "Pecan Street Bakery · Austin, TX"),
        ],
    )
    + '<p><a href="/jobs?q=barista">Browse 2,814 barista jobs</a></p></main>'
    + footer(["© 2026 HireWise"], ["Privacy", "Terms", "Do not sell my info"])
    + "</body></html>\n",
)

add_not(
    {
        "file": "not-room-for-workers-classified-pl",
        "url": "https://www.ogloszenia-wroclaw.pl/nieruchomosci/pokoje/pokoj-dla-pracownika-lesnica-55810",
        "reason": "a classified ad offering rooms to rent to workers ('kwatery pracownicze'), not a job",
    },
    head("pl", "Pokój dla pracownika, Wrocław Leśnica – Ogłoszenia Wrocław", "Ogłoszenia Wrocław")
    + "<body>\n"
    + cookie_banner("pl")
    + nav(["Dodaj ogłoszenie", "Praca", "Nieruchomości", "Motoryzacja"], "Ogłoszenia Wrocław")
    + '<main><div class="ogloszenie"><p class="kategoria">Nieruchomości › Pokoje do wynajęcia</p><h1>Pokój dla pracownika – kwatery pracownicze Leśnica</h1>'
    '<p class="cena">900 zł / miesiąc</p>'
    "<p>Wynajmę pokoje 2- i 3-osobowe dla pracowników firm. Blisko strefy przemysłowej i przystanku autobusowego. Kuchnia, pralka, "
    "Wi-Fi, parking dla busów. Faktura VAT dla firm. Możliwość wynajmu od zaraz, minimalnie na miesiąc.</p>"
    "<ul><li>Pokój 2-osobowy: 900 zł / osoba / miesiąc</li><li>Pokój 3-osobowy: 750 zł / osoba / miesiąc</li></ul>"
    "<p>Kontakt: Pan Tomasz, tel. 601 555 284</p></div>"
    + related(
        "Podobne ogłoszenia",
        [("Kwatery dla firm", "Wrocław Fabryczna"), ("Noclegi pracownicze", "Kąty Wrocławskie")],
    )
    + "</main>"
    + footer(["Ogłoszenia Wrocław"], ["Regulamin", "Polityka prywatności"])
    + "</body></html>\n",
)

add_not(
    {
        "file": "not-post-a-job-pricing-au",
        "url": "https://www.sunstatejobs.com.au/employers/post-a-job",
        "reason": "a job board's page for employers: ad packages and prices for posting a job",
    },
    head("en-AU", "Post a job | Advertise jobs from $199 – Sunstate Jobs", "Sunstate Jobs")
    + "<body>\n"
    + cookie_banner("en")
    + nav(["Find jobs", "Salaries", "Employers", "Sign in"], "Sunstate Jobs")
    + '<main><h1>Post a job on Sunstate Jobs</h1><p class="lede">Reach 1.2 million Queensland job seekers. Your job ad goes live in minutes.</p>'
    '<div class="packages"><div class="package"><h2>Basic</h2><p class="price">$199 + GST</p><ul><li>30-day job ad</li><li>Applications by email</li></ul>'
    '<a class="btn" href="/employers/checkout?p=basic">Post a job</a></div>'
    '<div class="package featured"><h2>Premium</h2><p class="price">$349 + GST</p><ul><li>Featured for 7 days</li><li>Sent to matching candidates</li>'
    '<li>Your logo on the ad</li></ul><a class="btn" href="/employers/checkout?p=premium">Post a job</a></div></div>'
    "<h2>How it works</h2><ol><li>Write your job title, location, salary and description</li><li>Choose a package and pay online</li>"
    "<li>Review applicants in your employer dashboard</li></ol>"
    "<p>Hiring often? Ask us about job packs and recruitment agency rates: call 07 5550 1200.</p></main>"
    + footer(["© 2026 Sunstate Jobs Pty Ltd"], ["Privacy", "Terms", "Advertise a job"])
    + "</body></html>\n",
)

add_not(
    {
        "file": "not-appel-a-candidatures-incubateur-fr",
        "url": "https://www.incubateur-garonne.fr/appel-a-candidatures-promotion-2027",
        "company": "Incubateur Garonne",
        "reason": "an incubator's call for applications from start-ups ('appel à candidatures'), not a job",
    },
    head("fr", "Appel à candidatures – Promotion 2027 | Incubateur Garonne", "Incubateur Garonne")
    + "<body>\n"
    + cookie_banner("fr")
    + nav(["Le programme", "Les startups", "Partenaires", "Candidater"], "Incubateur Garonne")
    + '<main><h1>Appel à candidatures : promotion 2027</h1><p class="chapo">Vous portez un projet de startup à impact en Occitanie ? '
    "Rejoignez notre programme d'incubation de 12 mois à Toulouse.</p>"
    "<h2>Ce que nous offrons</h2><ul><li>Un accompagnement individuel par un chargé d'affaires</li><li>Un bureau dans nos locaux de Compans-Caffarelli</li>"
    "<li>Une bourse d'amorçage jusqu'à 30 000 €</li></ul>"
    "<h2>Critères d'éligibilité</h2><ul><li>Une équipe d'au moins deux fondateurs</li><li>Une société créée depuis moins de 2 ans ou en cours de création</li></ul>"
    "<p><strong>Date limite de candidature :</strong> 15 février 2027. Jury de sélection en mars.</p>"
    '<a class="btn" href="/candidater">Déposer ma candidature</a></main>'
    + footer(
        ["Incubateur Garonne · Association loi 1901 · Toulouse"], ["Mentions légales", "Confidentialité"]
    )
    + "</body></html>\n",
)


def main() -> None:
    """Write every page, ``labels.json`` and ``pages/manifest.jsonl``."""
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
    manifest = "".join(
        json.dumps({"url": label["url"], "path": label["file"].removeprefix("pages/")}) + "\n"
        for label in labels
    )
    (pages / "manifest.jsonl").write_text(manifest, encoding="utf-8")


if __name__ == "__main__":
    main()
