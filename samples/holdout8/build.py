#!/usr/bin/env python3
# ruff: noqa: E501, RUF001  (page text: long lines and the typographic dashes real pages carry)
"""Write the holdout8 blind set: ``pages/*.html`` and ``labels.json``, byte-identical on every run.

Each page is written beside its label, as a careful human reader of that page would record it. Every
company, person, phone number, e-mail address and figure is invented; town names are real. Standard library
only: ``.venv/bin/python samples/holdout8/build.py``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
Label = dict[str, Any]
Page = tuple[str, str, Label]
BUILDERS: list[Callable[[], Page]] = []


def page(fn: Callable[[], Page]) -> Callable[[], Page]:
    """Register a page builder; pages are written in registration order."""
    BUILDERS.append(fn)
    return fn


def pay(lo: float, hi: float, currency: str, period: str) -> dict[str, Any]:
    """A salary label: ``{min, max, currency, period}``."""
    return {"min": lo, "max": hi, "currency": currency, "period": period}


def where(city: str | None, country: str) -> dict[str, Any]:
    """A location label."""
    return {"city": city, "country_code": country}


def posting(
    file: str,
    url: str,
    shape: str,
    *,
    company: str,
    title: str,
    location: dict[str, Any] | None,
    remote: str | None,
    employment_type: str | None,
    salary: dict[str, Any] | None,
    description_selector: str | None,
) -> Label:
    """The label of a real posting (``description_selector`` left out when the page has no description)."""
    label: Label = {
        "file": f"pages/{file}",
        "url": url,
        "source": urlsplit(url).hostname or "",
        "shape": shape,
        "company": company,
        "title": title,
        "cluster": file.removesuffix(".html"),
        "duplicate_kind": None,
        "spam": False,
        "broken": None,
        "expect": "published",
        "salary": salary,
        "location": location,
        "remote": remote,
        "employment_type": employment_type,
    }
    if description_selector:
        label["description_selector"] = description_selector
    return label


def not_a_job(file: str, url: str, shape: str, reason: str) -> Label:
    """The label of a page that is not one job someone can apply to."""
    return {
        "file": f"pages/{file}",
        "url": url,
        "source": urlsplit(url).hostname or "",
        "shape": shape,
        "company": None,
        "title": None,
        "cluster": file.removesuffix(".html"),
        "duplicate_kind": None,
        "spam": False,
        "broken": "not a job page",
        "reason": reason,
        "expect": "dead_letter",
        "salary": None,
        "location": None,
        "remote": None,
    }


def ld(obj: Any) -> str:
    """A JSON-LD script element."""
    body = json.dumps(obj, ensure_ascii=False, indent=2)
    return f'<script type="application/ld+json">\n{body}\n</script>'


def job_ld(
    title: str,
    org: str,
    *,
    city: str,
    region: str,
    country: str,
    posted: str,
    employment: str | list[str] | None = None,
    salary: dict[str, Any] | None = None,
    remote: bool = False,
    description: str = "",
    valid_through: str | None = None,
    org_url: str | None = None,
    street: str | None = None,
    postal: str | None = None,
) -> dict[str, Any]:
    """A schema.org ``JobPosting`` object the way boards and ATSs emit it."""
    address: dict[str, Any] = {"@type": "PostalAddress", "addressLocality": city}
    if street:
        address["streetAddress"] = street
    if postal:
        address["postalCode"] = postal
    if region:
        address["addressRegion"] = region
    address["addressCountry"] = country
    obj: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": title,
        "description": description,
        "datePosted": posted,
    }
    if valid_through:
        obj["validThrough"] = valid_through
    if employment:
        obj["employmentType"] = employment
    org_obj: dict[str, Any] = {"@type": "Organization", "name": org}
    if org_url:
        org_obj["sameAs"] = org_url
    obj["hiringOrganization"] = org_obj
    obj["jobLocation"] = {"@type": "Place", "address": address}
    if remote:
        obj["jobLocationType"] = "TELECOMMUTE"
    if salary:
        obj["baseSalary"] = salary
    return obj


def money(currency: str, lo: float, hi: float, unit: str) -> dict[str, Any]:
    """A JSON-LD ``MonetaryAmount``."""
    return {
        "@type": "MonetaryAmount",
        "currency": currency,
        "value": {"@type": "QuantitativeValue", "minValue": lo, "maxValue": hi, "unitText": unit},
    }


GTM = """<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});
var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;
j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-K7Q2XW');</script>"""

ONETRUST = """<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container">
<div id="onetrust-policy"><h2 id="onetrust-policy-title">We value your privacy</h2>
<div id="onetrust-policy-text">We and our partners use cookies to keep this site working, to measure how it is used and to
show you relevant content. You can accept all cookies, reject the optional ones or choose per category.
<a class="ot-cookie-policy-link" href="/cookie-policy">Cookie Policy</a></div></div></div>
<div id="onetrust-button-group-parent"><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookie Settings</button>
<button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div></div>"""

COOKIEBOT_EN = """<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" data-template="slideup">
<div class="CybotCookiebotDialogContentWrapper"><div id="CybotCookiebotDialogBody">
<h2 id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</h2>
<div id="CybotCookiebotDialogBodyContentText">We use cookies to personalise content and ads, to provide social media features
and to analyse our traffic. We also share information about your use of our site with our social media, advertising
and analytics partners.</div></div>
<div id="CybotCookiebotDialogFooter"><button id="CybotCookiebotDialogBodyButtonDecline">Use necessary cookies only</button>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection">Allow selection</button>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all cookies</button></div></div></div>"""


def cookiebot(title: str, text: str, necessary: str, allow: str) -> str:
    """A Cookiebot dialog in the site's language."""
    return f"""<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true">
<div class="CybotCookiebotDialogContentWrapper"><div id="CybotCookiebotDialogBody">
<h2 id="CybotCookiebotDialogBodyContentTitle">{title}</h2>
<div id="CybotCookiebotDialogBodyContentText">{text}</div></div>
<div id="CybotCookiebotDialogFooter"><button id="CybotCookiebotDialogBodyButtonDecline">{necessary}</button>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">{allow}</button></div></div></div>"""


def simple_banner(text: str, accept: str, reject: str) -> str:
    """A hand-rolled cookie bar, as small CMS sites have."""
    return f"""<div class="cookie-notice" id="cookie-notice" role="dialog" aria-live="polite">
<p class="cookie-notice__text">{text}</p>
<div class="cookie-notice__buttons"><button class="btn btn--ghost js-cookie-reject">{reject}</button>
<button class="btn btn--primary js-cookie-accept">{accept}</button></div></div>"""


def doc(
    title: str,
    body: str,
    *,
    lang: str = "en",
    head: str = "",
    description: str = "",
    og_title: str | None = None,
    site_name: str | None = None,
    canonical: str | None = None,
    body_class: str = "",
) -> str:
    """A whole HTML document with the usual head noise."""
    metas = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{title}</title>",
    ]
    if description:
        metas.append(f'<meta name="description" content="{description}">')
    if og_title:
        metas.append(f'<meta property="og:title" content="{og_title}">')
        metas.append('<meta property="og:type" content="website">')
    if site_name:
        metas.append(f'<meta property="og:site_name" content="{site_name}">')
    if canonical:
        metas.append(f'<link rel="canonical" href="{canonical}">')
        metas.append(f'<meta property="og:url" content="{canonical}">')
    head_html = "\n".join(metas) + ("\n" + head if head else "")
    cls = f' class="{body_class}"' if body_class else ""
    return f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n{head_html}\n</head>\n<body{cls}>\n{body}\n</body>\n</html>\n'


def greenhouse_form(extra_questions: str = "") -> str:
    """The classic Greenhouse application form under a posting."""
    return f"""<div id="application">
<form id="application_form" action="/embed/job_app" method="post" enctype="multipart/form-data">
<h2 class="heading">Apply for this Job</h2>
<div class="required-fields"><span class="asterisk">*</span> Required</div>
<div class="field"><label for="first_name">First Name <span class="asterisk">*</span></label><input type="text" id="first_name" name="job_application[first_name]"></div>
<div class="field"><label for="last_name">Last Name <span class="asterisk">*</span></label><input type="text" id="last_name" name="job_application[last_name]"></div>
<div class="field"><label for="email">Email <span class="asterisk">*</span></label><input type="text" id="email" name="job_application[email]"></div>
<div class="field"><label for="phone">Phone</label><input type="text" id="phone" name="job_application[phone]"></div>
<div class="field"><label>Resume/CV <span class="asterisk">*</span></label><div class="drop-zone">Attach, Dropbox, Google Drive or enter manually</div><span class="accepted-filetypes">(File types: pdf, doc, docx, txt, rtf)</span></div>
<div class="field"><label>Cover Letter</label><div class="drop-zone">Attach, Dropbox, Google Drive or enter manually</div></div>
<div class="field"><label>LinkedIn Profile</label><input type="text" name="job_application[answers_attributes][0][text_value]"></div>
{extra_questions}
<div id="eeoc_fields"><h3>U.S. Equal Employment Opportunity information (Completion is voluntary and will not subject you to adverse treatment)</h3>
<p>Our company values diversity. To ensure that we comply with reporting requirements and to learn more about how we can increase diversity in our candidate pool, we invite you to voluntarily provide demographic information in a confidential survey at the end of this application.</p>
<div class="field"><label>Gender</label><select><option>Please select</option><option>Male</option><option>Female</option><option>Decline To Self Identify</option></select></div>
<div class="field"><label>Are you Hispanic/Latino?</label><select><option>Please select</option><option>Yes</option><option>No</option><option>Decline To Self Identify</option></select></div>
<div class="field"><label>Veteran Status</label><select><option>Please select</option><option>I am not a protected veteran</option><option>I identify as one or more of the classifications of protected veteran</option><option>I don't wish to answer</option></select></div>
<div class="field"><label>Disability Status</label><select><option>Please select</option><option>Yes, I have a disability (or previously had a disability)</option><option>No, I do not have a disability and have not had one in the past</option><option>I do not want to answer</option></select></div>
</div>
<input type="submit" id="submit_app" value="Submit Application">
</form></div>
<div id="footer"><p>Powered by <a href="https://www.greenhouse.io/" target="_blank">greenhouse</a></p><p><a href="https://www.greenhouse.io/privacy-policy">Privacy Policy</a></p></div>"""


# --------------------------------------------------------------------------------------------------
# Hosted ATS pages
# --------------------------------------------------------------------------------------------------


@page
def greenhouse_classic_pay() -> Page:
    """Greenhouse classic, two pay zones, hybrid in the text, the form below."""
    url = "https://boards.greenhouse.io/quillstack/jobs/5123456"
    body = f"""<div id="wrapper">
<div id="main">
<div id="app_body">
<div id="header">
<div id="logo"><a href="https://www.quillstack.example"><img alt="Quillstack Logo" src="https://s3-recruiting.cdn.greenhouse.io/external_greenhouse_job_boards/logos/400/112/300/resized/quillstack.png"></a></div>
<h1 class="app-title">Senior Backend Engineer, Payments</h1>
<span class="company-name">at Quillstack</span>
<div class="location">San Francisco, CA</div>
</div>
<div id="content">
<p><strong>About Quillstack</strong></p>
<p>Quillstack builds the invoicing and accounts-receivable platform that 9,000 mid-sized businesses use to get paid. We are
a Series C company of about 240 people with offices in San Francisco and Chicago, and a few teammates spread across the US.</p>
<p><strong>About the role</strong></p>
<p>The Payments team owns how money moves through Quillstack: card and ACH collection, payouts, reconciliation and the ledger
behind them. As a Senior Backend Engineer you will design services that process more than $2B a year, work with our
banking partners on new payment rails and help us raise the bar for reliability across the team.</p>
<p>This is a full-time, hybrid role: the Payments team works from our San Francisco office on Tuesdays through Thursdays.</p>
<p><strong>What you'll do</strong></p>
<ul>
<li>Design, build and operate Go and Python services for payment collection and payouts</li>
<li>Own the double-entry ledger and the nightly reconciliation against our processors</li>
<li>Lead technical designs and review them with engineers across the company</li>
<li>Mentor two to three engineers and take part in an on-call rotation (one week in eight)</li>
</ul>
<p><strong>What we're looking for</strong></p>
<ul>
<li>6+ years building backend systems, 2+ of them in payments, billing or another domain where correctness matters</li>
<li>Strong SQL and PostgreSQL experience; comfort with Kafka or another event log</li>
<li>Experience with AWS, Terraform and Kubernetes is a plus</li>
</ul>
<p><strong>Benefits</strong></p>
<ul><li>Medical, dental and vision for you and your dependents</li><li>401(k) with a 4% match</li><li>16 weeks of paid parental leave</li><li>$1,500 yearly learning budget</li></ul>
<div class="content-pay-transparency">
<div class="pay-input">
<div class="description"><p>The base salary range for this position is listed below. Final offers depend on location, skills and experience. This role is also eligible for equity and benefits.</p></div>
<div class="title">San Francisco Bay Area</div>
<div class="pay-range"><span>$172,000</span><span class="divider">&mdash;</span><span>$208,000 USD</span></div>
</div>
<div class="pay-input">
<div class="title">All other US locations</div>
<div class="pay-range"><span>$150,000</span><span class="divider">&mdash;</span><span>$182,000 USD</span></div>
</div>
</div>
<p><em>Quillstack is an equal opportunity employer. We do not discriminate on the basis of race, religion, color, national origin, gender, sexual orientation, age, marital status, veteran status or disability status.</em></p>
</div>
{greenhouse_form('<div class="field"><label>Will you now or in the future require visa sponsorship? <span class="asterisk">*</span></label><select><option>--</option><option>Yes</option><option>No</option></select></div>')}
</div>
</div>
</div>"""
    html = doc(
        "Job Application for Senior Backend Engineer, Payments at Quillstack",
        body,
        head='<meta property="og:title" content="Senior Backend Engineer, Payments">\n'
        '<meta property="og:description" content="San Francisco, CA">\n'
        '<link rel="stylesheet" href="https://boards.cdn.greenhouse.io/assets/application.css">',
    )
    label = posting(
        "greenhouse-classic-pay.html",
        url,
        "greenhouse",
        company="Quillstack",
        title="Senior Backend Engineer, Payments",
        location=where("San Francisco", "US"),
        remote="hybrid",
        employment_type="full_time",
        salary=pay(172000, 208000, "USD", "year"),
        description_selector="#content",
    )
    return "greenhouse-classic-pay.html", html, label


@page
def greenhouse_classic_berlin() -> Page:
    """Greenhouse classic for a Berlin company: no pay, hybrid split in the text, German EEO note."""
    url = "https://boards.greenhouse.io/nordlichtmobility/jobs/4098765"
    body = f"""<div id="wrapper"><div id="main"><div id="app_body">
<div id="header">
<div id="logo"><img alt="Nordlicht Mobility Logo" src="https://s3-recruiting.cdn.greenhouse.io/external_greenhouse_job_boards/logos/400/220/910/resized/nl.png"></div>
<h1 class="app-title">Data Engineer (m/f/d)</h1>
<span class="company-name">at Nordlicht Mobility</span>
<div class="location">Berlin</div>
</div>
<div id="content">
<p><strong>Who we are</strong></p>
<p>Nordlicht Mobility runs shared e-bike and cargo-bike fleets in 14 German and Austrian cities. Our 160 people in Berlin and
Vienna build the app, the fleet software and the operations behind 11,000 vehicles.</p>
<p><strong>Your mission</strong></p>
<p>You will join the Data Platform team (five engineers) and own the pipelines that turn 40 million vehicle events a day into the
data our pricing, fleet-rebalancing and finance teams depend on.</p>
<ul>
<li>Build and maintain batch and streaming pipelines with Python, Apache Spark and Apache Airflow</li>
<li>Model our warehouse in dbt and Snowflake together with the analytics engineers</li>
<li>Improve data quality checks, lineage and alerting</li>
</ul>
<p><strong>Your profile</strong></p>
<ul>
<li>3+ years as a data engineer; very good Python and SQL</li>
<li>Experience with Kafka or Kinesis and with AWS</li>
<li>Fluent English; German is nice to have</li>
</ul>
<p><strong>What we offer</strong></p>
<ul>
<li>Permanent full-time contract</li>
<li>Hybrid work: two fixed days a week (Tuesday and Wednesday) in our Kreuzberg office, the rest from home</li>
<li>Up to four weeks a year of working from another EU country</li>
<li>30 days of holiday, a free Nordlicht ride pass and an Urban Sports Club subsidy</li>
</ul>
<p>We welcome applications from people of all backgrounds. Please send your CV in English; a cover letter is optional.</p>
</div>
{greenhouse_form()}
</div></div></div>"""
    html = doc(
        "Job Application for Data Engineer (m/f/d) at Nordlicht Mobility",
        body,
        head='<link rel="stylesheet" href="https://boards.cdn.greenhouse.io/assets/application.css">',
    )
    label = posting(
        "greenhouse-classic-berlin.html",
        url,
        "greenhouse",
        company="Nordlicht Mobility",
        title="Data Engineer (m/f/d)",
        location=where("Berlin", "DE"),
        remote="hybrid",
        employment_type="full_time",
        salary=None,
        description_selector="#content",
    )
    return "greenhouse-classic-berlin.html", html, label


def gh_new_shell(company: str, logo: str, title: str, location: str, description: str, form: str) -> str:
    """The new Greenhouse job board layout (job-boards.greenhouse.io)."""
    return f"""<div id="root"><div class="main-container">
<header class="company-header"><a class="logo" href="/{logo}"><img alt="{company} Logo" src="https://s5-recruiting.cdn.greenhouse.io/external_greenhouse_job_boards/logos/{logo}.png"></a>
<a class="back-link" href="/{logo}">&larr; Back to jobs</a></header>
<div class="job-post"><div class="job__header">
<div class="job__title"><h1 class="section-header section-header--large font-primary">{title}</h1>
<div class="job__location"><svg class="svg-icon" aria-hidden="true"></svg><div>{location}</div></div></div>
<button class="btn btn--pill" aria-label="Apply">Apply</button></div>
<div class="job__description body">{description}</div>
<div class="application--container"><div class="application--header"><h2 class="section-header font-primary">Apply for this job</h2>
<p class="body--metadata">* indicates a required field</p></div>
<form id="application-form" class="application--form">
<div class="text-input-wrapper"><label for="first_name">First Name*</label><input id="first_name" type="text" aria-required="true"></div>
<div class="text-input-wrapper"><label for="last_name">Last Name*</label><input id="last_name" type="text" aria-required="true"></div>
<div class="text-input-wrapper"><label for="email">Email*</label><input id="email" type="text" aria-required="true"></div>
<div class="text-input-wrapper"><label for="phone">Phone</label><input id="phone" type="tel"></div>
<div class="file-upload"><div class="label upload-label">Resume/CV*</div><button class="btn btn--pill">Attach</button><p class="file-upload__filetypes">Accepted file types: pdf, doc, docx, txt, rtf</p></div>
{form}
<button class="btn btn--pill" type="submit">Submit application</button></form></div>
</div>
<footer class="footer"><span>Powered by</span><a href="https://www.greenhouse.io/"><img alt="Greenhouse logo" src="/greenhouse-logo.svg"></a>
<p>Read our <a href="https://www.greenhouse.com/privacy-policy">Privacy Policy</a></p></footer>
</div></div>"""


@page
def greenhouse_new_remote() -> Page:
    """New Greenhouse board: remote in the US, a single pay range block."""
    url = "https://job-boards.greenhouse.io/tallyforge/jobs/7234567"
    desc = """<p><strong>Tallyforge</strong> makes scheduling and payroll software for independent restaurants and cafés. We are a
fully distributed team of 85 across North America.</p>
<h3>About the role</h3>
<p>We're hiring a Staff Product Designer to lead design for our payroll product. You'll partner with a product manager and an
engineering lead, talk to restaurant owners every week, and shape how thousands of shift workers get paid.</p>
<p>This is a full-time, fully remote position open to candidates living anywhere in the United States. We meet in person
twice a year for a company offsite.</p>
<h3>What you'll do</h3>
<ul><li>Own the end-to-end design of payroll: onboarding, pay runs, tax filings and employee self-service</li>
<li>Run research with owners and managers; turn it into flows, prototypes and polished UI in Figma</li>
<li>Raise the craft of our design system alongside our two other product designers</li></ul>
<h3>About you</h3>
<ul><li>8+ years of product design experience, including complex B2B or fintech products</li>
<li>A portfolio that shows both systems thinking and visual craft</li>
<li>Comfortable writing clearly and working asynchronously across time zones</li></ul>
<h3>Benefits</h3>
<ul><li>Health, dental and vision insurance with 100% of premiums covered for you</li><li>$2,000 home-office setup stipend</li>
<li>Flexible PTO with a 15-day minimum</li></ul>
<div class="pay-transparency"><div class="pay-transparency__header">Pay range</div>
<p>The base salary for this role is below. Your offer is based on experience and level, and includes equity.</p>
<div class="pay-range"><span>$165,000</span><span class="divider">&mdash;</span><span>$195,000 USD</span></div></div>"""
    form = """<div class="select"><label>Are you legally authorized to work in the United States?*</label><select><option>Select...</option><option>Yes</option><option>No</option></select></div>
<div class="text-input-wrapper"><label>Portfolio URL*</label><input type="text"></div>
<div class="select"><label>Which time zone do you work in?</label><select><option>Pacific</option><option>Mountain</option><option>Central</option><option>Eastern</option></select></div>"""
    body = gh_new_shell("Tallyforge", "tallyforge", "Staff Product Designer", "Remote - US", desc, form)
    html = doc(
        "Job Application for Staff Product Designer at Tallyforge",
        body,
        head='<meta property="og:title" content="Staff Product Designer">\n<meta property="og:description" content="Remote - US">',
    )
    label = posting(
        "greenhouse-new-remote.html",
        url,
        "greenhouse-new",
        company="Tallyforge",
        title="Staff Product Designer",
        location=where(None, "US"),
        remote="remote",
        employment_type="full_time",
        salary=pay(165000, 195000, "USD", "year"),
        description_selector=".job__description",
    )
    return "greenhouse-new-remote.html", html, label


