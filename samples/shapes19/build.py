# ruff: noqa: E501, RUF001  (page text: long lines and the typographic dashes real pages carry)
"""Write ``samples/shapes19/pages/*.html``, ``pages/manifest.jsonl`` and ``labels.json`` from the pages below.

Each hosted-ATS page is written here beside its label (what a careful reader takes from the rendered page);
the consent banners and trackers are shared pieces. Standard library only; byte-identical on every run:

    .venv/bin/python samples/shapes19/build.py
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

CONSENT = {
    "en": (
        "We use cookies to run this site, remember your choices and understand how it is used.",
        "Accept all",
        "Reject all",
        "Cookie settings",
    ),
    "de": (
        "Wir verwenden Cookies, um unsere Website zu betreiben und sie stetig zu verbessern. Optionale Cookies setzen wir nur mit Ihrer Einwilligung.",
        "Alle akzeptieren",
        "Nur notwendige",
        "Einstellungen",
    ),
    "fr": (
        "Nous utilisons des cookies pour assurer le bon fonctionnement du site et mesurer son audience.",
        "Tout accepter",
        "Tout refuser",
        "Personnaliser",
    ),
    "es": (
        "Utilizamos cookies propias y de terceros para el funcionamiento del sitio y para analizar su uso.",
        "Aceptar todas",
        "Rechazar",
        "Configurar",
    ),
    "nl": (
        "Wij gebruiken cookies om deze website goed te laten werken en om het gebruik te analyseren.",
        "Alles accepteren",
        "Weigeren",
        "Voorkeuren",
    ),
    "sv": (
        "Vi använder kakor för att webbplatsen ska fungera och för att förstå hur den används.",
        "Godkänn alla",
        "Endast nödvändiga",
        "Inställningar",
    ),
}


def onetrust(lang: str) -> str:
    """OneTrust's banner markup in the page's language."""
    text, accept, reject, settings = CONSENT[lang]
    return (
        '<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region">'
        f'<div id="onetrust-policy"><p id="onetrust-policy-text">{text} <a href="/privacy">Privacy</a></p></div>'
        f'<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">{settings}</button>'
        f'<button id="onetrust-reject-all-handler">{reject}</button>'
        f'<button id="onetrust-accept-btn-handler">{accept}</button></div></div></div>'
    )


def cookiebot(lang: str) -> str:
    """Cookiebot's dialog markup in the page's language."""
    text, accept, reject, settings = CONSENT[lang]
    return (
        '<div id="CybotCookiebotDialog" role="dialog" class="CybotCookiebotDialogActive">'
        f'<div id="CybotCookiebotDialogBodyContentText"><p>{text}</p></div>'
        f'<button id="CybotCookiebotDialogBodyButtonDecline">{reject}</button>'
        f'<button id="CybotCookiebotDialogBodyLevelButtonCustomize">{settings}</button>'
        f'<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">{accept}</button></div>'
    )


def plain_banner(lang: str, css: str = "cookie-consent") -> str:
    """An ATS's own small consent bar."""
    text, accept, reject, _ = CONSENT[lang]
    return (
        f'<div class="{css}" role="dialog" aria-live="polite" data-nosnippet><p>{text}</p>'
        f'<button data-action="reject">{reject}</button><button data-action="accept">{accept}</button></div>'
    )


def ld(data: dict[str, Any]) -> str:
    """A JSON-LD script element."""
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def doc(lang: str, head: str, body: str) -> str:
    """A whole HTML document."""
    return f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n'


PAGES: list[dict[str, Any]] = []


def page(name: str, url: str, shape: str, html: str, **label: Any) -> None:
    """Record one page and its label (title, company, location, remote, employment_type, salary)."""
    city, country = label.pop("place")
    PAGES.append(
        {
            "file": f"pages/{name}.html",
            "url": url,
            "source": url.split("/")[2],
            "shape": shape,
            "company": label["company"],
            "title": label["title"],
            "cluster": name,
            "duplicate_kind": None,
            "spam": False,
            "broken": None,
            "expect": "published",
            "salary": label.get("salary"),
            "location": {"city": city, "country_code": country} if country else None,
            "remote": label.get("remote"),
            "employment_type": label.get("employment_type"),
            "_html": html,
        }
    )


def pay(lo: float, hi: float, currency: str, period: str) -> dict[str, Any]:
    """A salary label."""
    return {"min": lo, "max": hi, "currency": currency, "period": period}


# ------------------------------------------------------------------ Greenhouse classic: two offices, pay by city

page(
    "gh-classic-two-offices-pay-by-city",
    "https://boards.greenhouse.io/ledgerloom/jobs/7712034",
    "greenhouse-classic",
    doc(
        "en",
        '<title>Job Application for Staff Data Engineer at Ledgerloom</title>\n<meta property="og:title" content="Staff Data Engineer">\n<meta property="og:description" content="New York, NY; Chicago, IL">\n<link rel="stylesheet" href="https://boards.cdn.greenhouse.io/assets/application.css">',
        onetrust("en") + '\n<div id="wrapper"><div id="main"><div id="app_body">\n'
        '<div id="header"><div id="logo"><a href="https://www.ledgerloom.com"><img alt="Ledgerloom Logo" src="https://s3-recruiting.cdn.greenhouse.io/external_greenhouse_job_boards/logos/400/771/200/resized/ledgerloom.png"></a></div>\n'
        '<h1 class="app-title">Staff Data Engineer</h1>\n<span class="company-name">at Ledgerloom</span>\n<div class="location">New York, NY; Chicago, IL</div></div>\n'
        '<div id="content">\n<p><strong>About Ledgerloom</strong></p>\n<p>Ledgerloom runs the contract-review platform used by 1,400 in-house legal teams. We have offices in New York and Chicago and 310 employees.</p>\n'
        "<p><strong>The role</strong></p>\n<p>This is a full-time position on the Data Platform team. The role is hybrid: you will be in one of our two offices on Tuesdays, Wednesdays and Thursdays.</p>\n"
        "<ul><li>Own the ingestion of 40 million contract pages a month into our lakehouse</li><li>Design the data contracts between product teams and analytics</li><li>Mentor four data engineers</li></ul>\n"
        "<p><strong>What you bring</strong></p>\n<ul><li>8+ years of data engineering, with Spark and dbt</li><li>Experience with document pipelines is a plus</li></ul>\n"
        '<div class="content-pay-transparency"><div class="pay-input"><div class="title">New York base salary</div><div class="pay-range"><span>$185,000</span><span class="divider">&mdash;</span><span>$215,000 USD</span></div></div>'
        '<div class="pay-input"><div class="title">Chicago base salary</div><div class="pay-range"><span>$170,000</span><span class="divider">&mdash;</span><span>$198,000 USD</span></div></div>'
        "<p>Base pay is one part of total compensation, which includes equity, a 401(k) match of up to 4% and a $1,500 yearly learning budget.</p></div>\n"
        "</div>\n"
        '<div id="application"><h2>Apply for this Job</h2><form id="application_form"><label for="first_name">First Name *</label><input id="first_name" type="text"><label for="job_application_answers_attributes_0_text_value">What are your salary expectations? (e.g. $150,000)</label><input type="text"><label>Which office would you work from?</label><select><option>New York</option><option>Chicago</option></select><input type="submit" value="Submit Application"></form></div>\n'
        '</div></div><div id="footer"><p>Powered by <a href="https://www.greenhouse.io/">Greenhouse</a> | <a href="https://www.greenhouse.io/privacy-policy">Privacy Policy</a></p></div></div>\n'
        + GTM.replace("{id}", "QM4T2XW"),
    ),
    title="Staff Data Engineer",
    company="Ledgerloom",
    place=("New York", "US"),
    remote="hybrid",
    employment_type="full_time",
    salary=pay(185000, 215000, "USD", "year"),
)

# ------------------------------------------------------------------ Greenhouse new: Remote - Canada, Remix pay_ranges

page(
    "gh-new-remote-canada-cad",
    "https://job-boards.greenhouse.io/tallyrock/jobs/5523019004",
    "greenhouse-new",
    doc(
        "en",
        '<title>Job Application for Senior Site Reliability Engineer at Tallyrock</title>\n<meta property="og:title" content="Senior Site Reliability Engineer">\n<meta property="og:description" content="Remote - Canada">\n<link rel="stylesheet" href="https://job-boards.cdn.greenhouse.io/build/_assets/root-7HQ2A.css">',
        plain_banner("en", "cookie-banner")
        + '\n<div class="main font-secondary job-post">\n<div class="logo-container"><a href="https://tallyrock.io"><img class="logo" alt="Tallyrock Logo" src="https://s2-recruiting.cdn.greenhouse.io/external_greenhouse_job_boards/logos/400/552/300/resized/tallyrock.png"></a></div>\n'
        '<div class="job__header"><div class="job__title"><h1 class="section-header section-header--large font-primary">Senior Site Reliability Engineer</h1><div class="job__location"><svg class="svg-icon" aria-hidden="true"><path d="M8 0a5 5 0 0 0-5 5c0 4 5 11 5 11s5-7 5-11a5 5 0 0 0-5-5z"></path></svg><div>Remote - Canada</div></div></div><a class="btn btn--pill" href="#application-form">Apply</a></div>\n'
        '<div class="job__description body">\n<p><strong>Who we are</strong></p><p>Tallyrock builds inventory software for 6,000 independent hardware stores across North America. Our 140 people work from Vancouver, Toronto and their homes.</p>\n'
        "<p><strong>What you'll do</strong></p><ul><li>Run our Kubernetes fleet on two clouds</li><li>Lead incident reviews and own our SLOs</li><li>Cut our p99 latency for in-store scanners in half</li></ul>\n"
        "<p><strong>What we offer</strong></p><ul><li>A full-time, permanent position, fully remote from anywhere in Canada</li><li>Four weeks of vacation and a $1,200 home-office budget</li><li>Stock options</li></ul>\n"
        '<div class="pay-transparency"><p class="pay-transparency__title">Canada base salary range</p><div class="pay-range"><span>$138,000</span><span class="divider">&mdash;</span><span>$162,000 CAD</span></div><p>Final offers depend on experience and level; the range excludes options and benefits.</p></div>\n'
        "</div>\n"
        '<div class="application--container" id="application-form"><h2 class="section-header">Apply for this job</h2><div class="field-wrapper"><label for="first_name">First Name*</label><input id="first_name" type="text"></div><div class="field-wrapper"><label for="q_province">Which province do you live in?</label><input id="q_province" type="text"></div><button class="btn btn--pill" type="submit">Submit application</button></div>\n'
        '<div class="footer"><p>Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p></div>\n</div>\n'
        '<script>window.__remixContext = {"url":"/tallyrock/jobs/5523019004","state":{"loaderData":{"root":{"locale":"en"},"routes/$url_token_.jobs_.$job_post_id":{"jobPost":{"id":5523019004,"title":"Senior Site Reliability Engineer","company_name":"Tallyrock","job_post_location":"Remote - Canada","pay_ranges":[{"title":"Canada base salary range","min":"$138,000","max":"$162,000","currency_type":"CAD"}]},"board":{"name":"Tallyrock","url_token":"tallyrock"}}}}};</script>',
    ),
    title="Senior Site Reliability Engineer",
    company="Tallyrock",
    place=(None, "CA"),
    remote="remote",
    employment_type="full_time",
    salary=pay(138000, 162000, "CAD", "year"),
)

# ------------------------------------------------------------------ Lever job: a department named like a company

page(
    "lever-department-brand-london",
    "https://jobs.lever.co/orbitalfreight/3f9a1c2e-7d4b-4e8a-9c61-5b2d8e0f4a17",
    "lever",
    doc(
        "en",
        '<title>Orbital Freight - Senior Pricing Analyst</title>\n<meta property="og:title" content="Orbital Freight - Senior Pricing Analyst">\n<meta property="og:description" content="Orbital Freight is a digital freight forwarder for small exporters.">\n<link rel="stylesheet" href="https://jobs.lever.co/css/jobs.css">',
        plain_banner("en", "cc-window")
        + '\n<div class="main-header page-full-width section-wrapper"><div class="main-header-content page-centered narrow-section"><a class="main-header-logo" href="https://jobs.lever.co/orbitalfreight"><img alt="Orbital Freight logo" src="https://lever-client-logos.s3.us-west-2.amazonaws.com/orbitalfreight.png"></a></div></div>\n'
        '<div class="content-wrapper posting-page"><div class="content">\n<div class="section-wrapper accent-section page-full-width"><div class="section page-centered posting-header">\n'
        '<div class="posting-headline"><h2>Senior Pricing Analyst</h2>\n<div class="posting-categories"><div class="sort-by-time posting-category medium-category-label width-202 capitalize-labels location">London</div><div class="sort-by-team posting-category medium-category-label width-202 capitalize-labels department">Northbeam Analytics – Pricing</div><div class="sort-by-commitment posting-category medium-category-label width-202 capitalize-labels commitment">Permanent - Full Time</div><div class="posting-category medium-category-label width-202 capitalize-labels workplaceTypes">Hybrid</div></div></div>\n'
        '<div class="postings-btn-wrapper"><a class="postings-btn template-btn-submit shamrock" href="https://jobs.lever.co/orbitalfreight/3f9a1c2e-7d4b-4e8a-9c61-5b2d8e0f4a17/apply">Apply for this job</a></div></div></div>\n'
        '<div class="section-wrapper page-full-width"><div class="section page-centered" data-qa="job-description"><div>Orbital Freight moves 90,000 containers a year for 3,000 small exporters. Northbeam Analytics is our in-house pricing and forecasting team: eleven analysts and data scientists in our Shoreditch office.</div><div><br></div><div>You will build the models that quote a lane in seconds, and work with our carriers on contract rates.</div></div>\n'
        '<div class="section page-centered"><h3>What you will do</h3><ul class="posting-requirements plain-list"><li>Own spot and contract pricing for Asia–Europe lanes</li><li>Build margin dashboards for the commercial team</li><li>Run pricing experiments with the product team</li></ul></div>\n'
        '<div class="section page-centered"><h3>What you bring</h3><ul class="posting-requirements plain-list"><li>4+ years in pricing or revenue analytics, ideally in logistics</li><li>SQL and Python</li></ul></div>\n'
        '<div class="section page-centered" data-qa="salary-range"><h3>Salary</h3><div class="posting-requirements">£62,000 - £70,000 a year</div></div>\n'
        '<div class="section page-centered" data-qa="closing-description"><div>We work from the office three days a week. 27 days holiday plus bank holidays, private medical insurance and a 5% pension contribution.</div></div>\n'
        '<div class="section page-centered last-section-apply"><a class="postings-btn template-btn-submit shamrock" href="https://jobs.lever.co/orbitalfreight/3f9a1c2e-7d4b-4e8a-9c61-5b2d8e0f4a17/apply">Apply for this job</a></div></div>\n'
        '</div></div>\n<div class="main-footer page-full-width"><div class="main-footer-text page-centered"><p><a href="https://jobs.lever.co/orbitalfreight">Orbital Freight Home Page</a></p><a class="image-link" href="https://lever.co/job-seeker-support/"><span>Jobs powered by </span><img alt="Lever logo" src="/img/lever-logo-full.svg"></a></div></div>',
    ),
    title="Senior Pricing Analyst",
    company="Orbital Freight",
    place=("London", "GB"),
    remote="hybrid",
    employment_type="full_time",
    salary=pay(62000, 70000, "GBP", "year"),
)

# ------------------------------------------------------------------ Lever /apply in French: header only

