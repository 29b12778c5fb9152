# ruff: noqa: E501, RUF001  (page text: long lines and the typographic dashes real pages carry)
"""Write ``samples/shapes16/pages/*.html`` and ``labels.json`` from the hand-written pages below.

English company career sites without an ATS (WordPress with Elementor, Divi, Astra or WP Job Manager, Drupal,
Joomla, Squarespace, Wix, Webflow, HubSpot CMS, a Next.js marketing site, Adobe AEM, Sitecore, Umbraco, hand-built)
in the US, GB, IE, CA, AU, NZ, IN, ZA and SG. Each page is written out here beside its label (what a careful
reader takes from the rendered page); the consent banners, trackers, navigation and footers are shared pieces
filled per site. Standard library only; the output is byte-identical on every run:

    .venv/bin/python samples/shapes16/build.py
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
    """One page and its label (the shared fields filled in; a ``reason`` makes it a non-job page)."""
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
    if "reason" in label:
        full.update(broken="not a job page", expect="dead_letter", reason=label["reason"])
    PAGES.append({"label": full, "html": html})


def pay(lo: float, hi: float, cur: str, period: str) -> dict[str, Any]:
    return {"min": lo, "max": hi, "currency": cur, "period": period}


def loc(city: str | None, country: str) -> dict[str, Any]:
    return {"city": city, "country_code": country}


ELEMENTOR_CSS = (
    '<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css" '
    'media="all">\n'
)


def elementor_icon_list(items: list[tuple[str, str]]) -> str:
    """Elementor's icon-list widget: one ``li`` per fact, an icon and its text."""
    lis = "".join(
        f'<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" '
        f'class="{icon}"></i></span><span class="elementor-icon-list-text">{text}</span></li>'
        for icon, text in items
    )
    return (
        '<div class="elementor-element elementor-widget elementor-widget-icon-list" data-widget_type="icon-list.default">'
        f'<div class="elementor-widget-container"><ul class="elementor-icon-list-items">{lis}</ul></div></div>'
    )


def elementor_text(html: str) -> str:
    return (
        '<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default">'
        f'<div class="elementor-widget-container">{html}</div></div>'
    )


# --- GB -----------------------------------------------------------------------------------------------------

add(
    {
        "file": "elementor-copywriter-clients-bristol-gb",
        "url": "https://www.brightwatercreative.co.uk/careers/senior-copywriter/",
        "shape": "career-elementor",
        "company": "Brightwater Creative Ltd",
        "title": "Senior Copywriter",
        "salary": pay(38000, 44000, "GBP", "year"),
        "location": loc("Bristol", "GB"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head(
        "en-GB",
        "Senior Copywriter - Careers - Brightwater Creative",
        "Brightwater Creative",
        GTM.replace("{id}", "K7PZ2QX") + ELEMENTOR_CSS,
        generator="Elementor 3.24.7; features: e_font_icon_svg; settings: css_print_method-external",
    )
    + '<body class="page-template-default page page-id-2281 elementor-default elementor-kit-6 elementor-page elementor-page-2281">\n'
    + cookie_banner("en", "cookiebot")
    + nav(["Work", "Services", "About", "Careers", "Journal", "Contact"], "Brightwater Creative logo")
    + '<div data-elementor-type="wp-page" data-elementor-id="2281" class="elementor elementor-2281">'
    '<section class="elementor-section elementor-top-section elementor-section-boxed"><div class="elementor-container">'
    '<div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap">'
    '<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">'
    '<p class="elementor-heading-title elementor-size-small">Join the studio</p></div></div>'
    '<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">'
    '<h1 class="elementor-heading-title elementor-size-default">Senior Copywriter</h1></div></div>'
    + elementor_text(
        "<p>Brightwater is an independent brand and content studio of 24 people on Bristol's Harbourside. We write "
        "and design for purpose-led brands in food, travel and energy, and we're looking for a senior copywriter to "
        "lead the words on our biggest accounts.</p>"
        "<h3>What you'll do</h3><ul><li>Own tone of voice projects from workshop to guidelines</li>"
        "<li>Write campaign, web and packaging copy, and edit the work of two mid-weight writers</li>"
        "<li>Present work to clients with our strategy and design leads</li></ul>"
        "<h3>What you'll need</h3><ul><li>Five or more years writing in an agency or in-house brand team</li>"
        "<li>A portfolio that shows range, from a strapline to a 3,000-word report</li></ul>"
        "<h3>How we work</h3><p>We're together in the studio on Tuesdays, Wednesdays and Thursdays; Mondays and "
        "Fridays are home days. The role is full-time and permanent, with a salary of £38,000 – £44,000 depending "
        "on experience.</p>"
        "<h3>Perks</h3><ul><li>27 days' holiday plus bank holidays</li><li>A four-day week in August</li>"
        "<li>£500 a year learning budget</li><li>Remote working from abroad for up to two weeks a year</li></ul>"
    )
    + "</div></div>"
    '<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">'
    + elementor_icon_list(
        [
            ("fas fa-map-marker-alt", "Bristol studio / home"),
            ("fas fa-clock", "Full-time, permanent"),
            ("fas fa-calendar", "Apply by 9 January 2027"),
        ]
    )
    + '<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container">'
    '<a class="elementor-button" href="mailto:jobs@brightwatercreative.co.uk?subject=Senior%20Copywriter">'
    '<span class="elementor-button-text">Apply now</span></a></div></div></div></div></div></section>'
    '<section class="elementor-section clients-strip"><div class="elementor-container"><h2 class="elementor-heading-title">'
    "Some of the brands we write for</h2>"
    '<div class="elementor-widget-image-carousel"><img src="/wp-content/uploads/2025/03/ferncombe.svg" alt="Ferncombe Dairy">'
    '<img src="/wp-content/uploads/2025/03/ouse.svg" alt="Ouse Valley Rail">'
    '<img src="/wp-content/uploads/2025/03/greenhollow.svg" alt="Greenhollow Energy Co-operative">'
    '<img src="/wp-content/uploads/2025/03/tamberlin.svg" alt="Tamberlin Travel"></div></div></section></div>'
    + footer(
        [
            "Brightwater Creative, Unit 4, The Boatyard, Hotwell Road, Bristol BS8 4RU · hello@brightwatercreative.co.uk",
            "© 2026 Brightwater Creative Ltd. Registered in England and Wales, company no. 10448213. A certified B Corp.",
        ],
        ["Privacy", "Cookies", "Modern slavery statement"],
    )
    + "</body></html>\n",
)

add(
    {
        "file": "drupal-charity-part-time-pro-rata-edinburgh-gb",
        "url": "https://www.lothianriversidetrust.org.uk/jobs/fundraising-officer",
        "shape": "career-drupal",
        "company": "Lothian Riverside Trust",
        "title": "Fundraising Officer",
        "salary": pay(27500, 27500, "GBP", "year"),
        "location": loc("Edinburgh", "GB"),
        "remote": "hybrid",
        "employment_type": "part_time",
    },
    head(
        "en",
        "Fundraising Officer | Lothian Riverside Trust",
        "Lothian Riverside Trust",
        '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk2p9R.css">\n'
        '<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/",'
        '"currentPath":"node\\/418","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"en"},'
        '"gtag":{"tagId":"G-8QW2LMN4RT"}}</script>\n',
        generator="Drupal 10 (https://www.drupal.org)",
    )
    + '<body class="path-node page-node-type-vacancy">\n'
    '<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>\n'
    + cookie_banner("en")
    + '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>'
    + nav(["About us", "Our rivers", "Volunteer", "Donate", "Jobs", "News"], "Lothian Riverside Trust home")
    + '<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">'
    '<ol><li><a href="/">Home</a></li><li><a href="/jobs">Jobs</a></li><li>Fundraising Officer</li></ol></nav></div>'
    '<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region-content">'
    '<article data-history-node-id="418" role="article" class="node node--type-vacancy node--view-mode-full">'
    '<h1 class="page-title"><span class="field field--name-title field--type-string">Fundraising Officer</span></h1>'
    '<div class="node__content">'
    '<div class="field field--name-field-salary field--type-string field--label-inline"><div class="field__label">Salary</div>'
    '<div class="field__item">£27,500 FTE (pro rata)</div></div>'
    '<div class="field field--name-field-hours field--type-string field--label-inline"><div class="field__label">Hours</div>'
    '<div class="field__item">28 hours per week</div></div>'
    '<div class="field field--name-field-closing-date field--type-datetime field--label-inline"><div class="field__label">'
    'Closing date</div><div class="field__item"><time datetime="2027-01-12T12:00:00Z">Tuesday 12 January 2027, 12:00</time>'
    "</div></div>"
    '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">'
    "<p>Lothian Riverside Trust looks after the Water of Leith, the Almond and the Esk, with 600 volunteers who "
    "clear, plant and monitor the rivers every year. We're looking for a part-time Fundraising Officer to grow our "
    "income from trusts, foundations and local businesses.</p>"
    "<h2>The role</h2><ul><li>Research and write applications to trusts and foundations</li>"
    "<li>Report to funders on the projects they support</li><li>Look after our corporate volunteering days</li></ul>"
    "<h2>Where you'll work</h2><p>Our office is at the Coalhill Warehouse in Leith. The post is hybrid: we ask for "
    "at least two days a week in the office, the rest can be worked from home.</p>"
    "<h2>About you</h2><ul><li>Experience of writing successful funding bids</li><li>A driving licence is "
    "helpful, as our sites run from Balerno to Musselburgh</li></ul>"
    "<p>We are a partner of the Forth Rivers Alliance and are supported by the Scottish Landfill Communities Fund "
    "and the Carrick Harbour Foundation.</p></div>"
    '<div class="field field--name-field-application-pack"><a href="/sites/default/files/2026-12/fundraising-officer-pack.pdf">'
    "Download the application pack (PDF, 412 KB)</a></div></div></article></div></main>"
    + footer(
        [
            "Lothian Riverside Trust, Coalhill Warehouse, 2 Coalhill, Edinburgh EH6 6PZ",
            "Lothian Riverside Trust is a Scottish Charitable Incorporated Organisation, charity number SC041887.",
        ],
        ["Accessibility", "Privacy", "Cookies"],
    )
    + "</div></body></html>\n",
)

add(
    {
        "file": "umbraco-housing-fixed-term-cardiff-gb",
        "url": "https://www.taffvalleyhomes.co.uk/about-us/careers/vacancies/housing-officer-fixed-term/",
        "shape": "career-umbraco",
        "company": "Taff Valley Homes",
        "title": "Housing Officer (12-month fixed term)",
        "salary": pay(29412, 32101, "GBP", "year"),
        "location": loc("Cardiff", "GB"),
        "remote": "hybrid",
        "employment_type": "temporary",
    },
    head(
        "en-GB",
        "Housing Officer (12-month fixed term) - Taff Valley Homes",
        "Taff Valley Homes",
        '<link rel="stylesheet" href="/css/site.min.css?v=20261104">\n'
        + jsonld(
            {
                "@context": "https://schema.org",
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": 1,
                        "name": "Home",
                        "item": "https://www.taffvalleyhomes.co.uk/",
                    },
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "About us",
                        "item": "https://www.taffvalleyhomes.co.uk/about-us/",
                    },
                    {
                        "@type": "ListItem",
                        "position": 3,
                        "name": "Careers",
                        "item": "https://www.taffvalleyhomes.co.uk/about-us/careers/",
                    },
                    {"@type": "ListItem", "position": 4, "name": "Housing Officer (12-month fixed term)"},
                ],
            }
        ),
    )
    + '<body class="umb-vacancy-page">\n'
    + cookie_banner("en", "onetrust")
    + '<div class="top-bar"><a href="/cy/">Cymraeg</a> <a href="/report-a-repair/">Report a repair</a></div>'
    + nav(["Find a home", "Your home", "Pay rent", "About us", "Contact"], "Taff Valley Homes")
    + '<main id="main"><div class="container"><ul class="breadcrumbs"><li><a href="/">Home</a></li>'
    '<li><a href="/about-us/">About us</a></li><li><a href="/about-us/careers/">Careers</a></li>'
    "<li>Housing Officer (12-month fixed term)</li></ul>"
    '<div class="umb-grid"><div class="grid-section"><div class="row"><div class="col-md-8 column">'
    '<div class="umb-block-list"><div class="block hero-block"><h1>Housing Officer (12-month fixed term)</h1>'
    '<p class="lead">Maternity cover for our Tenancy Services team</p></div>'
    '<div class="block rich-text-block">'
    "<p>Taff Valley Homes owns and manages 4,200 homes for social rent in Cardiff and the Vale of Glamorgan. We're "
    "looking for a Housing Officer to cover a maternity leave for twelve months, managing a patch of around 330 homes "
    "in Splott and Tremorfa.</p>"
    "<h2>The job</h2><ul><li>Sign up new tenants and carry out settling-in visits</li><li>Deal with tenancy "
    "breaches and anti-social behaviour cases</li><li>Work with support agencies to sustain tenancies</li></ul>"
    "<h2>Working pattern</h2><p>37 hours a week, Monday to Friday. This is a hybrid role: you'll spend most days "
    "out on your patch or at our Ocean Way office, and can work from home for admin days.</p>"
    "<h2>Salary</h2><p>£29,412 – £32,101 per annum (Grade 5), plus a car allowance of £1,200.</p>"
    "<p>Welsh language skills are desirable for this post.</p></div></div></div>"
    '<div class="col-md-4 column"><div class="block key-facts"><h3>Key facts</h3><dl>'
    "<dt>Reference</dt><dd>TVH-2026-71</dd><dt>Contract</dt><dd>Fixed term, 12 months</dd>"
    "<dt>Location</dt><dd>Ocean Way, Cardiff</dd><dt>Closing date</dt><dd>4 January 2027</dd></dl>"
    '<a class="btn btn-primary" href="/about-us/careers/apply/?vacancy=TVH-2026-71">Apply online</a></div>'
    '<div class="block other-offices"><h3>Our offices</h3><p>Head office: Ocean Way, Cardiff CF24 5PE</p>'
    "<p>Barry hub: 12 Holton Road, Barry CF63 4HD</p></div></div></div></div></div></div></main>"
    + footer(
        [
            "Taff Valley Homes Limited is a registered society under the Co-operative and Community Benefit Societies "
            "Act 2014 (no. 28714R) and a charitable housing association regulated by the Welsh Government.",
            "© Taff Valley Homes 2026",
        ],
        ["Accessibility", "Privacy", "Complaints"],
    )
    + "</body></html>\n",
)