@page
def greenhouse_new_london() -> Page:
    """New Greenhouse board on the EU host: London, salary in the description, hybrid days."""
    url = "https://job-boards.eu.greenhouse.io/ambergrid/jobs/4456789"
    desc = """<p>Ambergrid helps energy suppliers forecast demand and balance the grid, with software used by 30 utilities across
the UK and Europe.</p>
<p><strong>The role</strong></p>
<p>As Customer Success Manager for our enterprise accounts you'll look after eight of our largest customers, lead their
quarterly reviews and make sure they get value from every release.</p>
<ul><li>Own renewals and expansion for a £6m book of business</li><li>Run onboarding for new enterprise customers</li>
<li>Be the voice of the customer to our product and engineering teams</li></ul>
<p><strong>You'll bring</strong></p>
<ul><li>4+ years in customer success or account management for B2B SaaS</li><li>Experience in energy, utilities or another regulated industry</li>
<li>Confidence presenting to senior stakeholders</li></ul>
<p><strong>The details</strong></p>
<ul><li>Salary: £58,000 - £66,000 plus a 10% bonus</li><li>Permanent, full-time</li>
<li>Hybrid: three days a week at our Shoreditch office, two from home</li><li>Occasional travel to customer sites in the UK and the Netherlands</li>
<li>Private medical insurance, 6% pension contribution, 27 days holiday plus bank holidays</li></ul>
<p>Ambergrid is committed to building a diverse team. If you need any adjustments during the process, tell us at talent@ambergrid.example.</p>"""
    form = """<div class="select"><label>Do you have the right to work in the UK?*</label><select><option>Select...</option><option>Yes</option><option>No, I would need sponsorship</option></select></div>
<div class="text-input-wrapper"><label>What are your salary expectations?</label><input type="text"></div>"""
    body = gh_new_shell(
        "Ambergrid", "ambergrid", "Customer Success Manager, Enterprise", "London, United Kingdom", desc, form
    )
    html = doc("Job Application for Customer Success Manager, Enterprise at Ambergrid", body)
    label = posting(
        "greenhouse-new-london.html",
        url,
        "greenhouse-new",
        company="Ambergrid",
        title="Customer Success Manager, Enterprise",
        location=where("London", "GB"),
        remote="hybrid",
        employment_type="full_time",
        salary=pay(58000, 66000, "GBP", "year"),
        description_selector=".job__description",
    )
    return "greenhouse-new-london.html", html, label


def lever_head(company: str, title: str) -> str:
    """The head of a Lever posting page."""
    return (
        f'<meta property="og:title" content="{company} - {title}">\n'
        '<meta property="og:image" content="https://lever-client-logos.s3.us-west-2.amazonaws.com/logo.png">\n'
        '<link rel="stylesheet" href="https://jobs.lever.co/css/style.css">'
    )


def lever_categories(location: str, team: str, commitment: str, workplace: str | None) -> str:
    """Lever's ``.posting-categories`` block."""
    wp = (
        f'<div class="sort-by-time posting-category medium-category-label workplaceTypes">{workplace}</div>'
        if workplace
        else ""
    )
    return f"""<div class="posting-categories">
<div class="sort-by-time posting-category medium-category-label width-full capitalize-labels location">{location}</div>
<div class="sort-by-team posting-category medium-category-label capitalize-labels department">{team}</div>
<div class="sort-by-commitment posting-category medium-category-label capitalize-labels commitment">{commitment}</div>
{wp}</div>"""


LEVER_FOOTER = """<div class="main-footer page-full-width"><div class="main-footer-text page-centered">
<p><a href="https://jobs.lever.co/">Jobs powered by <img alt="Lever logo" src="/img/lever-logo-full.svg"></a></p></div></div>"""


@page
def lever_job_denver() -> Page:
    """Lever job page: categories with workplace type, salary-range section."""
    url = "https://jobs.lever.co/brightkiln/1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
    body = f"""<div class="content-wrapper posting-page"><div class="content">
<div class="main-header page-full-width section-wrapper"><div class="main-header-content page-centered narrow-section page-full-width">
<a class="main-header-logo" href="https://jobs.lever.co/brightkiln"><img alt="Brightkiln logo" src="https://lever-client-logos.s3.us-west-2.amazonaws.com/brightkiln.png"></a></div></div>
<div class="section-wrapper accent-section page-full-width"><div class="section page-centered posting-header">
<div class="posting-headline"><h2>Site Reliability Engineer</h2>
{lever_categories("Denver, CO", "Engineering – Infrastructure", "Full-time", "Hybrid")}</div>
<div class="postings-btn-wrapper"><a class="postings-btn template-btn-submit" href="{url}/apply">Apply for this job</a></div></div></div>
<div class="section-wrapper page-full-width">
<div class="section page-centered" data-qa="job-description"><div>Brightkiln builds scheduling and dispatch software for field-service
companies &mdash; plumbers, electricians and HVAC contractors &mdash; across North America.</div>
<div><br></div><div>Our Infrastructure team keeps the platform up for 40,000 technicians who start their day in our app. We are looking
for a Site Reliability Engineer to help us move from a handful of large services to a well-observed, well-automated platform.</div></div>
<div class="section page-centered"><h3>What you will do</h3><ul class="posting-requirements plain-list">
<li>Run and improve our Kubernetes clusters on AWS (EKS), managed with Terraform</li>
<li>Build SLOs, dashboards and alerts with Prometheus and Grafana</li>
<li>Lead incident reviews and turn them into engineering work</li>
<li>Share an on-call rotation with five other engineers</li></ul></div>
<div class="section page-centered"><h3>What you bring</h3><ul class="posting-requirements plain-list">
<li>4+ years in SRE, DevOps or infrastructure engineering</li><li>Strong Linux and networking fundamentals; scripting in Python or Go</li>
<li>Experience running PostgreSQL in production</li></ul></div>
<div class="section page-centered"><div>Our Denver team works from our LoDo office on Mondays, Wednesdays and Thursdays.</div></div>
<div class="section page-centered" data-qa="salary-range"><h3>Salary range</h3><div class="posting-requirements">$135,000 - $160,000 a year</div></div>
<div class="section page-centered" data-qa="closing-description"><div>Brightkiln offers medical, dental and vision coverage, a 401(k) match,
and 20 days of PTO. We are an equal opportunity employer.</div></div>
<div class="section page-centered last-section-apply" data-qa="btn-apply-bottom"><a class="postings-btn template-btn-submit" href="{url}/apply">Apply for this job</a></div>
</div></div></div>
{LEVER_FOOTER}"""
    html = doc(
        "Brightkiln - Site Reliability Engineer",
        body,
        head=lever_head("Brightkiln", "Site Reliability Engineer"),
    )
    label = posting(
        "lever-job-denver.html",
        url,
        "lever",
        company="Brightkiln",
        title="Site Reliability Engineer",
        location=where("Denver", "US"),
        remote="hybrid",
        employment_type="full_time",
        salary=pay(135000, 160000, "USD", "year"),
        description_selector="[data-qa=job-description]",
    )
    return "lever-job-denver.html", html, label


@page
def lever_apply_toronto() -> Page:
    """Lever apply tab: headline and categories over the application form, no description."""
    url = "https://jobs.lever.co/ottermint/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d/apply"
    body = f"""<div class="content-wrapper application-page"><div class="content">
<div class="main-header page-full-width section-wrapper"><div class="main-header-content page-centered narrow-section page-full-width">
<a class="main-header-logo" href="https://jobs.lever.co/ottermint"><img alt="Ottermint logo" src="https://lever-client-logos.s3.us-west-2.amazonaws.com/ottermint.png"></a></div></div>
<div class="section-wrapper accent-section page-full-width"><div class="section page-centered application-header">
<div class="posting-headline"><h2>Account Executive, Mid-Market</h2>
{lever_categories("Toronto, Ontario", "Sales – New Business", "Full-time", "On-site")}</div></div></div>
<div class="section-wrapper page-full-width"><div class="section page-centered application-form">
<form method="POST" enctype="multipart/form-data" id="application-form">
<h4>Submit your application</h4>
<ul><li class="application-question resume"><label><div class="application-label">Resume/CV<span class="required">✱</span></div>
<div class="application-field"><a class="visible-resume-upload">ATTACH RESUME/CV</a><input type="file" name="resume"></div></label></li>
<li class="application-question"><label><div class="application-label">Full name<span class="required">✱</span></div><div class="application-field"><input type="text" name="name"></div></label></li>
<li class="application-question"><label><div class="application-label">Email<span class="required">✱</span></div><div class="application-field"><input type="email" name="email"></div></label></li>
<li class="application-question"><label><div class="application-label">Phone</div><div class="application-field"><input type="text" name="phone"></div></label></li>
<li class="application-question"><label><div class="application-label">Current company</div><div class="application-field"><input type="text" name="org"></div></label></li></ul>
<h4>Links</h4>
<ul><li class="application-question"><label><div class="application-label">LinkedIn URL</div><div class="application-field"><input type="text" name="urls[LinkedIn]"></div></label></li></ul>
<div class="application-additional"><h4>Questions</h4>
<ul><li class="application-question custom-question"><div class="application-label">Are you legally eligible to work in Canada?<span class="required">✱</span></div>
<ul class="application-field"><li><label><input type="radio" value="Yes"> Yes</label></li><li><label><input type="radio" value="No"> No</label></li></ul></li>
<li class="application-question custom-question"><div class="application-label">How many years of closing experience in B2B software do you have?</div>
<div class="application-field"><input type="text"></div></li>
<li class="application-question custom-question"><div class="application-label">This role works from our King Street West office five days a week. Are you able to commute there?<span class="required">✱</span></div>
<ul class="application-field"><li><label><input type="radio" value="Yes"> Yes</label></li><li><label><input type="radio" value="No"> No</label></li></ul></li></ul></div>
<h4>Additional information</h4>
<textarea name="comments" placeholder="Add a cover letter or anything else you want to share."></textarea>
<div class="application-submit"><button type="submit" class="template-btn-submit">Submit application</button></div>
</form></div></div></div></div>
{LEVER_FOOTER}"""
    html = doc(
        "Ottermint - Account Executive, Mid-Market",
        body,
        head=lever_head("Ottermint", "Account Executive, Mid-Market"),
    )
    label = posting(
        "lever-apply-toronto.html",
        url,
        "lever-apply",
        company="Ottermint",
        title="Account Executive, Mid-Market",
        location=where("Toronto", "CA"),
        remote="onsite",
        employment_type="full_time",
        salary=None,
        description_selector=None,
    )
    return "lever-apply-toronto.html", html, label


@page
def lever_eu_remote_spain() -> Page:
    """Lever EU host: a country-only remote posting with a salary range in euros."""
    url = "https://jobs.eu.lever.co/pixelhare/3f4e5d6c-7b8a-4912-8a3b-4c5d6e7f8091"
    body = f"""<div class="content-wrapper posting-page"><div class="content">
<div class="main-header page-full-width section-wrapper"><div class="main-header-content page-centered narrow-section page-full-width">
<a class="main-header-logo" href="https://jobs.eu.lever.co/pixelhare"><img alt="Pixelhare logo" src="https://lever-client-logos.s3.eu-central-1.amazonaws.com/pixelhare.png"></a></div></div>
<div class="section-wrapper accent-section page-full-width"><div class="section page-centered posting-header">
<div class="posting-headline"><h2>Senior Android Engineer</h2>
{lever_categories("Spain", "Product Engineering – Mobile", "Full-time", "Remote")}</div>
<div class="postings-btn-wrapper"><a class="postings-btn template-btn-submit" href="{url}/apply">Apply for this job</a></div></div></div>
<div class="section-wrapper page-full-width">
<div class="section page-centered" data-qa="job-description"><div><b>Pixelhare</b> makes photo-book and print apps used by 3 million people in
Europe. Our engineering team of 60 works remotely from Spain, Portugal and Italy, with a small hub in Valencia.</div>
<div><br></div><div>We're looking for a Senior Android Engineer to join the Checkout squad and make ordering a photo book fast and delightful.</div></div>
<div class="section page-centered"><h3>Your responsibilities</h3><ul class="posting-requirements plain-list">
<li>Build new features in Kotlin with Jetpack Compose</li><li>Improve app start-up time and crash rate</li>
<li>Work with designers, backend engineers and QA in two-week cycles</li></ul></div>
<div class="section page-centered"><h3>Requirements</h3><ul class="posting-requirements plain-list">
<li>5+ years of Android development, with apps in production</li><li>Good knowledge of Kotlin coroutines, Gradle and CI (GitHub Actions)</li>
<li>You live in Spain and can work on Spanish time</li><li>Good English; Spanish is a plus</li></ul></div>
<div class="section page-centered" data-qa="salary-range"><h3>Salary</h3><div class="posting-requirements">€60,000 - €75,000 a year</div></div>
<div class="section page-centered" data-qa="closing-description"><div>Indefinite contract, private health insurance, a yearly
team week in Valencia and a budget for your home office.</div></div>
<div class="section page-centered last-section-apply"><a class="postings-btn template-btn-submit" href="{url}/apply">Apply for this job</a></div>
</div></div></div>
{LEVER_FOOTER}"""
    html = doc(
        "Pixelhare - Senior Android Engineer", body, head=lever_head("Pixelhare", "Senior Android Engineer")
    )
    label = posting(
        "lever-eu-remote-spain.html",
        url,
        "lever",
        company="Pixelhare",
        title="Senior Android Engineer",
        location=where(None, "ES"),
        remote="remote",
        employment_type="full_time",
        salary=pay(60000, 75000, "EUR", "year"),
        description_selector="[data-qa=job-description]",
    )
    return "lever-eu-remote-spain.html", html, label


def ashby_page(
    org: str,
    slug: str,
    title: str,
    facts: list[tuple[str, str]],
    compensation: str,
    description: str,
    app_data: dict[str, Any],
    jsonld: dict[str, Any],
) -> str:
    """An Ashby hosted posting as served: the left-pane facts, the description, ``window.__appData``."""
    fact_html = "\n".join(
        f'<div class="_section_101oc_53"><h2 class="_heading_101oc_71">{k}</h2><p>{v}</p></div>'
        for k, v in facts
    )
    data = json.dumps(app_data, ensure_ascii=False)
    return f"""<div id="root"><div class="ashby-job-posting-container">
<header class="_navRoot_1wbr4_1"><a href="/{slug}"><img class="_navLogoWordmarkImage_1wbr4_38" alt="{org}" src="https://app.ashbyhq.com/api/images/org-theme-wordmark/{slug}.png"></a></header>
<div class="_container_ud4nd_29"><h1 class="ashby-job-posting-heading">{title}</h1>
<div class="_tabs_ud4nd_96" role="tablist"><a role="tab" aria-selected="true" href="#overview">Overview</a><a role="tab" href="application">Application</a></div>
<div class="ashby-job-posting-left-pane">{fact_html}
<div class="_section_101oc_53 _compensation_101oc_100"><h2 class="_heading_101oc_71">Compensation</h2>{compensation}</div></div>
<div class="ashby-job-posting-right-pane"><div class="_descriptionText_oj0x8_198">{description}</div>
<a class="_button_8wvgw_29 ashby-job-posting-apply-button" href="application">Apply for this Job</a></div></div>
<footer class="_footer_1wbr4_60"><a href="https://www.ashbyhq.com/">Powered by Ashby</a> · <a href="https://www.ashbyhq.com/privacy">Privacy Policy</a> · <a href="#">Security</a> · <a href="#">Vulnerability Disclosure</a></footer>
</div></div>
<script>window.__appData = {data};</script>"""


@page
def ashby_nyc_tiers() -> Page:
    """Ashby: compensation summary over two location tiers, New York hybrid."""
    url = "https://jobs.ashbyhq.com/lumenfold/6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e"
    title = "Senior Machine Learning Engineer, Search"
    desc = """<p><strong>About Lumenfold</strong></p><p>Lumenfold is the research assistant that legal and compliance teams use to
search, compare and summarise millions of documents. We're 70 people, backed by two top-tier funds, with hubs in New York and
San Francisco.</p>
<p><strong>The role</strong></p><p>You'll join the Search team and own retrieval quality end to end: embedding models, hybrid
ranking, evaluation sets and the latency budget of every query.</p>
<ul><li>Train and fine-tune retrieval and re-ranking models with PyTorch</li><li>Build offline and online evaluation for search quality</li>
<li>Ship models to production behind our Python and Rust services</li></ul>
<p><strong>You might be a fit if</strong></p><ul><li>You have 5+ years of ML engineering, with search, ranking or recommendation work in production</li>
<li>You write solid Python and care about experiment hygiene</li><li>You've worked with Elasticsearch, OpenSearch or a vector database</li></ul>
<p><strong>How we work</strong></p><p>We're a hybrid company: New York teammates are in our Flatiron office on Tuesdays and Thursdays.</p>"""
    comp = """<ul class="_compensationTierSummary_1eo6s_1"><li><span>$162K – $210K • Offers Equity</span></li></ul>
<div class="_compensationTiers_1eo6s_15"><div class="_compensationTier_1eo6s_15"><p class="_title_1eo6s_20">New York City &amp; San Francisco Bay Area</p>
<p>$180K – $210K • Offers Equity</p></div>
<div class="_compensationTier_1eo6s_15"><p class="_title_1eo6s_20">All other US locations</p><p>$162K – $189K • Offers Equity</p></div></div>
<p class="_compensationNote_1eo6s_40">The range shown is the base salary. Offers also include equity and benefits.</p>"""
    facts = [
        ("Location", "New York City"),
        ("Employment Type", "Full time"),
        ("Location Type", "Hybrid"),
        ("Department", "Engineering"),
    ]
    jl = job_ld(
        title,
        "Lumenfold",
        city="New York",
        region="NY",
        country="US",
        posted="2026-11-18",
        employment="FULL_TIME",
        description="<p>Lumenfold is the research assistant that legal and compliance teams use…</p>",
    )
    app = {
        "organization": {"name": "Lumenfold", "hostedJobsPageSlug": "lumenfold"},
        "posting": {
            "title": title,
            "locationName": "New York City",
            "employmentType": "FullTime",
            "workplaceType": "Hybrid",
            "departmentName": "Engineering",
            "isListed": True,
        },
    }
    body = ashby_page("Lumenfold", "lumenfold", title, facts, comp, desc, app, jl)
    html = doc(
        f"{title} @ Lumenfold",
        body,
        head=ld(jl) + '\n<meta property="og:title" content="' + title + ' @ Lumenfold">',
    )
    label = posting(
        "ashby-nyc-tiers.html",
        url,
        "ashby",
        company="Lumenfold",
        title=title,
        location=where("New York", "US"),
        remote="hybrid",
        employment_type="full_time",
        salary=pay(180000, 210000, "USD", "year"),
        description_selector="._descriptionText_oj0x8_198",
    )
    return "ashby-nyc-tiers.html", html, label


@page
def ashby_contract_canada() -> Page:
    """Ashby: an hourly contract role, remote in Canada."""
    url = "https://jobs.ashbyhq.com/cirrusly/0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b"
    title = "Technical Writer (6-month contract)"
    desc = """<p>Cirrusly runs the cloud-cost platform that finance and engineering teams use to understand their AWS, Azure and Google
Cloud bills.</p>
<p>We're looking for a technical writer for a six-month contract to rebuild our API reference and write guides for our new
Terraform provider. You'll work with two engineers and our developer-relations lead.</p>
<p><strong>What you'll do</strong></p><ul><li>Restructure the developer docs and write task-based guides</li>
<li>Write and test examples against our REST API and Terraform provider</li><li>Set up a docs-as-code workflow in Git with our engineers</li></ul>
<p><strong>What we're looking for</strong></p><ul><li>3+ years writing developer documentation</li><li>Comfortable reading code (Python, TypeScript) and using Git</li>
<li>Based in Canada; you'll overlap at least four hours with Eastern time</li></ul>
<p>This is a remote contract role. Contractors invoice monthly; the rate below is per hour.</p>"""
    comp = (
        """<ul class="_compensationTierSummary_1eo6s_1"><li><span>CA$70 – CA$85 per hour</span></li></ul>"""
    )
    facts = [
        ("Location", "Remote (Canada)"),
        ("Employment Type", "Contract"),
        ("Location Type", "Remote"),
        ("Department", "Developer Relations"),
    ]
    jl = job_ld(
        title,
        "Cirrusly",
        city="",
        region="",
        country="CA",
        posted="2026-11-25",
        employment="CONTRACTOR",
        remote=True,
        description="<p>Cirrusly runs the cloud-cost platform…</p>",
    )
    app = {
        "organization": {"name": "Cirrusly", "hostedJobsPageSlug": "cirrusly"},
        "posting": {
            "title": title,
            "locationName": "Remote (Canada)",
            "employmentType": "Contract",
            "workplaceType": "Remote",
            "isListed": True,
        },
    }
    body = ashby_page("Cirrusly", "cirrusly", title, facts, comp, desc, app, jl)
    html = doc(f"{title} @ Cirrusly", body, head=ld(jl))
    label = posting(
        "ashby-contract-canada.html",
        url,
        "ashby",
        company="Cirrusly",
        title=title,
        location=where(None, "CA"),
        remote="remote",
        employment_type="contract",
        salary=pay(70, 85, "CAD", "hour"),
        description_selector="._descriptionText_oj0x8_198",
    )
    return "ashby-contract-canada.html", html, label