page(
    "lever-apply-cdi-hybride-paris",
    "https://jobs.lever.co/cantaloupe-sante/8b2e4f60-1a3c-4d9e-b7f2-6c0a9e3d5b14/apply",
    "lever-apply",
    doc(
        "fr",
        '<title>Cantaloupe Santé - Product Designer Senior</title>\n<meta property="og:title" content="Cantaloupe Santé - Product Designer Senior">\n<meta property="og:description" content="Cantaloupe Santé simplifie le parcours de soin des patients chroniques.">\n<link rel="stylesheet" href="https://jobs.lever.co/css/jobs.css">',
        cookiebot("fr")
        + '\n<div class="main-header page-full-width section-wrapper"><div class="main-header-content page-centered narrow-section"><a class="main-header-logo" href="https://jobs.lever.co/cantaloupe-sante"><img alt="Cantaloupe Santé logo" src="https://lever-client-logos.s3.us-west-2.amazonaws.com/cantaloupe.png"></a></div></div>\n'
        '<div class="content-wrapper application-page"><div class="content"><div class="section-wrapper accent-section page-full-width"><div class="section page-centered application-header">\n'
        '<div class="posting-headline"><h2>Product Designer Senior</h2>\n<div class="posting-categories"><div class="sort-by-time posting-category medium-category-label location">Paris</div><div class="sort-by-team posting-category medium-category-label department">Produit – Parcours patient</div><div class="sort-by-commitment posting-category medium-category-label commitment">CDI - Temps plein</div><div class="posting-category medium-category-label workplaceTypes">Hybride</div></div></div></div></div>\n'
        '<div class="section-wrapper page-full-width"><form id="application-form" class="application-form" method="POST" enctype="multipart/form-data">\n'
        '<div class="section application-form page-centered"><h4>Envoyer votre candidature</h4><ul><li class="application-question resume"><label><div class="application-label">CV<span class="required">✱</span></div><div class="application-field"><a class="template-btn-utility visible-resume-upload">Joindre un CV/LM</a><input type="file" name="resume"></div></label></li>'
        '<li class="application-question"><label><div class="application-label">Nom complet<span class="required">✱</span></div><div class="application-field"><input type="text" name="name"></div></label></li>'
        '<li class="application-question"><label><div class="application-label">E-mail<span class="required">✱</span></div><div class="application-field"><input type="email" name="email"></div></label></li>'
        '<li class="application-question"><label><div class="application-label">Portfolio</div><div class="application-field"><input type="text" name="urls[Portfolio]" placeholder="https://"></div></label></li></ul></div>\n'
        '<div class="section application-form page-centered"><h4>Informations complémentaires</h4><textarea name="comments" placeholder="Ajoutez une lettre de motivation ou toute autre information"></textarea></div>\n'
        '<div class="section page-centered last-section-apply"><button type="submit" class="template-btn-submit">Envoyer la candidature</button></div></form></div>\n'
        '</div></div>\n<div class="main-footer page-full-width"><div class="main-footer-text page-centered"><p><a href="https://jobs.lever.co/cantaloupe-sante">Page d\'accueil de Cantaloupe Santé</a></p><a class="image-link" href="https://lever.co/job-seeker-support/"><span>Jobs powered by </span><img alt="Lever logo" src="/img/lever-logo-full.svg"></a></div></div>',
    ),
    title="Product Designer Senior",
    company="Cantaloupe Santé",
    place=("Paris", "FR"),
    remote="hybrid",
    employment_type="full_time",
)

# ------------------------------------------------------------------ Ashby: remote with two listed cities, tiers

ASHBY_REMOTE_APP = {
    "organization": {"name": "Lumenforge", "publicWebsite": "https://lumenforge.dev"},
    "posting": {
        "id": "c41e7a90-2b6d-4f13-8e5a-0d9b3c7f2a64",
        "title": "Developer Advocate",
        "departmentName": "Developer Relations",
        "locationName": "Denver",
        "secondaryLocations": [{"locationName": "Austin"}],
        "workplaceType": "Remote",
        "isRemote": True,
        "employmentType": "FullTime",
        "compensationTierSummary": "$140K – $165K",
        "isListed": True,
    },
}

page(
    "ashby-remote-two-cities",
    "https://jobs.ashbyhq.com/lumenforge/c41e7a90-2b6d-4f13-8e5a-0d9b3c7f2a64",
    "ashby",
    doc(
        "en",
        '<title>Developer Advocate @ Lumenforge</title>\n<meta property="og:title" content="Developer Advocate @ Lumenforge">\n<meta property="og:description" content="Lumenforge is hiring a Developer Advocate. Apply now!">',
        '<div id="root">\n<div class="ashby-job-posting-header"><a href="https://jobs.ashbyhq.com/lumenforge"><img alt="Lumenforge" src="https://app.ashbyhq.com/api/images/org-theme-wordmark/lumenforge.png"></a><h1 class="ashby-job-posting-heading">Developer Advocate</h1></div>\n'
        '<div class="_tabs"><a class="_tab _active" href="https://jobs.ashbyhq.com/lumenforge/c41e7a90-2b6d-4f13-8e5a-0d9b3c7f2a64">Overview</a><a class="_tab" href="https://jobs.ashbyhq.com/lumenforge/c41e7a90-2b6d-4f13-8e5a-0d9b3c7f2a64/application">Application</a></div>\n'
        '<div class="_container"><div class="_left-pane">\n<div class="_section"><h2>Location</h2><p>Denver</p><p class="_secondary">Austin</p></div>\n<div class="_section"><h2>Employment Type</h2><p>Full time</p></div>\n<div class="_section"><h2>Location Type</h2><p>Remote</p></div>\n<div class="_section"><h2>Department</h2><p>Developer Relations</p></div>\n<div class="_section"><h2>Compensation</h2><ul class="_compensation"><li><span class="_compensationTierSummary">$140K – $165K</span></li></ul></div>\n</div>\n'
        '<div class="_right-pane ashby-job-posting-right-pane"><div class="_descriptionText">\n<p>Lumenforge makes the open-source build cache that 30,000 engineering teams run in CI. We are 60 people, remote across the US, with hubs in Denver and Austin for those who like an office.</p>\n'
        "<h3>What you'll do</h3><ul><li>Write tutorials, talks and sample repositories</li><li>Run our community Discord and office hours</li><li>Bring what users tell you back to the product team</li></ul>\n"
        "<h3>About you</h3><ul><li>3+ years as a software engineer or developer advocate</li><li>You like writing and speaking in public</li></ul>\n"
        "<h3>Benefits</h3><p>Medical, dental and vision, a $2,000 conference budget, and travel to two team offsites a year.</p>\n</div></div></div>\n"
        '<div class="_footer"><a href="https://www.ashbyhq.com">Powered by Ashby</a> · <a href="https://www.ashbyhq.com/privacy">Privacy Policy</a></div>\n</div>\n'
        f"<script>window.__appData = {json.dumps(ASHBY_REMOTE_APP, ensure_ascii=False)};</script>",
    ),
    title="Developer Advocate",
    company="Lumenforge",
    place=("Denver", "US"),
    remote="remote",
    employment_type="full_time",
    salary=pay(140000, 165000, "USD", "year"),
)

# ------------------------------------------------------------------ Ashby: JS shell, only the app data

ASHBY_SHELL_APP = {
    "organization": {"name": "Brightwave", "publicWebsite": "https://brightwave.nl"},
    "posting": {
        "id": "5e8d2b17-a94c-4c0f-b3e6-71f20d9a8c35",
        "title": "Customer Success Manager (32 uur)",
        "departmentName": "Customer Success",
        "locationName": "Amsterdam",
        "secondaryLocations": [],
        "workplaceType": "Hybrid",
        "isRemote": False,
        "employmentType": "PartTime",
        "compensationTierSummary": "€3.6K – €4.2K per month",
        "descriptionHtml": "<p>Brightwave plant routes voor 900 thuiszorgteams in Nederland en België.</p><h3>Wat je doet</h3><ul><li>Je begeleidt 60 zorgorganisaties na de livegang</li><li>Je geeft trainingen op locatie en online</li></ul><h3>Wat we bieden</h3><ul><li>32 uur per week, twee dagen op ons kantoor aan de Zuidas en de rest thuis</li><li>€3.600 – €4.200 bruto per maand bij 32 uur</li><li>NS Business Card</li></ul>",
        "isListed": True,
    },
}

page(
    "ashby-shell-app-data-amsterdam",
    "https://jobs.ashbyhq.com/brightwave/5e8d2b17-a94c-4c0f-b3e6-71f20d9a8c35",
    "ashby",
    doc(
        "nl",
        '<title>Brightwave Jobs</title>\n<meta property="og:title" content="Customer Success Manager (32 uur) @ Brightwave">\n<link rel="stylesheet" href="https://cdn.ashbyprd.com/frontend_non_user/b51b9e1/index.css">',
        '<noscript>You need to enable JavaScript to run this app.</noscript>\n<div id="root"></div>\n'
        f"<script>window.__appData = {json.dumps(ASHBY_SHELL_APP, ensure_ascii=False)};</script>\n"
        '<script src="https://cdn.ashbyprd.com/frontend_non_user/b51b9e1/index.js" type="module"></script>',
    ),
    title="Customer Success Manager (32 uur)",
    company="Brightwave",
    place=("Amsterdam", "NL"),
    remote="hybrid",
    employment_type="part_time",
    salary=pay(3600, 4200, "EUR", "month"),
)

# ------------------------------------------------------------------ Ashby application tab: on-site

ASHBY_APPLY_APP = {
    "organization": {"name": "Ironpine Robotics", "publicWebsite": "https://ironpine.com"},
    "posting": {
        "id": "a7c3e915-4d2f-4b86-9e10-3f5b8d6c2e07",
        "title": "Robotics Technician II",
        "departmentName": "Hardware",
        "locationName": "Austin",
        "workplaceType": "OnSite",
        "isRemote": False,
        "employmentType": "FullTime",
        "isListed": True,
    },
}

page(
    "ashby-application-onsite-austin",
    "https://jobs.ashbyhq.com/ironpine/a7c3e915-4d2f-4b86-9e10-3f5b8d6c2e07/application",
    "ashby-application",
    doc(
        "en",
        '<title>Robotics Technician II @ Ironpine Robotics</title>\n<meta property="og:title" content="Robotics Technician II @ Ironpine Robotics">',
        '<div id="root">\n<div class="ashby-job-posting-header"><a href="https://jobs.ashbyhq.com/ironpine"><img alt="Ironpine Robotics" src="https://app.ashbyhq.com/api/images/org-theme-wordmark/ironpine.png"></a><h1 class="ashby-job-posting-heading">Robotics Technician II</h1></div>\n'
        '<div class="_tabs"><a class="_tab" href="https://jobs.ashbyhq.com/ironpine/a7c3e915-4d2f-4b86-9e10-3f5b8d6c2e07">Overview</a><a class="_tab _active" href="https://jobs.ashbyhq.com/ironpine/a7c3e915-4d2f-4b86-9e10-3f5b8d6c2e07/application">Application</a></div>\n'
        '<div class="_container"><div class="_left-pane">\n<div class="_section"><h2>Location</h2><p>Austin</p></div>\n<div class="_section"><h2>Employment Type</h2><p>Full time</p></div>\n<div class="_section"><h2>Location Type</h2><p>On-site</p></div>\n<div class="_section"><h2>Department</h2><p>Hardware</p></div>\n</div>\n'
        '<div class="_right-pane"><form class="ashby-application-form-container">\n<div class="_fieldEntry"><label class="ashby-application-form-question-title">Name<span class="_required">*</span></label><input type="text" name="_systemfield_name"></div>\n<div class="_fieldEntry"><label class="ashby-application-form-question-title">Email<span class="_required">*</span></label><input type="email" name="_systemfield_email"></div>\n<div class="_fieldEntry"><label class="ashby-application-form-question-title">Resume<span class="_required">*</span></label><input type="file" name="_systemfield_resume"></div>\n<div class="_fieldEntry"><label class="ashby-application-form-question-title">Are you able to work on-site in Austin five days a week?</label><label><input type="radio" name="q1"> Yes</label><label><input type="radio" name="q1"> No</label></div>\n<div class="_fieldEntry"><label class="ashby-application-form-question-title">Are you authorized to work in the United States?</label><label><input type="radio" name="q2"> Yes</label><label><input type="radio" name="q2"> No</label></div>\n<button class="ashby-application-form-submit-button" type="submit">Submit Application</button></form></div></div>\n'
        '<div class="_footer"><a href="https://www.ashbyhq.com">Powered by Ashby</a> · <a href="https://www.ashbyhq.com/privacy">Privacy Policy</a></div>\n</div>\n'
        f"<script>window.__appData = {json.dumps(ASHBY_APPLY_APP, ensure_ascii=False)};</script>",
    ),
    title="Robotics Technician II",
    company="Ironpine Robotics",
    place=("Austin", "US"),
    remote="onsite",
    employment_type="full_time",
)

# ------------------------------------------------------------------ Workable job page in Dutch: department and type

page(
    "workable-parttime-hybride-utrecht",
    "https://apply.workable.com/groenhof-zorg/j/7C1E2A94B3/",
    "workable",
    doc(
        "nl",
        '<title>Wijkverpleegkundige niveau 5 - Groenhof Zorg</title>\n<meta property="og:title" content="Wijkverpleegkundige niveau 5 - Groenhof Zorg">\n<meta property="og:site_name" content="Groenhof Zorg">\n'
        + ld(
            {
                "@context": "http://schema.org",
                "@type": "JobPosting",
                "title": "Wijkverpleegkundige niveau 5",
                "datePosted": "2026-11-20",
                "description": "Groenhof Zorg biedt wijkverpleging in Utrecht en omgeving.",
                "employmentType": "PART_TIME",
                "hiringOrganization": {
                    "@type": "Organization",
                    "name": "Groenhof Zorg",
                    "sameAs": "https://www.groenhofzorg.nl",
                },
                "jobLocation": {
                    "@type": "Place",
                    "address": {
                        "@type": "PostalAddress",
                        "addressLocality": "Utrecht",
                        "addressRegion": "Utrecht",
                        "addressCountry": "NL",
                    },
                },
            }
        ),
        plain_banner("nl", "styles--cookie-banner")
        + '\n<div id="app"><div data-ui="header" class="styles--header"><a href="https://apply.workable.com/groenhof-zorg/"><img data-ui="company-logo" alt="Groenhof Zorg" src="https://workablehr.s3.amazonaws.com/uploads/account/logo/groenhof.png"></a></div>\n'
        '<main><h1 data-ui="job-title">Wijkverpleegkundige niveau 5</h1>\n<div class="styles--meta"><span data-ui="job-location">Utrecht, Utrecht, Nederland</span><span data-ui="job-workplace">Hybride</span><span data-ui="job-department">Buurtteam Leidsche Rijn</span><span data-ui="job-type">Parttime</span></div>\n'
        '<a data-ui="overview-apply-now" href="https://apply.workable.com/groenhof-zorg/j/7C1E2A94B3/apply/">Solliciteren</a>\n'
        '<section data-ui="job-description"><h2>Omschrijving</h2><p>Groenhof Zorg biedt wijkverpleging aan 2.100 cliënten in Utrecht en omgeving. Ons Buurtteam Leidsche Rijn zoekt een wijkverpleegkundige voor 24 tot 28 uur per week.</p><p>Je indiceert zorg, coacht collega\'s van niveau 3 en 4 en bent het aanspreekpunt voor huisartsen in de wijk.</p></section>\n'
        '<section data-ui="job-requirements"><h2>Functie-eisen</h2><ul><li>HBO-V en BIG-registratie</li><li>Rijbewijs B of een e-bike (die krijg je van ons)</li></ul></section>\n'
        '<section data-ui="job-benefits"><h2>Arbeidsvoorwaarden</h2><ul><li>€ 3.380 - € 4.790 bruto per maand bij 36 uur (CAO VVT, FWG 50)</li><li>Indicatie- en rapportagewerk doe je een dag per week thuis</li><li>Eindejaarsuitkering van 8,33%</li></ul></section>\n'
        '<a data-ui="apply-button" href="https://apply.workable.com/groenhof-zorg/j/7C1E2A94B3/apply/">Solliciteren</a></main>\n'
        '<footer class="styles--footer"><p>Groenhof Zorg · Vleutenseweg 12, 3532 HB Utrecht</p><p><a href="https://www.workable.com">Powered by Workable</a> · <a href="https://www.workable.com/privacy">Privacy</a></p></footer></div>',
    ),
    title="Wijkverpleegkundige niveau 5",
    company="Groenhof Zorg",
    place=("Utrecht", "NL"),
    remote="hybrid",
    employment_type="part_time",
    salary=pay(3380, 4790, "EUR", "month"),
)

# ------------------------------------------------------------------ Workable apply tab in Spanish: the header only