# --- IE -----------------------------------------------------------------------------------------------------

add(
    {
        "file": "divi-audit-senior-branches-cork-ie",
        "url": "https://www.kilbrackmoran.ie/careers/audit-senior-cork/",
        "shape": "career-divi",
        "company": "Kilbrack Moran Chartered Accountants",
        "title": "Audit Senior",
        "salary": pay(45000, 52000, "EUR", "year"),
        "location": loc("Cork", "IE"),
        "remote": None,
        "employment_type": "full_time",
    },
    head(
        "en-IE",
        "Audit Senior | Kilbrack Moran",
        "Kilbrack Moran",
        '<link rel="stylesheet" id="divi-style-parent-css" href="/wp-content/themes/Divi/style-static.min.css?ver=4.27.2" media="all">\n'
        + jsonld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {
                        "@type": "Organization",
                        "@id": "https://www.kilbrackmoran.ie/#organization",
                        "name": "Kilbrack Moran",
                        "url": "https://www.kilbrackmoran.ie/",
                        "logo": {
                            "@type": "ImageObject",
                            "url": "https://www.kilbrackmoran.ie/wp-content/uploads/km-logo.png",
                        },
                    },
                    {
                        "@type": "WebPage",
                        "@id": "https://www.kilbrackmoran.ie/careers/audit-senior-cork/",
                        "name": "Audit Senior | Kilbrack Moran",
                        "isPartOf": {"@id": "https://www.kilbrackmoran.ie/#website"},
                    },
                ],
            }
        ),
        generator="Divi v.4.27.2",
    )
    + '<body class="page-template-default page et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_pb_gutters3 et_divi_theme">\n'
    + cookie_banner("en")
    + '<div id="page-container"><header id="main-header"><div class="container clearfix et_menu_container">'
    '<div class="logo_container"><a href="/"><img src="/wp-content/uploads/km-logo.png" alt="Kilbrack Moran Chartered Accountants" id="logo"></a></div>'
    '<div id="et-top-navigation"><nav id="top-menu-nav"><ul id="top-menu" class="nav"><li><a href="/services/">Services</a></li>'
    '<li><a href="/sectors/">Sectors</a></li><li><a href="/people/">People</a></li><li><a href="/careers/">Careers</a></li>'
    '<li><a href="/contact/">Contact</a></li></ul></nav></div></div></header>'
    '<div id="et-main-area"><div id="main-content"><article class="page type-page"><div class="entry-content">'
    '<div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">'
    '<div class="et_pb_section et_pb_section_0 et_pb_with_background"><div class="et_pb_row et_pb_row_0">'
    '<div class="et_pb_column et_pb_column_4_4"><div class="et_pb_module et_pb_text et_pb_text_0"><div class="et_pb_text_inner">'
    "<h1>Audit Senior</h1><p>Cork · Full-time · Permanent</p></div></div></div></div></div>"
    '<div class="et_pb_section et_pb_section_1"><div class="et_pb_row et_pb_row_1"><div class="et_pb_column et_pb_column_2_3">'
    '<div class="et_pb_module et_pb_text et_pb_text_1"><div class="et_pb_text_inner">'
    "<p>Kilbrack Moran is an independent firm of chartered accountants with 140 people in Dublin, Cork and Galway. "
    "Our Cork team is growing and we're hiring an Audit Senior to run audits of owner-managed businesses, charities "
    "and subsidiaries of international groups across Munster.</p>"
    "<h3>Responsibilities</h3><ul><li>Plan and run audit fieldwork, leading teams of two to four trainees</li>"
    "<li>Prepare financial statements under FRS 102</li><li>Review trainees' work and coach them for their exams</li></ul>"
    "<h3>Requirements</h3><ul><li>ACA, ACCA or CPA qualified or in your final stage</li><li>Two years of audit "
    "experience in practice</li></ul>"
    "<h3>Package</h3><p>We pay €45,000 to €52,000 a year for this role, depending on qualification, with a study "
    "package, 23 days' annual leave rising with service, a pension with 6% employer contribution and an "
    "annual bonus.</p><p>The position is based in our Cork office on South Mall.</p></div></div></div>"
    '<div class="et_pb_column et_pb_column_1_3"><div class="et_pb_module et_pb_blurb"><div class="et_pb_blurb_content">'
    '<h4 class="et_pb_module_header">Our offices</h4><div class="et_pb_blurb_description">'
    "<p><strong>Dublin (head office)</strong><br>Kilbrack House, 31 Fitzwilliam Place, Dublin 2, D02 KX73</p>"
    "<p><strong>Cork</strong><br>88 South Mall, Cork, T12 WF44</p>"
    "<p><strong>Galway</strong><br>4 Eyre Square, Galway, H91 P2C6</p></div></div></div>"
    '<div class="et_pb_module et_pb_button_module_wrapper"><a class="et_pb_button" href="/careers/apply/?role=audit-senior-cork">'
    "Apply for this role</a></div></div></div></div></div></div></div></article></div>"
    '<footer id="main-footer"><div id="footer-widgets"><div class="footer-widget"><p>Kilbrack Moran is a member firm of '
    "Allianza Global, an association of independent accounting firms. Member firms are separate legal entities.</p>"
    "<p>Kilbrack Moran Chartered Accountants is registered to carry on audit work in Ireland by Chartered Accountants "
    "Ireland.</p></div></div>"
    '<div id="footer-bottom"><div class="container"><p id="footer-info">© 2026 Kilbrack Moran | Website by Lantern Digital</p>'
    "</div></div></footer></div></div></body></html>\n",
)