@page
def workable_manchester() -> Page:
    """Workable hosted page: data-ui fields, JSON-LD, a benefit that is not the mode."""
    url = "https://apply.workable.com/greywell-analytics/j/5D2A8C41F7/"
    title = "Business Intelligence Analyst"
    jl = job_ld(
        title,
        "Greywell Analytics",
        city="Manchester",
        region="England",
        country="GB",
        posted="2026-11-20",
        employment="FULL_TIME",
        description="<p>Greywell Analytics helps housing associations…</p>",
        org_url="https://www.greywell.example",
    )
    body = f"""<div id="app"><div class="styles__container--1kfp0">
<header class="styles__header--2uiNe"><a href="/greywell-analytics/" class="styles__logo--3yAWS"><img alt="Greywell Analytics" src="https://workablehr.s3.amazonaws.com/uploads/account/logo/greywell.png"></a>
<nav><a href="https://www.greywell.example">View website</a> <a href="/greywell-analytics/">View all jobs</a></nav></header>
<main><div class="styles__job-header--1aPSp"><h1 data-ui="job-title" class="styles__title--2tKvD">{title}</h1>
<div class="styles__job-meta--3pR7M"><span data-ui="job-location">Manchester, England, United Kingdom</span>
<span data-ui="job-workplace">Hybrid</span><span data-ui="job-type">Full time</span><span data-ui="job-department">Data</span></div>
<a data-ui="overview-apply-now" class="button--primary" href="/greywell-analytics/j/5D2A8C41F7/apply/">Apply for this job</a></div>
<div class="styles__tabs--1kXw1"><a data-ui="overview-tab" aria-selected="true">Overview</a><a data-ui="application-tab">Application</a></div>
<section data-ui="job-description"><p>Greywell Analytics helps 120 housing associations across the North of England understand repairs,
rent and tenant satisfaction data. We're a team of 45 in central Manchester.</p>
<p>We're looking for a BI Analyst to build the reports and dashboards our clients' operations teams use every day.</p></section>
<section data-ui="job-requirements"><h2>Requirements</h2><ul><li>2+ years in a BI or data analyst role</li>
<li>Strong SQL and Power BI (DAX, data modelling)</li><li>Some Python for data cleaning is a plus</li>
<li>Able to explain numbers to non-technical people</li></ul></section>
<section data-ui="job-benefits"><h2>Benefits</h2><ul><li>25 days holiday plus bank holidays, rising to 28</li><li>Flexible hours around a 10–3 core day</li>
<li>Hybrid working: two days a week in the office</li><li>Enhanced pension and a cycle-to-work scheme</li></ul></section>
</main>
<footer class="styles__footer--2OGTu"><a href="https://www.workable.com/">Powered by Workable</a> · <a href="/greywell-analytics/privacy">Privacy</a> · <a href="https://www.workable.com/accessibility">Accessibility</a></footer>
</div></div>
<div id="cookie-consent" class="styles__consent--3Vgft" role="dialog"><p>We use cookies to make our site work and to analyse traffic. <a href="https://www.workable.com/cookies">Learn more</a></p>
<button data-ui="cookie-consent-decline">Decline</button><button data-ui="cookie-consent-accept">Accept</button></div>"""
    html = doc(f"{title} - Greywell Analytics", body, head=ld(jl), og_title=f"{title} - Greywell Analytics")
    label = posting(
        "workable-manchester.html",
        url,
        "workable",
        company="Greywell Analytics",
        title=title,
        location=where("Manchester", "GB"),
        remote="hybrid",
        employment_type="full_time",
        salary=None,
        description_selector="[data-ui=job-description]",
    )
    return "workable-manchester.html", html, label


@page
def workday_boston() -> Page:
    """Rendered Workday posting with its JSON-LD, pay in the description, similar jobs beside it."""
    url = "https://mistralbio.wd5.myworkdayjobs.com/en-US/External/job/Boston-MA/Clinical-Research-Associate-II_R-10234"
    title = "Clinical Research Associate II"
    jl = job_ld(
        title,
        "Mistral Biosciences",
        city="Boston",
        region="MA",
        country="US",
        posted="2026-11-27",
        employment="FULL_TIME",
        description="Mistral Biosciences is a clinical-stage company developing…",
    )
    jl["identifier"] = {"@type": "PropertyValue", "name": "Mistral Biosciences", "value": "R-10234"}
    body = f"""<div id="root"><div data-automation-id="headerWrapper"><header>
<a data-automation-id="logoLink" href="/en-US/External"><img alt="Mistral Biosciences" src="/mistralbio/assets/logo"></a>
<button data-automation-id="signInLink">Sign In</button><button data-automation-id="utilityMenuButton">English</button></header></div>
<div data-automation-id="jobDetails"><div data-automation-id="job-posting-details">
<h2 data-automation-id="jobPostingHeader">{title}</h2>
<div data-automation-id="applyButton"><a role="button" href="{url}/apply">Apply</a></div>
<div data-automation-id="locations"><dl><dt>locations</dt><dd>Boston, MA</dd></dl></div>
<div data-automation-id="remoteType"><dl><dt>remote type</dt><dd>Hybrid</dd></dl></div>
<div data-automation-id="time"><dl><dt>time type</dt><dd>Full time</dd></dl></div>
<div data-automation-id="postedOn"><dl><dt>posted on</dt><dd>Posted 7 Days Ago</dd></dl></div>
<div data-automation-id="requisitionId"><dl><dt>job requisition id</dt><dd>R-10234</dd></dl></div>
<div data-automation-id="jobPostingDescription"><p><b>About Mistral Biosciences</b></p>
<p>Mistral Biosciences is a clinical-stage company developing inhaled therapies for rare lung diseases. Our lead programme is in
Phase 2 trials at 40 sites in the US and Canada.</p>
<p><b>Position summary</b></p><p>The Clinical Research Associate II monitors our study sites, makes sure the data is accurate and
complete, and keeps sites compliant with the protocol, ICH-GCP and FDA regulations.</p>
<p><b>Responsibilities</b></p><ul><li>Conduct site qualification, initiation, monitoring and close-out visits (about 40% travel)</li>
<li>Review source documents and case report forms in our EDC system</li><li>Track site enrolment and escalate issues to the clinical trial manager</li></ul>
<p><b>Qualifications</b></p><ul><li>Bachelor's degree in a life science or nursing</li><li>2–4 years of on-site monitoring experience</li>
<li>Working knowledge of ICH-GCP</li></ul>
<p><b>Work arrangement</b></p><p>Hybrid: when not travelling, this role works from our Seaport office three days a week.</p>
<p>The anticipated salary range for this position is $78,400 – $112,000 per year. The final salary depends on experience, skills and
location. This role is eligible for an annual bonus and equity.</p>
<p>Mistral Biosciences is an Equal Opportunity Employer.</p></div>
</div>
<div data-automation-id="similarJobs"><h3>Similar Jobs (3)</h3><ul>
<li><a href="/en-US/External/job/Remote-USA/Senior-Clinical-Research-Associate_R-10198">Senior Clinical Research Associate</a><p>Remote - USA</p></li>
<li><a href="/en-US/External/job/Boston-MA/Clinical-Trial-Manager_R-10177">Clinical Trial Manager</a><p>Boston, MA</p></li>
<li><a href="/en-US/External/job/Toronto-ON/Clinical-Research-Associate-I_R-10241">Clinical Research Associate I</a><p>Toronto, ON</p></li></ul></div>
</div>
<footer data-automation-id="footerContainer"><p>© 2026 Workday, Inc. All rights reserved.</p><a href="#">Cookie Settings</a></footer></div>"""
    html = doc(
        title,
        body,
        head=ld(jl)
        + '\n<meta property="og:title" content="'
        + title
        + '">\n<meta property="og:description" content="Mistral Biosciences is a clinical-stage company developing inhaled therapies for rare lung diseases.">',
    )
    label = posting(
        "workday-boston.html",
        url,
        "workday",
        company="Mistral Biosciences",
        title=title,
        location=where("Boston", "US"),
        remote="hybrid",
        employment_type="full_time",
        salary=pay(78400, 112000, "USD", "year"),
        description_selector="[data-automation-id=jobPostingDescription]",
    )
    return "workday-boston.html", html, label


def teamtailor_page(
    company: str,
    title: str,
    meta_line: str,
    details: list[tuple[str, str]],
    description: str,
    cookie: str,
    apply_text: str,
    related: str,
    footer: str,
) -> str:
    """A Teamtailor career-site job page (header, job block, details, related jobs, footer)."""
    det = "\n".join(
        f'<div class="flex flex-col"><dt class="font-medium">{k}</dt><dd>{v}</dd></div>' for k, v in details
    )
    return f"""{cookie}
<header class="careersite-header"><nav class="flex items-center justify-between"><a href="/" class="company-logo"><img alt="{company}" src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logotype-v3/logo.png"></a>
<ul class="nav-links"><li><a href="/jobs">Jobs</a></li><li><a href="/departments">Departments</a></li><li><a href="/locations">Locations</a></li><li><a href="/people">People</a></li><li><a href="/connect">Connect</a></li></ul></nav></header>
<main><section class="job-hero"><div class="block-max-w--lg">
<h1 class="font-company-header text-block-base-link">{title}</h1>
<div class="mt-4 text-lg job-meta">{meta_line}</div>
<a class="btn btn-primary" href="#apply">{apply_text}</a></div></section>
<section class="job-body"><div class="prose font-company-body careersite-body" data-controller="job-description">{description}</div>
<dl class="job-details grid">{det}</dl></section>
<section class="related-jobs">{related}</section></main>
<footer class="careersite-footer">{footer}<p><a href="https://www.teamtailor.com">Powered by Teamtailor</a></p></footer>"""


@page
def teamtailor_jonkoping() -> Page:
    """Teamtailor in Swedish: warehouse job, collective-agreement pay, on-site stated."""
    url = "https://karvhus.teamtailor.com/jobs/3456789-lagerarbetare-till-vart-lager-i-jonkoping"
    title = "Lagerarbetare till vårt lager i Jönköping"
    desc = """<p>Karvhus Logistik är ett tredjepartslager med 180 medarbetare i Jönköping och Borås. Vi lagerhåller och plockar varor åt
e-handlare inom heminredning och sport.</p>
<h3>Om tjänsten</h3><p>Som lagerarbetare plockar och packar du order, tar emot inleveranser och håller ordning i ditt lagerområde. Du kör
truck och använder handdator i det dagliga arbetet.</p>
<ul><li>Plock och pack av e-handelsorder</li><li>Inleverans och inlagring</li><li>Inventering</li></ul>
<h3>Vi söker dig som</h3><ul><li>Har truckkort A och B (eller är beredd att ta det hos oss)</li><li>Har arbetat på lager tidigare</li>
<li>Pratar svenska eller engelska</li></ul>
<h3>Villkor</h3><p>Tillsvidareanställning på heltid med inledande provanställning på sex månader. Arbetstid 06.00–14.30 eller 14.30–23.00,
varannan vecka. Lön enligt kollektivavtal. Arbetet utförs på plats på vårt lager på Torsvik.</p>
<p>Vi går igenom ansökningarna löpande, så vänta inte med att söka!</p>"""
    cookie = """<div class="cookie-consent" data-controller="cookie-consent" role="dialog"><p>Vi använder cookies för att förbättra din upplevelse
på webbplatsen. Läs mer i vår <a href="/cookie-policy">cookiepolicy</a>.</p><button data-action="cookie-consent#decline">Neka</button>
<button data-action="cookie-consent#settings">Inställningar</button><button data-action="cookie-consent#accept">Godkänn alla</button></div>"""
    related = """<h2>Fler jobb</h2><ul><li><a href="/jobs/3456790-truckforare-boras">Truckförare – Borås</a><span>Borås · Heltid</span></li>
<li><a href="/jobs/3456702-teamledare-lager-kvall">Teamledare lager, kvällsskift</a><span>Jönköping</span></li></ul>"""
    footer = "<p>Karvhus Logistik AB · Grossistgatan 4, 553 03 Jönköping · 036-123 45 00</p>"
    details = [
        ("Avdelning", "Lager"),
        ("Ort", "Jönköping"),
        ("Distansarbete", "Ej på distans"),
        ("Anställningsform", "Tillsvidare, heltid"),
    ]
    jl = job_ld(
        title,
        "Karvhus Logistik",
        city="Jönköping",
        region="",
        country="SE",
        posted="2026-11-21",
        employment="FULL_TIME",
        description="Karvhus Logistik är ett tredjepartslager…",
    )
    body = teamtailor_page(
        "Karvhus Logistik", title, "Lager · Jönköping", details, desc, cookie, "Sök jobbet", related, footer
    )
    html = doc(
        f"{title} - Karvhus Logistik",
        body,
        lang="sv",
        head=ld(jl),
        og_title=title,
        site_name="Karvhus Logistik",
    )
    label = posting(
        "teamtailor-jonkoping.html",
        url,
        "teamtailor",
        company="Karvhus Logistik",
        title=title,
        location=where("Jönköping", "SE"),
        remote="onsite",
        employment_type="full_time",
        salary=None,
        description_selector=".careersite-body",
    )
    return "teamtailor-jonkoping.html", html, label


@page
def teamtailor_bath_chef() -> Page:
    """Teamtailor on a custom domain: a restaurant group, salary line, no work-mode statement."""
    url = "https://careers.hollowayandfinch.co.uk/jobs/4102233-head-chef"
    title = "Head Chef"
    desc = """<p>Holloway &amp; Finch run four neighbourhood restaurants in Bath, Bristol and Cheltenham, cooking seasonal British food from
suppliers within 50 miles.</p>
<p>We're looking for a Head Chef for our Bath restaurant on Walcot Street (70 covers, open Wednesday to Sunday).</p>
<h3>What you'll do</h3><ul><li>Lead a brigade of six and write the menu with our group executive chef</li><li>Run ordering, stock and GP targets</li>
<li>Keep the kitchen safe, clean and compliant (5-star food hygiene rating)</li></ul>
<h3>What we offer</h3><ul><li>£38,000 – £42,000 per annum plus tronc (around £4,000 a year)</li><li>48 hours a week over four days, never more than two doubles</li>
<li>Closed Christmas week; 28 days holiday</li><li>Staff meals and 50% off dining for you and three friends</li></ul>
<p>Full time, permanent.</p>"""
    cookie = """<div class="cookie-consent" role="dialog"><p>We use cookies to give you the best experience of our careers site.</p>
<button>Decline</button><button>Accept all</button></div>"""
    related = """<h2>More jobs</h2><ul><li><a href="/jobs/4102240-sous-chef-bristol">Sous Chef – Bristol</a><span>Bristol · Full time</span></li>
<li><a href="/jobs/4102251-front-of-house-supervisor">Front of House Supervisor</a><span>Cheltenham · Part time</span></li></ul>"""
    footer = "<p>Holloway &amp; Finch Restaurants Ltd, registered in England No. 10987654. Registered office: 3 Queen Square, Bristol BS1 4JQ.</p>"
    details = [("Department", "Kitchen"), ("Locations", "Bath")]
    jl = job_ld(
        title,
        "Holloway & Finch",
        city="Bath",
        region="",
        country="GB",
        posted="2026-11-29",
        employment="FULL_TIME",
        description="Holloway &amp; Finch run four neighbourhood restaurants…",
    )
    body = teamtailor_page(
        "Holloway & Finch",
        title,
        "Kitchen · Bath",
        details,
        desc,
        cookie,
        "Apply for this job",
        related,
        footer,
    )
    html = doc(
        "Head Chef - Holloway &amp; Finch",
        body,
        lang="en-GB",
        head=ld(jl),
        og_title="Head Chef",
        site_name="Holloway & Finch",
    )
    label = posting(
        "teamtailor-bath-chef.html",
        url,
        "teamtailor",
        company="Holloway & Finch",
        title=title,
        location=where("Bath", "GB"),
        remote=None,
        employment_type="full_time",
        salary=pay(38000, 42000, "GBP", "year"),
        description_selector=".careersite-body",
    )
    return "teamtailor-bath-chef.html", html, label


def personio_page(
    company: str, title: str, facts: list[str], sections: str, lang: str, apply: str, footer: str
) -> str:
    """A Personio job page (jobs.personio.de / .com): header, fact chips, description sections, application form."""
    chips = " · ".join(f'<span class="job-detail">{f}</span>' for f in facts)
    return f"""<div id="personio-app"><header class="header"><a href="/" class="header-logo"><img alt="{company}" src="https://personio-public.s3.eu-central-1.amazonaws.com/logo.png"></a>
<a class="header-link" href="/?language={lang}">{"Alle Stellenangebote" if lang == "de" else "All job openings"}</a></header>
<main class="job-page"><div class="job-header"><h1 class="job-title">{title}</h1><p class="job-details-line">{chips}</p></div>
<div class="job-description">{sections}</div>
<section class="job-application" id="apply"><h2>{apply}</h2><form class="application-form">
<label>{"Vorname" if lang == "de" else "First name"}*<input name="first_name"></label><label>{"Nachname" if lang == "de" else "Last name"}*<input name="last_name"></label>
<label>E-Mail*<input name="email" type="email"></label><label>{"Lebenslauf" if lang == "de" else "CV"}*<input type="file"></label>
<label><input type="checkbox"> {"Ich habe die Datenschutzerklärung gelesen." if lang == "de" else "I have read the privacy policy."}</label>
<button type="submit">{"Bewerbung absenden" if lang == "de" else "Send application"}</button></form></section></main>
<footer class="footer">{footer}<a href="https://www.personio.de">Powered by Personio</a> <a href="/privacy-policy">{"Datenschutz" if lang == "de" else "Privacy"}</a> <a href="/imprint">{"Impressum" if lang == "de" else "Imprint"}</a></footer></div>"""


@page
def personio_regensburg() -> Page:
    """Personio in German: Vollzeit and Festanstellung chips, monthly pay in the text."""
    url = "https://lindgruen-werkzeugbau.jobs.personio.de/job/1234567?language=de"
    title = "Elektroniker für Betriebstechnik (m/w/d)"
    sections = """<div class="job-section"><h2>Über uns</h2><p>Die Lindgrün Werkzeugbau GmbH fertigt mit 140 Mitarbeitenden Spritzgießwerkzeuge für
die Automobil- und Medizintechnik. Unser Werk liegt im Osten von Regensburg.</p></div>
<div class="job-section"><h2>Deine Aufgaben</h2><ul><li>Wartung und Instandhaltung unserer Fräs- und Erodiermaschinen</li>
<li>Fehlersuche an Steuerungen (Siemens S7, Heidenhain)</li><li>Mitarbeit bei der Inbetriebnahme neuer Anlagen</li><li>Teilnahme an der Rufbereitschaft</li></ul></div>
<div class="job-section"><h2>Dein Profil</h2><ul><li>Abgeschlossene Ausbildung als Elektroniker/in für Betriebstechnik oder vergleichbar</li>
<li>Erfahrung mit SPS-Programmierung</li><li>Führerschein Klasse B</li></ul></div>
<div class="job-section"><h2>Wir bieten</h2><ul><li>Unbefristeter Arbeitsvertrag in Vollzeit (37,5 Stunden)</li>
<li>Vergütung: 3.600 – 4.200 € brutto pro Monat, dazu Urlaubs- und Weihnachtsgeld</li><li>30 Tage Urlaub, JobRad und betriebliche Altersvorsorge</li>
<li>Kantine und kostenlose Parkplätze</li></ul></div>"""
    footer = "<p>Lindgrün Werkzeugbau GmbH · Ostener Straße 12 · 93055 Regensburg</p>"
    jl = job_ld(
        title,
        "Lindgrün Werkzeugbau GmbH",
        city="Regensburg",
        region="",
        country="DE",
        posted="2026-11-16",
        employment="FULL_TIME",
        description="Die Lindgrün Werkzeugbau GmbH fertigt…",
    )
    body = personio_page(
        "Lindgrün Werkzeugbau GmbH",
        title,
        ["Instandhaltung", "Vollzeit", "Festanstellung", "Regensburg"],
        sections,
        "de",
        "Jetzt bewerben",
        footer,
    )
    html = doc(f"{title} | Lindgrün Werkzeugbau GmbH", body, lang="de", head=ld(jl), og_title=title)
    label = posting(
        "personio-regensburg.html",
        url,
        "personio",
        company="Lindgrün Werkzeugbau",
        title=title,
        location=where("Regensburg", "DE"),
        remote=None,
        employment_type="full_time",
        salary=pay(3600, 4200, "EUR", "month"),
        description_selector=".job-description",
    )
    return "personio-regensburg.html", html, label