page(
    "workable-apply-media-jornada-sevilla",
    "https://apply.workable.com/olivar-seguros/j/E50A3D8C21/apply/",
    "workable-apply",
    doc(
        "es",
        '<title>Agente de atención al cliente - Olivar Seguros</title>\n<meta property="og:title" content="Agente de atención al cliente - Olivar Seguros">\n<meta property="og:site_name" content="Olivar Seguros">',
        plain_banner("es", "styles--cookie-banner")
        + '\n<div id="app"><div data-ui="header" class="styles--header"><a href="https://apply.workable.com/olivar-seguros/"><img data-ui="company-logo" alt="Olivar Seguros" src="https://workablehr.s3.amazonaws.com/uploads/account/logo/olivar.png"></a></div>\n'
        '<main><h1 data-ui="job-title">Agente de atención al cliente</h1>\n<div class="styles--meta"><span data-ui="job-location">Sevilla, Andalucía, España</span><span data-ui="job-workplace">Híbrido</span><span data-ui="job-department">Atención al cliente</span><span data-ui="job-type">Media jornada</span></div>\n'
        '<nav class="styles--tabs"><a href="https://apply.workable.com/olivar-seguros/j/E50A3D8C21/">Descripción</a><a class="styles--active" href="https://apply.workable.com/olivar-seguros/j/E50A3D8C21/apply/">Solicitud</a></nav>\n'
        '<form data-ui="application-form"><h2>Información personal</h2><label>Nombre*<input name="firstname"></label><label>Apellidos*<input name="lastname"></label><label>Correo electrónico*<input name="email" type="email"></label><label>Teléfono<input name="phone" placeholder="+34 600 00 00 00"></label><h2>Perfil</h2><label>CV*<input type="file" name="resume"></label><label>¿Tienes disponibilidad de mañanas (9:00 a 13:00)?<select><option>Sí</option><option>No</option></select></label><label>Expectativa salarial (p. ej. 14.000 € brutos al año)<input name="qa_salary"></label><button type="submit" data-ui="submit">Enviar solicitud</button></form></main>\n'
        '<footer class="styles--footer"><p><a href="https://www.workable.com">Powered by Workable</a> · <a href="https://www.workable.com/privacy">Privacidad</a></p></footer></div>',
    ),
    title="Agente de atención al cliente",
    company="Olivar Seguros",
    place=("Sevilla", "ES"),
    remote="hybrid",
    employment_type="part_time",
)

# ------------------------------------------------------------------ Workday: Remote type Hybrid, two locations, pay text

page(
    "workday-hybrid-two-locations-pay",
    "https://northlake.wd1.myworkdayjobs.com/en-US/NorthlakeCareers/job/Minneapolis-MN/Claims-Data-Analyst_R-104482",
    "workday",
    doc(
        "en-US",
        '<title>Claims Data Analyst</title>\n<meta property="og:title" content="Claims Data Analyst">\n<meta property="og:description" content="Northlake Mutual is a member-owned insurer.">\n'
        + ld(
            {
                "@context": "http://schema.org",
                "@type": "JobPosting",
                "title": "Claims Data Analyst",
                "description": "Northlake Mutual is a member-owned insurer.",
                "datePosted": "2026-11-24",
                "employmentType": "FULL_TIME",
                "identifier": {"@type": "PropertyValue", "name": "Claims Data Analyst", "value": "R-104482"},
                "hiringOrganization": {"@type": "Organization", "name": "Northlake Mutual Insurance Company"},
                "jobLocation": {
                    "@type": "Place",
                    "address": {
                        "@type": "PostalAddress",
                        "addressLocality": "Minneapolis",
                        "addressRegion": "MN",
                        "addressCountry": "United States of America",
                    },
                },
            }
        ),
        onetrust("en")
        + '\n<div data-automation-id="headerWrapper"><a data-automation-id="logoLink" href="https://northlake.wd1.myworkdayjobs.com/en-US/NorthlakeCareers"><img alt="Northlake Mutual" src="https://northlake.wd1.myworkdayjobs.com/NorthlakeCareers/assets/logo"></a><nav><a href="/en-US/NorthlakeCareers">Search for Jobs</a><a href="/en-US/NorthlakeCareers/login">Sign In</a></nav></div>\n'
        '<div data-automation-id="jobPostingPage">\n<h2 data-automation-id="jobPostingHeader">Claims Data Analyst</h2>\n<div data-automation-id="applyButton"><a role="button" href="/en-US/NorthlakeCareers/job/Minneapolis-MN/Claims-Data-Analyst_R-104482/apply">Apply</a></div>\n'
        '<div data-automation-id="job-posting-details">\n<div data-automation-id="remoteType"><dl><dt>remote type</dt><dd>Hybrid</dd></dl></div>\n<div data-automation-id="locations"><dl><dt>locations</dt><dd>Minneapolis, MN</dd><dd>Des Moines, IA</dd></dl></div>\n<div data-automation-id="time"><dl><dt>time type</dt><dd>Full time</dd></dl></div>\n<div data-automation-id="postedOn"><dl><dt>posted on</dt><dd>Posted 7 Days Ago</dd></dl></div>\n<div data-automation-id="requisitionId"><dl><dt>job requisition id</dt><dd>R-104482</dd></dl></div>\n</div>\n'
        '<div data-automation-id="jobPostingDescription">\n<p>Northlake Mutual Insurance Company insures 1.2 million farm and family members in five Midwestern states.</p>\n<p><b>What you will do</b></p><ul><li>Build claims-severity reports for the property and casualty lines</li><li>Find fraud and leakage patterns with the Special Investigations Unit</li><li>Automate monthly reserve reviews in Python</li></ul>\n'
        "<p><b>Qualifications</b></p><ul><li>Bachelor's degree in statistics, economics or similar</li><li>3+ years of SQL</li></ul>\n"
        "<p><b>Work arrangement</b></p><p>This hybrid role works from our Minneapolis or Des Moines office at least two days a week.</p>\n"
        "<p><b>Pay Transparency</b></p><p>Pay Range: $78,400.00 - $117,600.00 Annual. The range reflects the minimum and maximum base pay for this role across all locations. This position is eligible for an annual incentive of up to 10% of base pay.</p>\n"
        "<p>Northlake Mutual is an Equal Opportunity Employer.</p>\n</div>\n"
        '<div data-automation-id="similarJobs"><h3>Similar Jobs</h3><ul><li><a href="/en-US/NorthlakeCareers/job/Des-Moines-IA/Actuarial-Analyst_R-104391">Actuarial Analyst</a><span>Des Moines, IA · Remote</span></li><li><a href="/en-US/NorthlakeCareers/job/Minneapolis-MN/Senior-Claims-Adjuster_R-104120">Senior Claims Adjuster</a><span>Minneapolis, MN</span></li></ul></div>\n</div>\n'
        '<footer data-automation-id="footer"><p>© 2026 Workday, Inc. All rights reserved.</p></footer>',
    ),
    title="Claims Data Analyst",
    company="Northlake Mutual Insurance Company",
    place=("Minneapolis", "US"),
    remote="hybrid",
    employment_type="full_time",
    salary=pay(78400, 117600, "USD", "year"),
)

# ------------------------------------------------------------------ Workday in French: on site, part time

page(
    "workday-fr-sur-site-temps-partiel-lyon",
    "https://maisonverbier.wd3.myworkdayjobs.com/fr-FR/Carrieres/job/Lyon/Conseiller-de-vente--H-F-_JR-55108",
    "workday",
    doc(
        "fr-FR",
        '<title>Conseiller de vente (H/F)</title>\n<meta property="og:title" content="Conseiller de vente (H/F)">\n'
        + ld(
            {
                "@context": "http://schema.org",
                "@type": "JobPosting",
                "title": "Conseiller de vente (H/F)",
                "description": "Maison Verbier crée des articles de maroquinerie depuis 1921.",
                "datePosted": "2026-11-26",
                "employmentType": "PART_TIME",
                "identifier": {
                    "@type": "PropertyValue",
                    "name": "Conseiller de vente (H/F)",
                    "value": "JR-55108",
                },
                "hiringOrganization": {"@type": "Organization", "name": "Maison Verbier SAS"},
                "jobLocation": {
                    "@type": "Place",
                    "address": {
                        "@type": "PostalAddress",
                        "addressLocality": "Lyon",
                        "addressCountry": "France",
                    },
                },
            }
        ),
        cookiebot("fr")
        + '\n<div data-automation-id="headerWrapper"><a data-automation-id="logoLink" href="https://maisonverbier.wd3.myworkdayjobs.com/fr-FR/Carrieres"><img alt="Maison Verbier" src="https://maisonverbier.wd3.myworkdayjobs.com/Carrieres/assets/logo"></a><nav><a href="/fr-FR/Carrieres">Rechercher des offres</a><a href="/fr-FR/Carrieres/login">Se connecter</a></nav></div>\n'
        '<div data-automation-id="jobPostingPage">\n<h2 data-automation-id="jobPostingHeader">Conseiller de vente (H/F)</h2>\n<div data-automation-id="applyButton"><a role="button" href="/fr-FR/Carrieres/job/Lyon/Conseiller-de-vente--H-F-_JR-55108/apply">Postuler</a></div>\n'
        '<div data-automation-id="job-posting-details">\n<div data-automation-id="remoteType"><dl><dt>Type de travail à distance</dt><dd>Sur site</dd></dl></div>\n<div data-automation-id="locations"><dl><dt>Lieux</dt><dd>Lyon</dd></dl></div>\n<div data-automation-id="time"><dl><dt>Type de contrat</dt><dd>Temps partiel</dd></dl></div>\n<div data-automation-id="postedOn"><dl><dt>Publié le</dt><dd>Publié il y a 5 jours</dd></dl></div>\n<div data-automation-id="requisitionId"><dl><dt>Référence</dt><dd>JR-55108</dd></dl></div>\n</div>\n'
        '<div data-automation-id="jobPostingDescription">\n<p>Maison Verbier crée des articles de maroquinerie depuis 1921 et compte 38 boutiques en France.</p>\n<p><b>Vos missions</b></p><ul><li>Accueillir et conseiller notre clientèle dans la boutique de la rue de la République</li><li>Assurer la mise en valeur des collections</li><li>Participer aux inventaires</li></ul>\n'
        "<p><b>Votre profil</b></p><ul><li>Une première expérience dans la vente de produits premium</li><li>Anglais courant</li></ul>\n"
        "<p><b>Conditions</b></p><p>CDI à temps partiel de 24 heures par semaine, du jeudi au samedi. Rémunération selon profil, prime sur objectifs et remise personnel de 30 %.</p>\n</div>\n</div>\n"
        '<footer data-automation-id="footer"><p>© 2026 Workday, Inc. Tous droits réservés.</p></footer>',
    ),
    title="Conseiller de vente (H/F)",
    company="Maison Verbier SAS",
    place=("Lyon", "FR"),
    remote="onsite",
    employment_type="part_time",
)

# ------------------------------------------------------------------ Teamtailor in Swedish: Remote status field

page(
    "teamtailor-sv-helt-distans-goteborg",
    "https://jobb.vaxtkraft.se/jobs/5521873-backendutvecklare-kotlin",
    "teamtailor",
    doc(
        "sv",
        '<title>Backendutvecklare, Kotlin - Växtkraft</title>\n<meta property="og:title" content="Backendutvecklare, Kotlin - Växtkraft">\n<meta property="og:site_name" content="Växtkraft">\n<meta name="generator" content="Teamtailor">\n<link rel="stylesheet" href="https://assets.teamtailor-cdn.com/assets/careersite.css">',
        plain_banner("sv")
        + '\n<header class="careersite-header"><a href="https://jobb.vaxtkraft.se/"><img alt="Växtkraft" src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logo-v1/vaxtkraft.png"></a><nav><a href="https://jobb.vaxtkraft.se/jobs">Lediga jobb</a><a href="https://jobb.vaxtkraft.se/departments">Avdelningar</a><a href="https://jobb.vaxtkraft.se/people">Medarbetare</a></nav></header>\n'
        '<main><section class="job-ad-header"><h1 class="font-company-header">Backendutvecklare, Kotlin</h1>\n<div class="job-ad-meta"><span>Teknik</span> · <span>Göteborg</span> · <span>Helt på distans</span></div>\n<a class="btn btn-primary" href="https://jobb.vaxtkraft.se/jobs/5521873-backendutvecklare-kotlin/applications/new">Ansök nu</a></section>\n'
        '<section class="job-ad-body"><div class="prose">\n<p>Växtkraft säljer solceller och batterier till villaägare i hela Norden. Vi är 90 personer och har kontor i Göteborg och Malmö.</p>\n'
        "<h3>Om tjänsten</h3><p>Du blir en av sex utvecklare i teamet som bygger vår offert- och installationsplattform. Tjänsten är en tillsvidareanställning på heltid och du kan arbeta varifrån du vill i Sverige.</p>\n"
        "<h3>Vem är du?</h3><ul><li>Minst fyra års erfarenhet av Kotlin eller Java</li><li>Erfarenhet av PostgreSQL och Kafka</li></ul>\n"
        "<h3>Vi erbjuder</h3><ul><li>Friskvårdsbidrag på 5 000 kr</li><li>Tjänstepension och sex veckors semester</li><li>Teamträffar på kontoret i Göteborg en gång per kvartal</li></ul>\n</div>\n"
        '<dl class="job-ad-facts"><dt>Avdelning</dt><dd>Teknik</dd><dt>Ort</dt><dd>Göteborg</dd><dt>Distansarbete</dt><dd>Helt på distans</dd><dt>Anställningsform</dt><dd>Tillsvidareanställning</dd><dt>Omfattning</dt><dd>Heltid</dd></dl></section>\n'
        '<section class="related-jobs"><h2>Andra jobb</h2><ul><li><a href="https://jobb.vaxtkraft.se/jobs/5519022-solcellsmontor">Solcellsmontör</a><span>Malmö · På plats</span></li><li><a href="https://jobb.vaxtkraft.se/jobs/5511804-saljare">Säljare, deltid</a><span>Göteborg · Hybrid</span></li></ul></section></main>\n'
        '<footer class="careersite-footer"><p>Växtkraft Sverige AB · Lindholmspiren 7, 417 56 Göteborg</p><p><a href="https://www.teamtailor.com">Drivs av Teamtailor</a> · <a href="/cookie-policy">Kakor</a></p></footer>',
    ),
    title="Backendutvecklare, Kotlin",
    company="Växtkraft Sverige AB",
    place=("Göteborg", "SE"),
    remote="remote",
    employment_type="full_time",
)

# ------------------------------------------------------------------ Teamtailor apply tab: the header and a form

page(
    "teamtailor-apply-tab-hybrid-leeds",
    "https://careers.brackenburyfoods.co.uk/jobs/4471920-production-planner/applications/new",
    "teamtailor",
    doc(
        "en",
        '<title>Apply for Production Planner - Brackenbury Foods</title>\n<meta property="og:title" content="Production Planner - Brackenbury Foods">\n<meta property="og:site_name" content="Brackenbury Foods">\n<meta name="generator" content="Teamtailor">\n<link rel="stylesheet" href="https://assets.teamtailor-cdn.com/assets/careersite.css">',
        plain_banner("en")
        + '\n<header class="careersite-header"><a href="https://careers.brackenburyfoods.co.uk/"><img alt="Brackenbury Foods" src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logo-v1/brackenbury.png"></a><nav><a href="https://careers.brackenburyfoods.co.uk/jobs">Jobs</a><a href="https://careers.brackenburyfoods.co.uk/locations">Locations</a></nav></header>\n'
        '<main><section class="job-ad-header"><a class="back-link" href="https://careers.brackenburyfoods.co.uk/jobs/4471920-production-planner">← Back to job</a><h1 class="font-company-header">Production Planner</h1>\n<div class="job-ad-meta"><span>Operations</span> · <span>Leeds</span> · <span>Hybrid remote</span></div></section>\n'
        '<section class="application-form"><form id="new_job_application" action="/jobs/4471920-production-planner/applications" method="post"><h2>Your application</h2><div class="form-group"><label for="candidate_first_name">First name</label><input id="candidate_first_name" type="text"></div><div class="form-group"><label for="candidate_last_name">Last name</label><input id="candidate_last_name" type="text"></div><div class="form-group"><label for="candidate_email">Email</label><input id="candidate_email" type="email"></div><div class="form-group"><label for="candidate_phone">Phone</label><input id="candidate_phone" type="tel" placeholder="07700 900000"></div><div class="form-group"><label>CV</label><input type="file"></div><div class="form-group"><label>What notice period do you have?</label><input type="text"></div><div class="form-check"><input type="checkbox" id="consent"><label for="consent">I agree to Brackenbury Foods storing my data for this recruitment.</label></div><button class="btn btn-primary" type="submit">Send application</button></form></section></main>\n'
        '<footer class="careersite-footer"><p>Brackenbury Foods Ltd · Stourton Link, Leeds LS10 1RS</p><p><a href="https://www.teamtailor.com">Powered by Teamtailor</a> · <a href="/cookie-policy">Cookies</a></p></footer>',
    ),
    title="Production Planner",
    company="Brackenbury Foods Ltd",
    place=("Leeds", "GB"),
    remote="hybrid",
    employment_type=None,
)