# --- AU, NZ -------------------------------------------------------------------------------------------------

add(
    {
        "file": "astra-electrician-parent-group-geelong-au",
        "url": "https://coriobayelectrical.com.au/careers/licensed-electrician-commercial/",
        "shape": "career-astra",
        "company": "Corio Bay Electrical Pty Ltd",
        "title": "Licensed Electrician – Commercial",
        "salary": pay(45, 52, "AUD", "hour"),
        "location": loc("Geelong", "AU"),
        "remote": None,
        "employment_type": "full_time",
    },
    head(
        "en-AU",
        "Licensed Electrician – Commercial – Corio Bay Electrical",
        "Corio Bay Electrical",
        '<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3" media="all">\n'
        + jsonld(
            {
                "@context": "https://schema.org",
                "@type": "Organization",
                "name": "Corio Bay Electrical",
                "url": "https://coriobayelectrical.com.au/",
                "parentOrganization": {"@type": "Organization", "name": "Southern Cross Services Group"},
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": "17 Fellmongers Road",
                    "addressLocality": "Breakwater",
                    "addressRegion": "VIC",
                    "postalCode": "3219",
                    "addressCountry": "AU",
                },
            }
        ),
        generator="WordPress 6.7.1",
    )
    + '<body class="page-template-default page ast-page-builder-template ast-no-sidebar astra-4.8.3 ast-header-custom-item-inside">\n'
    + cookie_banner("en")
    + '<div id="page" class="hfeed site"><header class="site-header ast-primary-submenu-animation-fade header-main-layout-1" id="masthead">'
    '<div class="ast-main-header-wrap main-header-bar-wrap"><div class="site-branding ast-site-identity">'
    '<span class="site-logo-img"><a href="/" class="custom-logo-link"><img src="/wp-content/uploads/2024/02/cbe-logo.png" '
    'class="custom-logo" alt="Corio Bay Electrical"></a></span></div>'
    '<nav class="site-navigation ast-flex-grow-1"><ul id="primary-menu" class="main-header-menu ast-menu-shadow">'
    '<li><a href="/services/">Services</a></li><li><a href="/projects/">Projects</a></li><li><a href="/careers/">Careers</a></li>'
    '<li><a href="/contact/">Contact</a></li></ul></nav></div></header>'
    '<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">'
    '<main id="main" class="site-main"><article class="post-512 page type-page status-publish ast-article-single">'
    '<header class="entry-header ast-no-thumbnail"><h1 class="entry-title" itemprop="headline">Licensed Electrician – Commercial</h1></header>'
    '<div class="entry-content clear" itemprop="text">'
    "<p>We're a team of 38 electricians, apprentices and project managers doing commercial fit-outs, switchboard "
    "upgrades and maintenance for schools, councils and factories across Geelong and the Surf Coast.</p>"
    "<p>We're after a licensed A-grade electrician to join one of our commercial crews. It's a full-time, permanent "
    "position, Monday to Friday, 7am to 3:30pm, with regular overtime available.</p>"
    "<h2>What we pay</h2><p>$45 – $52 per hour depending on experience, plus tool and travel allowances, a fully "
    "stocked ute for leading hands and super on top.</p>"
    "<h2>You'll need</h2><ul><li>An unrestricted A-grade licence (Victoria)</li><li>Commercial experience, "
    "including three-phase and switchboard work</li><li>A current driver's licence and White Card</li></ul>"
    "<p>You'll start each day from our Breakwater depot in Geelong, with jobs from Lara to Torquay.</p>"
    '<p>Send your resume to <a href="mailto:jobs@coriobayelectrical.com.au">jobs@coriobayelectrical.com.au</a> '
    "or call Dean on 03 5207 4418.</p></div></article></main></div></div></div>"
    '<footer class="site-footer" id="colophon"><div class="footer-adv"><p>Corio Bay Electrical is part of the Southern '
    "Cross Services Group, alongside Ballarine Plumbing and Westgate Fire Protection.</p>"
    "<p>Proud member of the National Electrical and Communications Association.</p></div>"
    '<div class="ast-small-footer"><div class="ast-footer-copyright"><p>Copyright © 2026 Corio Bay Electrical Pty Ltd · '
    "ABN 61 604 118 273 · REC 22871 | Powered by Astra WordPress Theme</p></div></div></footer></div></body></html>\n",
)

add(
    {
        "file": "sitecore-nurse-part-time-branches-bunbury-au",
        "url": "https://www.southwestcoasthealth.com.au/careers/current-vacancies/registered-nurse-emergency-bunbury",
        "shape": "career-sitecore",
        "company": "South West Coast Health",
        "title": "Registered Nurse – Emergency Department",
        "salary": pay(42.1, 51.3, "AUD", "hour"),
        "location": loc("Bunbury", "AU"),
        "remote": "onsite",
        "employment_type": "part_time",
    },
    head(
        "en-AU",
        "Registered Nurse – Emergency Department | Careers | South West Coast Health",
        "South West Coast Health",
        '<link href="/-/media/Themes/SWCH/Main/styles/pre-optimized-min.css" rel="stylesheet">\n'
        + jsonld(
            {
                "@context": "https://schema.org",
                "@type": "WebSite",
                "name": "South West Coast Health",
                "url": "https://www.southwestcoasthealth.com.au/",
                "publisher": {"@type": "GovernmentOrganization", "name": "Western Australian Health Network"},
            }
        ),
    )
    + '<body class="default-device bodyclass">\n'
    + cookie_banner("en")
    + '<div id="wrapper"><header><div id="header" class="main clearfix"><div class="row">'
    '<div class="component image file-type-icon-media-link col-xs-12 col-md-3"><div class="component-content">'
    '<a title="Home" href="/"><img src="/-/media/Project/SWCH/logo.svg" alt="South West Coast Health logo"></a></div></div>'
    '<div class="component navigation col-xs-12 col-md-9 navigation-main"><div class="component-content"><nav><ul class="clearfix">'
    '<li class="level1"><a href="/our-hospitals">Our hospitals</a></li><li class="level1"><a href="/patients-and-visitors">Patients and visitors</a></li>'
    '<li class="level1 active"><a href="/careers">Careers</a></li><li class="level1"><a href="/contact">Contact</a></li></ul></nav></div></div>'
    "</div></div></header>"
    '<main><div id="content" class="main clearfix"><div class="component breadcrumb navigation-title"><div class="component-content"><nav><ol>'
    '<li class="breadcrumb-item home"><a href="/">Home</a></li><li class="breadcrumb-item"><a href="/careers">Careers</a></li>'
    '<li class="breadcrumb-item"><a href="/careers/current-vacancies">Current vacancies</a></li>'
    '<li class="breadcrumb-item last">Registered Nurse – Emergency Department</li></ol></nav></div></div>'
    '<div class="component title field-title"><div class="component-content"><h1>Registered Nurse – Emergency Department</h1></div></div>'
    '<div class="component rich-text vacancy-summary"><div class="component-content"><table class="vacancy-details"><tbody>'
    "<tr><th>Site</th><td>Bunbury Regional Hospital</td></tr><tr><th>Employment</th><td>Permanent part-time (0.8 FTE, 60 hours per fortnight)</td></tr>"
    "<tr><th>Pay</th><td>$42.10 – $51.30 per hour (Registered Nurse Level 1)</td></tr><tr><th>Reference</th><td>SWCH-1187</td></tr>"
    "<tr><th>Closes</th><td>Friday 15 January 2027, 4:00 pm (AWST)</td></tr></tbody></table></div></div>"
    '<div class="component rich-text"><div class="component-content">'
    "<p>Our emergency department at Bunbury Regional Hospital sees around 48,000 presentations a year and is the "
    "referral centre for the South West. We're looking for a registered nurse to join the team on a rotating roster "
    "of day, evening and night shifts, including weekends.</p>"
    "<h2>About the role</h2><ul><li>Triage and assess patients of all ages</li><li>Provide and coordinate "
    "emergency nursing care</li><li>Support graduate nurses and students</li></ul>"
    "<h2>About you</h2><ul><li>Registration with AHPRA as a Registered Nurse</li><li>Emergency experience, or a "
    "strong acute-care background</li></ul>"
    "<p>This is a clinical, on-site role; it cannot be worked remotely. Relocation support is available for "
    "candidates moving from Perth or interstate.</p></div></div>"
    '<div class="component link-list other-sites"><div class="component-content"><h3>Our other hospitals</h3><ul>'
    '<li><a href="/our-hospitals/busselton">Busselton Health Campus</a></li><li><a href="/our-hospitals/collie">Collie Hospital</a></li>'
    '<li><a href="/our-hospitals/margaret-river">Margaret River Hospital</a></li></ul></div></div>'
    '<div class="component link-button"><div class="component-content"><a href="https://jobs.southwestcoasthealth.com.au/apply/SWCH-1187" class="btn">'
    "Apply now</a></div></div></div></main>"
    '<footer><div id="footer" class="main clearfix"><div class="component rich-text"><div class="component-content">'
    "<p>South West Coast Health acknowledges the Wardandi Noongar people as the Traditional Custodians of the land.</p>"
    "<p>Head office: 41 Robertson Drive, Bunbury WA 6230</p>"
    "<p>© 2026 South West Coast Health. Part of the Western Australian Health Network.</p></div></div></div></footer>"
    "</div></body></html>\n",
)