@page
def personio_barcelona_intern() -> Page:
    """Personio in English for a Spanish company: internship, monthly stipend, hybrid."""
    url = "https://tessaro-studio.jobs.personio.com/job/2233445?language=en"
    title = "Marketing Intern (6 months)"
    sections = """<div class="job-section"><h2>About Tessaro</h2><p>Tessaro designs and sells modular furniture online in Spain, France and Portugal.
Our team of 55 works from a studio in Poblenou, Barcelona.</p></div>
<div class="job-section"><h2>What you'll do</h2><ul><li>Help plan and publish our social media and newsletter content</li>
<li>Support product launches with the brand team</li><li>Report on campaign results in Google Analytics and Meta Ads Manager</li></ul></div>
<div class="job-section"><h2>Who you are</h2><ul><li>Final-year student or recent graduate in marketing, communication or similar</li>
<li>Fluent Spanish and English; French is a plus</li><li>Able to sign an internship agreement (convenio de prácticas) with your university</li></ul></div>
<div class="job-section"><h2>What we offer</h2><ul><li>A six-month internship starting in February, 40 hours a week</li><li>€1,000 gross per month</li>
<li>Hybrid: three days a week at the studio, two from home</li><li>Lunch on Fridays and a desk by the sea</li></ul></div>"""
    footer = "<p>Tessaro Studio S.L. · Carrer de Pujades 110 · 08005 Barcelona</p>"
    jl = job_ld(
        title,
        "Tessaro Studio S.L.",
        city="Barcelona",
        region="",
        country="ES",
        posted="2026-11-30",
        employment="INTERN",
        description="Tessaro designs and sells modular furniture…",
    )
    body = personio_page(
        "Tessaro Studio S.L.",
        title,
        ["Marketing", "Internship", "Barcelona"],
        sections,
        "en",
        "Apply for this position",
        footer,
    )
    html = doc(f"{title} | Tessaro Studio S.L.", body, head=ld(jl), og_title=title)
    label = posting(
        "personio-barcelona-intern.html",
        url,
        "personio",
        company="Tessaro Studio",
        title=title,
        location=where("Barcelona", "ES"),
        remote="hybrid",
        employment_type="internship",
        salary=pay(1000, 1000, "EUR", "month"),
        description_selector=".job-description",
    )
    return "personio-barcelona-intern.html", html, label


@page
def breezy_columbus() -> Page:
    """Breezy HR: hourly pay in the meta list, JSON-LD, the apply button and a company footer."""
    url = "https://copperlane-logistics.breezy.hr/p/8f3a2b1c9d0e-warehouse-shift-supervisor"
    title = "Warehouse Shift Supervisor"
    jl = job_ld(
        title,
        "Copperlane Logistics",
        city="Columbus",
        region="OH",
        country="US",
        posted="2026-11-24",
        employment="FULL_TIME",
        description="Copperlane Logistics is a regional 3PL…",
        salary=money("USD", 24, 28, "HOUR"),
    )
    body = f"""<div class="page"><div class="top-bar"><div class="brand"><img alt="Copperlane Logistics" src="https://s3.amazonaws.com/breezy-portal/copperlane/logo.png"></div>
<nav><a href="/">All Positions</a><a href="https://www.copperlane.example">Company Website</a></nav></div>
<div class="banner"><div class="container"><h1>{title}</h1>
<ul class="meta"><li class="location"><i class="fa fa-map-marker"></i><span>Columbus, OH</span></li>
<li class="type"><i class="fa fa-clock-o"></i><span>Full-Time</span></li><li class="department"><i class="fa fa-building"></i><span>Operations</span></li>
<li class="salary"><i class="fa fa-money"></i><span>$24.00 - $28.00 / hr</span></li></ul>
<a class="button apply polygot" href="/p/8f3a2b1c9d0e-warehouse-shift-supervisor/apply">Apply to This Job</a></div></div>
<div class="container"><div class="description">
<p><strong>Who we are</strong></p><p>Copperlane Logistics is a regional 3PL running four warehouses in Ohio and Indiana for food and beverage brands.</p>
<p><strong>The job</strong></p><p>Lead a second-shift team of 15–20 associates in our 300,000 sq ft Groveport Road facility: receiving, put-away,
picking and loading. Shift is Monday–Friday, 2:00 pm – 10:30 pm.</p>
<ul><li>Plan labor for the shift and hit pick-rate and accuracy targets</li><li>Train new associates and run safety huddles</li>
<li>Work in our WMS (Manhattan) to release waves and fix inventory issues</li></ul>
<p><strong>What you need</strong></p><ul><li>2+ years supervising in a warehouse or distribution center</li><li>Forklift certification (we can certify you)</li>
<li>Basic Excel</li></ul>
<p><strong>Benefits</strong></p><ul><li>Medical, dental, vision from day 31</li><li>401(k) with 3% match</li><li>$1.00/hr shift differential included in the range above</li></ul>
</div>
<div class="social-share"><span>Share this job</span><a>Facebook</a><a>LinkedIn</a><a>Email</a></div></div>
<footer class="footer"><p>Copperlane Logistics is an equal opportunity employer.</p><p><a href="https://breezy.hr">Powered by Breezy</a></p></footer></div>"""
    html = doc(f"{title} | Copperlane Logistics", body, head=ld(jl), og_title=title)
    label = posting(
        "breezy-columbus.html",
        url,
        "breezy",
        company="Copperlane Logistics",
        title=title,
        location=where("Columbus", "US"),
        remote=None,
        employment_type="full_time",
        salary=pay(24, 28, "USD", "hour"),
        description_selector=".description",
    )
    return "breezy-columbus.html", html, label


# --------------------------------------------------------------------------------------------------
# Job boards
# --------------------------------------------------------------------------------------------------


@page
def indeed_raleigh() -> Page:
    """Indeed viewjob: header fields, pay and type chips, "Profile insights", related searches."""
    url = "https://www.indeed.com/viewjob?jk=3f9e8d7c6b5a4321"
    title = "Dental Assistant"
    body = f"""<div id="gnav-main-container"><header class="gnav"><a class="gnav-logo" href="/">Indeed</a>
<nav><a href="/">Find jobs</a><a href="/companies">Company reviews</a><a href="/career/salaries">Find salaries</a></nav>
<a href="https://secure.indeed.com/auth">Sign in</a><a href="https://employers.indeed.com">Employers / Post Job</a></header></div>
<div class="jobsearch-ViewJobLayout"><div class="jobsearch-JobComponent">
<div class="jobsearch-InfoHeaderContainer"><h1 class="jobsearch-JobInfoHeader-title" data-testid="jobsearch-JobInfoHeader-title"><span>{title}</span></h1>
<div data-testid="jobsearch-CompanyInfoContainer"><div data-company-name="true"><a href="https://www.indeed.com/cmp/Maplebrook-Family-Dental">Maplebrook Family Dental</a></div>
<div class="css-1unnuiz">4.6 <span aria-label="4.6 out of 5 stars"></span></div>
<div data-testid="inlineHeader-companyLocation"><div>Raleigh, NC 27609</div></div></div>
<div id="salaryInfoAndJobType"><span class="css-19j1a75">$20 - $25 an hour</span><span class="css-k5flys"> -  Full-time</span></div></div>
<div id="applyButtonLinkContainer"><button class="css-1oxck4n">Apply now</button></div>
<div class="js-match-insights-provider"><h2>Profile insights</h2><p>Here's how the job qualifications align with your profile.</p>
<h3>Licenses</h3><ul><li>Dental Assisting certification</li><li>X-Ray Certification</li></ul></div>
<div id="jobDetailsSection"><h2>Job details</h2><div><h3>Pay</h3><ul><li>$20 - $25 an hour</li></ul></div>
<div><h3>Job type</h3><ul><li>Full-time</li></ul></div><div><h3>Shift and schedule</h3><ul><li>Monday to Friday</li><li>No weekends</li></ul></div></div>
<div id="benefits"><h2>Benefits</h2><p>Pulled from the full job description</p><ul><li>401(k)</li><li>Dental insurance</li><li>Paid time off</li><li>Uniform allowance</li></ul></div>
<div id="jobDescriptionText" class="jobsearch-jobDescriptionText"><p>Maplebrook Family Dental is a three-dentist general practice in North
Raleigh. We're looking for a friendly, organized Dental Assistant to join our clinical team.</p>
<p><b>Responsibilities</b></p><ul><li>Prepare operatories and sterilize instruments</li><li>Take radiographs and intraoral scans</li>
<li>Assist with restorative and hygiene procedures; chart in Dentrix</li></ul>
<p><b>Requirements</b></p><ul><li>Graduate of a dental assisting program or 1+ year of chairside experience</li><li>NC radiology certification</li><li>CPR certification</li></ul>
<p>Job Type: Full-time</p><p>Pay: $20.00 - $25.00 per hour</p><p>Work Location: In person</p></div>
<div class="jobsearch-JobMetadataFooter"><span>Posted 3 days ago</span><button>Report job</button></div></div>
<div class="jobsearch-RelatedLinks"><h2>Explore other jobs</h2><ul><li><a href="/q-dental-assistant-l-raleigh,-nc-jobs.html">Dental Assistant jobs in Raleigh, NC</a></li>
<li><a href="/q-dental-hygienist-l-durham,-nc-jobs.html">Dental Hygienist jobs in Durham, NC</a></li>
<li><a href="/cmp/Maplebrook-Family-Dental/salaries">Maplebrook Family Dental salaries</a></li></ul></div></div>
<footer class="icl-GlobalFooter"><ul><li>Hiring Lab</li><li>Career Advice</li><li>Browse Jobs</li><li>Cookies, Privacy and Terms</li></ul><p>© 2026 Indeed</p></footer>
<script>window._initialData={{"jobInfoWrapperModel":{{"jobInfoModel":{{"jobInfoHeaderModel":{{"jobTitle":"{title}","companyName":"Maplebrook Family Dental","formattedLocation":"Raleigh, NC 27609"}}}}}}}};</script>"""
    html = doc(
        f"{title} - Raleigh, NC 27609 - Indeed.com",
        body,
        head='<meta name="robots" content="noindex">',
        og_title=title,
    )
    label = posting(
        "indeed-raleigh.html",
        url,
        "indeed",
        company="Maplebrook Family Dental",
        title=title,
        location=where("Raleigh", "US"),
        remote="onsite",
        employment_type="full_time",
        salary=pay(20, 25, "USD", "hour"),
        description_selector="#jobDescriptionText",
    )
    return "indeed-raleigh.html", html, label


@page
def linkedin_dublin() -> Page:
    """LinkedIn guest view: top card, criteria list, JSON-LD, sign-in modal and similar jobs."""
    url = "https://www.linkedin.com/jobs/view/product-manager-payments-at-harbourlight-software-3987654321"
    title = "Product Manager, Payments"
    jl = job_ld(
        title,
        "Harbourlight Software",
        city="Dublin",
        region="County Dublin",
        country="IE",
        posted="2026-11-26",
        employment="FULL_TIME",
        description="Harbourlight Software builds booking and payments software…",
        org_url="https://www.linkedin.com/company/harbourlight-software",
    )
    body = f"""<header class="public-header"><a class="nav__logo-link" href="/">LinkedIn</a><nav><a href="/jobs">Jobs</a><a href="/learning">Learning</a></nav>
<a class="nav__button-secondary" href="/signup">Join now</a><a class="nav__button-primary" href="/login">Sign in</a></header>
<main class="main"><section class="top-card-layout"><div class="top-card-layout__entity-info">
<h1 class="top-card-layout__title topcard__title">{title}</h1>
<h4 class="top-card-layout__second-subline"><span class="topcard__flavor"><a class="topcard__org-name-link" href="https://ie.linkedin.com/company/harbourlight-software">Harbourlight Software</a></span>
<span class="topcard__flavor topcard__flavor--bullet">Dublin, County Dublin, Ireland</span></h4>
<h4><span class="posted-time-ago__text">1 week ago</span> <span class="num-applicants__caption">Over 200 applicants</span></h4></div>
<a class="apply-button" href="/signup?session_redirect=apply">Apply</a><button class="save-button">Save</button></section>
<section class="description"><div class="description__text description__text--rich"><div class="show-more-less-html__markup">
<p>Harbourlight Software builds booking and payments software for 6,000 gyms and studios in Ireland, the UK and the Nordics.</p>
<p><strong>The role</strong></p><p>You will own our payments product: card and direct-debit collection, failed-payment recovery and payouts to
studio owners. You'll work with a squad of seven engineers and a designer.</p>
<p><strong>What you'll bring</strong></p><ul><li>4+ years of product management in B2B SaaS or fintech</li><li>Experience with payment providers such as Stripe or Adyen</li>
<li>Comfort with SQL and data to make decisions</li></ul>
<p><strong>How we work</strong></p><p>Hybrid, with two days a week in our office on Pearse Street, Dublin 2.</p></div>
<button class="show-more-less-html__button">Show more</button></div>
<ul class="description__job-criteria-list"><li class="description__job-criteria-item"><h3 class="description__job-criteria-subheader">Seniority level</h3><span class="description__job-criteria-text">Mid-Senior level</span></li>
<li class="description__job-criteria-item"><h3 class="description__job-criteria-subheader">Employment type</h3><span class="description__job-criteria-text">Full-time</span></li>
<li class="description__job-criteria-item"><h3 class="description__job-criteria-subheader">Job function</h3><span class="description__job-criteria-text">Product Management</span></li>
<li class="description__job-criteria-item"><h3 class="description__job-criteria-subheader">Industries</h3><span class="description__job-criteria-text">Software Development</span></li></ul></section>
<section class="similar-jobs"><h2>Similar jobs</h2><ul>
<li><a class="base-card__full-link" href="#"><h3 class="base-search-card__title">Senior Product Manager</h3><h4 class="base-search-card__subtitle">Quaywise</h4><span class="job-search-card__location">Cork, County Cork, Ireland</span></a></li>
<li><a class="base-card__full-link" href="#"><h3 class="base-search-card__title">Product Manager - Remote</h3><h4 class="base-search-card__subtitle">Ledgerline</h4><span class="job-search-card__location">Ireland (Remote)</span></a></li></ul></section>
<section class="people-also-viewed"><h2>People also viewed</h2><ul><li>Product Owner · Dublin</li><li>Payments Analyst · Dublin</li></ul></section></main>
<div class="modal contextual-sign-in-modal" role="dialog"><h2>Sign in to see who you already know at Harbourlight Software</h2><button>Continue with Google</button><a href="/login">Sign in with email</a></div>
<footer class="li-footer"><ul><li>© 2026</li><li>About</li><li>Accessibility</li><li>User Agreement</li><li>Privacy Policy</li><li>Cookie Policy</li></ul></footer>"""
    html = doc(
        f"Harbourlight Software hiring {title} in Dublin, County Dublin, Ireland | LinkedIn",
        body,
        head=ld(jl),
        og_title=f"Harbourlight Software hiring {title} in Dublin, County Dublin, Ireland | LinkedIn",
    )
    label = posting(
        "linkedin-dublin.html",
        url,
        "linkedin",
        company="Harbourlight Software",
        title=title,
        location=where("Dublin", "IE"),
        remote="hybrid",
        employment_type="full_time",
        salary=None,
        description_selector=".show-more-less-html__markup",
    )
    return "linkedin-dublin.html", html, label


@page
def seek_sydney() -> Page:
    """SEEK job page: data-automation fields, salary with super, a work-arrangement chip."""
    url = "https://www.seek.com.au/job/78123456"
    title = "Accounts Payable Officer"
    body = f"""<header class="seek-header"><a href="/">SEEK</a><nav><a href="/">Job search</a><a href="/profile">Profile</a><a href="/career-advice">Career advice</a><a href="/companies">Company reviews</a></nav>
<a href="/oauth/login">Sign in</a><a href="https://talent.seek.com.au">Employer site</a></header>
<div data-automation="jobDetailsPage"><div class="job-header">
<h1 data-automation="job-detail-title">{title}</h1>
<span data-automation="advertiser-name">Redgum Civil Pty Ltd</span>
<span data-automation="job-detail-location">Sydney NSW</span>
<span class="job-detail-area">CBD, Inner West &amp; Eastern Suburbs</span>
<span data-automation="job-detail-work-arrangements">Hybrid</span>
<span data-automation="job-detail-classifications">Accounts Officers/Clerks (Accounting)</span>
<span data-automation="job-detail-work-type">Full time</span>
<span data-automation="job-detail-salary">$85,000 – $95,000 per year + super</span>
<span>Posted 4d ago</span></div>
<a data-automation="job-detail-apply" href="/job/78123456/apply">Apply</a><a data-automation="job-detail-save">Save</a>
<div data-automation="jobAdDetails"><p>Redgum Civil is a civil construction contractor delivering roads, drainage and subdivisions across Greater
Sydney, with 260 staff and a head office in the CBD.</p>
<p><strong>About the role</strong></p><ul><li>Process 600+ supplier invoices a month in Xero and our job-costing system</li>
<li>Match purchase orders, chase approvals with project managers and prepare weekly pay runs</li><li>Reconcile supplier statements and help at month end</li></ul>
<p><strong>About you</strong></p><ul><li>2+ years in accounts payable, ideally in construction</li><li>Strong Excel and Xero skills</li></ul>
<p><strong>Why join us</strong></p><ul><li>Hybrid: three days in our Sussex Street office, two from home</li><li>Salary packaging and a paid volunteer day</li></ul>
<p>Applicants must have full working rights in Australia.</p></div>
<div data-automation="company-profile"><h2>Redgum Civil Pty Ltd</h2><p>Construction · 201-500 employees</p><a href="/companies/redgum-civil">View all jobs</a></div>
<div data-automation="employer-questions"><h3>Employer questions</h3><ul><li>Which of the following statements best describes your right to work in Australia?</li>
<li>How many years' experience do you have as an accounts payable officer?</li></ul></div>
<div class="report-this-job"><a>Report this job advert</a><p>Be careful – Don't provide your bank or credit card details when applying for jobs.</p></div></div>
<footer class="seek-footer"><p>© SEEK. All rights reserved</p></footer>"""
    html = doc(
        f"{title} Job in Sydney NSW - SEEK",
        body,
        head='<meta name="description" content="Apply for the Accounts Payable Officer job at Redgum Civil in Sydney NSW.">',
    )
    label = posting(
        "seek-sydney.html",
        url,
        "seek",
        company="Redgum Civil",
        title=title,
        location=where("Sydney", "AU"),
        remote="hybrid",
        employment_type="full_time",
        salary=pay(85000, 95000, "AUD", "year"),
        description_selector="[data-automation=jobAdDetails]",
    )
    return "seek-sydney.html", html, label


@page
def jobindex_aarhus() -> Page:
    """Jobindex hosted ad in Danish: JSON-LD, the ad text, the site's own chrome."""
    url = "https://www.jobindex.dk/vis-job/h1456789"
    title = "Regnskabsassistent til revisionsfirma i Aarhus"
    jl = job_ld(
        title,
        "Fjordlys Revision ApS",
        city="Aarhus C",
        region="",
        country="DK",
        posted="2026-11-28",
        employment="FULL_TIME",
        description="Fjordlys Revision søger en regnskabsassistent…",
        street="Søndergade 40",
        postal="8000",
        valid_through="2027-01-05",
    )
    body = f"""<div id="cookie-consent" class="cookieconsent" role="dialog"><p>Jobindex bruger cookies for at huske dine indstillinger, måle trafik
og vise relevante annoncer.</p><button>Kun nødvendige</button><button>Tillad alle</button></div>
<header class="jix_topbar"><a class="jix_logo" href="/">Jobindex</a><nav><a href="/jobsoegning">Find job</a><a href="/cv">CV</a><a href="/arbejdspladser">Arbejdspladser</a><a href="/karriere">Karriere</a></nav><a href="/login">Log ind</a></header>
<main class="jix-main"><div class="jobad-container"><div class="jix_robotjob-inner jobtext-jobad">
<div class="jobad-logo"><img alt="Fjordlys Revision ApS" src="/img/logo/fjordlys.gif"></div>
<h1 class="jobad-title">{title}</h1>
<p><strong>Fjordlys Revision ApS</strong>, Søndergade 40, 8000 Aarhus C</p>
<p>Vi er et revisionsfirma med 22 medarbejdere, der hjælper små og mellemstore virksomheder i Østjylland med regnskab, moms og løn.</p>
<p>Vi søger en regnskabsassistent til en <b>fast stilling på fuldtid</b> (37 timer om ugen) med start 1. februar 2027 eller efter aftale.</p>
<p><b>Dine opgaver</b></p><ul><li>Bogføring og afstemninger for 40 kunder i e-conomic og Dinero</li><li>Momsindberetninger og lønkørsler</li><li>Forberedelse af årsregnskaber til revisorerne</li></ul>
<p><b>Vi forventer</b></p><ul><li>Uddannelse som kontorassistent, HD-R eller tilsvarende</li><li>Et par års erfaring med bogføring</li><li>Gode Excel-kundskaber</li></ul>
<p><b>Vi tilbyder</b></p><ul><li>Løn efter kvalifikationer, pension og sundhedsforsikring</li><li>Fleksible arbejdstider og frokostordning</li></ul>
<p>Send din ansøgning og dit CV senest 5. januar 2027. Spørgsmål til stillingen: partner Mette Kjærgaard, tlf. 86 12 34 56.</p></div>
<div class="jobad-meta"><p>Indrykket: 28-11-2026</p><p>Ansøgningsfrist: 05-01-2027</p><p>Arbejdssted: Aarhus C</p>
<a class="btn btn-primary" href="/c?t=h1456789">Søg jobbet</a></div></div>
<aside class="similar-jobs"><h2>Lignende job</h2><ul><li><a>Bogholder, deltid – Viby J</a></li><li><a>Regnskabsmedarbejder – Silkeborg</a></li><li><a>Lønbogholder – Horsens</a></li></ul></aside></main>
<footer class="jix_footer"><p>Jobindex A/S · <a>Om Jobindex</a> · <a>Privatlivspolitik</a> · <a>Cookies</a></p></footer>"""
    html = doc(f"{title} - Fjordlys Revision ApS - Job i Aarhus C - Jobindex", body, lang="da", head=ld(jl))
    label = posting(
        "jobindex-aarhus.html",
        url,
        "jobindex",
        company="Fjordlys Revision",
        title=title,
        location=where("Aarhus", "DK"),
        remote=None,
        employment_type="full_time",
        salary=None,
        description_selector=".jobtext-jobad",
    )
    return "jobindex-aarhus.html", html, label