# ------------------------------------------------------------------ Personio (jobs.personio.de): the office "Remote"

page(
    "personio-office-remote-de",
    "https://nordlicht-datentechnik.jobs.personio.de/job/1884203",
    "personio",
    doc(
        "de",
        '<title>Backend Developer Python (m/w/d) | Karriere bei Nordlicht Datentechnik GmbH</title>\n<meta property="og:title" content="Backend Developer Python (m/w/d)">\n<meta property="og:site_name" content="Nordlicht Datentechnik GmbH">\n'
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "JobPosting",
                "title": "Backend Developer Python (m/w/d)",
                "datePosted": "2026-11-23",
                "description": "Nordlicht Datentechnik GmbH entwickelt Software für Stadtwerke.",
                "employmentType": "FULL_TIME",
                "hiringOrganization": {"@type": "Organization", "name": "Nordlicht Datentechnik GmbH"},
                "jobLocation": {
                    "@type": "Place",
                    "address": {
                        "@type": "PostalAddress",
                        "addressLocality": "Remote",
                        "addressCountry": "DE",
                    },
                },
            }
        ),
        cookiebot("de")
        + '\n<header class="header"><a href="https://nordlicht-datentechnik.jobs.personio.de/"><img alt="Nordlicht Datentechnik GmbH" src="https://nordlicht-datentechnik.jobs.personio.de/logo.png"></a><nav><a href="https://nordlicht-datentechnik.jobs.personio.de/">Alle Stellen</a><a href="https://www.nordlicht-daten.de">Zur Website</a></nav></header>\n'
        '<main class="job-page"><h1 class="job-title">Backend Developer Python (m/w/d)</h1>\n<div class="job-details"><span class="detail-tag">Festanstellung</span><span class="detail-tag">Vollzeit</span><span class="detail-tag">Remote</span><span class="detail-tag">ab 3 Jahren Berufserfahrung</span></div>\n'
        "<section><h3>Über uns</h3><p>Die Nordlicht Datentechnik GmbH entwickelt seit 2009 Abrechnungssoftware für 140 Stadtwerke. Unser Büro ist in Kiel; die meisten unserer 70 Kolleginnen und Kollegen arbeiten von zu Hause aus ganz Deutschland.</p></section>\n"
        "<section><h3>Deine Aufgaben</h3><ul><li>Du entwickelst unsere Abrechnungs-APIs in Python und FastAPI</li><li>Du migrierst Altdaten aus Oracle nach PostgreSQL</li><li>Du arbeitest eng mit dem Produktteam zusammen</li></ul></section>\n"
        "<section><h3>Dein Profil</h3><ul><li>Mindestens drei Jahre Erfahrung mit Python</li><li>Wohnsitz in Deutschland</li></ul></section>\n"
        "<section><h3>Wir bieten</h3><ul><li>60.000 – 72.000 € brutto im Jahr</li><li>Vollständig remote innerhalb Deutschlands, Teamtreffen zweimal im Jahr in Kiel</li><li>30 Tage Urlaub und 1.000 € Budget für dein Homeoffice</li></ul></section>\n"
        '<a class="btn btn-primary" href="https://nordlicht-datentechnik.jobs.personio.de/job/1884203/apply">Jetzt bewerben</a>\n'
        '<section class="other-jobs"><h3>Weitere Stellen</h3><ul><li><a href="https://nordlicht-datentechnik.jobs.personio.de/job/1879110">Werkstudent Support (m/w/d)</a><span>Kiel · Teilzeit</span></li></ul></section></main>\n'
        '<footer class="footer"><a href="https://www.personio.de/impressum/">Impressum</a> · <a href="https://nordlicht-datentechnik.jobs.personio.de/privacy-policy">Datenschutzerklärung</a> · <span>Powered by Personio</span></footer>',
    ),
    title="Backend Developer Python (m/w/d)",
    company="Nordlicht Datentechnik GmbH",
    place=(None, "DE"),
    remote="remote",
    employment_type="full_time",
    salary=pay(60000, 72000, "EUR", "year"),
)

# ------------------------------------------------------------------ Personio (jobs.personio.com) in Spanish: "Oficina"

page(
    "personio-com-oficina-jornada-parcial-valencia",
    "https://azahar-cosmetica.jobs.personio.com/job/2207415?language=es",
    "personio",
    doc(
        "es",
        '<title>Dependiente/a de tienda - Azahar Cosmética S.L.</title>\n<meta property="og:title" content="Dependiente/a de tienda">\n<meta property="og:site_name" content="Azahar Cosmética S.L.">\n'
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "JobPosting",
                "title": "Dependiente/a de tienda",
                "datePosted": "2026-11-27",
                "description": "Azahar Cosmética fabrica cosmética natural en Valencia.",
                "employmentType": "PART_TIME",
                "hiringOrganization": {"@type": "Organization", "name": "Azahar Cosmética S.L."},
                "jobLocation": {
                    "@type": "Place",
                    "address": {
                        "@type": "PostalAddress",
                        "addressLocality": "Valencia",
                        "postalCode": "46004",
                        "streetAddress": "Carrer de Colón 21",
                        "addressCountry": "ES",
                    },
                },
            }
        ),
        onetrust("es")
        + '\n<div class="page"><header class="job-header"><img alt="Azahar Cosmética S.L." src="https://azahar-cosmetica.jobs.personio.com/logo.png"><div><h1 class="job-header-title">Dependiente/a de tienda</h1>\n'
        '<ul class="job-header-facts"><li><span class="fact-label">Oficina</span><span class="fact-value">Valencia</span></li><li><span class="fact-label">Tipo de empleo</span><span class="fact-value">Indefinido</span></li><li><span class="fact-label">Jornada</span><span class="fact-value">Jornada parcial</span></li><li><span class="fact-label">Modalidad</span><span class="fact-value">Presencial</span></li></ul></div></header>\n'
        '<main class="job-description"><section><h2>Sobre nosotros</h2><p>Azahar Cosmética fabrica cosmética natural con azahar y aceite de oliva de la huerta valenciana. Tenemos cinco tiendas propias en Valencia, Castellón y Alicante.</p></section>\n'
        "<section><h2>Tus funciones</h2><ul><li>Atender y asesorar a nuestros clientes en la tienda de la calle Colón</li><li>Reponer y cuidar el escaparate</li><li>Gestionar la caja y los pedidos online con recogida en tienda</li></ul></section>\n"
        "<section><h2>Qué ofrecemos</h2><ul><li>Contrato indefinido a jornada parcial de 25 horas semanales, de lunes a sábado en turno de tarde</li><li>Salario de 1.150 € brutos al mes (14 pagas)</li><li>30 % de descuento en nuestros productos</li></ul></section>\n"
        '<a class="button" href="https://azahar-cosmetica.jobs.personio.com/job/2207415/apply?language=es">Inscribirse</a></main>\n'
        '<footer><span>Azahar Cosmética S.L. · Carrer de Colón 21 · 46004 València</span> · <a href="https://www.personio.com">Powered by Personio</a></footer></div>',
    ),
    title="Dependiente/a de tienda",
    company="Azahar Cosmética S.L.",
    place=("Valencia", "ES"),
    remote="onsite",
    employment_type="part_time",
    salary=pay(1150, 1150, "EUR", "month"),
)

# ------------------------------------------------------------------ SmartRecruiters in Dutch: hybrid, fulltime

page(
    "smartrecruiters-hybride-fulltime-rotterdam",
    "https://jobs.smartrecruiters.com/HavenkadeLogistiek/744000061234567-transportplanner",
    "smartrecruiters",
    doc(
        "nl",
        '<title>Transportplanner | Havenkade Logistiek B.V. | SmartRecruiters</title>\n<meta property="og:title" content="Transportplanner">\n<meta property="og:site_name" content="Havenkade Logistiek B.V.">\n<link rel="stylesheet" href="https://c.smartrecruiters.com/sr-jobs-web/css/jobdetails.css">',
        onetrust("nl")
        + '\n<div class="wrapper" itemscope itemtype="http://schema.org/JobPosting"><header class="header"><a href="https://jobs.smartrecruiters.com/HavenkadeLogistiek"><img class="header-logo" alt="Havenkade Logistiek B.V." src="https://c.smartrecruiters.com/sr-company-logo-prod/havenkade.png"></a></header>\n'
        '<main class="jobad-main"><div class="job-header"><h1 class="job-title" itemprop="title">Transportplanner</h1>\n'
        '<ul class="job-details"><li class="job-detail" itemprop="jobLocation" itemscope itemtype="http://schema.org/Place"><spl-job-location formattedaddress="Rotterdam, Zuid-Holland, Nederland" workplacetype="hybrid"></spl-job-location><span itemprop="address" itemscope itemtype="http://schema.org/PostalAddress"><span itemprop="addressLocality">Rotterdam</span>, <span itemprop="addressRegion">Zuid-Holland</span>, <span itemprop="addressCountry">Nederland</span></span></li><li class="job-detail">Hybride werken</li><li class="job-detail" itemprop="employmentType">Fulltime</li></ul>\n'
        '<span itemprop="hiringOrganization" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="Havenkade Logistiek B.V."></span><meta itemprop="datePosted" content="2026-11-25"></div>\n'
        '<div class="job-sections" itemprop="description"><section id="st-companyDescription"><h2>Bedrijfsomschrijving</h2><p>Havenkade Logistiek rijdt met 180 trucks containers tussen de Maasvlakte en het Europese achterland.</p></section>\n'
        '<section id="st-jobDescription"><h2>Functieomschrijving</h2><p>Als transportplanner plan je dagelijks 60 ritten voor onze eigen chauffeurs en charters. Je werkt drie dagen op ons kantoor in de Waalhaven en twee dagen thuis.</p></section>\n'
        '<section id="st-qualifications"><h2>Functie-eisen</h2><ul><li>MBO 4 of HBO logistiek</li><li>Ervaring met een TMS</li></ul></section>\n'
        '<section id="st-additionalInformation"><h2>Aanvullende informatie</h2><ul><li>Vast contract na een jaar, 40 uur per week</li><li>€ 3.600 – € 4.300 bruto per maand</li><li>Reiskostenvergoeding en een vakantietoeslag van 8 %</li></ul></section></div>\n'
        '<a class="button button--primary" href="https://jobs.smartrecruiters.com/oneclick-ui/company/HavenkadeLogistiek/publication/3c8e1f20-7a44-4b90-8d51-e6a2c0b9f713">Solliciteren</a></main>\n'
        '<aside class="similar-jobs"><h3>Andere vacatures</h3><ul><li><a href="https://jobs.smartrecruiters.com/HavenkadeLogistiek/744000061230001-vrachtwagenchauffeur-ce">Vrachtwagenchauffeur CE</a><span>Rotterdam · Op locatie</span></li></ul></aside>\n'
        '<footer class="footer"><a href="https://www.smartrecruiters.com">Powered by SmartRecruiters</a> · <a href="https://www.smartrecruiters.com/privacy-policy">Privacybeleid</a></footer></div>',
    ),
    title="Transportplanner",
    company="Havenkade Logistiek B.V.",
    place=("Rotterdam", "NL"),
    remote="hybrid",
    employment_type="full_time",
    salary=pay(3600, 4300, "EUR", "month"),
)

# ------------------------------------------------------------------ Breezy apply tab: remote within the US

page(
    "breezy-apply-tab-remote-us",
    "https://copperleaf-dental.breezy.hr/p/4e9b1d7a2c60-dental-billing-specialist/apply",
    "breezy",
    doc(
        "en",
        '<title>Dental Billing Specialist - Copperleaf Dental Partners</title>\n<meta property="og:title" content="Dental Billing Specialist">\n<meta property="og:site_name" content="Copperleaf Dental Partners">',
        plain_banner("en", "cookie-notice")
        + '\n<div class="page-wrapper"><header class="company-header"><a href="https://copperleaf-dental.breezy.hr/"><img alt="Copperleaf Dental Partners" src="https://s3.amazonaws.com/breezy-attachments/logos/copperleaf.png"></a><nav><a href="https://copperleaf-dental.breezy.hr/">All Positions</a></nav></header>\n'
        '<div class="position-header"><h1>Dental Billing Specialist</h1>\n<ul class="meta"><li class="location"><i class="fa fa-map-marker"></i><span>Remote (US)</span></li><li class="type"><i class="fa fa-building"></i><span>Full-Time</span></li><li class="department"><i class="fa fa-users"></i><span>Revenue Cycle</span></li><li class="salary"><i class="fa fa-money"></i><span>$21 - $25 / hr</span></li></ul></div>\n'
        '<div class="tabs"><a href="https://copperleaf-dental.breezy.hr/p/4e9b1d7a2c60-dental-billing-specialist">Description</a><a class="active" href="https://copperleaf-dental.breezy.hr/p/4e9b1d7a2c60-dental-billing-specialist/apply">Application</a></div>\n'
        '<form class="application-form"><h2>Personal Details</h2><label>Full Name *<input name="name"></label><label>Email Address *<input name="email" type="email"></label><label>Phone Number<input name="phone" placeholder="(555) 555-0100"></label><label>Resume<input type="file"></label><h2>Questionnaire</h2><label>How many years of dental billing experience do you have?<input type="text"></label><label>Which state do you live in?<input type="text"></label><label>Desired hourly rate (e.g. $20/hr)<input type="text"></label><button class="button apply" type="submit">Submit Application</button></form></div>\n'
        '<footer class="footer"><p><a href="https://breezy.hr">Powered by Breezy HR</a> · <a href="https://breezy.hr/privacy">Privacy</a></p></footer>',
    ),
    title="Dental Billing Specialist",
    company="Copperleaf Dental Partners",
    place=(None, "US"),
    remote="remote",
    employment_type="full_time",
    salary=pay(21, 25, "USD", "hour"),
)

# ------------------------------------------------------------------ Recruitee in French: CDI, télétravail hybride

RECRUITEE_PROPS = {
    "offer": {
        "id": 1503388,
        "title": "Chargé·e de comptabilité fournisseurs",
        "slug": "charge-e-de-comptabilite-fournisseurs",
        "company_name": "Loire Atlantique Bois",
        "city": "Nantes",
        "country_code": "FR",
        "remote": False,
        "hybrid": True,
        "employment_type_code": "fulltime_permanent",
        "min_hours_per_week": 35,
        "max_hours_per_week": 35,
        "tags": ["Finance", "CDI"],
    }
}

page(
    "recruitee-cdi-teletravail-nantes",
    "https://loireatlantiquebois.recruitee.com/o/charge-e-de-comptabilite-fournisseurs",
    "recruitee",
    doc(
        "fr",
        '<title>Chargé·e de comptabilité fournisseurs - Loire Atlantique Bois</title>\n<meta property="og:title" content="Chargé·e de comptabilité fournisseurs - Loire Atlantique Bois">\n<meta property="og:site_name" content="Loire Atlantique Bois">',
        plain_banner("fr", "cookie-consent")
        + '\n<div data-component="PublicApp" data-props="'
        + json.dumps(RECRUITEE_PROPS, ensure_ascii=False).replace('"', "&quot;")
        + '"><header class="sc-header"><a href="https://loireatlantiquebois.recruitee.com/"><img alt="Loire Atlantique Bois" src="https://recruitee-main.s3.eu-central-1.amazonaws.com/logos/lab.png"></a><nav><a href="https://loireatlantiquebois.recruitee.com/">Toutes les offres</a><a href="https://www.loire-atlantique-bois.fr">Site web</a></nav></header>\n'
        '<main><section class="sc-offer-header"><h1>Chargé·e de comptabilité fournisseurs</h1><ul class="sc-offer-facts"><li>Nantes, France</li><li>Hybride</li><li>CDI</li><li>Temps plein · 35 h</li></ul><a class="sc-button" href="#application">Postuler</a></section>\n'
        "<section class=\"sc-offer-description\"><h2>Description du poste</h2><p>Loire Atlantique Bois négocie du bois de charpente et des panneaux pour 1 200 artisans de l'Ouest. Au sein d'une équipe comptable de cinq personnes, vous gérez la comptabilité fournisseurs de nos trois dépôts.</p><ul><li>Saisie et rapprochement des factures</li><li>Préparation des règlements et relances</li><li>Participation aux clôtures mensuelles</li></ul>\n"
        "<h2>Profil recherché</h2><ul><li>BTS ou DUT en comptabilité</li><li>Trois ans d'expérience en comptabilité fournisseurs</li></ul>\n"
        "<h2>Ce que nous offrons</h2><ul><li>Salaire de 32 000 € à 36 000 € brut annuel selon expérience</li><li>Télétravail hybride : deux jours par semaine à domicile</li><li>Tickets restaurant de 9 € et mutuelle prise en charge à 70 %</li></ul></section>\n"
        '<section id="application" class="sc-application"><h2>Postuler</h2><form><label>Nom complet *<input></label><label>E-mail *<input type="email"></label><label>CV *<input type="file"></label><button type="submit">Envoyer</button></form></section></main>\n'
        '<footer class="sc-footer"><p>Loire Atlantique Bois SAS · 8 quai de la Fosse, 44000 Nantes</p><p><a href="https://recruitee.com">Propulsé par Recruitee</a></p></footer></div>',
    ),
    title="Chargé·e de comptabilité fournisseurs",
    company="Loire Atlantique Bois SAS",
    place=("Nantes", "FR"),
    remote="hybrid",
    employment_type="full_time",
    salary=pay(32000, 36000, "EUR", "year"),
)