add(
    {
        "file": "wpjm-team-leader-branches-christchurch-nz",
        "url": "https://www.keafreight.co.nz/job/warehouse-team-leader-christchurch/",
        "shape": "career-wpjm",
        "company": "Kea Freight Limited",
        "title": "Warehouse Team Leader",
        "salary": pay(31, 34, "NZD", "hour"),
        "location": loc("Christchurch", "NZ"),
        "remote": None,
        "employment_type": "full_time",
    },
    head(
        "en-NZ",
        "Warehouse Team Leader &#8211; Kea Freight",
        "Kea Freight",
        GTM.replace("{id}", "N2C8LVR") + '<link rel="stylesheet" id="wp-job-manager-job-listings-css" '
        'href="/wp-content/plugins/wp-job-manager/assets/dist/css/job-listings.css" media="all">\n',
        generator="WordPress 6.6.2",
    )
    + '<body class="job_listing-template-default single single-job_listing postid-771">\n'
    + cookie_banner("en")
    + nav(["Freight", "Warehousing", "Depots", "Careers", "Contact"], "Kea Freight")
    + '<main id="primary" class="site-main"><article class="job_listing type-job_listing">'
    '<header class="entry-header"><h1 class="entry-title">Warehouse Team Leader</h1></header>'
    '<div class="entry-content"><div class="single_job_listing">'
    '<ul class="job-listing-meta meta"><li class="job-type full-time">Full Time</li>'
    '<li class="location"><a class="google_map_link" href="https://maps.google.com/maps?q=Hornby%2C+Christchurch">Hornby, Christchurch</a></li>'
    '<li class="date-posted"><time datetime="2026-11-30">Posted 4 days ago</time></li></ul>'
    '<div class="company"><img class="company_logo" src="/wp-content/uploads/job-manager-uploads/company_logo/kea.png" alt="Kea Freight Limited">'
    '<p class="name"><a class="website" href="https://www.keafreight.co.nz" rel="nofollow">Website</a><strong>Kea Freight Limited</strong></p>'
    '<p class="tagline">Moving the South Island since 1987</p></div>'
    '<div class="job_description">'
    "<p>Our Hornby distribution centre handles chilled and ambient freight for supermarkets and hardware stores from "
    "Kaikōura to Timaru. We're looking for a Warehouse Team Leader to run our afternoon shift of 14.</p>"
    "<p><strong>The role</strong></p><ul><li>Plan pick and dispatch with the transport planners</li><li>Keep the "
    "team safe, trained and on time</li><li>Run cycle counts and stock investigations</li></ul>"
    "<p><strong>About you</strong></p><ul><li>Two years leading a warehouse team</li><li>Forklift licence with F "
    "endorsement</li><li>Comfortable with a WMS (we use Manhattan)</li></ul>"
    "<p><strong>What's on offer</strong></p><p>This is a permanent full-time role, 40 hours a week, Monday to Friday "
    "1:30pm to 10pm. The pay is $31 – $34 per hour, plus a shift allowance, free health insurance after six months "
    "and a subsidised café on site.</p>"
    "<p>Our head office is in Auckland, and we also have depots in Wellington and Dunedin.</p></div>"
    '<div class="job_application application"><input type="button" class="application_button button" value="Apply for job">'
    '<div class="application_details"><p>Apply with your CV and a short cover letter to '
    '<a href="mailto:careers@keafreight.co.nz">careers@keafreight.co.nz</a>.</p></div></div></div></div></article>'
    + related(
        "Other vacancies",
        [("Class 5 Driver", "Wellington · Full Time"), ("Customer Service Coordinator", "Auckland · Hybrid")],
    )
    + "</main>"
    + footer(
        [
            "Kea Freight Limited · Head office: 220 Neilson Street, Onehunga, Auckland 1061",
            "© 2026 Kea Freight Limited. All rights reserved.",
        ],
        ["Privacy", "Terms of carriage"],
    )
    + "</body></html>\n",
)

# --- US -----------------------------------------------------------------------------------------------------

add(
    {
        "file": "squarespace-bakery-in-person-portland-us",
        "url": "https://www.hollowoakbakery.com/careers/pastry-cook",
        "shape": "career-squarespace",
        "company": "Hollow Oak Bakery",
        "title": "Pastry Cook",
        "salary": pay(19, 22, "USD", "hour"),
        "location": loc("Portland", "US"),
        "remote": "onsite",
        "employment_type": "full_time",
    },
    head(
        "en-US",
        "Pastry Cook — Hollow Oak Bakery",
        "Hollow Oak Bakery",
        '<script src="https://assets.squarespace.com/universal/scripts-compressed/extract-css-runtime.js"></script>\n'
        '<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/6402e9c1/site.css">\n',
    )
    + '<body id="collection-6402e9c1a" class="primary-button-style-solid tweak-blog-alternating-side-by-side-width-full">\n'
    + '<header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner">'
    '<div class="header-title" data-animation-role="header-element"><div class="header-title-logo">'
    '<a href="/" data-animation-role="header-element"><img src="//images.squarespace-cdn.com/content/v1/6402e9c1/logo.png" alt="Hollow Oak Bakery"></a></div></div>'
    '<div class="header-nav"><nav class="header-nav-list"><div class="header-nav-item"><a href="/menu">Menu</a></div>'
    '<div class="header-nav-item"><a href="/wholesale">Wholesale</a></div><div class="header-nav-item"><a href="/careers">Careers</a></div>'
    '<div class="header-nav-item"><a href="/visit">Visit</a></div></nav></div></div></header>'
    '<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6402e9c1b">'
    '<section data-test="page-section" class="page-section layout-engine-section"><div class="content-wrapper"><div class="content">'
    '<div class="sqs-layout sqs-grid-12 columns-12" data-type="page"><div class="row sqs-row"><div class="col sqs-col-12 span-12">'
    '<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">'
    '<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">Pastry Cook</h1>'
    "<p>Full time · $19–$22/hour + tips · Starts January</p>"
    "<p>Hollow Oak is a neighborhood bakery on SE Division Street in Portland, Oregon. We bake naturally leavened "
    "bread, laminated pastries and seasonal pies every day, and we supply eleven cafés around the city.</p>"
    "<h3>What you'll do</h3><ul><li>Laminate, shape and bake croissant, danish and morning buns</li><li>Prep "
    "fillings, curds and pie dough</li><li>Keep the pastry station clean and stocked</li></ul>"
    "<h3>The schedule</h3><p>This is an in-person role in our kitchen: five shifts a week, 5am to 1:30pm, "
    "including one weekend day. Pay is $19 to $22 an hour depending on experience, plus pooled tips (about $3 an "
    "hour last year).</p>"
    "<h3>Benefits</h3><ul><li>Health and dental after 60 days</li><li>Paid sick time and a week of paid vacation "
    "in your first year</li><li>A loaf and a pastry every shift</li></ul>"
    "<p>We're proud to bake with flour from Columbia Ridge Mills and dairy from Tillamook Bay Farms.</p>"
    '<p>To apply, email <a href="mailto:jobs@hollowoakbakery.com">jobs@hollowoakbakery.com</a> with a few lines about '
    "yourself and your availability.</p></div></div></div></div></div></div></div></div></section></article></main>"
    '<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content">'
    '<div class="sqs-block html-block"><div class="sqs-block-content"><p>Hollow Oak Bakery · 3316 SE Division St, Portland, OR 97202 · '
    "Open Wed–Sun, 7am–2pm</p><p>© 2026 Hollow Oak Bakery LLC</p></div></div></div></section></footer>"
    "</body></html>\n",
)