@page
def jobsch_luzern() -> Page:
    """Swiss board (jobs.ch-like Next.js page): JSON-LD, Pensum and contract facts, German."""
    url = "https://www.jobs.ch/de/stellenangebote/detail/7c1e9a2b-3d4f-4a5b-8c6d-7e8f9a0b1c2d/"
    title = "Sachbearbeiter/in Debitorenbuchhaltung 100%"
    jl = job_ld(
        title,
        "Alpwerk Treuhand AG",
        city="Luzern",
        region="LU",
        country="CH",
        posted="2026-11-23",
        employment="FULL_TIME",
        description="Die Alpwerk Treuhand AG betreut…",
        postal="6003",
    )
    next_data = json.dumps(
        {
            "props": {
                "pageProps": {
                    "job": {
                        "title": title,
                        "company": {"name": "Alpwerk Treuhand AG"},
                        "place": "Luzern",
                        "employmentGrades": [100],
                        "contractType": "Festanstellung",
                    }
                }
            },
            "page": "/de/stellenangebote/detail/[id]",
        },
        ensure_ascii=False,
    )
    body = f"""<div id="__next"><div class="usercentrics-root" data-uc="cmp"><div role="dialog" aria-label="Cookie-Einstellungen"><p>Wir verwenden Cookies und
ähnliche Technologien, um unsere Website zu verbessern und Ihnen personalisierte Inhalte anzuzeigen.</p><button>Nur notwendige</button><button>Alle akzeptieren</button></div></div>
<header class="Header"><a href="/de/">jobs.ch</a><nav><a href="/de/stellenangebote/">Jobs</a><a href="/de/firmen/">Firmen</a><a href="/de/lohn/">Lohn</a><a href="/de/ratgeber/">Ratgeber</a></nav><a href="/de/login/">Anmelden</a></header>
<main><div data-cy="vacancy-title"><h1>{title}</h1></div>
<div data-cy="vacancy-logo"><img alt="Alpwerk Treuhand AG" src="https://www.jobs.ch/public/logos/alpwerk.png"></div>
<ul data-cy="vacancy-info"><li data-cy="info-publication"><span>Veröffentlicht:</span> <span>23 November 2026</span></li>
<li data-cy="info-workload"><span>Pensum:</span> <span>100%</span></li><li data-cy="info-contract"><span>Vertragsart:</span> <span>Festanstellung</span></li>
<li data-cy="info-location-link"><span>Arbeitsort:</span> <a href="/de/stellenangebote/luzern/">Pilatusstrasse 21, 6003 Luzern</a></li></ul>
<a data-cy="apply-button" href="#apply">Jetzt bewerben</a>
<div data-cy="vacancy-description"><p>Die Alpwerk Treuhand AG betreut mit 35 Mitarbeitenden KMU und Privatpersonen in der Zentralschweiz in Buchhaltung,
Steuern und Personaladministration.</p>
<h3>Ihre Aufgaben</h3><ul><li>Führen der Debitorenbuchhaltung für unsere Mandanten in Abacus</li><li>Zahlungseingänge verbuchen und Mahnwesen</li>
<li>Mithilfe bei Monats- und Jahresabschlüssen</li></ul>
<h3>Ihr Profil</h3><ul><li>Kaufmännische Grundbildung, Weiterbildung im Rechnungswesen von Vorteil</li><li>Erfahrung mit Abacus oder Bexio</li><li>Stilsicheres Deutsch</li></ul>
<h3>Wir bieten</h3><ul><li>Moderne Büros beim Bahnhof Luzern</li><li>Fünf Wochen Ferien und Weiterbildungsbeiträge</li></ul>
<p>Ihre Kontaktperson: Frau Corinne Amstutz, HR, 041 210 45 67</p></div>
<section data-cy="similar-jobs"><h2>Ähnliche Jobs</h2><ul><li>Buchhalter/in 80–100% · Zug</li><li>Sachbearbeiter/in Kreditoren 60% · Kriens</li></ul></section></main>
<footer><p>© 2026 JobCloud AG</p><a>Datenschutz</a><a>AGB</a><a>Impressum</a></footer></div>
<script id="__NEXT_DATA__" type="application/json">{next_data}</script>"""
    html = doc(f"{title} - Alpwerk Treuhand AG - Luzern | jobs.ch", body, lang="de-CH", head=ld(jl))
    label = posting(
        "jobsch-luzern.html",
        url,
        "jsonld-board",
        company="Alpwerk Treuhand",
        title=title,
        location=where("Luzern", "CH"),
        remote=None,
        employment_type="full_time",
        salary=None,
        description_selector="[data-cy=vacancy-description]",
    )
    return "jobsch-luzern.html", html, label


@page
def xpressjobs_colombo() -> Page:
    """Sri Lankan board with JSON-LD: LKR monthly salary, hybrid in the ad."""
    url = "https://www.xpress.jobs/jobs/345678/senior-software-engineer-java"
    title = "Senior Software Engineer - Java"
    jl = job_ld(
        title,
        "Serendib Cloudworks (Pvt) Ltd",
        city="Colombo",
        region="Western Province",
        country="LK",
        posted="2026-11-22",
        employment="FULL_TIME",
        salary=money("LKR", 350000, 450000, "MONTH"),
        valid_through="2026-12-22",
        description="Serendib Cloudworks is a product engineering company…",
    )
    body = f"""<nav class="navbar navbar-expand-lg"><a class="navbar-brand" href="/">xpress.jobs</a><ul class="navbar-nav"><li><a href="/jobs">Jobs</a></li><li><a href="/companies">Companies</a></li><li><a href="/cv-builder">CV Builder</a></li></ul><a class="btn" href="/login">Login</a></nav>
<div class="container job-view"><div class="row"><div class="col-md-8">
<div class="job-header card"><img class="company-logo" alt="Serendib Cloudworks (Pvt) Ltd" src="/uploads/logos/serendib.png">
<h1 class="job-title">{title}</h1><h2 class="company-name">Serendib Cloudworks (Pvt) Ltd</h2>
<ul class="job-facts"><li><i class="fa fa-map-marker"></i> Colombo 03</li><li><i class="fa fa-briefcase"></i> Full Time</li>
<li><i class="fa fa-money"></i> LKR 350,000 - 450,000 per month</li><li><i class="fa fa-calendar"></i> Closing: 22 Dec 2026</li></ul></div>
<div class="job-description card"><p>Serendib Cloudworks is a product engineering company in Colombo building logistics software for customers in
Australia and the UK. We're 180 engineers strong.</p>
<h4>Responsibilities</h4><ul><li>Design and build microservices in Java 17 and Spring Boot</li><li>Review code and mentor associate engineers</li>
<li>Work with product owners in Melbourne on sprint planning</li></ul>
<h4>Requirements</h4><ul><li>BSc in Computer Science or Engineering</li><li>5+ years with Java, Spring Boot and REST APIs</li><li>Experience with MySQL, Docker and AWS</li></ul>
<h4>What we offer</h4><ul><li>Hybrid working arrangement (3 days office, 2 days home)</li><li>Medical insurance for you and your family</li><li>Annual performance bonus</li></ul></div>
<div class="apply-box"><a class="btn btn-primary" href="/jobs/345678/apply">Apply Now</a></div></div>
<div class="col-md-4"><div class="card related"><h3>Similar Jobs</h3><ul><li><a>Software Engineer - .NET · Kandy</a></li><li><a>QA Engineer · Colombo 07</a></li><li><a>Tech Lead - Java · Remote</a></li></ul></div></div></div></div>
<footer class="footer"><p>© 2026 xpress.jobs · Terms · Privacy</p></footer>"""
    html = doc(f"{title} | Serendib Cloudworks (Pvt) Ltd | xpress.jobs", body, head=ld(jl))
    label = posting(
        "xpressjobs-colombo.html",
        url,
        "jsonld-board",
        company="Serendib Cloudworks",
        title=title,
        location=where("Colombo", "LK"),
        remote="hybrid",
        employment_type="full_time",
        salary=pay(350000, 450000, "LKR", "month"),
        description_selector=".job-description",
    )
    return "xpressjobs-colombo.html", html, label


@page
def dice_plano_contract() -> Page:
    """US tech board with JSON-LD: W2 contract, hourly rate, on-site."""
    url = "https://www.dice.com/job-detail/4b8e1d2c-7a6f-4e3b-9c1d-0f2e3a4b5c6d"
    title = "Senior .NET Developer"
    jl = job_ld(
        title,
        "Ridgeline Data Systems",
        city="Plano",
        region="TX",
        country="US",
        posted="2026-11-30",
        employment="CONTRACTOR",
        salary=money("USD", 65, 75, "HOUR"),
        description="Ridgeline Data Systems is looking for…",
    )
    body = f"""<header class="dhi-header"><a href="/">Dice</a><nav><a href="/jobs">Find Jobs</a><a href="/career-advice">Career Advice</a><a href="/employers">Employers</a></nav><a href="/login">Login</a><a href="/register">Register</a></header>
<div id="onetrust-banner-sdk"><p>By clicking "Accept All Cookies", you agree to the storing of cookies on your device.</p><button>Cookies Settings</button><button>Accept All Cookies</button></div>
<main><div data-testid="job-detail-header-card"><h1 data-cy="jobTitle">{title}</h1>
<a data-cy="companyNameLink" href="/company/ridgeline">Ridgeline Data Systems</a><span data-cy="location">Plano, Texas</span>
<div data-cy="postedDate">Posted 4 days ago</div></div>
<div data-testid="job-detail-chips"><span data-cy="locationDetails">On Site</span><span data-cy="employmentDetails">Contract - W2</span><span data-cy="compensationText">$65 - $75 per hour</span><span>Contract - 12 Month(s)</span></div>
<button data-cy="apply-button">Easy apply</button>
<div data-testid="jobDescriptionHtml"><p>Ridgeline Data Systems is looking for a Senior .NET Developer for a 12-month contract (W2 only) with one of our
insurance clients. This role is on-site five days a week in Plano, TX.</p>
<p><b>Must have</b></p><ul><li>8+ years of C# and ASP.NET Core</li><li>Microsoft SQL Server and Entity Framework</li><li>Azure DevOps pipelines</li></ul>
<p><b>Nice to have</b></p><ul><li>Angular or React</li><li>Insurance domain experience</li></ul>
<p>No C2C. No sponsorship.</p></div>
<div data-testid="skills-chips"><h3>Skills</h3><span>C#</span><span>.NET</span><span>SQL Server</span><span>Azure</span></div>
<section data-testid="similar-jobs"><h2>Similar Jobs</h2><ul><li>.NET Developer · Irving, TX · Remote</li><li>Full Stack Engineer · Dallas, TX · Hybrid</li></ul></section></main>
<footer><p>© 2026 DHI Group, Inc.</p></footer>"""
    html = doc(f"{title} - Ridgeline Data Systems - Plano, TX - Dice.com", body, head=ld(jl))
    label = posting(
        "dice-plano-contract.html",
        url,
        "jsonld-board",
        company="Ridgeline Data Systems",
        title=title,
        location=where("Plano", "US"),
        remote="onsite",
        employment_type="contract",
        salary=pay(65, 75, "USD", "hour"),
        description_selector="[data-testid=jobDescriptionHtml]",
    )
    return "dice-plano-contract.html", html, label


# --------------------------------------------------------------------------------------------------
# Company career sites (no ATS)
# --------------------------------------------------------------------------------------------------


def wp_nav(brand: str, links: list[str]) -> str:
    """A WordPress theme header with a menu."""
    items = "".join(f'<li class="menu-item"><a href="#">{x}</a></li>' for x in links)
    return f"""<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{brand}</a></p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu">Menu</button><ul id="primary-menu" class="menu">{items}</ul></nav></header>"""


@page
def career_wp_harrogate() -> Page:
    """WordPress + WP Job Manager: job-type badge, single salary figure, Yoast graph, registered office elsewhere."""
    url = "https://www.hartleyandcobakery.co.uk/job/bakery-shift-manager/"
    title = "Bakery Shift Manager"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{title} - Hartley & Co Bakery",
                "isPartOf": {"@id": "https://www.hartleyandcobakery.co.uk/#website"},
            },
            {
                "@type": "WebSite",
                "@id": "https://www.hartleyandcobakery.co.uk/#website",
                "name": "Hartley & Co Bakery",
                "publisher": {"@id": "https://www.hartleyandcobakery.co.uk/#organization"},
            },
            {
                "@type": "Organization",
                "@id": "https://www.hartleyandcobakery.co.uk/#organization",
                "name": "Hartley & Co Bakery",
                "logo": "https://www.hartleyandcobakery.co.uk/wp-content/uploads/logo.png",
            },
        ],
    }
    body = f"""{simple_banner("We use cookies to make this website work and to see how it's used. Read our <a href='/privacy'>privacy policy</a>.", "Accept", "Reject")}
<div id="page" class="site">{wp_nav("Hartley &amp; Co Bakery", ["Our Bakeries", "Wholesale", "Cakes &amp; Orders", "Careers", "Contact"])}
<main id="primary" class="site-main"><article id="post-812" class="post-812 job_listing type-job_listing job-type-full-time">
<header class="entry-header"><h1 class="entry-title">{title}</h1></header>
<div class="entry-content"><div class="single_job_listing">
<ul class="job-listing-meta meta"><li class="job-type full-time">Full Time</li><li class="location"><a class="google_map_link" href="https://maps.google.com/maps?q=Harrogate">Harrogate</a></li>
<li class="date-posted"><time datetime="2026-11-25">Posted 9 days ago</time></li></ul>
<div class="job_description">
<p>Hartley &amp; Co has baked bread in North Yorkshire since 1962. Today we have seven shops and a production bakery, and we're looking for a
Shift Manager for our Harrogate bakery on Cold Bath Road.</p>
<p><strong>The role</strong></p><ul><li>Run the early shift (4am – 12pm, five days out of seven including alternate weekends)</li>
<li>Lead a team of eight bakers and bakery assistants</li><li>Keep production on plan for our shops and wholesale customers</li><li>Own food safety, allergen control and BRC audit readiness</li></ul>
<p><strong>About you</strong></p><ul><li>Experience leading a team in a bakery or food production</li><li>Level 3 Food Hygiene (or willing to work towards it)</li></ul>
<p><strong>What we offer</strong></p><ul><li>£27,500 per annum</li><li>Free bread and 30% off in our shops</li><li>28 days holiday including bank holidays</li><li>Company pension</li></ul>
</div>
<div class="job_application application"><input type="button" class="application_button button" value="Apply for job">
<div class="application_details"><p>To apply please email your CV to <a href="mailto:jobs@hartleyandcobakery.co.uk">jobs@hartleyandcobakery.co.uk</a></p></div></div>
</div></div></article></main>
<aside class="widget-area"><section class="widget widget_recent_jobs"><h2 class="widget-title">Recent Jobs</h2><ul class="job_listings">
<li><a href="/job/shop-assistant-ripon/"><div class="position"><h3>Shop Assistant</h3></div><div class="location">Ripon</div><ul class="meta"><li class="job-type part-time">Part Time</li></ul></a></li>
<li><a href="/job/delivery-driver/"><div class="position"><h3>Delivery Driver</h3></div><div class="location">York</div></a></li></ul></section></aside>
<footer id="colophon" class="site-footer"><div class="site-info"><p>Hartley &amp; Co Bakery Ltd. Registered office: 12 Micklegate, York YO1 6JX. Company no. 00734521</p>
<p>Proudly powered by WordPress</p></div></footer></div>"""
    html = doc(
        f"{title} - Hartley &amp; Co Bakery",
        body,
        lang="en-GB",
        head=ld(graph),
        og_title=title,
        site_name="Hartley &amp; Co Bakery",
        canonical=url,
        body_class="job_listing-template-default single single-job_listing",
    )
    label = posting(
        "career-wp-harrogate.html",
        url,
        "career-site",
        company="Hartley & Co Bakery",
        title=title,
        location=where("Harrogate", "GB"),
        remote=None,
        employment_type="full_time",
        salary=pay(27500, 27500, "GBP", "year"),
        description_selector=".job_description",
    )
    return "career-wp-harrogate.html", html, label


@page
def career_us_hvac_omaha() -> Page:
    """Hand-built US trade site: hourly range in prose, a sign-on bonus that is not the pay, a field role."""
    url = "https://www.bluestemheatingandair.com/careers/hvac-service-technician"
    title = "HVAC Service Technician"
    body = f"""<div class="topbar"><span>Call 24/7: (402) 555-0148</span><a href="/schedule">Schedule Service</a></div>
<header class="site-header"><a href="/" class="logo"><img src="/img/bluestem-logo.svg" alt="Bluestem Heating &amp; Air"></a>
<nav><a href="/heating">Heating</a><a href="/cooling">Cooling</a><a href="/maintenance-plans">Maintenance Plans</a><a href="/about">About</a><a href="/careers" class="active">Careers</a></nav></header>
<section class="page-hero"><div class="container"><p class="eyebrow">Now hiring</p><h1>{title}</h1><p class="hero-meta">Omaha, NE · Full-time · Starting pay $28–$38/hr</p></div></section>
<section class="content"><div class="container two-col"><div class="col-main">
<p>Bluestem Heating &amp; Air has kept homes across the Omaha metro comfortable since 1998. We're a family-owned team of 35 and we're
growing our service department.</p>
<h2>What you'll do</h2><ul><li>Diagnose and repair furnaces, heat pumps, air conditioners and boilers in customers' homes</li>
<li>Run seasonal maintenance visits and explain options clearly to homeowners</li><li>Take part in the on-call rotation (about one weekend a month)</li></ul>
<h2>What you bring</h2><ul><li>2+ years of residential HVAC service experience</li><li>EPA 608 certification</li><li>A valid driver's license and a clean driving record</li></ul>
<h2>Pay &amp; benefits</h2><p>Pay is $28 to $38 per hour depending on experience and certifications, plus overtime and spiffs. Experienced
techs get a $2,500 sign-on bonus paid after 90 days.</p>
<ul><li>Take-home service van, fuel card and iPad</li><li>Health, dental and vision; 401(k) with 4% match</li><li>Paid NATE certification and training</li></ul>
<p>You'll start each day from home in your company van and run calls across Douglas and Sarpy counties.</p></div>
<aside class="col-side"><div class="apply-card"><h3>Apply today</h3><form action="/careers/apply" method="post">
<label>Name<input name="name"></label><label>Phone<input name="phone"></label><label>Email<input name="email"></label>
<label>Position<select name="position"><option selected>HVAC Service Technician</option><option>Install Helper</option><option>Customer Service Rep</option></select></label>
<label>Resume (optional)<input type="file"></label><button>Submit</button></form></div></aside></div></section>
<section class="reviews"><h2>What our customers say</h2><blockquote>"Tech was on time, friendly and fixed our furnace in an hour." – Karen, Papillion</blockquote></section>
<footer class="site-footer"><p>Bluestem Heating &amp; Air, Inc. · 8420 F Street, Omaha, NE 68127 · License #HV-20417</p><p>© 2026 · <a href="/privacy">Privacy</a></p></footer>"""
    html = doc(
        f"{title} Jobs | Bluestem Heating &amp; Air | Omaha, NE",
        body,
        og_title=f"{title} – Bluestem Heating &amp; Air",
        site_name="Bluestem Heating & Air",
    )
    label = posting(
        "career-us-hvac-omaha.html",
        url,
        "career-site",
        company="Bluestem Heating & Air",
        title=title,
        location=where("Omaha", "US"),
        remote=None,
        employment_type="full_time",
        salary=pay(28, 38, "USD", "hour"),
        description_selector=".col-main",
    )
    return "career-us-hvac-omaha.html", html, label