# ------------------------------------------------------------------ JOIN in German (Austria): Teilzeit, Homeoffice

page(
    "join-teilzeit-homeoffice-graz",
    "https://join.com/companies/murtal-steuerberatung/14820377-buchhalter-in-teilzeit-25-30-std",
    "join",
    doc(
        "de",
        '<title>Buchhalter:in (Teilzeit 25–30 Std.) - Murtal Steuerberatung GmbH - JOIN</title>\n<meta property="og:title" content="Buchhalter:in (Teilzeit 25–30 Std.)">\n<meta property="og:site_name" content="JOIN">\n'
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "JobPosting",
                "title": "Buchhalter:in (Teilzeit 25–30 Std.)",
                "datePosted": "2026-11-22",
                "description": "Murtal Steuerberatung betreut 600 Klientinnen und Klienten in der Steiermark.",
                "employmentType": "PART_TIME",
                "hiringOrganization": {"@type": "Organization", "name": "Murtal Steuerberatung GmbH"},
                "jobLocation": {
                    "@type": "Place",
                    "address": {
                        "@type": "PostalAddress",
                        "addressLocality": "Graz",
                        "postalCode": "8010",
                        "addressCountry": "AT",
                    },
                },
                "baseSalary": {
                    "@type": "MonetaryAmount",
                    "currency": "EUR",
                    "value": {
                        "@type": "QuantitativeValue",
                        "minValue": 2100,
                        "maxValue": 2500,
                        "unitText": "MONTH",
                    },
                },
            }
        ),
        cookiebot("de")
        + '\n<div id="__next"><header class="join-header"><a href="https://join.com"><img alt="JOIN" src="https://join.com/logo.svg"></a></header>\n'
        '<main><div class="job-header"><img alt="Murtal Steuerberatung GmbH" src="https://join.com/companies/murtal-steuerberatung/logo.png"><h1>Buchhalter:in (Teilzeit 25–30 Std.)</h1><p class="company">Murtal Steuerberatung GmbH</p>\n'
        '<ul class="job-facts"><li data-testid="job-location">Graz, Österreich</li><li data-testid="job-employment-type">Teilzeit</li><li data-testid="job-remote">Homeoffice möglich</li><li data-testid="job-salary">2.100 € – 2.500 € brutto / Monat</li></ul></div>\n'
        '<section class="job-description"><h2>Über uns</h2><p>Die Murtal Steuerberatung betreut 600 Klientinnen und Klienten in der Steiermark, von Einzelunternehmen bis zu Familienbetrieben mit 200 Beschäftigten.</p>\n'
        "<h2>Deine Aufgaben</h2><ul><li>Laufende Buchhaltung für 40 Klient:innen</li><li>Umsatzsteuervoranmeldungen</li><li>Vorbereitung der Jahresabschlüsse</li></ul>\n"
        "<h2>Dein Profil</h2><ul><li>Abgeschlossene Buchhalterprüfung</li><li>Erfahrung mit BMD</li></ul>\n"
        "<h2>Wir bieten</h2><ul><li>Teilzeit mit 25 bis 30 Wochenstunden, Gleitzeit</li><li>Homeoffice an zwei Tagen pro Woche</li><li>Für diese Position gilt ein Bruttomonatsgehalt von 2.100 € bis 2.500 € (Teilzeit, 30 Std.), je nach Qualifikation</li></ul>\n"
        '<a class="apply-button" href="https://join.com/companies/murtal-steuerberatung/14820377-buchhalter-in-teilzeit-25-30-std/apply">Jetzt bewerben</a></section></main>\n'
        '<footer class="join-footer"><p>© 2026 JOIN Solutions AG · <a href="https://join.com/privacy">Datenschutz</a> · <a href="https://join.com/imprint">Impressum</a></p></footer></div>',
    ),
    title="Buchhalter:in (Teilzeit 25–30 Std.)",
    company="Murtal Steuerberatung GmbH",
    place=("Graz", "AT"),
    remote="hybrid",
    employment_type="part_time",
    salary=pay(2100, 2500, "EUR", "month"),
)

# ------------------------------------------------------------------ Greenhouse classic: Remote - US, a brand as team

page(
    "gh-classic-remote-us-brand-team",
    "https://boards.greenhouse.io/fernwayhealth/jobs/6120457",
    "greenhouse-classic",
    doc(
        "en",
        '<title>Job Application for Pharmacy Benefits Analyst at Fernway Health</title>\n<meta property="og:title" content="Pharmacy Benefits Analyst">\n<meta property="og:description" content="Remote - US">\n<link rel="stylesheet" href="https://boards.cdn.greenhouse.io/assets/application.css">',
        onetrust("en") + '\n<div id="wrapper"><div id="main"><div id="app_body">\n'
        '<div id="header"><div id="logo"><a href="https://www.fernwayhealth.com"><img alt="Fernway Health Logo" src="https://s3-recruiting.cdn.greenhouse.io/external_greenhouse_job_boards/logos/400/612/100/resized/fernway.png"></a></div>\n'
        '<h1 class="app-title">Pharmacy Benefits Analyst</h1>\n<span class="company-name">at Fernway Health</span>\n<div class="location">Remote - US</div></div>\n'
        '<div id="content">\n<p><strong>Team:</strong> Beacon Rx Services</p><p><strong>Employment type:</strong> Full-Time</p>\n'
        "<p>Fernway Health runs primary-care clinics for 220,000 members in nine states. Beacon Rx Services is Fernway's pharmacy-benefits team: it negotiates drug prices and runs our mail-order pharmacy in Columbus, Ohio.</p>\n"
        "<p><strong>What you'll do</strong></p><ul><li>Model the cost of formulary changes</li><li>Audit claims from our pharmacy benefit manager</li><li>Report savings to the CFO every quarter</li></ul>\n"
        "<p><strong>What you'll need</strong></p><ul><li>3+ years in pharmacy benefits or healthcare analytics</li><li>Advanced Excel and SQL</li></ul>\n"
        "<p><strong>Pay transparency</strong></p><p>In accordance with state pay transparency laws, the expected base salary for this role is $92,000 – $108,000 per year. This role is eligible for a 10% annual bonus and a $600 home-office stipend.</p>\n"
        "<p>Fernway Health is an equal opportunity employer.</p>\n</div>\n"
        '<div id="application"><h2>Apply for this Job</h2><form id="application_form"><label for="first_name">First Name *</label><input id="first_name" type="text"><label>Do you live in one of the states we hire in (AZ, CO, FL, GA, IL, NC, OH, TX, VA)?</label><select><option>Yes</option><option>No</option></select><input type="submit" value="Submit Application"></form></div>\n'
        '</div></div><div id="footer"><p>Powered by <a href="https://www.greenhouse.io/">Greenhouse</a> | <a href="https://www.greenhouse.io/privacy-policy">Privacy Policy</a></p></div></div>',
    ),
    title="Pharmacy Benefits Analyst",
    company="Fernway Health",
    place=(None, "US"),
    remote="remote",
    employment_type="full_time",
    salary=pay(92000, 108000, "USD", "year"),
)

# ------------------------------------------------------------------ Greenhouse new in German: two cities, Vollzeit

page(
    "gh-new-zwei-staedte-vollzeit",
    "https://job-boards.eu.greenhouse.io/kranichmobility/jobs/4503318101",
    "greenhouse-new",
    doc(
        "de",
        '<title>Job Application for Senior Account Executive (m/w/d) at Kranich Mobility</title>\n<meta property="og:title" content="Senior Account Executive (m/w/d)">\n<meta property="og:description" content="München; Berlin">\n<link rel="stylesheet" href="https://job-boards.cdn.greenhouse.io/build/_assets/root-7HQ2A.css">',
        cookiebot("de")
        + '\n<div class="main font-secondary job-post">\n<div class="logo-container"><a href="https://kranich-mobility.de"><img class="logo" alt="Kranich Mobility Logo" src="https://s2-recruiting.cdn.greenhouse.io/external_greenhouse_job_boards/logos/400/450/300/resized/kranich.png"></a></div>\n'
        '<div class="job__header"><div class="job__title"><h1 class="section-header section-header--large font-primary">Senior Account Executive (m/w/d)</h1><div class="job__location"><svg class="svg-icon" aria-hidden="true"><path d="M8 0a5 5 0 0 0-5 5c0 4 5 11 5 11s5-7 5-11a5 5 0 0 0-5-5z"></path></svg><div>München; Berlin</div></div></div><a class="btn btn--pill" href="#application-form">Bewerben</a></div>\n'
        '<div class="job__description body">\n<p><strong>Über Kranich Mobility</strong></p><p>Kranich Mobility elektrifiziert Firmenflotten: Leasing, Ladeinfrastruktur und Abrechnung aus einer Hand, für 900 Unternehmen in Deutschland.</p>\n'
        "<p><strong>Deine Aufgaben</strong></p><ul><li>Du gewinnst Flottenkunden mit 50 bis 500 Fahrzeugen</li><li>Du verhandelst Rahmenverträge mit Einkauf und Geschäftsführung</li></ul>\n"
        "<p><strong>Das bieten wir</strong></p><ul><li>Eine unbefristete Festanstellung in Vollzeit</li><li>Hybrides Arbeiten: drei Tage pro Woche in unserem Büro in München oder Berlin</li><li>Ein E-Dienstwagen, auch zur privaten Nutzung</li></ul>\n"
        "<p><strong>Gehalt</strong></p><p>Das Fixgehalt liegt bei 75.000 – 90.000 € brutto im Jahr, dazu eine variable Vergütung von bis zu 40.000 € bei 100 % Zielerreichung.</p>\n</div>\n"
        '<div class="application--container" id="application-form"><h2 class="section-header">Jetzt bewerben</h2><div class="field-wrapper"><label for="first_name">Vorname*</label><input id="first_name" type="text"></div><div class="field-wrapper"><label for="q_salary">Gehaltsvorstellung (z. B. 80.000 €)</label><input id="q_salary" type="text"></div><button class="btn btn--pill" type="submit">Bewerbung absenden</button></div>\n'
        '<div class="footer"><p>Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p></div>\n</div>\n'
        '<script>window.__remixContext = {"url":"/kranichmobility/jobs/4503318101","state":{"loaderData":{"root":{"locale":"de"},"routes/$url_token_.jobs_.$job_post_id":{"jobPost":{"id":4503318101,"title":"Senior Account Executive (m/w/d)","company_name":"Kranich Mobility","job_post_location":"München; Berlin","pay_ranges":[]},"board":{"name":"Kranich Mobility","url_token":"kranichmobility"}}}}};</script>',
    ),
    title="Senior Account Executive (m/w/d)",
    company="Kranich Mobility",
    place=("München", "DE"),
    remote="hybrid",
    employment_type="full_time",
    salary=pay(75000, 90000, "EUR", "year"),
)


# ------------------------------------------------------------------ Teamtailor (English UI): facts list, two locations

page(
    "teamtailor-en-remote-status-two-locations",
    "https://careers.fjeldsted-audio.dk/jobs/6103348-senior-firmware-engineer",
    "teamtailor",
    doc(
        "en",
        '<title>Senior Firmware Engineer - Fjeldsted Audio</title>\n<meta property="og:title" content="Senior Firmware Engineer - Fjeldsted Audio">\n<meta property="og:site_name" content="Fjeldsted Audio">\n<meta name="generator" content="Teamtailor">\n<link rel="stylesheet" href="https://assets.teamtailor-cdn.com/assets/careersite.css">',
        plain_banner("en")
        + '\n<header class="careersite-header"><a href="https://careers.fjeldsted-audio.dk/"><img alt="Fjeldsted Audio" src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logo-v1/fjeldsted.png"></a><nav><a href="https://careers.fjeldsted-audio.dk/jobs">Jobs</a><a href="https://careers.fjeldsted-audio.dk/departments">Departments</a><a href="https://careers.fjeldsted-audio.dk/locations">Locations</a></nav></header>\n'
        '<main><section class="job-ad-header"><h1 class="font-company-header">Senior Firmware Engineer</h1>\n<div class="job-ad-meta"><span>Engineering</span> · <span>Aarhus, København</span></div>\n<a class="btn btn-primary" href="https://careers.fjeldsted-audio.dk/jobs/6103348-senior-firmware-engineer/applications/new">Apply for this job</a></section>\n'
        '<section class="job-ad-body"><div class="prose">\n<p>Fjeldsted Audio designs hearing-protection earbuds for musicians and industrial workers. 130 of us work from Aarhus and København.</p>\n'
        "<h3>The role</h3><p>You will own the Bluetooth LE Audio stack on our next product and work closely with our acoustics team. Most of the team meets in the lab on Tuesdays and Thursdays; the rest of the week is yours to plan.</p>\n"
        "<h3>You have</h3><ul><li>7+ years of embedded C on ARM Cortex-M</li><li>Experience with Zephyr or another RTOS</li></ul>\n"
        "<h3>We offer</h3><ul><li>A permanent full-time position with 6 weeks of holiday</li><li>Pension of 10 % on top of your salary</li><li>Your own pair of custom-moulded earbuds</li></ul>\n</div>\n"
        '<div class="job-ad-facts"><dl><dt>Department</dt><dd>Engineering</dd><dt>Locations</dt><dd>Aarhus, København</dd><dt>Remote status</dt><dd>Hybrid</dd><dt>Employment type</dt><dd>Full-time</dd></dl></div></section>\n'
        '<section class="related-jobs"><h2>Other jobs</h2><ul><li><a href="https://careers.fjeldsted-audio.dk/jobs/6099120-acoustics-engineer">Acoustics Engineer</a><span>Aarhus · On-site</span></li><li><a href="https://careers.fjeldsted-audio.dk/jobs/6087552-customer-support">Customer Support Agent</a><span>Fully Remote</span></li></ul></section></main>\n'
        '<footer class="careersite-footer"><p>Fjeldsted Audio ApS · Åboulevarden 23, 8000 Aarhus C</p><p><a href="https://www.teamtailor.com">Powered by Teamtailor</a> · <a href="/cookie-policy">Cookies</a></p></footer>',
    ),
    title="Senior Firmware Engineer",
    company="Fjeldsted Audio ApS",
    place=("Aarhus", "DK"),
    remote="hybrid",
    employment_type="full_time",
)

# ------------------------------------------------------------------ Teamtailor in Dutch: apply tab, volledig op afstand