add(
    {
        "file": "webflow-engineer-investors-austin-us",
        "url": "https://www.lumorahealth.com/careers/senior-backend-engineer",
        "shape": "career-webflow",
        "company": "Lumora Health, Inc.",
        "title": "Senior Backend Engineer",
        "salary": pay(165000, 195000, "USD", "year"),
        "location": loc("Austin", "US"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head(
        "en",
        "Senior Backend Engineer | Lumora",
        "Lumora",
        '<meta content="Webflow" name="generator">\n'
        '<link href="https://assets-global.website-files.com/64a1c0e2/css/lumora.webflow.shared.css" rel="stylesheet" type="text/css">\n'
        + jsonld(
            {
                "@context": "https://schema.org",
                "@type": "Organization",
                "name": "Lumora",
                "url": "https://www.lumorahealth.com",
                "sameAs": ["https://www.linkedin.com/company/lumora-health"],
            }
        ),
    )
    + '<body data-wf-page="65b2d1f07a" data-wf-site="64a1c0e2">\n'
    + cookie_banner("en")
    + '<div data-collapse="medium" class="navbar w-nav" role="banner"><div class="nav-container w-container">'
    '<a href="/" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/64a1c0e2/lumora-wordmark.svg" loading="lazy" alt="Lumora"></a>'
    '<nav role="navigation" class="nav-menu w-nav-menu"><a href="/product" class="nav-link w-nav-link">Product</a>'
    '<a href="/customers" class="nav-link w-nav-link">Customers</a><a href="/careers" class="nav-link w-nav-link w--current">Careers</a>'
    '<a href="/demo" class="button w-button">Book a demo</a></nav></div></div>'
    '<section class="section-job"><div class="container w-container"><a href="/careers" class="back-link">← All roles</a>'
    '<div class="job-tag-row"><div class="job-tag">Engineering</div><div class="job-tag">Austin, TX</div><div class="job-tag">Full-time</div></div>'
    '<h1 class="job-title">Senior Backend Engineer</h1>'
    '<div class="job-rich-text w-richtext">'
    "<p>Lumora builds prior-authorization software that saves clinics and payers hours on every referral. We're a "
    "team of 46, backed by Foundry Lane Ventures and Northgate Capital, with customers in 19 states.</p>"
    "<h3>What you'll work on</h3><ul><li>Design the services that exchange eligibility and authorization data with "
    "payers</li><li>Scale our event pipeline on Python, PostgreSQL and Kafka</li><li>Mentor engineers and lead "
    "design reviews</li></ul>"
    "<h3>What we're looking for</h3><ul><li>6+ years building backend systems</li><li>Experience with healthcare "
    "data (HL7, FHIR, X12) is a plus</li></ul>"
    "<h3>Where we work</h3><p>We're hybrid: the team is together in our Austin office on East 6th Street Tuesday "
    "through Thursday. Some of our sales team is fully remote, but this role is not.</p>"
    "<h3>Compensation</h3><p>The base salary range for this role is $165,000 – $195,000, plus equity and a 401(k) "
    "match. Our customers include Brazos Family Clinics and Pinecrest Health Plan.</p></div>"
    '<a href="https://www.lumorahealth.com/careers/apply?role=senior-backend-engineer" class="button-primary w-button">Apply for this role</a>'
    "</div></section>"
    '<div class="footer"><div class="footer-container w-container"><div class="footer-text">© 2026 Lumora Health, Inc. All rights reserved.</div>'
    '<div class="footer-links"><a href="/privacy" class="footer-link">Privacy</a><a href="/security" class="footer-link">Security</a>'
    '<a href="/hipaa" class="footer-link">HIPAA</a></div></div></div>'
    '<script src="https://assets-global.website-files.com/64a1c0e2/js/webflow.js" type="text/javascript"></script>'
    "</body></html>\n",
)

add(
    {
        "file": "aem-plant-technician-hq-elsewhere-greenville-us",
        "url": "https://www.arbellepackaging.com/en/careers/job-openings/maintenance-technician-2nd-shift-greenville.html",
        "shape": "career-aem",
        "company": "Arbelle Packaging Company",
        "title": "Maintenance Technician – 2nd Shift",
        "salary": pay(27.4, 27.4, "USD", "hour"),
        "location": loc("Greenville", "US"),
        "remote": "onsite",
        "employment_type": "full_time",
    },
    head(
        "en-US",
        "Maintenance Technician – 2nd Shift | Arbelle Packaging",
        "Arbelle Packaging",
        '<link rel="stylesheet" href="/etc.clientlibs/arbelle/clientlibs/clientlib-site.lc-4f2a9c1e-lc.min.css" type="text/css">\n'
        '<script src="https://assets.adobedtm.com/launch-EN6a1c2f.min.js" async></script>\n'
        + jsonld(
            {
                "@context": "https://schema.org",
                "@type": "Corporation",
                "name": "Arbelle Packaging Company",
                "url": "https://www.arbellepackaging.com",
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": "900 West Fulton Market",
                    "addressLocality": "Chicago",
                    "addressRegion": "IL",
                    "addressCountry": "US",
                },
            }
        ),
    )
    + '<body class="page basicpage" id="page-8a1f0c">\n'
    + cookie_banner("en", "onetrust")
    + '<div class="root container responsivegrid"><div class="cmp-container"><div class="aem-Grid aem-Grid--12 aem-Grid--default--12">'
    '<div class="header experiencefragment aem-GridColumn aem-GridColumn--default--12"><div class="cmp-experiencefragment cmp-experiencefragment--header">'
    + nav(["Products", "Sustainability", "Investors", "Careers", "Contact"], "Arbelle Packaging")
    + "</div></div>"
    '<div class="breadcrumb aem-GridColumn aem-GridColumn--default--12"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">'
    '<li class="cmp-breadcrumb__item"><a class="cmp-breadcrumb__item-link" href="/en.html"><span>Home</span></a></li>'
    '<li class="cmp-breadcrumb__item"><a class="cmp-breadcrumb__item-link" href="/en/careers.html"><span>Careers</span></a></li>'
    '<li class="cmp-breadcrumb__item"><a class="cmp-breadcrumb__item-link" href="/en/careers/job-openings.html"><span>Job openings</span></a></li>'
    '<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active"><span>Maintenance Technician – 2nd Shift</span></li></ol></nav></div>'
    '<div class="title aem-GridColumn aem-GridColumn--default--12"><div class="cmp-title"><h1 class="cmp-title__text">Maintenance Technician – 2nd Shift</h1></div></div>'
    '<div class="text aem-GridColumn aem-GridColumn--default--8"><div class="cmp-text">'
    "<p><b>Location:</b> Greenville, South Carolina (Woodruff Road plant)<br><b>Schedule:</b> Full-time, Monday–Friday, "
    "3:00 pm – 11:30 pm<br><b>Pay:</b> $27.40/hour plus a $1.50/hour shift differential</p>"
    "<p>Arbelle Packaging makes molded fiber and recycled-content trays for food brands from eight plants in North "
    "America. Our Greenville plant runs 14 thermoforming and molding lines, and we're adding a maintenance technician "
    "to second shift.</p>"
    "<h2>What you will do</h2><ul><li>Troubleshoot and repair mechanical, pneumatic and electrical faults</li><li>Carry "
    "out preventive maintenance in our CMMS</li><li>Support changeovers and line trials</li></ul>"
    "<h2>What you bring</h2><ul><li>Three years of industrial maintenance experience</li><li>PLC troubleshooting "
    "(Allen-Bradley)</li></ul>"
    "<p>This is an on-site position at the plant.</p>"
    "<p>Arbelle is an equal opportunity employer. Our corporate headquarters are in Chicago, Illinois; corporate "
    "roles there follow a hybrid schedule.</p></div></div>"
    '<div class="button aem-GridColumn aem-GridColumn--default--4"><a class="cmp-button" href="/en/careers/apply.html?req=R-20814">'
    '<span class="cmp-button__text">Apply now</span></a></div>'
    '<div class="footer experiencefragment aem-GridColumn aem-GridColumn--default--12"><div class="cmp-experiencefragment cmp-experiencefragment--footer">'
    + footer(
        [
            "Arbelle Packaging Company · 900 West Fulton Market, Chicago, IL 60607",
            "© 2026 Arbelle Packaging Company. Arbelle and the Arbelle leaf are trademarks of Arbelle Holdings LLC.",
        ],
        [
            "Privacy",
            "Terms of use",
            "Supplier code of conduct",
            "Do not sell or share my personal information",
        ],
    )
    + "</div></div></div></div></div></body></html>\n",
)

# --- CA, ZA -------------------------------------------------------------------------------------------------


def wix_text(html: str, comp: str) -> str:
    """Wix's rich-text element: everything, headings included, in ``div[data-testid=richTextElement]``."""
    return f'<div id="{comp}" class="wixui-rich-text" data-testid="richTextElement">{html}</div>'


add(
    {
        "file": "wix-office-manager-two-clinics-burnaby-ca",
        "url": "https://www.cedarandtidephysio.ca/careers",
        "shape": "career-wix",
        "company": "Cedar & Tide Physiotherapy",
        "title": "Clinic Office Manager (Part-Time)",
        "salary": pay(26, 29, "CAD", "hour"),
        "location": loc("Burnaby", "CA"),
        "remote": None,
        "employment_type": "part_time",
    },
    head(
        "en",
        "Careers | Cedar &amp; Tide Physio",
        "Cedar &amp; Tide Physio",
        '<meta name="generator" content="Wix.com Website Builder">\n'
        '<link rel="preload" href="https://static.parastorage.com/services/wix-thunderbolt/dist/main.b1c1f8d2.bundle.min.js" as="script">\n',
    )
    + '<body class=""><div id="SITE_CONTAINER"><div id="main_MF"><div id="site-root">'
    '<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header"><div class="_C0cVf">'
    '<div id="comp-lf3k2a1"><img src="https://static.wixstatic.com/media/8c2f1a_logo.png" alt="Cedar &amp; Tide Physiotherapy logo"></div>'
    '<nav id="comp-lf3k2b4" aria-label="Site"><ul><li><a href="/services">Services</a></li><li><a href="/our-team">Our team</a></li>'
    '<li><a href="/locations">Locations</a></li><li><a href="/careers">Careers</a></li><li><a href="/book-online">Book online</a></li></ul></nav>'
    "</div></header>"
    '<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div class="page-content">'
    + wix_text('<h2 class="font_2 wixui-rich-text__text">Join our team</h2>', "comp-lq9x01")
    + wix_text(
        '<h4 class="font_4 wixui-rich-text__text">Clinic Office Manager (Part-Time)</h4>'
        '<p class="font_8 wixui-rich-text__text">Burnaby – Metrotown clinic · 24 hours a week · $26–$29/hr</p>',
        "comp-lq9x02",
    )
    + wix_text(
        '<p class="font_8 wixui-rich-text__text">Cedar &amp; Tide is a team of 19 physiotherapists, kinesiologists and '
        "RMTs in two clinics, North Vancouver and Burnaby. We're looking for an organized, friendly office manager for "
        "our Burnaby clinic at Metrotown.</p>"
        '<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text" style="font-weight:bold;">What you\'ll do</span></p>'
        '<ul class="font_8 wixui-rich-text__text"><li>Run the front desk and the booking system (Jane App)</li>'
        "<li>Process ICBC, WorkSafeBC and extended health claims</li><li>Order supplies and keep the clinic running "
        "smoothly</li></ul>"
        '<p class="font_8 wixui-rich-text__text">This is a part-time position, three days a week (Tuesday, Thursday and '
        "Saturday), paying $26 to $29 per hour depending on experience. Staff get free treatments and a wellness "
        "allowance.</p>"
        '<p class="font_8 wixui-rich-text__text">Send your resume to careers@cedarandtidephysio.ca.</p>',
        "comp-lq9x03",
    )
    + wix_text(
        '<h5 class="font_5 wixui-rich-text__text">Our clinics</h5>'
        '<p class="font_8 wixui-rich-text__text">North Vancouver: 1408 Lonsdale Ave, North Vancouver, BC V7M 2J3</p>'
        '<p class="font_8 wixui-rich-text__text">Burnaby: 210–4720 Kingsway, Burnaby, BC V5H 4N2</p>',
        "comp-lq9x04",
    )
    + "</div></div></main>"
    '<footer id="SITE_FOOTER" class="wixui-footer"><div id="comp-lf3k3z9" class="wixui-rich-text" data-testid="richTextElement">'
    '<p class="font_9 wixui-rich-text__text">© 2026 by Cedar &amp; Tide Physiotherapy Inc. Proudly created with Wix.com</p></div></footer>'
    "</div></div></div></body></html>\n",
)

add(
    {
        "file": "joomla-developer-remote-in-country-za",
        "url": "https://www.tafelbergdata.co.za/careers/junior-software-developer",
        "shape": "career-joomla",
        "company": "Tafelberg Data Systems (Pty) Ltd",
        "title": "Junior Software Developer",
        "salary": pay(25000, 32000, "ZAR", "month"),
        "location": loc(None, "ZA"),
        "remote": "remote",
        "employment_type": "full_time",
    },
    head(
        "en-gb",
        "Junior Software Developer - Tafelberg Data Systems",
        "Tafelberg Data Systems",
        '<link href="/media/templates/site/cassiopeia/css/template.min.css?4e3a1b" rel="stylesheet">\n',
        generator="Joomla! - Open Source Content Management",
    )
    + '<body class="site com_content wrapper-static view-article no-layout no-task itemid-142">\n'
    + cookie_banner("en")
    + '<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand">'
    '<a class="brand-logo" href="/"><img loading="eager" decoding="async" src="/images/tds-logo.svg" alt="Tafelberg Data Systems"></a></div></div>'
    '<div class="grid-child container-nav"><ul class="mod-menu mod-list nav"><li class="nav-item"><a href="/solutions">Solutions</a></li>'
    '<li class="nav-item"><a href="/partners">Partners</a></li><li class="nav-item current active"><a href="/careers">Careers</a></li>'
    '<li class="nav-item"><a href="/contact">Contact</a></li></ul></div></header>'
    '<div class="site-grid"><div class="grid-child container-component">'
    '<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb">'
    '<li class="mod-breadcrumbs__here float-start">You are here: &#160;</li>'
    '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item">'
    '<a itemprop="item" href="/" class="pathway"><span itemprop="name">Home</span></a><meta itemprop="position" content="1"></li>'
    '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item">'
    '<a itemprop="item" href="/careers" class="pathway"><span itemprop="name">Careers</span></a><meta itemprop="position" content="2"></li>'
    '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item active">'
    '<span itemprop="name">Junior Software Developer</span><meta itemprop="position" content="3"></li></ol></nav>'
    '<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">'
    '<meta itemprop="inLanguage" content="en-GB"><div class="page-header"><h1 itemprop="headline">Junior Software Developer</h1></div>'
    '<dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="published">'
    '<time datetime="2026-11-27T09:12:44+02:00" itemprop="datePublished">Published: 27 November 2026</time></dd></dl>'
    '<div itemprop="articleBody" class="com-content-article__body">'
    "<p>Tafelberg Data Systems builds fleet and cold-chain tracking software for transport companies in Southern "
    "Africa. Our developers work on a .NET and Angular platform that follows 9,000 trucks and reefers every day.</p>"
    "<p><strong>Job type:</strong> Full-time, permanent<br><strong>Location:</strong> Remote (South Africa)<br>"
    "<strong>Salary:</strong> R25 000 – R32 000 per month, depending on experience</p>"
    "<h3>What you will do</h3><ul><li>Build features in C# and Angular with a senior developer as your mentor</li>"
    "<li>Write tests and fix bugs reported by our support team</li><li>Take part in code reviews and sprint "
    "planning</li></ul>"
    "<h3>Requirements</h3><ul><li>A degree or diploma in computer science or a bootcamp with a portfolio</li><li>Some "
    "experience with C#, SQL Server and Git</li><li>A reliable internet connection (we pay a monthly data and "
    "load-shedding allowance)</li></ul>"
    "<p>This is a fully remote position, open to candidates living anywhere in South Africa. The whole company "
    "gets together in Cape Town twice a year for our summer and winter meet-ups; travel is paid.</p>"
    "<p>We are a Microsoft Solutions Partner and an AWS Select Tier Services Partner. Send your CV and GitHub link to "
    "careers@tafelbergdata.co.za.</p></div></div></main></div></div>"
    '<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom">'
    "<p>Tafelberg Data Systems (Pty) Ltd · Reg. no. 2011/104872/07 · B-BBEE Level 2</p>"
    "<p>Unit 7, Ratanga Office Park, Century City, Cape Town, 7441</p></div></div></footer></body></html>\n",
)

# --- SG, IN -------------------------------------------------------------------------------------------------

add(
    {
        "file": "hubspot-marketing-manager-group-offices-singapore-sg",
        "url": "https://www.meridiantidewater.com/careers/regional-marketing-manager-apac",
        "shape": "career-hubspot",
        "company": "Meridian Tidewater Logistics Pte. Ltd.",
        "title": "Regional Marketing Manager, APAC",
        "salary": pay(8500, 10000, "SGD", "month"),
        "location": loc("Singapore", "SG"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head(
        "en-SG",
        "Regional Marketing Manager, APAC | Careers at Meridian Tidewater",
        "Meridian Tidewater",
        '<script type="text/javascript" id="hs-script-loader" async defer src="//js-na1.hs-scripts.com/44018276.js"></script>\n'
        '<link rel="stylesheet" href="//44018276.fs1.hubspotusercontent-na1.net/hubfs/44018276/hub_generated/template_assets/1/careers-job.min.css">\n'
        + jsonld(
            {
                "@context": "https://schema.org",
                "@type": "Organization",
                "name": "Tidewater Group",
                "url": "https://www.tidewatergroup.com",
                "subOrganization": [
                    {"@type": "Organization", "name": "Meridian Tidewater Logistics"},
                    {"@type": "Organization", "name": "Tidewater Marine Services"},
                ],
            }
        ),
        generator="HubSpot",
    )
    + '<body class="hs-content-id-17702419 hs-site-page page">\n'
    + cookie_banner("en")
    + '<div class="body-wrapper"><div data-global-resource-path="mtl/templates/partials/header.html">'
    + nav(
        ["Solutions", "Industries", "Network", "Insights", "Careers"],
        "Meridian Tidewater – a Tidewater Group company",
    )
    + '</div><main id="main-content" class="body-container-wrapper"><div class="body-container body-container--job">'
    '<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section"><div class="row-fluid"><div class="span8 widget-span widget-type-cell dnd-column">'
    '<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-general-type="widget" data-hs-cos-type="module">'
    '<span class="job-eyebrow">Marketing · Singapore</span><h1>Regional Marketing Manager, APAC</h1>'
    "<p>Meridian Tidewater moves project cargo, chemicals and spare parts for energy and mining customers across Asia "
    "Pacific, from offices in Singapore, Jakarta, Kuala Lumpur, Bangkok and Perth. We're hiring a Regional Marketing "
    "Manager to lead marketing for the region from our Singapore office.</p>"
    "<h2>What you'll do</h2><ul><li>Own the APAC marketing plan and budget</li><li>Run trade shows, webinars and "
    "account-based campaigns with the sales directors</li><li>Manage two marketing executives in Jakarta and Kuala "
    "Lumpur</li></ul>"
    "<h2>What you'll bring</h2><ul><li>8+ years in B2B marketing, ideally logistics or industrial</li><li>Hands-on "
    "experience with HubSpot and LinkedIn campaigns</li></ul>"
    "<h2>The package</h2><p>Full-time, permanent. Monthly salary of S$8,500 – S$10,000 plus an annual variable bonus "
    "and the AWS (13th month). We work hybrid: three days a week at our office at Harbourfront, two from home. Our "
    "Jakarta and Bangkok teams are fully office-based.</p></div></div>"
    '<div class="span4 widget-span widget-type-cell dnd-column"><div class="hs_cos_wrapper hs_cos_wrapper_widget">'
    '<div class="job-apply-card"><h3>Apply</h3><div class="hbspt-form" id="hbspt-form-job-apply">'
    '<form class="hs-form stacked" action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/44018276/apply">'
    '<div class="hs_firstname hs-form-field"><label>First name*</label><input name="firstname" type="text" required></div>'
    '<div class="hs_email hs-form-field"><label>Email*</label><input name="email" type="email" required></div>'
    '<div class="hs_country hs-form-field"><label>Country of residence*</label><select name="country"><option>Singapore</option>'
    "<option>Malaysia</option><option>Indonesia</option><option>Thailand</option><option>Australia</option></select></div>"
    '<div class="hs_cv hs-form-field"><label>CV*</label><input name="cv" type="file"></div>'
    '<input type="submit" value="Submit application" class="hs-button primary large"></form></div></div></div></div></div></div>'
    "</div></main>"
    + footer(
        [
            "Meridian Tidewater Logistics Pte. Ltd. · UEN 201433817K · 1 HarbourFront Avenue, #14-03, Singapore 098632",
            "© 2026 Tidewater Group. Meridian Tidewater is a Tidewater Group company, headquartered in Rotterdam.",
        ],
        ["Privacy policy", "PDPA notice", "Terms"],
    )
    + "</div></body></html>\n",
)


def next_data(props: dict[str, Any], page: str, build: str) -> str:
    data = {
        "props": {"pageProps": props, "__N_SSG": True},
        "page": page,
        "query": {},
        "buildId": build,
        "isFallback": False,
        "gsp": True,
        "scriptLoader": [],
    }
    return (
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'
    )


add(
    {
        "file": "nextjs-designer-lpa-hq-mumbai-bengaluru-in",
        "url": "https://www.pramaan.in/careers/product-designer",
        "shape": "career-nextjs",
        "company": "Pramaan Technologies Private Limited",
        "title": "Product Designer",
        "salary": pay(1800000, 2400000, "INR", "year"),
        "location": loc("Bengaluru", "IN"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width">'
    "<title>Product Designer · Careers · Pramaan</title>"
    '<meta name="description" content="Design the onboarding and KYC journeys used by 40 million people.">'
    '<meta property="og:title" content="Product Designer · Careers · Pramaan"><meta property="og:site_name" content="Pramaan">'
    '<meta property="og:type" content="website"><meta name="next-head-count" content="7">'
    '<link rel="preload" href="/_next/static/css/8c1f2e0a.css" as="style"><link rel="stylesheet" href="/_next/static/css/8c1f2e0a.css" data-n-g="">'
    '<script src="/_next/static/chunks/webpack-5f1c9d.js" defer=""></script><script src="/_next/static/chunks/pages/careers/%5Bslug%5D-2a7e41.js" defer=""></script>'
    + jsonld(
        {
            "@context": "https://schema.org",
            "@type": "WebSite",
            "name": "Pramaan",
            "url": "https://www.pramaan.in",
        }
    )
    + '</head><body><div id="__next"><div class="Layout_root__x1Yq2">'
    '<header class="Header_header__3kP0a"><a href="/" class="Header_logo__9aQ1s"><img alt="Pramaan" src="/logo.svg" width="120" height="32"></a>'
    '<nav class="Header_nav__7bT2c"><a href="/products">Products</a><a href="/developers">Developers</a><a href="/customers">Customers</a>'
    '<a href="/careers">Careers</a><a class="Button_primary__2x8Kd" href="/contact-sales">Contact sales</a></nav></header>'
    '<main class="Job_main__1qZ8e"><a class="Job_back__4bV1o" href="/careers">← Open roles</a>'
    '<div class="Job_meta__0cS3d"><span>Design</span><span>Bengaluru</span><span>Full-time</span></div>'
    '<h1 class="Job_title__6mJ2f">Product Designer</h1>'
    '<div class="Job_body__2hN5w">'
    "<p>Pramaan builds identity verification and KYC infrastructure for banks, lenders and brokers. More than 300 "
    "businesses run their customer onboarding on our APIs.</p>"
    "<h2>About the role</h2><p>You'll design the onboarding, video-KYC and dispute journeys that 40 million people go "
    "through every year, working with a product manager and six engineers.</p>"
    "<h2>You might be a fit if</h2><ul><li>You have 3–5 years of product design experience on consumer or fintech "
    "apps</li><li>You're fluent in Figma and comfortable running usability sessions in Hindi or Kannada as well as "
    "English</li></ul>"
    "<h2>Compensation and location</h2><p>₹18 – 24 LPA fixed, plus ESOPs. This is a hybrid role: three days a week "
    "at our Indiranagar office in Bengaluru, two from home.</p>"
    '<p class="Job_customers__8uL2p">Trusted by Konkan Cooperative Bank, Sahyadri Finance and Vasant Securities.</p></div>'
    '<a class="Button_primary__2x8Kd" href="/careers/apply?role=product-designer">Apply now</a></main>'
    '<footer class="Footer_footer__5dQ0r"><p>Pramaan Technologies Private Limited · CIN U72900MH2019PTC331842</p>'
    "<p>Registered office: 12th floor, Kamala Mills Compound, Lower Parel, Mumbai 400013 · Engineering: Indiranagar, Bengaluru</p>"
    "<p>© 2026 Pramaan. All rights reserved.</p></footer></div></div>"
    + next_data(
        {
            "job": {
                "slug": "product-designer",
                "title": "Product Designer",
                "team": "Design",
                "location": "Bengaluru",
                "type": "Full-time",
                "published": "2026-11-21",
            },
            "site": {"name": "Pramaan", "nav": ["Products", "Developers", "Customers", "Careers"]},
        },
        "/careers/[slug]",
        "q3ZkT8nP1wXa",
    )
    + "</body></html>\n",
)

# --- hand-built ---------------------------------------------------------------------------------------------

add(
    {
        "file": "handbuilt-bookkeeper-showroom-hamilton-ontario-ca",
        "url": "https://www.dufferingreymillwork.ca/careers.html",
        "shape": "career-handbuilt",
        "company": "Dufferin & Grey Millwork Ltd.",
        "title": "Bookkeeper / Office Administrator",
        "salary": pay(52000, 58000, "CAD", "year"),
        "location": loc("Hamilton", "CA"),
        "remote": "onsite",
        "employment_type": "full_time",
    },
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Careers - Dufferin &amp; Grey Millwork</title>\n'
    '<link rel="stylesheet" href="css/style.css">\n</head>\n'
    '<body><div id="wrap"><div id="top"><img src="images/dg-logo.gif" alt="Dufferin &amp; Grey" width="220" height="60">'
    '<p class="tagline">Custom cabinetry and architectural millwork since 1978</p></div>'
    '<div id="menu"><a href="index.html">Home</a> | <a href="kitchens.html">Kitchens</a> | <a href="commercial.html">Commercial</a> | '
    '<a href="gallery.html">Gallery</a> | <a href="careers.html" class="current">Careers</a> | <a href="contact.html">Contact</a></div>'
    '<div id="content"><h2>Careers</h2><p>We are always interested in hearing from skilled cabinetmakers and finishers. '
    "Please drop off a resume at the shop.</p><hr>"
    '<h3 class="job">Bookkeeper / Office Administrator</h3>'
    "<p><b>Full-time (40 hours, Monday to Friday 8:00-4:30)</b></p>"
    "<p>Our Hamilton shop on Burlington Street East employs 26 people building kitchens, vanities and store fixtures for "
    "homeowners, builders and retailers across the Golden Horseshoe. We are looking for an experienced bookkeeper to "
    "look after our books and run the office.</p>"
    "<p><u>Duties</u><br>- Accounts payable and receivable, bank reconciliations<br>- Bi-weekly payroll for 26 staff<br>"
    "- HST returns and year-end files for our accountant<br>- Answering the phone and greeting customers</p>"
    "<p><u>Requirements</u><br>- 3+ years of full-cycle bookkeeping<br>- QuickBooks Online and Excel<br>"
    "- Payroll Compliance Practitioner (PCP) an asset</p>"
    "<p>Salary: $52,000 - $58,000 per year, plus group benefits after three months. This position is in-office at the "
    "shop, five days a week.</p>"
    '<p>Please email your resume to <a href="mailto:office@dufferingreymillwork.ca">office@dufferingreymillwork.ca</a>. '
    "We thank all applicants, however only those selected for an interview will be contacted.</p><hr>"
    "<p><i>Visit our showroom:</i> 455 Brant Street, Burlington, Ontario</p></div>"
    '<div id="footer">Dufferin &amp; Grey Millwork Ltd. &middot; 1120 Burlington Street East, Hamilton, Ontario L8H 3V1 '
    "&middot; (905) 555-0147<br>Copyright &copy; 2026 Dufferin &amp; Grey Millwork Ltd. | Member, Hamilton-Halton Home "
    "Builders' Association</div></div></body></html>\n",
)

# --- not postings -------------------------------------------------------------------------------------------

add(
    {
        "file": "not-elementor-careers-landing-gb",
        "url": "https://www.northgateforge.co.uk/careers/",
        "shape": "not-a-job",
        "company": "Northgate Forge Engineering Ltd",
        "title": None,
        "reason": "an Elementor careers landing page: why join, benefits, values, a link out to the openings",
    },
    head(
        "en-GB",
        "Careers - Northgate Forge Engineering",
        "Northgate Forge Engineering",
        ELEMENTOR_CSS,
        generator="Elementor 3.24.7; features: e_font_icon_svg",
    )
    + '<body class="page-template-default page page-id-88 elementor-default elementor-page elementor-page-88">\n'
    + cookie_banner("en")
    + nav(["What we make", "Industries", "Quality", "Careers", "Contact"], "Northgate Forge Engineering")
    + '<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88">'
    '<section class="elementor-section elementor-top-section"><div class="elementor-container"><div class="elementor-column elementor-col-100">'
    '<div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">'
    '<h1 class="elementor-heading-title elementor-size-xl">Build your career at Northgate Forge</h1></div></div>'
    + elementor_text(
        "<p>For 70 years we've forged and machined parts for rail, defence and offshore wind from our works in "
        "Rotherham. Today we're 210 people, and we hire engineers, machinists, apprentices and office staff every "
        "year.</p>"
    )
    + "</div></div></div></section>"
    '<section class="elementor-section"><div class="elementor-container"><div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap">'
    + elementor_text(
        "<h2>Why work with us</h2><ul><li>Competitive pay, with overtime paid at time and a half</li><li>Day, back or "
        "night shifts to suit you</li><li>Company pension and life cover</li><li>A paid apprenticeship scheme with "
        "Sheffield College</li></ul>"
    )
    + '</div></div><div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap">'
    + elementor_text(
        "<h2>Our values</h2><p>Safety first, craft always, and straight talking. Read what our people say about "
        "working here.</p><blockquote>“I joined as an apprentice in 2014 and now run the CNC cell.” — Jordan, "
        "Machining Team Leader</blockquote>"
    )
    + "</div></div></div></section>"
    '<section class="elementor-section cta"><div class="elementor-container"><h2 class="elementor-heading-title">Current vacancies</h2>'
    + elementor_text(
        "<p>We post all our current vacancies on our jobs page. Don't see the right role? Send us your CV and we'll "
        "keep it on file for six months.</p>"
    )
    + '<a class="elementor-button" href="/careers/vacancies/"><span class="elementor-button-text">See our vacancies</span></a>'
    "</div></section></div>"
    + footer(
        [
            "Northgate Forge Engineering Ltd, Meadowbank Works, Rotherham S60 1DX",
            "© 2026 Northgate Forge Engineering Ltd. Registered in England no. 00611904. ISO 9001 and AS9100 certified.",
        ],
        ["Privacy", "Cookies", "Gender pay gap report"],
    )
    + "</body></html>\n",
)

add(
    {
        "file": "not-squarespace-meet-the-team-au",
        "url": "https://www.saltbushstudio.com.au/our-team",
        "shape": "not-a-job",
        "company": "Saltbush Landscape Architects",
        "title": None,
        "reason": "a Squarespace 'Meet the team' page: people, their job titles and bios, a 'join us' line",
    },
    head("en-AU", "Meet the team — Saltbush Landscape Architects", "Saltbush Landscape Architects")
    + '<body id="collection-5f2a9" class="tweak-global-animations-enabled">\n'
    + '<header data-test="header" id="header" class="header"><div class="header-title-logo"><a href="/">'
    '<img src="//images.squarespace-cdn.com/content/v1/5f2a9/saltbush.png" alt="Saltbush Landscape Architects"></a></div>'
    '<nav class="header-nav-list"><div class="header-nav-item"><a href="/projects">Projects</a></div>'
    '<div class="header-nav-item"><a href="/our-team">Our team</a></div><div class="header-nav-item"><a href="/contact">Contact</a></div></nav></header>'
    '<main id="page" class="container" role="main"><article class="sections"><section class="page-section"><div class="content">'
    '<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">'
    "<h1>Meet the team</h1><p>We're a studio of eleven landscape architects, designers and horticulturists in "
    "Adelaide, working on parks, schools and streetscapes across South Australia.</p></div></div></div>"
    '<div class="sqs-block summary-v2-block"><div class="summary-item-list">'
    '<div class="summary-item"><h3 class="summary-title">Priya Ashcombe</h3><p class="summary-excerpt">Director and '
    "Principal Landscape Architect. Priya founded Saltbush in 2009 after ten years in local government.</p></div>"
    '<div class="summary-item"><h3 class="summary-title">Tom Wirrapunda</h3><p class="summary-excerpt">Senior Landscape '
    "Architect. Tom leads our schools and early-learning work.</p></div>"
    '<div class="summary-item"><h3 class="summary-title">Hannah Liu</h3><p class="summary-excerpt">Graduate Landscape '
    "Architect. Hannah joined us in 2025 from the University of Adelaide and works three days a week while she "
    "finishes her registration.</p></div>"
    '<div class="summary-item"><h3 class="summary-title">Marco Benedetti</h3><p class="summary-excerpt">Studio Manager. '
    "Marco keeps projects, budgets and the coffee machine running.</p></div></div></div>"
    '<div class="sqs-block html-block"><div class="sqs-block-content"><p>Interested in joining us? We don\'t have any '
    'open roles right now, but we\'re always happy to hear from talented people: <a href="mailto:studio@saltbushstudio.com.au">'
    "studio@saltbushstudio.com.au</a>.</p></div></div></div></section></article></main>"
    '<footer class="sections" id="footer-sections"><div class="sqs-block-content"><p>Saltbush Landscape Architects Pty Ltd · '
    "Level 2, 60 Halifax Street, Adelaide SA 5000</p><p>We acknowledge the Kaurna people, Traditional Owners of the "
    "land on which we work.</p></div></footer></body></html>\n",
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