@page
def career_typo3_ingolstadt() -> Page:
    """TYPO3 site of a German metalworks: Klaro consent, breadcrumb, facts box, company address footer."""
    url = "https://www.sonnleitner-metallbau.de/karriere/stellenangebote/cnc-fraeser-m-w-d"
    title = "CNC-Fräser (m/w/d)"
    body = f"""<div id="klaro"><div class="klaro"><div class="cookie-notice"><div class="cn-body"><p>Wir nutzen Cookies und externe Dienste, um unsere Website
zu verbessern. Sie entscheiden, welche Dienste Sie zulassen.</p><div class="cn-ok"><a class="cn-learn-more">Anpassen</a>
<button class="cm-btn cm-btn-danger">Ablehnen</button><button class="cm-btn cm-btn-success">Alle akzeptieren</button></div></div></div></div></div>
<header class="header"><a class="header__logo" href="/"><img src="/fileadmin/logo.svg" alt="Sonnleitner Metallbau"></a>
<nav class="header__nav"><ul><li><a href="/leistungen">Leistungen</a></li><li><a href="/referenzen">Referenzen</a></li><li><a href="/unternehmen">Unternehmen</a></li><li class="active"><a href="/karriere">Karriere</a></li><li><a href="/kontakt">Kontakt</a></li></ul></nav></header>
<nav class="breadcrumb"><ol><li><a href="/">Startseite</a></li><li><a href="/karriere">Karriere</a></li><li><a href="/karriere/stellenangebote">Stellenangebote</a></li><li>CNC-Fräser (m/w/d)</li></ol></nav>
<main id="content"><div class="frame frame-default"><div class="ce-bodytext job-detail">
<h1>{title}</h1>
<div class="job-facts"><p><strong>Standort:</strong> Ingolstadt</p><p><strong>Arbeitszeit:</strong> Vollzeit, 2-Schicht</p><p><strong>Eintritt:</strong> ab sofort</p><p><strong>Vertrag:</strong> unbefristet</p></div>
<p>Die Sonnleitner Metallbau GmbH &amp; Co. KG fertigt seit 1979 Präzisionsteile und Baugruppen für Maschinenbau und Automobilindustrie.
Mit 85 Mitarbeitenden sind wir im Industriegebiet Nord in Ingolstadt zu Hause.</p>
<h2>Ihre Aufgaben</h2><ul><li>Einrichten und Bedienen unserer 5-Achs-Bearbeitungszentren (DMG Mori, Hermle)</li><li>Erstellen und Optimieren von CNC-Programmen mit Heidenhain</li><li>Qualitätsprüfung der gefertigten Teile</li></ul>
<h2>Ihr Profil</h2><ul><li>Abgeschlossene Ausbildung als Zerspanungsmechaniker/in oder vergleichbar</li><li>Mehrjährige Erfahrung im CNC-Fräsen</li><li>Bereitschaft zur Schichtarbeit</li></ul>
<h2>Wir bieten</h2><ul><li>Einen sicheren, unbefristeten Arbeitsplatz in Vollzeit</li><li>Bezahlung nach Tarifvertrag der bayerischen Metall- und Elektroindustrie</li><li>Schichtzulagen, 30 Tage Urlaub, Jobrad</li></ul>
<p>Bitte senden Sie Ihre Bewerbung an <a href="mailto:karriere@sonnleitner-metallbau.de">karriere@sonnleitner-metallbau.de</a> oder bewerben Sie sich direkt über unser Formular.</p>
<a class="btn btn-primary" href="/karriere/bewerbungsformular?job=cnc-fraeser">Jetzt bewerben</a></div></div>
<div class="frame frame-related"><h3>Weitere Stellenangebote</h3><ul><li><a href="/karriere/stellenangebote/schweisser-m-w-d">Schweißer (m/w/d) – Ingolstadt</a></li><li><a href="/karriere/stellenangebote/ausbildung-zerspanungsmechaniker">Ausbildung Zerspanungsmechaniker (m/w/d) 2027</a></li></ul></div></main>
<footer class="footer"><div class="footer__address"><strong>Sonnleitner Metallbau GmbH &amp; Co. KG</strong><br>Gewerbering 7<br>85055 Ingolstadt<br>Tel. 0841 123456-0</div>
<ul class="footer__links"><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li></ul></footer>"""
    html = doc(
        "CNC-Fräser (m/w/d) – Sonnleitner Metallbau",
        body,
        lang="de",
        og_title=title,
        site_name="Sonnleitner Metallbau",
        head='<meta name="generator" content="TYPO3 CMS">',
    )
    label = posting(
        "career-typo3-ingolstadt.html",
        url,
        "career-site",
        company="Sonnleitner Metallbau",
        title=title,
        location=where("Ingolstadt", "DE"),
        remote=None,
        employment_type="full_time",
        salary=None,
        description_selector=".job-detail",
    )
    return "career-typo3-ingolstadt.html", html, label


@page
def career_drupal_nantes() -> Page:
    """French Drupal site: tarteaucitron banner, CDI/temps plein, télétravail days, k€ salary."""
    url = "https://www.groupe-verdelis.fr/fr/carrieres/offres/charge-de-recrutement-hf"
    title = "Chargé(e) de recrutement H/F"
    body = f"""<div id="tarteaucitronRoot"><div id="tarteaucitronAlertBig" role="dialog"><span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies
et vous donne le contrôle sur ceux que vous souhaitez activer.</span><button id="tarteaucitronPersonalize2">✓ Tout accepter</button>
<button id="tarteaucitronAllDenied2">✗ Tout refuser</button><button id="tarteaucitronCloseAlert">Personnaliser</button></div></div>
<header role="banner" class="header"><a href="/fr" class="site-logo"><img src="/themes/verdelis/logo.svg" alt="Groupe Verdelis"></a>
<nav class="menu--main"><ul><li><a href="/fr/nos-metiers">Nos métiers</a></li><li><a href="/fr/nos-agences">Nos agences</a></li><li><a href="/fr/engagements">Engagements</a></li><li><a href="/fr/carrieres">Carrières</a></li></ul></nav></header>
<main role="main"><div class="region region-content"><article class="node node--type-offre-emploi node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">{title}</span></h1>
<div class="offre-infos"><div class="field field--name-field-lieu"><div class="field__label">Lieu</div><div class="field__item">Nantes (44)</div></div>
<div class="field field--name-field-contrat"><div class="field__label">Type de contrat</div><div class="field__item">CDI – temps plein</div></div>
<div class="field field--name-field-salaire"><div class="field__label">Rémunération</div><div class="field__item">38 à 42 k€ bruts annuels selon expérience</div></div></div>
<div class="clearfix text-formatted field field--name-body field__item">
<p>Le Groupe Verdelis (620 collaborateurs, 18 agences dans l'Ouest) conçoit et entretient les espaces verts des collectivités et des entreprises.</p>
<h2>Vos missions</h2><ul><li>Piloter les recrutements de nos agences de Loire-Atlantique et de Vendée (30 à 40 postes par an)</li><li>Rédiger et diffuser les annonces, présélectionner les candidats, mener les entretiens</li>
<li>Développer nos relations avec les écoles et les lycées agricoles</li></ul>
<h2>Votre profil</h2><ul><li>Bac+3 à Bac+5 en RH, première expérience réussie en recrutement</li><li>Aisance relationnelle, sens de l'organisation</li></ul>
<h2>Conditions</h2><p>Poste basé à notre siège de Nantes (quartier Beaulieu). Télétravail possible deux jours par semaine après la période d'essai.
Tickets restaurant, mutuelle prise en charge à 70 %, 12 RTT.</p></div>
<div class="offre-apply"><a class="button" href="/fr/carrieres/postuler?offre=1187">Postuler à cette offre</a></div></article>
<section class="offres-similaires"><h2>Offres similaires</h2><ul><li><a>Assistant(e) RH en alternance – Nantes</a></li><li><a>Chef d'équipe paysagiste – La Roche-sur-Yon</a></li></ul></section></div></main>
<footer class="footer"><p>Groupe Verdelis SAS – 5 rue de la Garde, 44300 Nantes</p><ul><li><a href="/fr/mentions-legales">Mentions légales</a></li><li><a href="/fr/donnees-personnelles">Données personnelles</a></li><li><a href="#tarteaucitron">Gestion des cookies</a></li></ul></footer>"""
    html = doc(
        f"{title} | Groupe Verdelis",
        body,
        lang="fr",
        og_title=title,
        site_name="Groupe Verdelis",
        head='<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">',
    )
    label = posting(
        "career-drupal-nantes.html",
        url,
        "career-site",
        company="Groupe Verdelis",
        title=title,
        location=where("Nantes", "FR"),
        remote="hybrid",
        employment_type="full_time",
        salary=pay(38000, 42000, "EUR", "year"),
        description_selector=".field--name-body",
    )
    return "career-drupal-nantes.html", html, label


@page
def career_werkenbij_zwolle() -> Page:
    """Dutch "werken bij" site: Cookiebot in Dutch, icon list with hours and salary, a vacancy form."""
    url = "https://www.werkenbijkoopmans.nl/vacatures/servicemonteur-zwolle"
    title = "Servicemonteur installatietechniek"
    cb = cookiebot(
        "Deze website gebruikt cookies",
        "We gebruiken cookies om content te personaliseren en ons websiteverkeer te analyseren.",
        "Alleen noodzakelijke cookies",
        "Alle cookies toestaan",
    )
    body = f"""{cb}
<header class="header"><a href="/" class="logo"><img src="/assets/img/koopmans-werkenbij.svg" alt="Werken bij Koopmans"></a>
<nav><a href="/vacatures">Vacatures</a><a href="/over-ons">Over Koopmans</a><a href="/werken-leren">Werken &amp; leren</a><a href="/contact">Contact</a></nav></header>
<main><section class="vacancy-hero"><h1>{title}</h1>
<ul class="vacancy-usps"><li class="icon-location">Zwolle</li><li class="icon-clock">40 uur per week</li><li class="icon-euro">€ 2.900 – € 3.800 bruto per maand</li><li class="icon-education">MBO niveau 3/4</li></ul>
<a class="btn" href="#solliciteren">Direct solliciteren</a></section>
<section class="vacancy-content"><div class="vacancy-text">
<p>Koopmans Installatietechniek onderhoudt cv-ketels, warmtepompen en ventilatiesystemen bij 12.000 klanten in Overijssel en Flevoland.
Ons team van 70 collega's werkt vanuit onze vestiging in Zwolle.</p>
<h2>Wat ga je doen?</h2><ul><li>Onderhoud en storingen aan cv-installaties en warmtepompen bij particulieren</li><li>Je rijdt zelfstandig in je eigen bus en plant je dag in de app</li><li>Je adviseert klanten over verduurzaming</li></ul>
<h2>Wat vragen wij?</h2><ul><li>Een afgeronde MBO-opleiding werktuigbouw of installatietechniek</li><li>Rijbewijs B</li><li>Ervaring met warmtepompen is een pré</li></ul>
<h2>Wat bieden wij?</h2><ul><li>Een vaste baan na een jaarcontract</li><li>Salaris tussen € 2.900 en € 3.800 bruto per maand volgens cao Installatiebranche</li><li>Servicebus, telefoon en laptop</li><li>Opleidingen bij onze eigen academie</li></ul></div>
<aside class="vacancy-contact"><img src="/assets/img/recruiter.jpg" alt=""><p>Vragen? Bel Sanne de Wit, recruiter, 038 123 45 67</p></aside></section>
<section id="solliciteren" class="apply-form"><h2>Solliciteer direct</h2><form><label>Voornaam<input></label><label>Achternaam<input></label><label>E-mail<input></label><label>Telefoon<input></label><label>CV<input type="file"></label><button>Verstuur sollicitatie</button></form></section>
<section class="more-vacancies"><h2>Andere vacatures</h2><ul><li><a>Monteur zonnepanelen – Lelystad</a></li><li><a>Werkvoorbereider – Zwolle</a></li></ul></section></main>
<footer><p>Koopmans Installatietechniek B.V. · Marsweg 12 · 8013 PE Zwolle · KvK 05123456</p></footer>"""
    html = doc(
        f"Vacature {title} in Zwolle | Werken bij Koopmans",
        body,
        lang="nl",
        og_title=f"Vacature {title}",
        site_name="Werken bij Koopmans",
    )
    label = posting(
        "career-werkenbij-zwolle.html",
        url,
        "career-site",
        company="Koopmans Installatietechniek",
        title=title,
        location=where("Zwolle", "NL"),
        remote=None,
        employment_type="full_time",
        salary=pay(2900, 3800, "EUR", "month"),
        description_selector=".vacancy-text",
    )
    return "career-werkenbij-zwolle.html", html, label


@page
def career_es_valladolid() -> Page:
    """Spanish clinic site: part-time hours, monthly gross pay, 'trabaja con nosotros' form."""
    url = "https://www.clinicadentalbarrueco.es/trabaja-con-nosotros/higienista-dental/"
    title = "Higienista dental"
    body = f"""{simple_banner("Utilizamos cookies propias y de terceros para mejorar nuestros servicios. <a href='/politica-de-cookies'>Más información</a>", "Aceptar", "Rechazar")}
<header class="elementor-location-header"><div class="elementor-widget-theme-site-logo"><a href="/"><img alt="Clínica Dental Barrueco" src="/wp-content/uploads/logo-barrueco.png"></a></div>
<nav class="elementor-nav-menu"><ul><li><a href="/tratamientos">Tratamientos</a></li><li><a href="/equipo">Equipo</a></li><li><a href="/trabaja-con-nosotros" aria-current="page">Trabaja con nosotros</a></li><li><a href="/contacto">Contacto</a></li></ul></nav>
<a class="elementor-button" href="tel:+34983123456">983 12 34 56</a></header>
<main class="elementor-section-wrap"><section class="elementor-section"><div class="elementor-widget-container"><h1 class="elementor-heading-title">{title}</h1>
<p class="subtitulo">Valladolid · Jornada parcial</p></div></section>
<section class="elementor-section oferta"><div class="elementor-widget-text-editor">
<p>En Clínica Dental Barrueco llevamos 25 años cuidando la salud bucodental de las familias de Valladolid. Somos un equipo de 14 personas
y buscamos un/a higienista dental para nuestra clínica del Paseo de Zorrilla.</p>
<h3>Funciones</h3><ul><li>Limpiezas, selladores y fluorizaciones</li><li>Radiografías y apoyo al odontólogo en periodoncia</li><li>Educación en higiene oral a pacientes</li></ul>
<h3>Requisitos</h3><ul><li>Título de Técnico Superior en Higiene Bucodental</li><li>Valorable experiencia en clínica privada</li></ul>
<h3>Ofrecemos</h3><ul><li>Contrato indefinido a jornada parcial de 25 horas semanales, de lunes a jueves por la tarde</li><li>Salario: 1.350 € brutos al mes</li><li>Formación continua y tratamientos dentales gratuitos para ti y tu familia</li></ul></div></section>
<section class="elementor-section form"><h2>Envíanos tu candidatura</h2><form class="elementor-form"><input placeholder="Nombre"><input placeholder="Email"><input placeholder="Teléfono"><input type="file"><label><input type="checkbox"> Acepto la política de privacidad</label><button>Enviar</button></form></section></main>
<footer class="elementor-location-footer"><p>Clínica Dental Barrueco S.L.P. · Paseo de Zorrilla 88 · 47006 Valladolid</p><p><a>Aviso legal</a> · <a>Política de privacidad</a> · <a>Política de cookies</a></p></footer>"""
    html = doc(
        f"{title} - Clínica Dental Barrueco",
        body,
        lang="es",
        og_title=f"{title} - Clínica Dental Barrueco",
        site_name="Clínica Dental Barrueco",
    )
    label = posting(
        "career-es-valladolid.html",
        url,
        "career-site",
        company="Clínica Dental Barrueco",
        title=title,
        location=where("Valladolid", "ES"),
        remote=None,
        employment_type="part_time",
        salary=pay(1350, 1350, "EUR", "month"),
        description_selector=".oferta",
    )
    return "career-es-valladolid.html", html, label


@page
def career_it_brescia() -> Page:
    """Italian manufacturer site: iubenda banner, RAL range, tempo indeterminato full time."""
    url = "https://www.officinedelmonte.it/lavora-con-noi/tecnico-manutentore-elettromeccanico"
    title = "Tecnico manutentore elettromeccanico"
    body = f"""<div id="iubenda-cs-banner" class="iubenda-cs-default" role="alertdialog"><div class="iubenda-cs-content"><div id="iubenda-cs-paragraph">
Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità.</div>
<div class="iubenda-cs-opt-group"><button class="iubenda-cs-customize-btn">Scopri di più e personalizza</button><button class="iubenda-cs-reject-btn">Rifiuta</button><button class="iubenda-cs-accept-btn">Accetta</button></div></div></div>
<header class="site-header"><a href="/" class="brand"><img src="/img/odm-logo.png" alt="Officine del Monte"></a><nav><a href="/azienda">Azienda</a><a href="/prodotti">Prodotti</a><a href="/lavora-con-noi">Lavora con noi</a><a href="/contatti">Contatti</a></nav><span class="lang"><a>IT</a> | <a>EN</a></span></header>
<main class="annuncio"><h1>{title}</h1>
<table class="scheda-annuncio"><tr><th>Sede di lavoro</th><td>Brescia (Via del Lavoro 27)</td></tr><tr><th>Contratto</th><td>Tempo indeterminato, full time</td></tr>
<tr><th>RAL</th><td>28.000 – 32.000 €</td></tr><tr><th>Orario</th><td>Giornaliero, 8:00–17:00</td></tr></table>
<div class="testo-annuncio"><p>Officine del Monte S.p.A. progetta e costruisce presse idrauliche per la lavorazione della lamiera. Siamo 190 persone
tra lo stabilimento di Brescia e la filiale commerciale di Milano.</p>
<h2>Responsabilità</h2><ul><li>Manutenzione preventiva e correttiva degli impianti di produzione</li><li>Diagnosi di guasti su quadri elettrici, PLC Siemens e circuiti oleodinamici</li><li>Gestione dei ricambi con l'ufficio acquisti</li></ul>
<h2>Requisiti</h2><ul><li>Diploma tecnico (elettrotecnica, meccatronica)</li><li>Almeno 3 anni di esperienza nella manutenzione industriale</li><li>Disponibilità a reperibilità a rotazione</li></ul>
<h2>Offriamo</h2><ul><li>Inserimento diretto a tempo indeterminato</li><li>Buoni pasto, welfare aziendale e premio di risultato</li></ul>
<p>La ricerca è rivolta a candidati di entrambi i sessi (L. 903/77). Inviare il CV a <a>hr@officinedelmonte.it</a>.</p></div>
<a class="btn" href="/lavora-con-noi/candidatura?rif=MAN-11">Candidati</a></main>
<aside><h3>Altre posizioni aperte</h3><ul><li><a>Progettista meccanico – Brescia</a></li><li><a>Area manager vendite Nord-Est – Milano</a></li></ul></aside>
<footer><p>Officine del Monte S.p.A. – Via del Lavoro 27, 25125 Brescia – P.IVA 01234567890</p><p><a>Privacy Policy</a> · <a>Cookie Policy</a></p></footer>"""
    html = doc(
        f"{title} | Lavora con noi | Officine del Monte",
        body,
        lang="it",
        og_title=title,
        site_name="Officine del Monte",
    )
    label = posting(
        "career-it-brescia.html",
        url,
        "career-site",
        company="Officine del Monte",
        title=title,
        location=where("Brescia", "IT"),
        remote=None,
        employment_type="full_time",
        salary=pay(28000, 32000, "EUR", "year"),
        description_selector=".testo-annuncio",
    )
    return "career-it-brescia.html", html, label


@page
def career_pl_poznan() -> Page:
    """Polish company careers subdomain: umowa o pracę, hybrid days, monthly gross range in złoty."""
    url = "https://kariera.zielonyrynek.pl/oferty/specjalista-ds-zakupow-poznan"
    title = "Specjalista ds. zakupów"
    body = f"""{simple_banner("Ta strona korzysta z plików cookies. Korzystając z niej, zgadzasz się na ich użycie zgodnie z <a href='/polityka-prywatnosci'>polityką prywatności</a>.", "Akceptuję", "Odrzucam")}
<header class="navbar"><a href="https://www.zielonyrynek.pl" class="navbar-brand"><img src="/static/zr-logo.svg" alt="Zielony Rynek"></a>
<ul class="navbar-nav"><li><a href="/">Oferty pracy</a></li><li><a href="/o-nas">Dlaczego my</a></li><li><a href="/rekrutacja">Jak rekrutujemy</a></li><li><a href="https://www.zielonyrynek.pl">Sklep</a></li></ul></header>
<main class="container offer"><div class="offer-header"><h1>{title}</h1>
<ul class="offer-params"><li><span class="label">Lokalizacja:</span> Poznań</li><li><span class="label">Rodzaj umowy:</span> umowa o pracę</li>
<li><span class="label">Wymiar etatu:</span> pełny etat</li><li><span class="label">Tryb pracy:</span> hybrydowy</li>
<li><span class="label">Wynagrodzenie:</span> 7 500 – 9 000 zł brutto / mies.</li></ul></div>
<div class="offer-body"><p>Zielony Rynek to sieć 38 delikatesów ze zdrową żywnością w Wielkopolsce i na Dolnym Śląsku oraz sklep internetowy.
Dołącz do naszego działu zakupów w centrali w Poznaniu.</p>
<h2>Twoje zadania</h2><ul><li>Negocjowanie warunków handlowych z dostawcami produktów świeżych i suchych</li><li>Analiza sprzedaży i marży w kategorii</li><li>Wprowadzanie nowych produktów do oferty</li></ul>
<h2>Nasze wymagania</h2><ul><li>Min. 2 lata doświadczenia w zakupach w handlu detalicznym lub FMCG</li><li>Bardzo dobra znajomość Excela</li><li>Język angielski na poziomie B2</li></ul>
<h2>Oferujemy</h2><ul><li>Pracę hybrydową: 3 dni w tygodniu w biurze przy ul. Głogowskiej, 2 dni zdalnie</li><li>Prywatną opiekę medyczną i kartę Multisport</li><li>15% rabatu na zakupy</li></ul>
<p class="clause">Prosimy o zawarcie w CV klauzuli: „Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do realizacji procesu rekrutacji”.</p></div>
<a class="btn btn-success" href="/aplikuj/specjalista-ds-zakupow-poznan">Aplikuj</a>
<section class="related"><h3>Zobacz też</h3><ul><li><a>Kierownik sklepu – Wrocław</a></li><li><a>Magazynier – Komorniki</a></li></ul></section></main>
<footer><p>Zielony Rynek Sp. z o.o., ul. Głogowska 210, 60-104 Poznań, KRS 0000123456</p></footer>"""
    html = doc(
        f"{title} – Poznań | Kariera w Zielonym Rynku",
        body,
        lang="pl",
        og_title=title,
        site_name="Zielony Rynek – Kariera",
    )
    label = posting(
        "career-pl-poznan.html",
        url,
        "career-site",
        company="Zielony Rynek",
        title=title,
        location=where("Poznań", "PL"),
        remote="hybrid",
        employment_type="full_time",
        salary=pay(7500, 9000, "PLN", "month"),
        description_selector=".offer-body",
    )
    return "career-pl-poznan.html", html, label