page(
    "teamtailor-nl-apply-volledig-op-afstand",
    "https://werkenbij.duinlicht.nl/jobs/5830027-klantenservicemedewerker/applications/new",
    "teamtailor",
    doc(
        "nl",
        '<title>Solliciteer op Klantenservicemedewerker (24 uur) - Duinlicht Energie</title>\n<meta property="og:title" content="Klantenservicemedewerker (24 uur) - Duinlicht Energie">\n<meta property="og:site_name" content="Duinlicht Energie">\n<meta name="generator" content="Teamtailor">\n<link rel="stylesheet" href="https://assets.teamtailor-cdn.com/assets/careersite.css">',
        plain_banner("nl")
        + '\n<header class="careersite-header"><a href="https://werkenbij.duinlicht.nl/"><img alt="Duinlicht Energie" src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logo-v1/duinlicht.png"></a><nav><a href="https://werkenbij.duinlicht.nl/jobs">Vacatures</a><a href="https://werkenbij.duinlicht.nl/people">Collega\'s</a></nav></header>\n'
        '<main><section class="job-ad-header"><a class="back-link" href="https://werkenbij.duinlicht.nl/jobs/5830027-klantenservicemedewerker">← Terug naar vacature</a><h1 class="font-company-header">Klantenservicemedewerker (24 uur)</h1>\n<div class="job-ad-meta"><span>Klantenservice</span> · <span>Haarlem</span> · <span>Volledig op afstand</span></div></section>\n'
        '<section class="application-form"><form id="new_job_application" method="post"><h2>Jouw sollicitatie</h2><div class="form-group"><label>Voornaam</label><input type="text"></div><div class="form-group"><label>Achternaam</label><input type="text"></div><div class="form-group"><label>E-mail</label><input type="email"></div><div class="form-group"><label>Telefoon</label><input type="tel" placeholder="06 12345678"></div><div class="form-group"><label>Cv</label><input type="file"></div><div class="form-group"><label>Op welke dagen ben je beschikbaar?</label><input type="text"></div><div class="form-check"><input type="checkbox" id="consent"><label for="consent">Ik ga akkoord met de verwerking van mijn gegevens door Duinlicht Energie.</label></div><button class="btn btn-primary" type="submit">Verstuur sollicitatie</button></form></section></main>\n'
        '<footer class="careersite-footer"><p>Duinlicht Energie B.V. · Spaarne 40, 2011 CJ Haarlem</p><p><a href="https://www.teamtailor.com">Powered by Teamtailor</a></p></footer>',
    ),
    title="Klantenservicemedewerker (24 uur)",
    company="Duinlicht Energie B.V.",
    place=("Haarlem", "NL"),
    remote="remote",
    employment_type="part_time",
)

# ------------------------------------------------------------------ Workday in Dutch: Hybride, Deeltijd

page(
    "workday-nl-hybride-deeltijd-eindhoven",
    "https://kempenzorg.wd3.myworkdayjobs.com/nl-NL/Vacatures/job/Eindhoven/Medewerker-Planning_REQ-30871",
    "workday",
    doc(
        "nl-NL",
        '<title>Medewerker Planning</title>\n<meta property="og:title" content="Medewerker Planning">\n'
        + ld(
            {
                "@context": "http://schema.org",
                "@type": "JobPosting",
                "title": "Medewerker Planning",
                "description": "Kempenzorg biedt thuiszorg en revalidatie in de regio Eindhoven.",
                "datePosted": "2026-11-21",
                "employmentType": "PART_TIME",
                "identifier": {"@type": "PropertyValue", "name": "Medewerker Planning", "value": "REQ-30871"},
                "hiringOrganization": {"@type": "Organization", "name": "Stichting Kempenzorg"},
                "jobLocation": {
                    "@type": "Place",
                    "address": {
                        "@type": "PostalAddress",
                        "addressLocality": "Eindhoven",
                        "addressCountry": "Nederland",
                    },
                },
            }
        ),
        onetrust("nl")
        + '\n<div data-automation-id="headerWrapper"><a data-automation-id="logoLink" href="https://kempenzorg.wd3.myworkdayjobs.com/nl-NL/Vacatures"><img alt="Kempenzorg" src="https://kempenzorg.wd3.myworkdayjobs.com/Vacatures/assets/logo"></a><nav><a href="/nl-NL/Vacatures">Vacatures zoeken</a><a href="/nl-NL/Vacatures/login">Aanmelden</a></nav></div>\n'
        '<div data-automation-id="jobPostingPage">\n<h2 data-automation-id="jobPostingHeader">Medewerker Planning</h2>\n<div data-automation-id="applyButton"><a role="button" href="/nl-NL/Vacatures/job/Eindhoven/Medewerker-Planning_REQ-30871/apply">Solliciteren</a></div>\n'
        '<div data-automation-id="job-posting-details">\n<div data-automation-id="remoteType"><dl><dt>Type werk op afstand</dt><dd>Hybride</dd></dl></div>\n<div data-automation-id="locations"><dl><dt>Locaties</dt><dd>Eindhoven</dd></dl></div>\n<div data-automation-id="time"><dl><dt>Type tijd</dt><dd>Deeltijd</dd></dl></div>\n<div data-automation-id="postedOn"><dl><dt>Geplaatst op</dt><dd>10 dagen geleden geplaatst</dd></dl></div>\n<div data-automation-id="requisitionId"><dl><dt>Vacature-ID</dt><dd>REQ-30871</dd></dl></div>\n</div>\n'
        '<div data-automation-id="jobPostingDescription">\n<p>Stichting Kempenzorg biedt thuiszorg en revalidatie aan 6.000 cliënten in de regio Eindhoven.</p>\n<p><b>Wat ga je doen?</b></p><ul><li>Je maakt de roosters voor vier wijkteams</li><li>Je lost ziekte en verlof op, ook op korte termijn</li></ul>\n'
        "<p><b>Wat bieden we?</b></p><ul><li>Een contract voor 24 tot 28 uur per week</li><li>Salaris volgens CAO VVT, FWG 35: € 2.590 - € 3.550 bruto per maand bij een volledig dienstverband</li><li>Een laptop en de mogelijkheid om deels thuis te werken</li></ul>\n</div>\n</div>\n"
        '<footer data-automation-id="footer"><p>© 2026 Workday, Inc. Alle rechten voorbehouden.</p></footer>',
    ),
    title="Medewerker Planning",
    company="Stichting Kempenzorg",
    place=("Eindhoven", "NL"),
    remote="hybrid",
    employment_type="part_time",
    salary=pay(2590, 3550, "EUR", "month"),
)

# ------------------------------------------------------------------ Workday: US - Remote location, hourly hiring range

page(
    "workday-remote-location-hourly-range",
    "https://palisadebank.wd5.myworkdayjobs.com/en-US/External/job/US---Remote/Mortgage-Loan-Processor_JR00418",
    "workday",
    doc(
        "en-US",
        '<title>Mortgage Loan Processor</title>\n<meta property="og:title" content="Mortgage Loan Processor">\n'
        + ld(
            {
                "@context": "http://schema.org",
                "@type": "JobPosting",
                "title": "Mortgage Loan Processor",
                "description": "Palisade Community Bank serves 210,000 customers.",
                "datePosted": "2026-11-28",
                "employmentType": "FULL_TIME",
                "identifier": {
                    "@type": "PropertyValue",
                    "name": "Mortgage Loan Processor",
                    "value": "JR00418",
                },
                "hiringOrganization": {"@type": "Organization", "name": "Palisade Community Bank"},
                "jobLocation": {
                    "@type": "Place",
                    "address": {
                        "@type": "PostalAddress",
                        "addressLocality": "US - Remote",
                        "addressCountry": "United States of America",
                    },
                },
            }
        ),
        onetrust("en")
        + '\n<div data-automation-id="headerWrapper"><a data-automation-id="logoLink" href="https://palisadebank.wd5.myworkdayjobs.com/en-US/External"><img alt="Palisade Community Bank" src="https://palisadebank.wd5.myworkdayjobs.com/External/assets/logo"></a></div>\n'
        '<div data-automation-id="jobPostingPage">\n<h2 data-automation-id="jobPostingHeader">Mortgage Loan Processor</h2>\n<div data-automation-id="applyButton"><a role="button" href="/en-US/External/job/US---Remote/Mortgage-Loan-Processor_JR00418/apply">Apply</a></div>\n'
        '<div data-automation-id="job-posting-details">\n<div data-automation-id="remoteType"><dl><dt>remote type</dt><dd>Remote</dd></dl></div>\n<div data-automation-id="locations"><dl><dt>locations</dt><dd>US - Remote</dd></dl></div>\n<div data-automation-id="time"><dl><dt>time type</dt><dd>Full time</dd></dl></div>\n<div data-automation-id="postedOn"><dl><dt>posted on</dt><dd>Posted 3 Days Ago</dd></dl></div>\n<div data-automation-id="requisitionId"><dl><dt>job requisition id</dt><dd>JR00418</dd></dl></div>\n</div>\n'
        '<div data-automation-id="jobPostingDescription">\n<p>Palisade Community Bank has served families in Oregon and Washington since 1934.</p>\n<p><b>Responsibilities</b></p><ul><li>Review loan files for completeness from application to closing</li><li>Order appraisals, title and flood certificates</li><li>Keep borrowers and loan officers informed</li></ul>\n'
        "<p><b>Requirements</b></p><ul><li>2+ years of mortgage processing</li><li>Experience with Encompass</li></ul>\n"
        "<p><b>Compensation</b></p><p>Hiring Range: $24.50 - $31.75 hourly. Actual pay depends on skills and experience. Employees are also eligible for a quarterly production bonus of up to $1,500.</p>\n"
        "<p>This position is open to candidates residing in OR, WA, ID, CA or AZ.</p>\n</div>\n</div>\n"
        '<footer data-automation-id="footer"><p>© 2026 Workday, Inc. All rights reserved.</p></footer>',
    ),
    title="Mortgage Loan Processor",
    company="Palisade Community Bank",
    place=(None, "US"),
    remote="remote",
    employment_type="full_time",
    salary=pay(24.5, 31.75, "USD", "hour"),
)

# ------------------------------------------------------------------ Lever /apply in Spanish: Remoto, jornada parcial

page(
    "lever-apply-remoto-jornada-parcial-madrid",
    "https://jobs.lever.co/tramoya/0d6e3b9a-4c21-4f7e-a8b5-92e1c7d4f036/apply",
    "lever-apply",
    doc(
        "es",
        '<title>Tramoya - Editor/a de vídeo</title>\n<meta property="og:title" content="Tramoya - Editor/a de vídeo">\n<meta property="og:description" content="Tramoya produce pódcasts y series documentales.">\n<link rel="stylesheet" href="https://jobs.lever.co/css/jobs.css">',
        onetrust("es")
        + '\n<div class="main-header page-full-width section-wrapper"><div class="main-header-content page-centered narrow-section"><a class="main-header-logo" href="https://jobs.lever.co/tramoya"><img alt="Tramoya logo" src="https://lever-client-logos.s3.us-west-2.amazonaws.com/tramoya.png"></a></div></div>\n'
        '<div class="content-wrapper application-page"><div class="content"><div class="section-wrapper accent-section page-full-width"><div class="section page-centered application-header">\n'
        '<div class="posting-headline"><h2>Editor/a de vídeo</h2>\n<div class="posting-categories"><div class="sort-by-time posting-category medium-category-label location">Madrid</div><div class="sort-by-team posting-category medium-category-label department">Estudio Faro – Postproducción</div><div class="sort-by-commitment posting-category medium-category-label commitment">Jornada parcial</div><div class="posting-category medium-category-label workplaceTypes">Remoto</div></div></div></div></div>\n'
        '<div class="section-wrapper page-full-width"><form id="application-form" class="application-form" method="POST" enctype="multipart/form-data">\n'
        '<div class="section application-form page-centered"><h4>Envía tu candidatura</h4><ul><li class="application-question resume"><label><div class="application-label">CV<span class="required">✱</span></div><div class="application-field"><input type="file" name="resume"></div></label></li><li class="application-question"><label><div class="application-label">Nombre completo<span class="required">✱</span></div><div class="application-field"><input type="text" name="name"></div></label></li><li class="application-question"><label><div class="application-label">Correo electrónico<span class="required">✱</span></div><div class="application-field"><input type="email" name="email"></div></label></li><li class="application-question"><label><div class="application-label">Enlace a tu reel</div><div class="application-field"><input type="text" name="urls[Reel]"></div></label></li></ul></div>\n'
        '<div class="section page-centered last-section-apply"><button type="submit" class="template-btn-submit">Enviar candidatura</button></div></form></div>\n'
        '</div></div>\n<div class="main-footer page-full-width"><div class="main-footer-text page-centered"><p><a href="https://jobs.lever.co/tramoya">Página de inicio de Tramoya</a></p><a class="image-link" href="https://lever.co/job-seeker-support/"><span>Jobs powered by </span><img alt="Lever logo" src="/img/lever-logo-full.svg"></a></div></div>',
    ),
    title="Editor/a de vídeo",
    company="Tramoya",
    place=("Madrid", "ES"),
    remote="remote",
    employment_type="part_time",
)

# ------------------------------------------------------------------ Workable in French: Télétravail, CDD (temporary)

page(
    "workable-fr-teletravail-cdd-bordeaux",
    "https://apply.workable.com/garonne-editions/j/9B4F02E6D1/",
    "workable",
    doc(
        "fr",
        '<title>Chargé·e de communication (CDD 8 mois) - Garonne Éditions</title>\n<meta property="og:title" content="Chargé·e de communication (CDD 8 mois) - Garonne Éditions">\n<meta property="og:site_name" content="Garonne Éditions">',
        plain_banner("fr", "styles--cookie-banner")
        + '\n<div id="app"><div data-ui="header" class="styles--header"><a href="https://apply.workable.com/garonne-editions/"><img data-ui="company-logo" alt="Garonne Éditions" src="https://workablehr.s3.amazonaws.com/uploads/account/logo/garonne.png"></a></div>\n'
        '<main><h1 data-ui="job-title">Chargé·e de communication (CDD 8 mois)</h1>\n<div class="styles--meta"><span data-ui="job-location">Bordeaux, Nouvelle-Aquitaine, France</span><span data-ui="job-workplace">Télétravail</span><span data-ui="job-department">Marketing</span><span data-ui="job-type">Temporaire</span></div>\n'
        '<a data-ui="overview-apply-now" href="https://apply.workable.com/garonne-editions/j/9B4F02E6D1/apply/">Postuler</a>\n'
        '<section data-ui="job-description"><h2>Description</h2><p>Garonne Éditions publie 40 romans et essais par an. Pour remplacer notre chargée de communication pendant son congé maternité, nous recrutons en CDD de 8 mois à temps plein.</p><p>Le poste se fait entièrement en télétravail, depuis la France ; une réunion d\'équipe a lieu à Bordeaux lors de la rentrée littéraire.</p></section>\n'
        "<section data-ui=\"job-requirements\"><h2>Profil</h2><ul><li>Trois ans d'expérience en relations presse dans l'édition</li><li>Une excellente plume</li></ul></section>\n"
        '<section data-ui="job-benefits"><h2>Avantages</h2><ul><li>Salaire de 2 400 € brut mensuel</li><li>Forfait télétravail de 30 € par mois</li><li>Des livres, beaucoup de livres</li></ul></section>\n'
        '<a data-ui="apply-button" href="https://apply.workable.com/garonne-editions/j/9B4F02E6D1/apply/">Postuler</a></main>\n'
        '<footer class="styles--footer"><p><a href="https://www.workable.com">Powered by Workable</a> · <a href="https://www.workable.com/privacy">Confidentialité</a></p></footer></div>',
    ),
    title="Chargé·e de communication (CDD 8 mois)",
    company="Garonne Éditions",
    place=("Bordeaux", "FR"),
    remote="remote",
    employment_type="temporary",
    salary=pay(2400, 2400, "EUR", "month"),
)

# ------------------------------------------------------------------ Personio in French: "CDI, Temps partiel", offices

page(
    "personio-fr-cdi-temps-partiel-deux-bureaux",
    "https://atelier-sarrazin.jobs.personio.de/job/1932877?language=fr",
    "personio",
    doc(
        "fr",
        '<title>Assistant·e administratif·ve | Carrières chez Atelier Sarrazin SARL</title>\n<meta property="og:title" content="Assistant·e administratif·ve">\n<meta property="og:site_name" content="Atelier Sarrazin SARL">',
        plain_banner("fr", "personio-cookie-banner")
        + '\n<header class="header"><a href="https://atelier-sarrazin.jobs.personio.de/?language=fr"><img alt="Atelier Sarrazin SARL" src="https://atelier-sarrazin.jobs.personio.de/logo.png"></a><nav><a href="https://atelier-sarrazin.jobs.personio.de/?language=fr">Toutes les offres</a></nav></header>\n'
        '<main class="job-page"><h1 class="job-title">Assistant·e administratif·ve</h1>\n<p class="job-subtitle">Contrat à durée indéterminée, Temps partiel · Grenoble, Annecy</p>\n'
        "<section><h3>Qui sommes-nous ?</h3><p>L'Atelier Sarrazin restaure des meubles anciens et des boiseries pour des particuliers, des musées et des monuments historiques. Nous sommes 22 personnes dans nos ateliers de Grenoble et d'Annecy.</p></section>\n"
        "<section><h3>Vos missions</h3><ul><li>Accueil téléphonique et suivi des devis</li><li>Facturation et relances clients</li><li>Organisation des livraisons</li></ul></section>\n"
        "<section><h3>Ce que nous offrons</h3><ul><li>Un CDI à temps partiel (28 h par semaine, du lundi au jeudi)</li><li>Un poste sur place, à l'atelier de Grenoble, avec une journée par mois à Annecy</li><li>Salaire : 1 650 € brut mensuel</li></ul></section>\n"
        '<a class="btn btn-primary" href="https://atelier-sarrazin.jobs.personio.de/job/1932877/apply?language=fr">Postuler</a></main>\n'
        '<footer class="footer"><a href="https://atelier-sarrazin.jobs.personio.de/privacy-policy?language=fr">Politique de confidentialité</a> · <span>Powered by Personio</span></footer>',
    ),
    title="Assistant·e administratif·ve",
    company="Atelier Sarrazin SARL",
    place=("Grenoble", "FR"),
    remote="onsite",
    employment_type="part_time",
    salary=pay(1650, 1650, "EUR", "month"),
)