@page
def career_squarespace_fremantle() -> Page:
    """Squarespace café site: part-time barista, hourly rate plus super, the shop's opening hours."""
    url = "https://www.saltbushcoffee.com.au/jobs/part-time-barista"
    title = "Part-Time Barista"
    body = f"""<div class="sqs-cookie-banner-v2" role="region" aria-label="Cookie banner"><p>This website uses cookies to improve your experience.</p><button class="accept">Accept</button><button class="decline">Decline</button></div>
<header id="header" class="header theme-col--primary"><div class="header-title-logo"><a href="/"><img alt="Saltbush Coffee Roasters" src="https://images.squarespace-cdn.com/content/v1/saltbush/logo.png"></a></div>
<nav class="header-nav-list"><div class="header-nav-item"><a href="/shop">Shop</a></div><div class="header-nav-item"><a href="/wholesale">Wholesale</a></div><div class="header-nav-item"><a href="/visit">Visit</a></div><div class="header-nav-item header-nav-item--active"><a href="/jobs">Jobs</a></div></nav>
<a class="header-actions-action--cart" href="/cart">Cart (0)</a></header>
<main id="page"><article class="sections"><section class="page-section"><div class="content-wrapper"><div class="sqs-block html-block"><div class="sqs-block-content">
<h1>{title}</h1>
<p><strong>Fremantle roastery café · 24 hours a week · $32.50/hr + super</strong></p>
<p>Saltbush is a small specialty roaster on South Terrace. We roast six days a week and run a 40-seat café out the front.</p>
<p>We're after a barista who loves dialling in espresso and looking after our regulars. The job is 24 hours a week over three days
(Friday, Saturday, Sunday, 6:30am – 2:30pm).</p>
<h3>You'll need</h3><ul><li>At least a year on a busy machine</li><li>Latte art that makes people smile</li><li>Current RSA is a bonus, not a must</li></ul>
<h3>You'll get</h3><ul><li>$32.50 an hour plus super (weekend penalty rates on top)</li><li>Free coffee, a staff meal each shift and a bag of beans a week</li><li>Cupping sessions with our head roaster</li></ul>
<p>Send a few lines about yourself and your CV to <a href="mailto:hello@saltbushcoffee.com.au">hello@saltbushcoffee.com.au</a> – no agencies please.</p>
</div></div></div></section>
<section class="page-section visit"><h2>Visit us</h2><p>112 South Terrace, Fremantle WA 6160</p><p>Mon–Sat 6:30am – 3pm · Sun 7am – 2pm</p></section></article></main>
<footer id="footer-sections"><div class="sqs-block newsletter-block"><h3>Join our newsletter</h3><form><input placeholder="Email Address"><button>Sign Up</button></form></div><p>© Saltbush Coffee Roasters Pty Ltd 2026</p></footer>"""
    html = doc(
        f"{title} — Saltbush Coffee Roasters",
        body,
        lang="en-AU",
        og_title=f"{title} — Saltbush Coffee Roasters",
        site_name="Saltbush Coffee Roasters",
        head='<!-- This is Squarespace. --><meta name="generator" content="Squarespace">',
    )
    label = posting(
        "career-squarespace-fremantle.html",
        url,
        "career-site",
        company="Saltbush Coffee Roasters",
        title=title,
        location=where("Fremantle", "AU"),
        remote=None,
        employment_type="part_time",
        salary=pay(32.5, 32.5, "AUD", "hour"),
        description_selector=".sqs-block-content",
    )
    return "career-squarespace-fremantle.html", html, label


@page
def career_webflow_montreal() -> Page:
    """Webflow game studio site: bilingual nav, hybrid studio days, CAD range, an 'our team is remote-friendly' blurb."""
    url = "https://www.northpinegames.ca/careers/gameplay-programmer"
    title = "Gameplay Programmer"
    body = f"""<div class="navbar w-nav" data-collapse="medium" role="banner"><div class="w-container"><a href="/" class="brand w-nav-brand"><img src="https://assets.website-files.com/northpine/logo.svg" alt="Northpine Games"></a>
<nav role="navigation" class="nav-menu w-nav-menu"><a href="/games" class="nav-link w-nav-link">Games</a><a href="/studio" class="nav-link w-nav-link">Studio</a><a href="/careers" class="nav-link w-nav-link w--current">Careers</a><a href="/fr/carrieres" class="nav-link w-nav-link">FR</a></nav></div></div>
<div class="section job-hero"><div class="w-container"><div class="job-tags"><div class="tag">Engineering</div><div class="tag">Montréal, QC</div><div class="tag">Full-time</div></div>
<h1 class="job-title">{title}</h1></div></div>
<div class="section"><div class="w-container w-richtext job-rich-text">
<p>Northpine Games is an independent studio of 45 people making cozy strategy games. Our last title, set in a northern fishing village, sold
over 800,000 copies on PC and Switch.</p>
<h2>The role</h2><p>You'll join the team building our next game in Unity, working on core gameplay systems with designers and artists.</p>
<ul><li>Build and tune gameplay systems in C# (economy, AI villagers, building placement)</li><li>Profile and optimize for Nintendo Switch</li><li>Write tools that help designers iterate quickly</li></ul>
<h2>You have</h2><ul><li>3+ years of professional game development in Unity or Unreal</li><li>Strong C# or C++</li><li>At least one shipped title</li></ul>
<h2>Where and how</h2><p>We're a remote-friendly studio and some of our artists work from elsewhere in Quebec, but this role is hybrid: three days a week
in our Mile End studio, two from home.</p>
<h2>Compensation</h2><p>CA$80,000–CA$100,000 per year, plus profit sharing after each launch, group insurance and a $750 yearly games budget.</p>
<p>Northpine Games welcomes applications in English or French.</p></div>
<a href="mailto:jobs@northpinegames.ca?subject=Gameplay%20Programmer" class="button w-button">Apply now</a></div>
<div class="section other-jobs"><h3>Other open roles</h3><div class="w-dyn-list"><div role="list" class="w-dyn-items"><div role="listitem" class="w-dyn-item"><a href="/careers/environment-artist">Environment Artist · Remote (Quebec)</a></div>
<div role="listitem" class="w-dyn-item"><a href="/careers/community-manager">Community Manager · Montréal</a></div></div></div></div>
<div class="footer"><p>© 2026 Northpine Games Inc. · 5445 av. de Gaspé, Montréal</p><a href="/privacy">Privacy</a></div>"""
    html = doc(
        f"{title} | Northpine Games",
        body,
        og_title=f"{title} | Northpine Games",
        site_name="Northpine Games",
        head='<meta content="Webflow" name="generator">',
    )
    label = posting(
        "career-webflow-montreal.html",
        url,
        "career-site",
        company="Northpine Games",
        title=title,
        location=where("Montréal", "CA"),
        remote="hybrid",
        employment_type="full_time",
        salary=pay(80000, 100000, "CAD", "year"),
        description_selector=".job-rich-text",
    )
    return "career-webflow-montreal.html", html, label


@page
def career_pt_vila_real() -> Page:
    """Portuguese winery site: fixed-term contract, no pay, a harvest-season note."""
    url = "https://www.vinhasdoalto.pt/carreiras/enologo-assistente"
    title = "Enólogo Assistente (m/f)"
    body = f"""{simple_banner("Este site utiliza cookies para melhorar a sua experiência de navegação.", "Aceitar", "Rejeitar")}
<div class="age-gate" hidden><p>Tem idade legal para consumir bebidas alcoólicas no seu país?</p><button>Sim</button><button>Não</button></div>
<header class="site-header"><a href="/" class="logo"><img src="/img/vinhas-do-alto.svg" alt="Vinhas do Alto"></a>
<nav><a href="/vinhos">Os Vinhos</a><a href="/enoturismo">Enoturismo</a><a href="/historia">História</a><a href="/carreiras" class="active">Carreiras</a><a href="/loja">Loja</a></nav></header>
<main class="carreira"><h1>{title}</h1><p class="meta">Vila Real · Contrato a termo</p>
<div class="descricao"><p>A Vinhas do Alto produz vinhos do Douro e do Porto em 90 hectares de vinha própria, com adega e centro de visitas perto de Vila Real.</p>
<h2>O que vai fazer</h2><ul><li>Acompanhar as fermentações e o estágio dos vinhos na adega</li><li>Análises laboratoriais de rotina e registos de qualidade</li><li>Apoiar o enólogo-chefe na vindima e nos lotes</li></ul>
<h2>Perfil</h2><ul><li>Licenciatura em Enologia ou Engenharia Agronómica</li><li>Carta de condução</li><li>Disponibilidade para horários alargados durante a vindima (setembro e outubro)</li></ul>
<h2>Oferecemos</h2><ul><li>Contrato a termo certo de 12 meses, a tempo inteiro, com possibilidade de passagem a efetivo</li><li>Alojamento durante a vindima</li><li>Formação com a nossa equipa de enologia</li></ul>
<p>Envie o seu CV para <a>recrutamento@vinhasdoalto.pt</a> até 15 de janeiro.</p></div></main>
<section class="visitas"><h2>Visite a nossa quinta</h2><p>Provas e visitas todos os dias às 11h e às 15h. Loja no Porto (Rua das Flores).</p></section>
<footer><p>Vinhas do Alto – Sociedade Agrícola, Lda. · Estrada Nacional 2, 5000-000 Vila Real</p><p>Seja responsável. Beba com moderação.</p></footer>"""
    html = doc(
        f"{title} – Carreiras – Vinhas do Alto",
        body,
        lang="pt-PT",
        og_title=title,
        site_name="Vinhas do Alto",
    )
    label = posting(
        "career-pt-vila-real.html",
        url,
        "career-site",
        company="Vinhas do Alto",
        title=title,
        location=where("Vila Real", "PT"),
        remote=None,
        employment_type="temporary",
        salary=None,
        description_selector=".descricao",
    )
    return "career-pt-vila-real.html", html, label


@page
def career_no_bergen() -> Page:
    """Norwegian builder's site: 'fast stilling 100 %', application deadline, contact person, no pay."""
    url = "https://www.fjellbygg.no/karriere/prosjektleder-bygg-bergen"
    title = "Prosjektleder bygg"
    body = f"""{cookiebot("Dette nettstedet bruker informasjonskapsler", "Vi bruker informasjonskapsler for å tilpasse innhold og analysere trafikken vår.", "Bare nødvendige", "Tillat alle")}
<header class="header"><a href="/" class="logo"><img src="/media/fjellbygg-logo.svg" alt="Fjellbygg"></a><nav><a href="/prosjekter">Prosjekter</a><a href="/tjenester">Tjenester</a><a href="/om-oss">Om oss</a><a href="/karriere">Karriere</a><a href="/kontakt">Kontakt</a></nav></header>
<main class="vacancy"><div class="vacancy__intro"><p class="kicker">Ledig stilling</p><h1>{title}</h1></div>
<dl class="vacancy__facts"><dt>Arbeidssted</dt><dd>Bergen</dd><dt>Stillingstype</dt><dd>Fast stilling, 100 %</dd><dt>Søknadsfrist</dt><dd>10.01.2027</dd><dt>Tiltredelse</dt><dd>Etter avtale</dd></dl>
<div class="vacancy__body"><p>Fjellbygg AS er en entreprenør med 110 ansatte som bygger boliger, skoler og næringsbygg på Vestlandet. Vi har kontorer i Bergen og Stord.</p>
<h2>Arbeidsoppgaver</h2><ul><li>Lede byggeprosjekter fra oppstart til overlevering, typisk 50–200 MNOK</li><li>Ansvar for fremdrift, økonomi, HMS og kvalitet</li><li>Oppfølging av underentreprenører og byggherre</li></ul>
<h2>Kvalifikasjoner</h2><ul><li>Ingeniør- eller byggfaglig utdanning</li><li>Erfaring som prosjektleder eller anleggsleder</li><li>Gode norskkunnskaper, muntlig og skriftlig</li></ul>
<h2>Vi tilbyr</h2><ul><li>Konkurransedyktig lønn og gode pensjonsordninger</li><li>Firmabil og mobiltelefon</li><li>Et faglig sterkt miljø med korte beslutningsveier</li></ul>
<p>Kontaktperson: regionsjef Eirik Haugland, tlf. 55 12 34 56.</p><a class="btn" href="/karriere/sok?stilling=prosjektleder-bygg-bergen">Søk stillingen</a></div></main>
<footer class="footer"><p>Fjellbygg AS · Kokstadvegen 30, 5257 Kokstad · Org.nr. 912 345 678</p></footer>"""
    html = doc(f"{title} – Fjellbygg", body, lang="nb", og_title=title, site_name="Fjellbygg AS")
    label = posting(
        "career-no-bergen.html",
        url,
        "career-site",
        company="Fjellbygg",
        title=title,
        location=where("Bergen", "NO"),
        remote=None,
        employment_type="full_time",
        salary=None,
        description_selector=".vacancy__body",
    )
    return "career-no-bergen.html", html, label


@page
def career_charity_norwich() -> Page:
    """UK charity on Umbraco: pro-rata salary, part-time hours, hybrid minimum days, a donate banner."""
    url = "https://www.riverlighttrust.org.uk/get-involved/work-for-us/community-fundraising-officer/"
    title = "Community Fundraising Officer"
    body = f"""{COOKIEBOT_EN}
<div class="donate-banner"><p>£10 could pay for a night of support on our helpline.</p><a class="btn" href="/donate">Donate now</a></div>
<header class="site-header"><a href="/" class="logo"><img src="/media/riverlight-logo.svg" alt="Riverlight Trust"></a>
<nav><a href="/what-we-do">What we do</a><a href="/get-help">Get help</a><a href="/get-involved">Get involved</a><a href="/news">News</a><a href="/about">About us</a></nav></header>
<nav class="breadcrumbs"><a href="/">Home</a> › <a href="/get-involved">Get involved</a> › <a href="/get-involved/work-for-us">Work for us</a> › Community Fundraising Officer</nav>
<main class="job-page"><h1>{title}</h1>
<table class="job-summary"><tr><th>Salary</th><td>£26,000 - £28,500 pro rata</td></tr><tr><th>Hours</th><td>Part time, 28 hours per week</td></tr>
<tr><th>Contract</th><td>Permanent</td></tr><tr><th>Location</th><td>Norwich (hybrid)</td></tr><tr><th>Closing date</th><td>Sunday 4 January 2027</td></tr></table>
<div class="rich-text"><p>Riverlight Trust supports people across Norfolk and Suffolk living with mental ill health, through our helpline, peer groups and
two community hubs.</p>
<p>As Community Fundraising Officer you'll build relationships with local groups, schools and businesses who fundraise for us, and grow our
events programme, including the Riverlight Riverside Walk.</p>
<h2>You'll be</h2><ul><li>Supporting supporters: from bake sales to marathons</li><li>Planning and running three to four events a year</li><li>Recording income and supporter data accurately in our CRM (Beacon)</li></ul>
<h2>Working pattern</h2><p>This is a hybrid role, with a minimum of two days a week at our Norwich office on Magdalen Street and some evening and weekend
work at events (time off in lieu).</p>
<p>Please download the job pack and complete our application form. We don't accept CVs.</p></div>
<ul class="downloads"><li><a href="/media/jobs/cfo-job-pack.pdf">Job pack (PDF, 320 KB)</a></li><li><a href="/media/jobs/application-form.docx">Application form (Word, 90 KB)</a></li></ul></main>
<section class="signup"><h2>Stay in touch</h2><form><input placeholder="Email"><button>Sign up</button></form></section>
<footer class="site-footer"><p>Riverlight Trust is a registered charity in England and Wales (1123456) and a company limited by guarantee (06543210).</p>
<p>Head office: 41 Magdalen Street, Norwich NR3 1LQ · Ipswich hub: 9 Tower Street, Ipswich</p></footer>"""
    html = doc(
        f"{title} | Riverlight Trust",
        body,
        lang="en-GB",
        og_title=title,
        site_name="Riverlight Trust",
        head='<meta name="generator" content="Umbraco">',
    )
    label = posting(
        "career-charity-norwich.html",
        url,
        "career-site",
        company="Riverlight Trust",
        title=title,
        location=where("Norwich", "GB"),
        remote="hybrid",
        employment_type="part_time",
        salary=pay(26000, 28500, "GBP", "year"),
        description_selector=".rich-text",
    )
    return "career-charity-norwich.html", html, label


@page
def career_credit_union_savannah() -> Page:
    """US credit union careers page (CMS with Organization JSON-LD): on-site branch role, annual range."""
    url = "https://www.marshgatecu.org/about-us/careers/branch-manager-southside"
    title = "Branch Manager – Southside Branch"
    org = {
        "@context": "https://schema.org",
        "@type": "BankOrCreditUnion",
        "name": "Marshgate Credit Union",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "200 Bay Street",
            "addressLocality": "Savannah",
            "addressRegion": "GA",
            "postalCode": "31401",
        },
        "telephone": "+1-912-555-0190",
    }
    body = f"""{ONETRUST}
<div class="alert-bar"><p>Beware of text messages asking for your PIN. Marshgate will never ask for it.</p></div>
<header class="header"><a href="/" class="logo"><img src="/images/marshgate-logo.svg" alt="Marshgate Credit Union"></a>
<nav><a href="/personal">Personal</a><a href="/business">Business</a><a href="/loans">Loans</a><a href="/about-us">About Us</a></nav><a class="btn-login" href="https://online.marshgatecu.org">Online Banking Login</a></header>
<main class="careers-detail"><h1>{title}</h1><p class="job-meta">Savannah, GA · Full-time · Exempt</p>
<div class="job-body"><p>Marshgate Credit Union serves 48,000 members across coastal Georgia from nine branches. We are looking for a Branch Manager for our
Southside branch on Abercorn Street.</p>
<h2>Essential functions</h2><ul><li>Lead a team of seven member service representatives and tellers</li><li>Grow consumer lending and deposit relationships in the branch's market</li><li>Ensure compliance with BSA/AML and credit union policy</li></ul>
<h2>Qualifications</h2><ul><li>Bachelor's degree or equivalent experience</li><li>3+ years of branch or retail banking management</li><li>NMLS registration or the ability to obtain it</li></ul>
<h2>Compensation</h2><p>The salary range for this position is $62,000 - $74,000 annually, plus an incentive plan.</p>
<p>This position is on-site at the branch; it is not eligible for remote work.</p>
<p>Marshgate Credit Union is an Equal Opportunity Employer. Federally insured by NCUA.</p>
<a class="btn" href="/about-us/careers/apply?req=BM-0417">Apply Online</a></div>
<aside class="other-openings"><h3>Current openings</h3><ul><li><a>Member Service Representative – Pooler</a></li><li><a>Loan Processor (Remote – Georgia)</a></li><li><a>Teller (Part-time) – Richmond Hill</a></li></ul></aside></main>
<footer class="footer"><p>Marshgate Credit Union · 200 Bay Street, Savannah, GA 31401 · Routing 261234567</p><p>Equal Housing Opportunity · Federally insured by NCUA</p></footer>"""
    html = doc(
        f"{title} | Careers | Marshgate Credit Union",
        body,
        head=ld(org),
        og_title=title,
        site_name="Marshgate Credit Union",
    )
    label = posting(
        "career-credit-union-savannah.html",
        url,
        "career-site",
        company="Marshgate Credit Union",
        title=title,
        location=where("Savannah", "US"),
        remote="onsite",
        employment_type="full_time",
        salary=pay(62000, 74000, "USD", "year"),
        description_selector=".job-body",
    )
    return "career-credit-union-savannah.html", html, label