# ------------------------------------------------------------------ SmartRecruiters in Spanish: remote badge, a city

page(
    "smartrecruiters-es-remoto-jornada-completa",
    "https://jobs.smartrecruiters.com/CieloNorteViajes/744000062998410-agente-de-reservas",
    "smartrecruiters",
    doc(
        "es",
        '<title>Agente de reservas | Cielo Norte Viajes S.A. | SmartRecruiters</title>\n<meta property="og:title" content="Agente de reservas">\n<meta property="og:site_name" content="Cielo Norte Viajes S.A.">\n<link rel="stylesheet" href="https://c.smartrecruiters.com/sr-jobs-web/css/jobdetails.css">',
        onetrust("es")
        + '\n<div class="wrapper" itemscope itemtype="http://schema.org/JobPosting"><header class="header"><a href="https://jobs.smartrecruiters.com/CieloNorteViajes"><img class="header-logo" alt="Cielo Norte Viajes S.A." src="https://c.smartrecruiters.com/sr-company-logo-prod/cielonorte.png"></a></header>\n'
        '<main class="jobad-main"><div class="job-header"><h1 class="job-title" itemprop="title">Agente de reservas</h1>\n'
        '<ul class="job-details"><li class="job-detail" itemprop="jobLocation" itemscope itemtype="http://schema.org/Place"><spl-job-location formattedaddress="Bilbao, País Vasco, España" workplacetype="remote"></spl-job-location><span itemprop="address" itemscope itemtype="http://schema.org/PostalAddress"><span itemprop="addressLocality">Bilbao</span>, <span itemprop="addressRegion">País Vasco</span>, <span itemprop="addressCountry">España</span></span></li><li class="job-detail">Totalmente remoto</li><li class="job-detail" itemprop="employmentType">Jornada completa</li></ul>\n'
        '<span itemprop="hiringOrganization" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="Cielo Norte Viajes S.A."></span><meta itemprop="datePosted" content="2026-11-26"></div>\n'
        '<div class="job-sections" itemprop="description"><section id="st-companyDescription"><h2>Descripción de la empresa</h2><p>Cielo Norte Viajes organiza viajes de grupo para colegios y asociaciones desde 1988.</p></section>\n'
        '<section id="st-jobDescription"><h2>Descripción del empleo</h2><p>Buscamos un agente de reservas para gestionar grupos de 20 a 60 viajeros. El puesto es 100 % en remoto desde cualquier lugar de España, con un portátil y auriculares de la empresa.</p></section>\n'
        '<section id="st-qualifications"><h2>Requisitos</h2><ul><li>Dos años de experiencia en una agencia de viajes</li><li>Amadeus o Galileo</li></ul></section>\n'
        '<section id="st-additionalInformation"><h2>Información adicional</h2><ul><li>Contrato indefinido a jornada completa (40 h semanales)</li><li>Salario: 22.000 € – 25.000 € brutos anuales</li><li>Plus de teletrabajo de 40 € al mes</li></ul></section></div>\n'
        '<a class="button button--primary" href="https://jobs.smartrecruiters.com/oneclick-ui/company/CieloNorteViajes/publication/6b1d2f40-9c35-4e27-b8a0-1f7e5d3c9a26">Inscribirme</a></main>\n'
        '<footer class="footer"><a href="https://www.smartrecruiters.com">Powered by SmartRecruiters</a></footer></div>',
    ),
    title="Agente de reservas",
    company="Cielo Norte Viajes S.A.",
    place=("Bilbao", "ES"),
    remote="remote",
    employment_type="full_time",
    salary=pay(22000, 25000, "EUR", "year"),
)

# ------------------------------------------------------------------ Breezy job page in Spanish: localized type

page(
    "breezy-es-tiempo-parcial-presencial-malaga",
    "https://costasol-clinicas.breezy.hr/p/9a3c7e1f5b28-recepcionista-de-clinica-dental",
    "breezy",
    doc(
        "es",
        '<title>Recepcionista de clínica dental | Costasol Clínicas Dentales</title>\n<meta property="og:title" content="Recepcionista de clínica dental">\n<meta property="og:site_name" content="Costasol Clínicas Dentales">',
        plain_banner("es", "cookie-notice")
        + '\n<div class="page-wrapper"><header class="company-header"><a href="https://costasol-clinicas.breezy.hr/"><img alt="Costasol Clínicas Dentales" src="https://s3.amazonaws.com/breezy-attachments/logos/costasol.png"></a><nav><a href="https://costasol-clinicas.breezy.hr/">Todas las ofertas</a></nav></header>\n'
        '<div class="position-header"><h1>Recepcionista de clínica dental</h1>\n<ul class="meta"><li class="location"><i class="fa fa-map-marker"></i><span>Málaga, ES</span></li><li class="type"><i class="fa fa-building"></i><span>Tiempo parcial</span></li><li class="department"><i class="fa fa-users"></i><span>Clínica Teatinos</span></li></ul>\n<a class="button apply" href="https://costasol-clinicas.breezy.hr/p/9a3c7e1f5b28-recepcionista-de-clinica-dental/apply">Aplicar</a></div>\n'
        '<div class="description"><p>Costasol Clínicas Dentales tiene seis clínicas en la Costa del Sol. Buscamos recepcionista para nuestra clínica de Teatinos, 25 horas a la semana en horario de tarde.</p>\n'
        "<p><strong>Funciones</strong></p><ul><li>Recibir a los pacientes y gestionar la agenda</li><li>Cobros y presupuestos</li></ul>\n"
        "<p><strong>Ofrecemos</strong></p><ul><li>Contrato indefinido a tiempo parcial</li><li>Trabajo presencial en la clínica</li><li>Salario de 900 € brutos al mes, más un 20 % de descuento en tratamientos para tu familia</li></ul></div>\n"
        '<section class="other-positions"><h2>Otras ofertas</h2><ul><li><a href="https://costasol-clinicas.breezy.hr/p/2b8f0d6e3a41-higienista-dental">Higienista dental (jornada completa)</a><span>Marbella</span></li></ul></section></div>\n'
        '<footer class="footer"><p>Costasol Clínicas Dentales S.L. · Calle Hilera 9, 29007 Málaga</p><p><a href="https://breezy.hr">Powered by Breezy HR</a></p></footer>',
    ),
    title="Recepcionista de clínica dental",
    company="Costasol Clínicas Dentales S.L.",
    place=("Málaga", "ES"),
    remote="onsite",
    employment_type="part_time",
    salary=pay(900, 900, "EUR", "month"),
)

# ------------------------------------------------------------------ Recruitee in Dutch: tijdelijk contract, op locatie

page(
    "recruitee-nl-tijdelijk-op-locatie-zwolle",
    "https://ijsseldelta.recruitee.com/o/magazijnmedewerker-tijdelijk",
    "recruitee",
    doc(
        "nl",
        '<title>Magazijnmedewerker (tijdelijk, 6 maanden) - IJsseldelta Groothandel</title>\n<meta property="og:title" content="Magazijnmedewerker (tijdelijk, 6 maanden) - IJsseldelta Groothandel">\n<meta property="og:site_name" content="IJsseldelta Groothandel">',
        plain_banner("nl", "cookie-consent")
        + '\n<div data-component="PublicApp"><header class="sc-header"><a href="https://ijsseldelta.recruitee.com/"><img alt="IJsseldelta Groothandel" src="https://recruitee-main.s3.eu-central-1.amazonaws.com/logos/ijsseldelta.png"></a><nav><a href="https://ijsseldelta.recruitee.com/">Alle vacatures</a></nav></header>\n'
        '<main><section class="sc-offer-header"><h1>Magazijnmedewerker (tijdelijk, 6 maanden)</h1><ul class="sc-offer-facts"><li>Zwolle, Nederland</li><li>Op locatie</li><li>Tijdelijk contract</li><li>Fulltime · 38 - 40 uur</li></ul><a class="sc-button" href="#application">Solliciteer</a></section>\n'
        '<section class="sc-offer-description"><h2>Functieomschrijving</h2><p>IJsseldelta Groothandel levert sanitair en tegels aan 800 installateurs in Overijssel. Voor de drukke voorjaarsmaanden zoeken we een magazijnmedewerker voor zes maanden.</p><ul><li>Orders verzamelen met de handscanner</li><li>Vrachtwagens laden en lossen</li></ul>\n'
        "<h2>Wat bieden wij</h2><ul><li>Een tijdelijk contract van zes maanden, met kans op verlenging</li><li>€ 15,40 bruto per uur, plus 8 % vakantiegeld</li><li>Gratis parkeren en een fietsvergoeding</li></ul></section>\n"
        '<section id="application" class="sc-application"><h2>Solliciteer</h2><form><label>Naam *<input></label><label>E-mail *<input type="email"></label><label>Heb je een heftruckcertificaat?<select><option>Ja</option><option>Nee</option></select></label><button type="submit">Verstuur</button></form></section></main>\n'
        '<footer class="sc-footer"><p>IJsseldelta Groothandel B.V. · Hanzeweg 14, 8011 Zwolle</p><p><a href="https://recruitee.com">Powered by Recruitee</a></p></footer></div>',
    ),
    title="Magazijnmedewerker (tijdelijk, 6 maanden)",
    company="IJsseldelta Groothandel B.V.",
    place=("Zwolle", "NL"),
    remote="onsite",
    employment_type="temporary",
    salary=pay(15.4, 15.4, "EUR", "hour"),
)

# ------------------------------------------------------------------ Ashby application tab: Contract, hybrid London

ASHBY_CONTRACT_APP = {
    "organization": {"name": "Saltmarsh Games", "publicWebsite": "https://saltmarsh.games"},
    "posting": {
        "id": "e2b9d074-61c3-4a8f-95d2-c8a1f3e07b56",
        "title": "Senior Technical Artist (12-month contract)",
        "departmentName": "Art",
        "locationName": "London",
        "workplaceType": "Hybrid",
        "isRemote": False,
        "employmentType": "Contract",
        "compensationTierSummary": "£450 – £520 per day",
        "isListed": True,
    },
}

page(
    "ashby-application-contract-hybrid-london",
    "https://jobs.ashbyhq.com/saltmarsh/e2b9d074-61c3-4a8f-95d2-c8a1f3e07b56/application",
    "ashby-application",
    doc(
        "en",
        '<title>Senior Technical Artist (12-month contract) @ Saltmarsh Games</title>\n<meta property="og:title" content="Senior Technical Artist (12-month contract) @ Saltmarsh Games">',
        '<div id="root">\n<div class="ashby-job-posting-header"><a href="https://jobs.ashbyhq.com/saltmarsh"><img alt="Saltmarsh Games" src="https://app.ashbyhq.com/api/images/org-theme-wordmark/saltmarsh.png"></a><h1 class="ashby-job-posting-heading">Senior Technical Artist (12-month contract)</h1></div>\n'
        '<div class="_tabs"><a class="_tab" href="https://jobs.ashbyhq.com/saltmarsh/e2b9d074-61c3-4a8f-95d2-c8a1f3e07b56">Overview</a><a class="_tab _active" href="https://jobs.ashbyhq.com/saltmarsh/e2b9d074-61c3-4a8f-95d2-c8a1f3e07b56/application">Application</a></div>\n'
        '<div class="_container"><div class="_left-pane">\n<div class="_section"><h2>Location</h2><p>London</p></div>\n<div class="_section"><h2>Employment Type</h2><p>Contract</p></div>\n<div class="_section"><h2>Location Type</h2><p>Hybrid</p></div>\n<div class="_section"><h2>Department</h2><p>Art</p></div>\n<div class="_section"><h2>Compensation</h2><ul class="_compensation"><li><span class="_compensationTierSummary">£450 – £520 per day</span></li></ul></div>\n</div>\n'
        '<div class="_right-pane"><form class="ashby-application-form-container">\n<div class="_fieldEntry"><label class="ashby-application-form-question-title">Name<span class="_required">*</span></label><input type="text"></div>\n<div class="_fieldEntry"><label class="ashby-application-form-question-title">Email<span class="_required">*</span></label><input type="email"></div>\n<div class="_fieldEntry"><label class="ashby-application-form-question-title">Portfolio link<span class="_required">*</span></label><input type="text"></div>\n<div class="_fieldEntry"><label class="ashby-application-form-question-title">Day rate expectation (e.g. £500)</label><input type="text"></div>\n<button class="ashby-application-form-submit-button" type="submit">Submit Application</button></form></div></div>\n'
        '<div class="_footer"><a href="https://www.ashbyhq.com">Powered by Ashby</a></div>\n</div>\n'
        f"<script>window.__appData = {json.dumps(ASHBY_CONTRACT_APP, ensure_ascii=False)};</script>",
    ),
    title="Senior Technical Artist (12-month contract)",
    company="Saltmarsh Games",
    place=("London", "GB"),
    remote="hybrid",
    employment_type="contract",
    salary=pay(450, 520, "GBP", "day"),
)


# ------------------------------------------------------------------ Lever job in French: CDD, on site

page(
    "lever-cdd-sur-site-lyon",
    "https://jobs.lever.co/vercors-instruments/5c7a9e21-3b48-4d06-a1f9-8e2d4b6c0f35",
    "lever",
    doc(
        "fr",
        '<title>Vercors Instruments - Technicien·ne de laboratoire</title>\n<meta property="og:title" content="Vercors Instruments - Technicien·ne de laboratoire">\n<meta property="og:description" content="Vercors Instruments conçoit des capteurs de qualité de l\'eau.">\n<link rel="stylesheet" href="https://jobs.lever.co/css/jobs.css">',
        cookiebot("fr")
        + '\n<div class="main-header page-full-width section-wrapper"><div class="main-header-content page-centered narrow-section"><a class="main-header-logo" href="https://jobs.lever.co/vercors-instruments"><img alt="Vercors Instruments logo" src="https://lever-client-logos.s3.us-west-2.amazonaws.com/vercors.png"></a></div></div>\n'
        '<div class="content-wrapper posting-page"><div class="content">\n<div class="section-wrapper accent-section page-full-width"><div class="section page-centered posting-header">\n'
        '<div class="posting-headline"><h2>Technicien·ne de laboratoire</h2>\n<div class="posting-categories"><div class="sort-by-time posting-category medium-category-label location">Lyon</div><div class="sort-by-team posting-category medium-category-label department">R&amp;D – Chimie analytique</div><div class="sort-by-commitment posting-category medium-category-label commitment">CDD - 6 mois</div><div class="posting-category medium-category-label workplaceTypes">Sur site</div></div></div>\n'
        '<div class="postings-btn-wrapper"><a class="postings-btn template-btn-submit shamrock" href="https://jobs.lever.co/vercors-instruments/5c7a9e21-3b48-4d06-a1f9-8e2d4b6c0f35/apply">Postuler</a></div></div></div>\n'
        '<div class="section-wrapper page-full-width"><div class="section page-centered" data-qa="job-description"><div>Vercors Instruments conçoit des capteurs de qualité de l\'eau pour 300 collectivités. Pour accompagner le lancement de notre nouvelle sonde, nous recrutons un·e technicien·ne en CDD de 6 mois, à temps plein, dans notre laboratoire de Gerland.</div></div>\n'
        '<div class="section page-centered"><h3>Vos missions</h3><ul class="posting-requirements plain-list"><li>Préparer et analyser les échantillons</li><li>Étalonner les sondes avant expédition</li><li>Tenir le cahier de laboratoire</li></ul></div>\n'
        '<div class="section page-centered"><h3>Profil</h3><ul class="posting-requirements plain-list"><li>BTS ou DUT en chimie</li><li>Une première expérience en laboratoire</li></ul></div>\n'
        '<div class="section page-centered" data-qa="closing-description"><div>Rémunération : 2 150 € brut mensuel, tickets restaurant et prime de précarité de 10 %. Notre équipe commerciale travaille en hybride ; ce poste, au laboratoire, ne permet pas le télétravail.</div></div>\n'
        '</div></div></div>\n<div class="main-footer page-full-width"><div class="main-footer-text page-centered"><p><a href="https://jobs.lever.co/vercors-instruments">Page d\'accueil de Vercors Instruments</a></p><a class="image-link" href="https://lever.co/job-seeker-support/"><span>Jobs powered by </span><img alt="Lever logo" src="/img/lever-logo-full.svg"></a></div></div>',
    ),
    title="Technicien·ne de laboratoire",
    company="Vercors Instruments",
    place=("Lyon", "FR"),
    remote="onsite",
    employment_type="temporary",
    salary=pay(2150, 2150, "EUR", "month"),
)

# ------------------------------------------------------------------ Workable apply tab in Dutch: Op kantoor

page(
    "workable-apply-op-kantoor-groningen",
    "https://apply.workable.com/noorderlicht-advies/j/3D8E61F0A2/apply/",
    "workable-apply",
    doc(
        "nl",
        '<title>Junior Fiscalist - Noorderlicht Belastingadvies</title>\n<meta property="og:title" content="Junior Fiscalist - Noorderlicht Belastingadvies">\n<meta property="og:site_name" content="Noorderlicht Belastingadvies">',
        plain_banner("nl", "styles--cookie-banner")
        + '\n<div id="app"><div data-ui="header" class="styles--header"><a href="https://apply.workable.com/noorderlicht-advies/"><img data-ui="company-logo" alt="Noorderlicht Belastingadvies" src="https://workablehr.s3.amazonaws.com/uploads/account/logo/noorderlicht.png"></a></div>\n'
        '<main><h1 data-ui="job-title">Junior Fiscalist</h1>\n<div class="styles--meta"><span data-ui="job-location">Groningen, Groningen, Nederland</span><span data-ui="job-workplace">Op kantoor</span><span data-ui="job-department">Particulieren</span><span data-ui="job-type">Fulltime</span></div>\n'
        '<nav class="styles--tabs"><a href="https://apply.workable.com/noorderlicht-advies/j/3D8E61F0A2/">Beschrijving</a><a class="styles--active" href="https://apply.workable.com/noorderlicht-advies/j/3D8E61F0A2/apply/">Sollicitatie</a></nav>\n'
        '<form data-ui="application-form"><h2>Persoonlijke gegevens</h2><label>Voornaam*<input name="firstname"></label><label>Achternaam*<input name="lastname"></label><label>E-mail*<input name="email" type="email"></label><label>Telefoon<input name="phone" placeholder="06 12345678"></label><h2>Profiel</h2><label>Cv*<input type="file" name="resume"></label><label>Motivatiebrief<textarea name="cover_letter"></textarea></label><label>Wanneer kun je beginnen?<input name="qa_start"></label><button type="submit" data-ui="submit">Sollicitatie versturen</button></form></main>\n'
        '<footer class="styles--footer"><p><a href="https://www.workable.com">Powered by Workable</a> · <a href="https://www.workable.com/privacy">Privacy</a></p></footer></div>',
    ),
    title="Junior Fiscalist",
    company="Noorderlicht Belastingadvies",
    place=("Groningen", "NL"),
    remote="onsite",
    employment_type="full_time",
)

# ------------------------------------------------------------------ Personio (English UI): the office "Remote"

page(
    "personio-en-permanent-full-time-remote",
    "https://quaywise.jobs.personio.com/job/2310958?language=en",
    "personio",
    doc(
        "en",
        '<title>Customer Onboarding Specialist (English, German) | Careers at Quaywise GmbH</title>\n<meta property="og:title" content="Customer Onboarding Specialist (English, German)">\n<meta property="og:site_name" content="Quaywise GmbH">',
        onetrust("en")
        + '\n<div class="page"><header class="job-header"><img alt="Quaywise GmbH" src="https://quaywise.jobs.personio.com/logo.png"><div><h1 class="job-header-title">Customer Onboarding Specialist (English, German)</h1>\n'
        '<p class="job-header-subtitle">Permanent employee, Full-time · Remote</p></div></header>\n'
        '<main class="job-description"><section><h2>About us</h2><p>Quaywise builds berth-planning software for 70 inland ports in Germany, the Netherlands and Belgium. Our office is in Duisburg; most of our 45 people work from home.</p></section>\n'
        "<section><h2>Your tasks</h2><ul><li>Set up new ports on our platform and train their planners</li><li>Answer support tickets in English and German</li><li>Write our help-centre articles</li></ul></section>\n"
        "<section><h2>Your profile</h2><ul><li>Two years in customer success or support for B2B software</li><li>Fluent English and German</li><li>You live in Germany</li></ul></section>\n"
        "<section><h2>Why us?</h2><ul><li>Work fully remote from anywhere in Germany, with a team week in Duisburg twice a year</li><li>28 days of holiday</li><li>A €750 budget for your home office</li></ul></section>\n"
        '<a class="button" href="https://quaywise.jobs.personio.com/job/2310958/apply?language=en">Apply for this position</a></main>\n'
        '<footer><a href="https://quaywise.jobs.personio.com/privacy-policy?language=en">Privacy policy</a> · <a href="https://www.personio.com">Powered by Personio</a></footer></div>',
    ),
    title="Customer Onboarding Specialist (English, German)",
    company="Quaywise GmbH",
    place=(None, "DE"),
    remote="remote",
    employment_type="full_time",
)

# ------------------------------------------------------------------ Teamtailor in French: the attributes <dl>

page(
    "teamtailor-fr-teletravail-partiel-cdi-nantes",
    "https://carrieres.atlantide-energie.fr/jobs/6044218-charge-e-d-affaires-photovoltaique",
    "teamtailor",
    doc(
        "fr",
        '<title>Chargé·e d\'affaires photovoltaïque - Atlantide Énergie</title>\n<meta property="og:title" content="Chargé·e d\'affaires photovoltaïque - Atlantide Énergie">\n<meta property="og:site_name" content="Atlantide Énergie">\n<meta name="generator" content="Teamtailor">\n<link rel="stylesheet" href="https://assets.teamtailor-cdn.com/assets/careersite.css">',
        plain_banner("fr")
        + '\n<header class="careersite-header"><a href="https://carrieres.atlantide-energie.fr/"><img alt="Atlantide Énergie" src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logo-v1/atlantide.png"></a><nav><a href="https://carrieres.atlantide-energie.fr/jobs">Offres</a><a href="https://carrieres.atlantide-energie.fr/departments">Équipes</a></nav></header>\n'
        '<main><section class="job-ad-header"><h1 class="font-company-header">Chargé·e d\'affaires photovoltaïque</h1>\n<div class="job-ad-meta"><span>Commercial</span> · <span>Nantes</span> · <span>Télétravail partiel</span></div>\n<a class="btn btn-primary" href="https://carrieres.atlantide-energie.fr/jobs/6044218-charge-e-d-affaires-photovoltaique/applications/new">Postuler</a></section>\n'
        '<section class="job-ad-body"><div class="prose">\n<p>Atlantide Énergie installe des centrales solaires sur les toitures de bâtiments agricoles et industriels dans l\'Ouest. Nous sommes 85, à Nantes et à Rennes.</p>\n'
        "<h3>Vos missions</h3><ul><li>Développer un portefeuille de clients agricoles en Loire-Atlantique et Vendée</li><li>Réaliser les études de faisabilité avec nos ingénieurs</li><li>Négocier et signer les contrats</li></ul>\n"
        "<h3>Ce que nous offrons</h3><ul><li>Un salaire fixe de 42 000 € à 48 000 € brut par an, plus une part variable</li><li>Un véhicule de fonction électrique</li><li>Une journée de télétravail par semaine</li></ul>\n</div>\n"
        '<div class="job-ad-facts"><dl><dt>Équipe</dt><dd>Commercial</dd><dt>Lieu</dt><dd>Nantes</dd><dt>Télétravail</dt><dd>Télétravail partiel</dd><dt>Type de contrat</dt><dd>CDI</dd><dt>Temps de travail</dt><dd>Temps plein</dd></dl></div></section>\n'
        '<section class="related-jobs"><h2>Autres offres</h2><ul><li><a href="https://carrieres.atlantide-energie.fr/jobs/6039920-poseur">Poseur·se de panneaux</a><span>Rennes · Sur site</span></li></ul></section></main>\n'
        '<footer class="careersite-footer"><p>Atlantide Énergie SAS · 3 rue Arthur III, 44200 Nantes</p><p><a href="https://www.teamtailor.com">Propulsé par Teamtailor</a></p></footer>',
    ),
    title="Chargé·e d'affaires photovoltaïque",
    company="Atlantide Énergie SAS",
    place=("Nantes", "FR"),
    remote="hybrid",
    employment_type="full_time",
    salary=pay(42000, 48000, "EUR", "year"),
)

# ------------------------------------------------------------------ Ashby: remote in one country, no city

ASHBY_COUNTRY_APP = {
    "organization": {"name": "Kiln Labs", "publicWebsite": "https://kilnlabs.io"},
    "posting": {
        "id": "9f14c2a8-7e3d-4b50-a6c1-2d8e0b5f7a93",
        "title": "Senior Data Scientist, Forecasting",
        "departmentName": "Data",
        "locationName": "Germany",
        "secondaryLocations": [],
        "workplaceType": "Remote",
        "isRemote": True,
        "employmentType": "FullTime",
        "compensationTierSummary": "€85K – €105K",
        "isListed": True,
    },
}

page(
    "ashby-remote-germany-eur-tier",
    "https://jobs.ashbyhq.com/kilnlabs/9f14c2a8-7e3d-4b50-a6c1-2d8e0b5f7a93",
    "ashby",
    doc(
        "en",
        '<title>Senior Data Scientist, Forecasting @ Kiln Labs</title>\n<meta property="og:title" content="Senior Data Scientist, Forecasting @ Kiln Labs">\n<meta property="og:description" content="Kiln Labs is hiring a Senior Data Scientist, Forecasting. Apply now!">',
        '<div id="root">\n<div class="ashby-job-posting-header"><a href="https://jobs.ashbyhq.com/kilnlabs"><img alt="Kiln Labs" src="https://app.ashbyhq.com/api/images/org-theme-wordmark/kilnlabs.png"></a><h1 class="ashby-job-posting-heading">Senior Data Scientist, Forecasting</h1></div>\n'
        '<div class="_tabs"><a class="_tab _active" href="https://jobs.ashbyhq.com/kilnlabs/9f14c2a8-7e3d-4b50-a6c1-2d8e0b5f7a93">Overview</a><a class="_tab" href="https://jobs.ashbyhq.com/kilnlabs/9f14c2a8-7e3d-4b50-a6c1-2d8e0b5f7a93/application">Application</a></div>\n'
        '<div class="_container"><div class="_left-pane">\n<div class="_section"><h2>Location</h2><p>Germany</p></div>\n<div class="_section"><h2>Employment Type</h2><p>Full time</p></div>\n<div class="_section"><h2>Location Type</h2><p>Remote</p></div>\n<div class="_section"><h2>Department</h2><p>Data</p></div>\n<div class="_section"><h2>Compensation</h2><ul class="_compensation"><li><span class="_compensationTierSummary">€85K – €105K</span></li></ul></div>\n</div>\n'
        '<div class="_right-pane ashby-job-posting-right-pane"><div class="_descriptionText">\n<p>Kiln Labs forecasts electricity demand for 40 German municipal utilities. We are 35 people, all remote within Germany, and meet in Leipzig every quarter.</p>\n'
        "<h3>What you'll do</h3><ul><li>Build day-ahead and intraday load forecasts</li><li>Own our model-monitoring stack</li></ul>\n"
        "<h3>What we offer</h3><ul><li>€85,000 – €105,000 a year plus virtual shares</li><li>A €1,500 yearly learning budget</li></ul>\n</div></div></div>\n"
        '<div class="_footer"><a href="https://www.ashbyhq.com">Powered by Ashby</a></div>\n</div>\n'
        f"<script>window.__appData = {json.dumps(ASHBY_COUNTRY_APP, ensure_ascii=False)};</script>",
    ),
    title="Senior Data Scientist, Forecasting",
    company="Kiln Labs",
    place=(None, "DE"),
    remote="remote",
    employment_type="full_time",
    salary=pay(85000, 105000, "EUR", "year"),
)

# ------------------------------------------------------------------ SmartRecruiters in English: hybrid, per annum

page(
    "smartrecruiters-en-hybrid-per-annum-london",
    "https://jobs.smartrecruiters.com/ThamesbankHousing/744000063110227-repairs-scheduler",
    "smartrecruiters",
    doc(
        "en",
        '<title>Repairs Scheduler | Thamesbank Housing Association | SmartRecruiters</title>\n<meta property="og:title" content="Repairs Scheduler">\n<meta property="og:site_name" content="Thamesbank Housing Association">\n<link rel="stylesheet" href="https://c.smartrecruiters.com/sr-jobs-web/css/jobdetails.css">',
        onetrust("en")
        + '\n<div class="wrapper" itemscope itemtype="http://schema.org/JobPosting"><header class="header"><a href="https://jobs.smartrecruiters.com/ThamesbankHousing"><img class="header-logo" alt="Thamesbank Housing Association" src="https://c.smartrecruiters.com/sr-company-logo-prod/thamesbank.png"></a></header>\n'
        '<main class="jobad-main"><div class="job-header"><h1 class="job-title" itemprop="title">Repairs Scheduler</h1>\n'
        '<ul class="job-details"><li class="job-detail" itemprop="jobLocation" itemscope itemtype="http://schema.org/Place"><spl-job-location formattedaddress="London, England, United Kingdom" workplacetype="hybrid"></spl-job-location><span itemprop="address" itemscope itemtype="http://schema.org/PostalAddress"><span itemprop="addressLocality">London</span>, <span itemprop="addressRegion">England</span>, <span itemprop="addressCountry">United Kingdom</span></span></li><li class="job-detail">Hybrid</li><li class="job-detail" itemprop="employmentType">Full-time</li></ul>\n'
        '<span itemprop="hiringOrganization" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="Thamesbank Housing Association"></span><meta itemprop="datePosted" content="2026-11-27"></div>\n'
        '<div class="job-sections" itemprop="description"><section id="st-companyDescription"><h2>Company Description</h2><p>Thamesbank Housing Association owns and manages 14,000 affordable homes in east London.</p></section>\n'
        '<section id="st-jobDescription"><h2>Job Description</h2><p>You will book 120 repairs a day for our in-house trades team, balancing urgency, travel and parts. You will work from our Stratford office two days a week and from home the rest of the week.</p></section>\n'
        '<section id="st-qualifications"><h2>Qualifications</h2><ul><li>Scheduling experience in a repairs or field-service team</li><li>Good with a phone and a spreadsheet</li></ul></section>\n'
        '<section id="st-additionalInformation"><h2>Additional Information</h2><ul><li>Salary: £31,500 - £34,200 per annum</li><li>35 hours a week, Monday to Friday</li><li>Local Government Pension Scheme and 27 days\' annual leave</li><li>An out-of-hours allowance of £2,400 a year if you join the standby rota</li></ul></section></div>\n'
        '<a class="button button--primary" href="https://jobs.smartrecruiters.com/oneclick-ui/company/ThamesbankHousing/publication/8e3f5a10-2b67-4c9d-9f04-a7d1c6e2b385">I\'m interested</a></main>\n'
        '<footer class="footer"><a href="https://www.smartrecruiters.com">Powered by SmartRecruiters</a></footer></div>',
    ),
    title="Repairs Scheduler",
    company="Thamesbank Housing Association",
    place=("London", "GB"),
    remote="hybrid",
    employment_type="full_time",
    salary=pay(31500, 34200, "GBP", "year"),
)


def main() -> None:
    """Write the pages, the manifest and the labels."""
    out = HERE / "pages"
    out.mkdir(exist_ok=True)
    labels = []
    manifest = []
    for entry in PAGES:
        label = {key: value for key, value in entry.items() if key != "_html"}
        (HERE / label["file"]).write_text(entry["_html"], encoding="utf-8")
        labels.append(label)
        manifest.append(
            json.dumps(
                {"url": label["url"], "path": label["file"].removeprefix("pages/")}, ensure_ascii=False
            )
        )
    (out / "manifest.jsonl").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    (HERE / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