@page
def career_jsonld_madison() -> Page:
    """US animal hospital site with a WordPress jobs plugin that emits JobPosting JSON-LD (hourly pay)."""
    url = "https://www.lakeshoreanimalhospital.com/careers/licensed-veterinary-technician/"
    title = "Licensed Veterinary Technician"
    jl = job_ld(
        title,
        "Lakeshore Animal Hospital",
        city="Madison",
        region="WI",
        country="US",
        posted="2026-11-19",
        employment="FULL_TIME",
        salary=money("USD", 22, 27, "HOUR"),
        street="2130 Atwood Avenue",
        postal="53704",
        description="&lt;p&gt;Lakeshore Animal Hospital is a four-doctor, AAHA-accredited practice on Madison's east side.&lt;/p&gt;",
    )
    body = f"""{simple_banner("This site uses cookies to improve your experience and for analytics.", "OK", "Decline")}
<header class="site-header"><div class="top-strip"><span>Open Mon–Fri 7:30am–7pm, Sat 8am–1pm</span><a href="tel:+16085550134">(608) 555-0134</a><a class="btn" href="/request-appointment">Request an Appointment</a></div>
<a href="/" class="logo"><img alt="Lakeshore Animal Hospital" src="/wp-content/uploads/2024/02/lakeshore-logo.png"></a>
<nav class="main-menu"><ul><li><a href="/services">Services</a></li><li><a href="/our-team">Our Team</a></li><li><a href="/new-clients">New Clients</a></li><li><a href="/pharmacy">Online Pharmacy</a></li><li class="current-menu-ancestor"><a href="/careers">Careers</a></li></ul></nav></header>
<main class="site-main"><article class="awsm_job_openings type-awsm_job_openings">
<h1 class="entry-title">{title}</h1>
<div class="awsm-job-specification-wrapper"><div class="awsm-job-specification-item awsm-job-specification-job-category"><span class="awsm-job-specification-label">Job Category: </span><span class="awsm-job-specification-term">Clinical</span></div>
<div class="awsm-job-specification-item awsm-job-specification-job-type"><span class="awsm-job-specification-label">Job Type: </span><span class="awsm-job-specification-term">Full Time</span></div>
<div class="awsm-job-specification-item awsm-job-specification-job-location"><span class="awsm-job-specification-label">Job Location: </span><span class="awsm-job-specification-term">Madison, WI</span></div></div>
<div class="awsm-job-entry-content entry-content"><p>Lakeshore Animal Hospital is a four-doctor, AAHA-accredited practice on Madison's east side, caring for dogs,
cats and a growing number of rabbits and guinea pigs.</p>
<p><strong>What you'll do</strong></p><ul><li>Induce and monitor anesthesia, place IV catheters, run dental cleanings and radiographs</li><li>Run in-house lab work and educate clients at discharge</li><li>Help train our veterinary assistants</li></ul>
<p><strong>What you need</strong></p><ul><li>Credentialed as a CVT/LVT in Wisconsin (or eligible for transfer)</li><li>A year of small-animal practice experience preferred</li></ul>
<p><strong>Pay and schedule</strong></p><p>$22–$27 per hour depending on experience, four 10-hour shifts a week, one Saturday morning a month.
Benefits include health insurance, CE allowance, uniforms and pet-care discounts.</p></div>
<div class="awsm-job-form"><h2>Apply for this position</h2><form class="awsm-application-form"><label>Full Name *<input></label><label>Email *<input></label><label>Phone *<input></label><label>Upload CV/Resume *<input type="file"></label><label>Cover Letter<textarea></textarea></label><button>Submit</button></form></div></article></main>
<aside class="sidebar"><h3>Other openings</h3><ul><li><a href="/careers/client-care-specialist/">Client Care Specialist (Part-time)</a></li><li><a href="/careers/associate-veterinarian/">Associate Veterinarian</a></li></ul></aside>
<footer class="site-footer"><p>Lakeshore Animal Hospital · 2130 Atwood Avenue, Madison, WI 53704</p><p>© 2026 · Website by a local agency</p></footer>"""
    html = doc(
        f"{title} – Lakeshore Animal Hospital",
        body,
        head=ld(jl),
        og_title=f"{title} – Lakeshore Animal Hospital",
        site_name="Lakeshore Animal Hospital",
    )
    label = posting(
        "career-jsonld-madison.html",
        url,
        "career-site",
        company="Lakeshore Animal Hospital",
        title=title,
        location=where("Madison", "US"),
        remote=None,
        employment_type="full_time",
        salary=pay(22, 27, "USD", "hour"),
        description_selector=".awsm-job-entry-content",
    )
    return "career-jsonld-madison.html", html, label


@page
def workday_hamburg_de() -> Page:
    """Rendered Workday page in German: no remote-type field, mobile work stated in the text."""
    url = "https://hafenlicht.wd3.myworkdayjobs.com/de-DE/Hafenlicht_Careers/job/Hamburg/Senior-Controller--m-w-d-_JR-004512"
    title = "Senior Controller (m/w/d)"
    jl = job_ld(
        title,
        "Hafenlicht Logistik SE",
        city="Hamburg",
        region="",
        country="DE",
        posted="2026-11-26",
        employment="FULL_TIME",
        description="Die Hafenlicht Logistik SE ist ein Kontraktlogistiker…",
    )
    body = f"""<div id="root"><div data-automation-id="headerWrapper"><header>
<a data-automation-id="logoLink" href="/de-DE/Hafenlicht_Careers"><img alt="Hafenlicht" src="/hafenlicht/assets/logo"></a>
<button data-automation-id="signInLink">Anmelden</button><button data-automation-id="utilityMenuButton">Deutsch</button></header></div>
<div data-automation-id="jobDetails"><div data-automation-id="job-posting-details">
<h2 data-automation-id="jobPostingHeader">{title}</h2>
<div data-automation-id="applyButton"><a role="button" href="{url}/apply">Bewerben</a></div>
<div data-automation-id="locations"><dl><dt>Standorte</dt><dd>Hamburg</dd></dl></div>
<div data-automation-id="time"><dl><dt>Arbeitszeitmodell</dt><dd>Vollzeit</dd></dl></div>
<div data-automation-id="postedOn"><dl><dt>Veröffentlicht</dt><dd>Vor 8 Tagen veröffentlicht</dd></dl></div>
<div data-automation-id="timeLeftToApply"><dl><dt>Verbleibende Zeit für Bewerbung</dt><dd>Noch 22 Tage zur Bewerbung</dd></dl></div>
<div data-automation-id="requisitionId"><dl><dt>Stellen-ID</dt><dd>JR-004512</dd></dl></div>
<div data-automation-id="jobPostingDescription"><p><b>Über uns</b></p>
<p>Die Hafenlicht Logistik SE ist ein Kontraktlogistiker mit 4.800 Beschäftigten an 31 Standorten in Deutschland, Polen und Tschechien.
Unsere Zentrale liegt in der HafenCity.</p>
<p><b>Deine Aufgaben</b></p><ul><li>Monats-, Quartals- und Jahresreporting für den Geschäftsbereich Kontraktlogistik</li>
<li>Planung und Forecast gemeinsam mit den Standortleitungen</li><li>Weiterentwicklung unserer Berichte in SAP S/4HANA und Power BI</li></ul>
<p><b>Dein Profil</b></p><ul><li>Abgeschlossenes Studium der Wirtschaftswissenschaften</li><li>Mindestens 5 Jahre Erfahrung im Controlling, idealerweise in der Logistik</li>
<li>Sehr gute SAP-Kenntnisse, gutes Englisch</li></ul>
<p><b>Das bieten wir</b></p><ul><li>Unbefristeter Vertrag in Vollzeit (38 Stunden)</li><li>Mobiles Arbeiten an bis zu zwei Tagen pro Woche</li>
<li>Deutschlandticket als Jobticket, 30 Urlaubstage</li></ul>
<p>Hafenlicht steht für Vielfalt. Wir freuen uns über alle Bewerbungen – unabhängig von Geschlecht, Herkunft, Alter oder Behinderung.</p></div>
</div>
<div data-automation-id="similarJobs"><h3>Ähnliche Stellen (2)</h3><ul>
<li><a href="/de-DE/Hafenlicht_Careers/job/Bremen/Controller--m-w-d-_JR-004498">Controller (m/w/d)</a><p>Bremen</p></li>
<li><a href="/de-DE/Hafenlicht_Careers/job/Remote-Deutschland/Finance-Analyst--m-w-d-_JR-004520">Finance Analyst (m/w/d)</a><p>Remote, Deutschland</p></li></ul></div>
</div>
<footer data-automation-id="footerContainer"><p>© 2026 Workday, Inc. Alle Rechte vorbehalten.</p><a href="#">Cookie-Einstellungen</a></footer></div>"""
    html = doc(title, body, lang="de-DE", head=ld(jl))
    label = posting(
        "workday-hamburg-de.html",
        url,
        "workday",
        company="Hafenlicht Logistik",
        title=title,
        location=where("Hamburg", "DE"),
        remote="hybrid",
        employment_type="full_time",
        salary=None,
        description_selector="[data-automation-id=jobPostingDescription]",
    )
    return "workday-hamburg-de.html", html, label


# --------------------------------------------------------------------------------------------------
# Pages that are not postings
# --------------------------------------------------------------------------------------------------


@page
def not_indeed_search() -> Page:
    """An Indeed search result page: many job cards, one of them highlighted in the side pane."""
    url = "https://www.indeed.com/jobs?q=warehouse+supervisor&l=Columbus%2C+OH"
    cards = [
        (
            "Warehouse Supervisor - 2nd Shift",
            "Brookfield Cold Storage",
            "Groveport, OH",
            "$26 - $30 an hour",
            "Full-time",
        ),
        (
            "Distribution Center Supervisor",
            "Hollins Home Goods",
            "Columbus, OH 43207",
            "$58,000 - $66,000 a year",
            "Full-time",
        ),
        ("Inventory Control Lead", "Scioto Parts Supply", "Obetz, OH", "$22 an hour", "Full-time"),
        ("Shipping & Receiving Supervisor", "Tarrow Beverage Co.", "Columbus, OH", "", "Full-time"),
        (
            "Warehouse Team Lead (Nights)",
            "Ridgecrest Fulfillment",
            "Etna, OH",
            "From $24 an hour",
            "Full-time",
        ),
    ]
    items = "\n".join(
        f"""<li><div class="job_seen_beacon"><h2 class="jobTitle"><a class="jcs-JobTitle" href="/rc/clk?jk=a{i}b{i}c{i}"><span>{t}</span></a></h2>
<div class="company_location"><span data-testid="company-name">{c}</span><div data-testid="text-location">{loc}</div></div>
<div class="metadata salary-snippet-container">{s}</div><div class="metadata">{ty}</div>
<div class="job-snippet"><ul><li>Lead a team of associates on shift.</li></ul></div><span class="date">Posted {i + 1} days ago</span></div></li>"""
        for i, (t, c, loc, s, ty) in enumerate(cards)
    )
    body = f"""<header class="gnav"><a href="/">Indeed</a><nav><a>Find jobs</a><a>Company reviews</a><a>Find salaries</a></nav><a>Sign in</a></header>
<div id="jobsearch-Main"><form class="jobsearch-SearchBox"><input name="q" value="warehouse supervisor"><input name="l" value="Columbus, OH"><button>Find jobs</button></form>
<div class="jobsearch-JobCountAndSortPane-jobCount"><span>212 jobs</span></div>
<div class="jobsearch-LeftPane"><ul class="css-zu9cdh eu4oa1w0">{items}</ul>
<nav aria-label="pagination"><a>1</a><a>2</a><a>3</a><a>Next</a></nav></div>
<div class="jobsearch-RightPane"><div class="jobsearch-ViewJobLayout--embedded"><h2 class="jobsearch-JobInfoHeader-title">Warehouse Supervisor - 2nd Shift</h2>
<div data-company-name="true">Brookfield Cold Storage</div><div>Groveport, OH</div><div id="salaryInfoAndJobType">$26 - $30 an hour - Full-time</div>
<div id="jobDescriptionText"><p>Brookfield Cold Storage is hiring a second-shift supervisor for our frozen-food warehouse…</p></div></div></div></div>
<div class="jobalert"><h3>Get new jobs for this search by email</h3><form><input placeholder="Your email"><button>Subscribe</button></form></div>
<footer><p>© 2026 Indeed</p></footer>"""
    html = doc("Warehouse Supervisor Jobs, Employment in Columbus, OH | Indeed.com", body)
    return (
        "not-indeed-search.html",
        html,
        not_a_job("not-indeed-search.html", url, "listing", "search results listing"),
    )


@page
def not_expired_career_site() -> Page:
    """A closed vacancy on a UK company site that keeps its title, text and an out-of-date JobPosting."""
    url = "https://www.calderbrookhomes.co.uk/careers/site-manager-halifax/"
    title = "Site Manager"
    jl = job_ld(
        title,
        "Calderbrook Homes",
        city="Halifax",
        region="West Yorkshire",
        country="GB",
        posted="2026-09-01",
        valid_through="2026-10-15T23:59",
        employment="FULL_TIME",
        salary=money("GBP", 55000, 62000, "YEAR"),
        description="Calderbrook Homes is looking for a Site Manager…",
    )
    body = f"""{simple_banner("We use cookies to give you the best experience on our website.", "Accept all", "Manage")}
<header class="header"><a href="/" class="logo"><img alt="Calderbrook Homes" src="/wp-content/themes/calderbrook/logo.svg"></a><nav><a href="/developments">Find a home</a><a href="/help-to-buy">Buying with us</a><a href="/about">About</a><a href="/careers">Careers</a></nav></header>
<main class="vacancy vacancy--closed"><div class="notice notice--warning" role="status"><strong>This vacancy has now closed.</strong> Applications are no longer
being accepted. Take a look at our <a href="/careers/">current vacancies</a> or register for job alerts.</div>
<h1>{title}</h1><p class="vacancy-meta">Halifax, West Yorkshire · £55,000 – £62,000 + car allowance · Closed 15 October 2026</p>
<div class="vacancy-body"><p>Calderbrook Homes builds 250 homes a year across West Yorkshire. We're looking for a Site Manager to run our 86-home development at
Siddal, Halifax.</p><h2>The role</h2><ul><li>Run the site day to day, from groundworks to handover</li><li>Manage subcontractors and keep the build programme on track</li><li>Lead health and safety on site</li></ul>
<h2>You'll have</h2><ul><li>SMSTS, First Aid and a CSCS black card</li><li>Experience managing residential new-build sites</li></ul></div>
<div class="vacancy-apply"><button disabled>Applications closed</button></div></main>
<section class="jobs-alert"><h2>Get job alerts</h2><form><input placeholder="Email address"><button>Register</button></form></section>
<footer><p>Calderbrook Homes Ltd · Registered in England 08765432 · Elland Road Business Park, Brighouse HD6 2RS</p></footer>"""
    html = doc(
        f"{title} – Halifax | Careers | Calderbrook Homes",
        body,
        lang="en-GB",
        head=ld(jl),
        og_title=title,
        site_name="Calderbrook Homes",
    )
    return (
        "not-expired-career-site.html",
        html,
        not_a_job(
            "not-expired-career-site.html",
            url,
            "expired",
            "expired posting that keeps its text and a JobPosting",
        ),
    )


@page
def not_workable_confirmation() -> Page:
    """Workable's page after an application is sent."""
    url = "https://apply.workable.com/greywell-analytics/j/5D2A8C41F7/apply/success/"
    body = """<div id="app"><div class="styles__container--1kfp0"><header class="styles__header--2uiNe"><a href="/greywell-analytics/"><img alt="Greywell Analytics" src="https://workablehr.s3.amazonaws.com/uploads/account/logo/greywell.png"></a></header>
<main class="styles__success--2NfQm"><div data-ui="application-success"><svg aria-hidden="true"></svg><h1>Thank you for applying!</h1>
<p>Your application for <strong>Business Intelligence Analyst</strong> has been submitted to Greywell Analytics. You'll get a confirmation e-mail shortly.</p>
<p>We read every application and will be in touch within two weeks.</p>
<a data-ui="back-to-jobs" href="/greywell-analytics/">View more jobs</a></div></main>
<footer class="styles__footer--2OGTu"><a href="https://www.workable.com/">Powered by Workable</a></footer></div></div>"""
    html = doc("Greywell Analytics - Application submitted", body)
    return (
        "not-workable-confirmation.html",
        html,
        not_a_job("not-workable-confirmation.html", url, "confirmation", "application confirmation"),
    )


@page
def not_careers_landing() -> Page:
    """A company's careers landing page: values, benefits, teams and a link to the board, no single job."""
    url = "https://www.ostrafield.com/careers"
    body = f"""{ONETRUST}
<header class="nav"><a href="/" class="logo"><img alt="Ostrafield" src="/static/ostrafield.svg"></a><nav><a href="/product">Product</a><a href="/customers">Customers</a><a href="/pricing">Pricing</a><a href="/careers" class="active">Careers</a></nav><a class="btn" href="/demo">Book a demo</a></header>
<main><section class="hero"><h1>Build the future of farm logistics with us</h1><p>We're 120 people in Des Moines, Chicago and remote across the US, helping
grain co-ops move harvests on time.</p><a class="btn" href="https://jobs.lever.co/ostrafield">See open roles</a></section>
<section class="values"><h2>What we value</h2><div class="grid"><div><h3>Earn trust</h3><p>Farmers bet their season on us.</p></div><div><h3>Ship it, then make it better</h3><p>Small releases, every day.</p></div><div><h3>Say the hard thing kindly</h3><p>Candour with care.</p></div></div></section>
<section class="benefits"><h2>Benefits</h2><ul><li>Medical, dental and vision from day one</li><li>Remote-friendly: work from our hubs or from home</li><li>16 weeks of parental leave</li><li>$1,000 learning budget</li></ul></section>
<section class="teams"><h2>Our teams</h2><ul><li><a href="https://jobs.lever.co/ostrafield?team=Engineering">Engineering (4 open roles)</a></li><li><a href="https://jobs.lever.co/ostrafield?team=Sales">Sales (2 open roles)</a></li><li><a href="https://jobs.lever.co/ostrafield?team=Operations">Operations (1 open role)</a></li></ul></section>
<section class="quote"><blockquote>"I joined as a support rep and now lead our carrier team." – Dana, Head of Carrier Operations</blockquote></section>
<section class="hiring-process"><h2>How we hire</h2><ol><li>Intro call</li><li>Skills conversation</li><li>Meet the team</li><li>Offer</li></ol></section></main>
<footer><p>© 2026 Ostrafield, Inc. · 400 Locust St, Des Moines, IA</p><a>Privacy</a><a>Terms</a></footer>"""
    html = doc("Careers at Ostrafield", body, og_title="Careers at Ostrafield", site_name="Ostrafield")
    return (
        "not-careers-landing.html",
        html,
        not_a_job("not-careers-landing.html", url, "careers-landing", "careers landing page"),
    )


@page
def not_personio_open_application() -> Page:
    """A Personio Initiativbewerbung: published like a posting, names no role."""
    url = "https://lindgruen-werkzeugbau.jobs.personio.de/job/1200001?language=de"
    title = "Initiativbewerbung (m/w/d)"
    sections = """<div class="job-section"><h2>Dein Traumjob ist nicht dabei?</h2><p>Du hast keine passende Stelle bei uns gefunden, möchtest aber
trotzdem Teil der Lindgrün Werkzeugbau GmbH werden? Dann sende uns deine Initiativbewerbung! Wir melden uns, sobald eine passende Position frei wird.</p></div>
<div class="job-section"><h2>Was wir bieten</h2><ul><li>Einen sicheren Arbeitsplatz in einem wachsenden Familienunternehmen</li><li>30 Tage Urlaub, JobRad und Kantine</li></ul></div>"""
    footer = "<p>Lindgrün Werkzeugbau GmbH · Ostener Straße 12 · 93055 Regensburg</p>"
    jl = job_ld(
        title,
        "Lindgrün Werkzeugbau GmbH",
        city="Regensburg",
        region="",
        country="DE",
        posted="2026-01-05",
        employment=["FULL_TIME", "PART_TIME"],
        description="Du hast keine passende Stelle bei uns gefunden…",
    )
    body = personio_page(
        "Lindgrün Werkzeugbau GmbH",
        title,
        ["Verschiedene Bereiche", "Vollzeit oder Teilzeit", "Regensburg"],
        sections,
        "de",
        "Jetzt bewerben",
        footer,
    )
    html = doc(f"{title} | Lindgrün Werkzeugbau GmbH", body, lang="de", head=ld(jl), og_title=title)
    return (
        "not-personio-open-application.html",
        html,
        not_a_job(
            "not-personio-open-application.html",
            url,
            "open-application",
            "open application (Initiativbewerbung), names no job",
        ),
    )


# --------------------------------------------------------------------------------------------------


def main() -> None:
    """Write every page and ``labels.json`` (the old pages are removed first)."""
    out = HERE / "pages"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.html"):
        old.unlink()
    labels: list[Label] = []
    for build in BUILDERS:
        name, html, label = build()
        assert label["file"] == f"pages/{name}", name
        (out / name).write_text(html, encoding="utf-8", newline="\n")
        labels.append(label)
    text = json.dumps(labels, ensure_ascii=False, indent=2) + "\n"
    (HERE / "labels.json").write_text(text, encoding="utf-8", newline="\n")


if __name__ == "__main__":
    main()
