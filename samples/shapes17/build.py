# ruff: noqa: E501, RUF001  (page text: long lines and the typographic dashes real pages carry)
"""Write ``samples/shapes17/pages/*.html`` and ``labels.json`` from the hand-written pages below.

Company career sites outside the English-speaking world, on the CMSs such sites run (TYPO3, Contao,
WordPress with Elementor or Divi, Drupal, Joomla, Wix, Webflow, Jimdo, Shopware, hand-built), mostly without
a JobPosting JSON-LD. Each page is written out beside its label (what a careful reader takes from the
rendered page); consent banners, navigation and footers are shared pieces filled per site. Standard library
only; the output is byte-identical on every run:

    .venv/bin/python samples/shapes17/build.py
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
    "ja": (
        "当サイトでは、利便性向上とアクセス解析のためにCookieを使用しています。",
        "同意する",
        "拒否する",
        "詳細設定",
    ),
    "cs": (
        "Tento web používá soubory cookie k zajištění funkčnosti a k analýze návštěvnosti.",
        "Přijmout vše",
        "Odmítnout",
        "Nastavení",
    ),
    "no": (
        "Vi bruker informasjonskapsler for å få nettstedet til å fungere og for statistikk.",
        "Godta alle",
        "Bare nødvendige",
        "Innstillinger",
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
    if label.get("reason"):
        full.update(broken="not a job page", expect="dead_letter", reason=label["reason"])
        del full["employment_type"]
    PAGES.append({"label": full, "html": html})


def pay(lo: float, hi: float, cur: str, period: str) -> dict[str, Any]:
    return {"min": lo, "max": hi, "currency": cur, "period": period}


def loc(city: str | None, country: str) -> dict[str, Any]:
    return {"city": city, "country_code": country}


def typo3_frame(uid: int, inner: str, ctype: str = "text") -> str:
    """A TYPO3 fluid_styled_content element."""
    return f'<div id="c{uid}" class="frame frame-default frame-type-{ctype} frame-layout-0">{inner}</div>'


# --- Germany: TYPO3 -------------------------------------------------------------------------------------------

add(
    {
        "file": "typo3-einsatzort-industriemechaniker-singen-de",
        "url": "https://www.hegauer-praezision.de/karriere/stellenangebote/detail/industriemechaniker-instandhaltung",
        "shape": "career-typo3",
        "company": "Hegauer Präzisionstechnik GmbH",
        "title": "Industriemechaniker (m/w/d) Instandhaltung",
        "salary": pay(3400, 3900, "EUR", "month"),
        "location": loc("Singen", "DE"),
        "remote": "onsite",
        "employment_type": "full_time",
    },
    head(
        "de",
        "Industriemechaniker (m/w/d) Instandhaltung - Karriere - Hegauer Präzisionstechnik GmbH",
        "Hegauer Präzisionstechnik",
        generator="TYPO3 CMS",
        extra=GTM.replace("{id}", "K7P2QX"),
    )
    + '<body id="p412" class="page-412 pagelevel-3 language-0 backendlayout-subpage layout-default">\n'
    + cookie_banner("de", "cookiebot")
    + nav(["Unternehmen", "Produkte", "Qualität", "Karriere", "Kontakt"], "Hegauer Präzisionstechnik GmbH")
    + '<div class="breadcrumb-section"><ol class="breadcrumb"><li><a href="/">Startseite</a></li>'
    '<li><a href="/karriere">Karriere</a></li><li><a href="/karriere/stellenangebote">Stellenangebote</a></li>'
    '<li class="active">Industriemechaniker (m/w/d) Instandhaltung</li></ol></div>\n'
    + '<main id="page-content" class="section section-default"><!--TYPO3SEARCH_begin-->'
    + typo3_frame(
        2210,
        '<header><h1 class="element-header">Industriemechaniker (m/w/d) Instandhaltung</h1></header>'
        '<ul class="job-facts"><li><strong>Einsatzort:</strong> Singen (Hohentwiel)</li>'
        "<li><strong>Arbeitszeit:</strong> Vollzeit, 37,5 Std./Woche, 2-Schicht</li>"
        "<li><strong>Eintritt:</strong> ab sofort</li><li><strong>Befristung:</strong> unbefristet</li></ul>",
        "header",
    )
    + typo3_frame(
        2211,
        "<p>Die Hegauer Präzisionstechnik GmbH fertigt mit 240 Beschäftigten Drehteile und Baugruppen für die "
        "Medizin- und Antriebstechnik. Mit einem Jahresumsatz von 48 Mio. € gehören wir zu den größeren "
        "Zulieferern am Hochrhein.</p><h2>Ihre Aufgaben</h2><ul><li>Wartung und Instandsetzung unserer "
        "CNC-Dreh- und Fräszentren</li><li>Fehlersuche an Hydraulik und Pneumatik</li><li>Mitarbeit bei "
        "Maschinenumzügen und Neuinstallationen</li></ul><h2>Ihr Profil</h2><ul><li>Abgeschlossene "
        "Ausbildung als Industriemechaniker oder vergleichbar</li><li>Bereitschaft zur Schichtarbeit</li></ul>"
        "<h2>Wir bieten</h2><ul><li>Ein Monatsgehalt von 3.400 – 3.900 € brutto, je nach Erfahrung, plus "
        "Schichtzulagen</li><li>30 Tage Urlaub und JobRad</li><li>Arbeitgeberzuschuss von 50 € monatlich zur "
        "betrieblichen Altersvorsorge</li><li>Kantine mit Mittagessen für 3,50 €</li></ul>"
        "<p>Die Tätigkeit findet ausschließlich vor Ort in unserer Fertigung statt.</p>",
    )
    + typo3_frame(
        2212,
        '<div class="contact-person"><p><strong>Ihre Ansprechpartnerin:</strong> Katrin Wehrle, Personal<br>'
        'Tel. 07731 98 44-120 · <a href="mailto:bewerbung@hegauer-praezision.de">bewerbung@hegauer-praezision.de</a></p>'
        '<a class="btn btn-primary" href="/karriere/bewerbung?job=412">Jetzt bewerben</a></div>',
    )
    + "<!--TYPO3SEARCH_end--></main>\n"
    + footer(
        [
            "Hegauer Präzisionstechnik GmbH · Georg-Fischer-Straße 21 · 78224 Singen",
            "Amtsgericht Freiburg HRB 550127",
        ],
        ["Impressum", "Datenschutz", "Cookie-Einstellungen"],
    )
    + "</body></html>\n",
)

add(
    {
        "file": "typo3-karriere-landing-de",
        "url": "https://www.hegauer-praezision.de/karriere",
        "shape": "not-a-job",
        "company": "Hegauer Präzisionstechnik GmbH",
        "title": None,
        "reason": "career landing: 'Karriere bei …', benefits, three teasers of open jobs, no job of its own",
    },
    head(
        "de", "Karriere - Hegauer Präzisionstechnik GmbH", "Hegauer Präzisionstechnik", generator="TYPO3 CMS"
    )
    + '<body id="p40" class="page-40 pagelevel-1 language-0 backendlayout-default layout-default">\n'
    + cookie_banner("de", "cookiebot")
    + nav(["Unternehmen", "Produkte", "Qualität", "Karriere", "Kontakt"], "Hegauer Präzisionstechnik GmbH")
    + '<main id="page-content"><!--TYPO3SEARCH_begin-->'
    + typo3_frame(
        900,
        '<header><h1 class="element-header">Karriere bei Hegauer</h1></header>'
        "<p>Präzision braucht Menschen, die mit Leidenschaft bei der Sache sind. Werden Sie Teil unseres Teams "
        "von 240 Kolleginnen und Kollegen in Singen.</p>",
        "header",
    )
    + typo3_frame(
        901,
        "<h2>Was wir bieten</h2><ul><li>Tarifnahe Vergütung und Schichtzulagen</li><li>30 Tage Urlaub</li>"
        "<li>JobRad und Zuschuss zum Deutschlandticket</li><li>Weiterbildung in unserer Akademie</li></ul>"
        "<h2>Ausbildung bei Hegauer</h2><p>Jedes Jahr beginnen bei uns acht Auszubildende als Zerspanungs- "
        "oder Industriemechaniker. Bewerbungen für den Ausbildungsstart 2027 nehmen wir gern entgegen.</p>",
    )
    + typo3_frame(
        902,
        '<h2>Aktuelle Stellenangebote</h2><div class="news-list-view">'
        '<div class="article"><h3><a href="/karriere/stellenangebote/detail/industriemechaniker-instandhaltung">'
        "Industriemechaniker (m/w/d) Instandhaltung</a></h3><p>Singen · Vollzeit</p></div>"
        '<div class="article"><h3><a href="/karriere/stellenangebote/detail/qualitaetspruefer">Qualitätsprüfer '
        '(m/w/d) Messraum</a></h3><p>Singen · Vollzeit</p></div><div class="article"><h3><a href="/karriere/'
        'stellenangebote/detail/einkaeufer">Strategischer Einkäufer (m/w/d)</a></h3><p>Singen · Vollzeit · '
        'Homeoffice möglich</p></div></div><p><a href="/karriere/stellenangebote">Alle Stellenangebote</a></p>',
        "list",
    )
    + "<!--TYPO3SEARCH_end--></main>\n"
    + footer(
        ["Hegauer Präzisionstechnik GmbH · Georg-Fischer-Straße 21 · 78224 Singen"],
        ["Impressum", "Datenschutz"],
    )
    + "</body></html>\n",
)

# --- Austria: Contao ------------------------------------------------------------------------------------------

add(
    {
        "file": "contao-arbeitsort-kv-gehalt-linz-at",
        "url": "https://www.donaulaende-software.at/jobs/backend-entwicklerin-java.html",
        "shape": "career-contao",
        "company": "Donaulände Software GmbH",
        "title": "Backend-Entwickler:in Java",
        "salary": pay(3600, 3600, "EUR", "month"),
        "location": loc("Linz", "AT"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head(
        "de",
        "Backend-Entwickler:in Java - Donaulände Software",
        "Donaulände Software",
        generator="Contao Open Source CMS",
    )
    + '<body id="top" class="unknown-os unknown-browser">\n'
    + "<!-- indexer::stop -->"
    + cookie_banner("de")
    + '<div id="wrapper"><header id="header"><div class="inside">'
    + nav(["Lösungen", "Referenzen", "Über uns", "Jobs", "Kontakt"], "Donaulände Software")
    + "</div></header><!-- indexer::continue -->\n"
    + '<div id="container"><main id="main"><div class="inside"><div class="mod_article first last block" id="article-88">'
    '<div class="ce_text block"><h1>Backend-Entwickler:in Java</h1>'
    "<p><strong>Arbeitsort:</strong> Linz, Tabakfabrik · <strong>Beschäftigungsausmaß:</strong> Vollzeit "
    "(38,5 Wochenstunden)</p></div>"
    '<div class="ce_text block"><h2>Dein Job</h2><ul><li>Du entwickelst Services für unsere '
    "Logistik-Plattform mit Java 21 und Spring Boot</li><li>Du betreust Schnittstellen zu SAP und zu den "
    "Systemen unserer Kund:innen</li></ul><h2>Dein Profil</h2><ul><li>Mehrjährige Erfahrung mit Java und "
    "PostgreSQL</li><li>Erfahrung mit Docker und Kubernetes ist ein Plus</li></ul>"
    "<h2>Wir bieten</h2><ul><li>Homeoffice an bis zu zwei Tagen pro Woche</li><li>Gleitzeit ohne Kernzeit</li>"
    "<li>Essenszuschuss von 4,40 € pro Arbeitstag</li></ul>"
    "<p>Für diese Position gilt laut IT-Kollektivvertrag ein Mindestgehalt von € 3.600 brutto pro Monat "
    "(14 x jährlich). Eine Überzahlung je nach Qualifikation und Erfahrung ist selbstverständlich.</p></div>"
    '<div class="ce_hyperlink block"><a href="/bewerbung.html?stelle=java" class="hyperlink_txt">Jetzt '
    "bewerben</a></div></div></div></main></div>\n"
    + "<!-- indexer::stop -->"
    + footer(
        ["Donaulände Software GmbH · Peter-Behrens-Platz 10 · 4020 Linz · FN 498211 t"],
        ["Impressum", "Datenschutz"],
    )
    + "</div><!-- indexer::continue --></body></html>\n",
)

# --- Switzerland: Drupal ----------------------------------------------------------------------------------------

add(
    {
        "file": "drupal-pensum-arbeitsort-winterthur-ch",
        "url": "https://www.pflegezentrum-bruehlberg.ch/de/jobs/dipl-pflegefachperson-hf-fh",
        "shape": "career-drupal",
        "company": "Pflegezentrum Brühlberg AG",
        "title": "Dipl. Pflegefachperson HF/FH",
        "salary": None,
        "location": loc("Winterthur", "CH"),
        "remote": None,
        "employment_type": None,
    },
    head(
        "de",
        "Dipl. Pflegefachperson HF/FH | Pflegezentrum Brühlberg",
        "Pflegezentrum Brühlberg",
        generator="Drupal 10 (https://www.drupal.org)",
    )
    + '<body class="path-node page-node-type-job">\n'
    + cookie_banner("de", "onetrust")
    + '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>'
    + nav(["Wohnen & Pflege", "Angebote", "Über uns", "Offene Stellen", "Kontakt"], "Pflegezentrum Brühlberg")
    + '<main role="main"><div class="region region-content"><article data-history-node-id="318" class="node node--type-job node--view-mode-full">'
    '<h1 class="page-title"><span class="field field--name-title">Dipl. Pflegefachperson HF/FH</span></h1>'
    '<div class="field field--name-field-pensum"><div class="field__label">Pensum</div><div class="field__item">80–100 %</div></div>'
    '<div class="field field--name-field-arbeitsort"><div class="field__label">Arbeitsort</div><div class="field__item">Winterthur</div></div>'
    '<div class="field field--name-field-antritt"><div class="field__label">Stellenantritt</div><div class="field__item">per 1. Februar 2027 oder nach Vereinbarung</div></div>'
    '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">'
    "<p>Das Pflegezentrum Brühlberg bietet 120 Bewohnerinnen und Bewohnern ein Zuhause. Für unsere "
    "Abteilung Demenz suchen wir eine engagierte Pflegefachperson.</p><h2>Ihre Aufgaben</h2><ul><li>Pflege "
    "und Betreuung nach dem Bezugspersonensystem</li><li>Tagesverantwortung im Wechsel</li></ul>"
    "<h2>Was wir bieten</h2><ul><li>Fünf Wochen Ferien</li><li>Vergünstigte Verpflegung im Restaurant "
    "(Menü ab CHF 9.50)</li><li>Weiterbildungsbudget von CHF 2'000 pro Jahr</li></ul>"
    "<p>Frau Andrea Gubler, Leitung Pflege, gibt Ihnen gern Auskunft: 052 555 41 20.</p></div>"
    '<a class="button button--primary" href="/de/bewerbung/318">Online bewerben</a></article></div></main>'
    + footer(
        ["Pflegezentrum Brühlberg AG · Brühlbergstrasse 40 · 8400 Winterthur"],
        ["Impressum", "Datenschutz", "Offene Stellen"],
    )
    + "</div></body></html>\n",
)

add(
    {
        "file": "wp-stellenangebote-liste-bern-ch",
        "url": "https://www.aarebogen-treuhand.ch/stellenangebote/",
        "shape": "not-a-job",
        "company": "Aarebogen Treuhand AG",
        "title": None,
        "reason": "'Stellenangebote' list: four openings with Pensum and Arbeitsort, each a link",
    },
    head("de", "Stellenangebote – Aarebogen Treuhand AG", "Aarebogen Treuhand", generator="WordPress 6.6.2")
    + '<body class="page-template-default page page-id-77 wp-custom-logo">\n'
    + cookie_banner("de")
    + nav(["Dienstleistungen", "Team", "Stellenangebote", "Kontakt"], "Aarebogen Treuhand AG")
    + '<main id="primary" class="site-main"><article id="post-77" class="page type-page status-publish">'
    '<header class="entry-header"><h1 class="entry-title">Stellenangebote</h1></header><div class="entry-content">'
    "<p>Wir wachsen und suchen Verstärkung für unsere Büros in Bern und Thun.</p>"
    '<table class="wp-block-table"><thead><tr><th>Stelle</th><th>Pensum</th><th>Arbeitsort</th></tr></thead><tbody>'
    '<tr><td><a href="/stellenangebote/treuhaender-in/">Treuhänder/in mit eidg. Fachausweis</a></td><td>80–100 %</td><td>Bern</td></tr>'
    '<tr><td><a href="/stellenangebote/sachbearbeiter-in-lohn/">Sachbearbeiter/in Lohnbuchhaltung</a></td><td>60 %</td><td>Thun</td></tr>'
    '<tr><td><a href="/stellenangebote/steuerexperte/">Steuerexperte/-expertin</a></td><td>100 %</td><td>Bern</td></tr>'
    '<tr><td><a href="/stellenangebote/lernende-kv/">Lernende/r Kauffrau/Kaufmann EFZ (Start August 2027)</a></td><td>100 %</td><td>Bern</td></tr>'
    "</tbody></table><p>Keine passende Stelle dabei? Wir freuen uns auch über Ihre Spontanbewerbung an "
    '<a href="mailto:jobs@aarebogen-treuhand.ch">jobs@aarebogen-treuhand.ch</a>.</p></div></article></main>'
    + footer(["Aarebogen Treuhand AG · Monbijoustrasse 61 · 3007 Bern"], ["Impressum", "Datenschutz"])
    + "</body></html>\n",
)

# --- France: WordPress + Divi ------------------------------------------------------------------------------------

add(
    {
        "file": "divi-lieu-de-travail-cdi-nantes-fr",
        "url": "https://www.menuiseries-erdre.fr/carrieres/charge-daffaires-menuiserie-h-f/",
        "shape": "career-divi",
        "company": "Menuiseries de l'Erdre SAS",
        "title": "Chargé(e) d'affaires menuiserie H/F",
        "salary": pay(38000, 42000, "EUR", "year"),
        "location": loc("Nantes", "FR"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head(
        "fr",
        "Chargé(e) d'affaires menuiserie H/F | Carrières | Menuiseries de l'Erdre",
        "Menuiseries de l'Erdre",
        generator="WordPress 6.6.1",
        extra='<link rel="stylesheet" id="divi-style-css" href="/wp-content/themes/Divi/style.min.css?ver=4.27.1">\n',
    )
    + '<body class="post-template-default single single-post et_divi_theme et_pb_button_helper_class et_fullwidth_nav">\n'
    + cookie_banner("fr", "cookiebot")
    + '<div id="page-container"><header id="main-header">'
    + nav(["Nos réalisations", "Savoir-faire", "Carrières", "Contact"], "Menuiseries de l'Erdre")
    + "</header>"
    + '<div id="et-main-area"><div id="main-content"><article class="et_pb_post"><div class="entry-content">'
    '<div class="et_pb_section et_pb_section_0 et_section_regular"><div class="et_pb_row et_pb_row_0">'
    '<div class="et_pb_column et_pb_column_4_4"><div class="et_pb_module et_pb_text et_pb_text_0">'
    '<div class="et_pb_text_inner"><h1>Chargé(e) d\'affaires menuiserie H/F</h1></div></div>'
    '<div class="et_pb_module et_pb_blurb et_pb_blurb_0"><div class="et_pb_blurb_content"><div class="et_pb_blurb_container">'
    "<p><strong>Lieu de travail :</strong> Nantes (Carquefou)<br><strong>Type de contrat :</strong> CDI, temps "
    "plein<br><strong>Rémunération :</strong> 38 – 42 k€ brut annuel selon profil</p></div></div></div>"
    '<div class="et_pb_module et_pb_text et_pb_text_1"><div class="et_pb_text_inner">'
    "<p>Entreprise familiale de 85 salariés (chiffre d'affaires 2025 : 14 M€), nous fabriquons et posons des "
    "menuiseries bois et alu pour les particuliers et les bailleurs de Loire-Atlantique.</p><h2>Vos missions</h2>"
    "<ul><li>Suivre vos chantiers du métré à la réception</li><li>Chiffrer les devis et négocier avec les "
    "clients</li><li>Coordonner les équipes de pose</li></ul><h2>Votre profil</h2><ul><li>Bac+2 en "
    "menuiserie ou bâtiment</li><li>Permis B</li></ul><h2>Nos avantages</h2><ul><li>Véhicule de service</li>"
    "<li>Tickets restaurant de 10 € et mutuelle prise en charge à 70 %</li><li>Un jour de télétravail par "
    "semaine possible après la période d'essai</li></ul></div></div>"
    '<div class="et_pb_button_module_wrapper"><a class="et_pb_button" href="/carrieres/postuler/?offre=ca-menuiserie">Postuler</a></div>'
    "</div></div></div></div></article></div>"
    + footer(
        ["Menuiseries de l'Erdre SAS · 12 rue de la Fontaine · 44470 Carquefou · RCS Nantes 812 334 917"],
        ["Mentions légales", "Politique de confidentialité"],
    )
    + "</div></div></body></html>\n",
)

# --- Spain: WordPress + Elementor ---------------------------------------------------------------------------------


def elementor(widget: str, inner: str, n: int) -> str:
    """An Elementor widget wrapper."""
    return (
        f'<div class="elementor-element elementor-element-{n:07x} elementor-widget elementor-widget-{widget}" '
        f'data-id="{n:07x}" data-element_type="widget" data-widget_type="{widget}.default">'
        f'<div class="elementor-widget-container">{inner}</div></div>'
    )


add(
    {
        "file": "elementor-ubicacion-jornada-valencia-es",
        "url": "https://www.hortanordlogistica.es/empleo/tecnico-administracion-de-personal/",
        "shape": "career-elementor",
        "company": "Horta Nord Logística S.L.",
        "title": "Técnico/a de Administración de Personal",
        "salary": pay(24000, 28000, "EUR", "year"),
        "location": loc("Valencia", "ES"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head(
        "es",
        "Técnico/a de Administración de Personal - Empleo - Horta Nord Logística",
        "Horta Nord Logística",
        generator="Elementor 3.24.4; features: additional_custom_breakpoints",
    )
    + '<body class="page-template-default page page-id-1412 elementor-default elementor-kit-6 elementor-page elementor-page-1412">\n'
    + cookie_banner("es")
    + nav(["Servicios", "Instalaciones", "Sostenibilidad", "Empleo", "Contacto"], "Horta Nord Logística")
    + '<div data-elementor-type="wp-page" data-elementor-id="1412" class="elementor elementor-1412">'
    '<section class="elementor-section elementor-top-section elementor-section-boxed"><div class="elementor-container">'
    + elementor(
        "heading",
        '<h1 class="elementor-heading-title elementor-size-default">Técnico/a de Administración de Personal</h1>',
        0x3A1F2C1,
    )
    + elementor(
        "icon-list",
        '<ul class="elementor-icon-list-items"><li class="elementor-icon-list-item"><span class="elementor-icon-list-text">'
        'Ubicación: Valencia (Polígono Fuente del Jarro, Paterna)</span></li><li class="elementor-icon-list-item">'
        '<span class="elementor-icon-list-text">Jornada: completa, de lunes a viernes</span></li>'
        '<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">Modalidad: híbrida (3 días '
        'en oficina, 2 en remoto)</span></li><li class="elementor-icon-list-item"><span class="elementor-icon-list-text">'
        "Salario: 24.000 € – 28.000 € brutos/año</span></li></ul>",
        0x3A1F2C2,
    )
    + elementor(
        "text-editor",
        "<p>Somos un operador logístico con 320 personas y una facturación de 41 millones de euros. Gestionamos "
        "almacenes para la distribución alimentaria en toda la Comunitat Valenciana.</p><h2>¿Qué harás?</h2>"
        "<ul><li>Elaboración de nóminas y seguros sociales con A3innuva</li><li>Altas y bajas en la Seguridad "
        "Social</li><li>Control de horas de los turnos de almacén</li></ul><h2>¿Qué buscamos?</h2><ul><li>Grado "
        "en Relaciones Laborales</li><li>Dos años de experiencia en nóminas</li></ul><h2>Ofrecemos</h2><ul>"
        "<li>Contrato indefinido</li><li>Seguro médico y tarjeta restaurante de 11 € al día</li></ul>",
        0x3A1F2C3,
    )
    + elementor(
        "button",
        '<a class="elementor-button elementor-button-link" href="#formulario"><span class="elementor-button-text">Inscribirme</span></a>',
        0x3A1F2C4,
    )
    + "</div></section></div>\n"
    + apply_form(
        "Envía tu candidatura",
        [("Nombre", ""), ("Teléfono", ""), ("Pretensiones salariales", "ej. 25.000 €")],
        "Enviar",
    )
    + footer(
        ["Horta Nord Logística S.L. · Calle de la Lluna 8 · 46988 Paterna (Valencia) · CIF B98123456"],
        ["Aviso legal", "Privacidad", "Cookies"],
    )
    + "</body></html>\n",
)

# --- Italy: Joomla ----------------------------------------------------------------------------------------------------

add(
    {
        "file": "joomla-sede-di-lavoro-tempo-determinato-brescia-it",
        "url": "https://www.omvaltrompia.it/lavora-con-noi/programmatore-cnc",
        "shape": "career-joomla",
        "company": "Officine Meccaniche Valtrompia S.r.l.",
        "title": "Programmatore CNC",
        "salary": pay(30000, 34000, "EUR", "year"),
        "location": loc("Brescia", "IT"),
        "remote": None,
        "employment_type": "temporary",
    },
    head(
        "it",
        "Lavora con noi - Programmatore CNC - Officine Meccaniche Valtrompia",
        "Officine Meccaniche Valtrompia",
        generator="Joomla! - Open Source Content Management",
    )
    + '<body class="site com_content view-article no-layout no-task itemid-214">\n'
    + cookie_banner("it")
    + nav(["Azienda", "Lavorazioni", "Certificazioni", "Lavora con noi", "Contatti"], "OMV")
    + '<main id="content" role="main"><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">'
    '<meta itemprop="inLanguage" content="it-IT"><div class="page-header"><h1 itemprop="headline">Programmatore CNC</h1></div>'
    '<dl class="article-info text-muted"><dd class="category-name">Categoria: <a href="/lavora-con-noi" itemprop="genre">Lavora con noi</a></dd>'
    '<dd class="published"><time datetime="2026-11-20T09:00:00+01:00" itemprop="datePublished">Pubblicato: 20 Novembre 2026</time></dd></dl>'
    '<div itemprop="articleBody" class="com-content-article__body">'
    "<p>Officine Meccaniche Valtrompia è un'azienda di lavorazioni meccaniche conto terzi con 60 dipendenti, "
    "attiva dal 1978 per i settori armiero, automotive e oleodinamico.</p>"
    "<p><strong>Sede di lavoro:</strong> Brescia (zona Sant'Eufemia)<br><strong>Tipologia di contratto:</strong> "
    "tempo determinato di 12 mesi, finalizzato all'assunzione, full time<br><strong>Retribuzione:</strong> RAL "
    "30.000 – 34.000 € in base all'esperienza</p><h3>Mansioni</h3><ul><li>Programmazione di centri di lavoro a "
    "5 assi con Heidenhain e Fanuc</li><li>Attrezzaggio e collaudo del primo pezzo</li></ul><h3>Requisiti</h3>"
    "<ul><li>Diploma di perito meccanico</li><li>Conoscenza del disegno tecnico</li></ul><p>Offriamo buoni pasto "
    'da 8 € e premio di produzione. Inviare il CV a <a href="mailto:hr@omvaltrompia.it">hr@omvaltrompia.it</a> '
    "(rif. CNC-26).</p></div></div></main>\n"
    + footer(
        ["Officine Meccaniche Valtrompia S.r.l. · Via Sant'Eufemia 212 · 25135 Brescia · P.IVA 01928374650"],
        ["Privacy", "Cookie policy"],
    )
    + "</body></html>\n",
)

# --- Netherlands: Webflow --------------------------------------------------------------------------------------------

add(
    {
        "file": "webflow-werken-bij-standplaats-eindhoven-nl",
        "url": "https://www.kempenlicht.nl/werken-bij/medior-embedded-software-engineer",
        "shape": "career-webflow",
        "company": "Kempenlicht B.V.",
        "title": "Medior Embedded Software Engineer",
        "salary": pay(3800, 5200, "EUR", "month"),
        "location": loc("Eindhoven", "NL"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head(
        "nl",
        "Medior Embedded Software Engineer | Werken bij Kempenlicht",
        "Kempenlicht",
        generator="Webflow",
        extra='<link href="https://assets-global.website-files.com/64a1c0ffee/css/kempenlicht.webflow.css" rel="stylesheet">\n',
    ).replace(
        '<html lang="nl">',
        '<html data-wf-domain="www.kempenlicht.nl" data-wf-page="65f0aa12b3" data-wf-site="64a1c0ffee" lang="nl">',
    )
    + "<body>\n"
    + cookie_banner("nl")
    + '<div class="navbar w-nav" data-collapse="medium" role="banner"><a href="/" class="brand w-nav-brand"><img src="/logo.svg" alt="Kempenlicht"></a>'
    '<nav role="navigation" class="nav-menu w-nav-menu"><a href="/oplossingen" class="nav-link w-nav-link">Oplossingen</a>'
    '<a href="/over-ons" class="nav-link w-nav-link">Over ons</a><a href="/werken-bij" class="nav-link w-nav-link w--current">Werken bij</a></nav></div>\n'
    + '<section class="section-vacature"><div class="container w-container"><h1 class="heading-vacature">Medior Embedded Software Engineer</h1>'
    '<div class="vacature-tags"><div class="tag">Eindhoven</div><div class="tag">Fulltime (40 uur)</div><div class="tag">Hybride</div></div>'
    '<div class="rich-text-vacature w-richtext"><p>Kempenlicht ontwikkelt slimme verlichting voor tunnels en '
    "sportvelden. Met 70 collega's op Strijp-S werken we aan de firmware van onze armaturen.</p><h2>Wat ga je "
    "doen?</h2><ul><li>Firmware schrijven in C en C++ voor ARM Cortex-M</li><li>Meedenken over de architectuur "
    "van onze nieuwe regelaar</li></ul><h2>Wat vragen we?</h2><ul><li>Een hbo- of wo-opleiding elektrotechniek "
    "of informatica</li><li>Drie jaar ervaring met embedded C</li></ul><h2>Wat bieden we?</h2><ul><li>Een "
    "salaris van € 3.800 – € 5.200 bruto per maand, plus 8 % vakantiegeld</li><li>Twee dagen per week "
    "thuiswerken</li><li>Een reiskostenvergoeding van € 0,23 per km</li></ul></div>"
    '<a href="#solliciteer" class="button w-button">Solliciteer direct</a></div></section>\n'
    + '<section class="section-related"><h3>Andere vacatures</h3><div class="w-dyn-list"><div role="list" class="w-dyn-items">'
    '<div role="listitem" class="w-dyn-item"><a href="/werken-bij/test-engineer">Test Engineer</a> · Eindhoven · Op locatie</div>'
    '<div role="listitem" class="w-dyn-item"><a href="/werken-bij/sales-manager-dach">Sales Manager DACH</a> · Remote</div></div></div></section>\n'
    + footer(["Kempenlicht B.V. · Torenallee 20 · 5617 BC Eindhoven · KvK 71234567"], ["Privacy", "Cookies"])
    + '<script src="https://assets-global.website-files.com/64a1c0ffee/js/webflow.js" type="text/javascript"></script>'
    + "</body></html>\n",
)

# --- Portugal: hand-built -------------------------------------------------------------------------------------------

add(
    {
        "file": "handbuilt-local-de-trabalho-sem-termo-porto-pt",
        "url": "https://www.dourotextil.pt/recrutamento/tecnico-manutencao-industrial.html",
        "shape": "career-handbuilt",
        "company": "Douro Têxtil, Lda.",
        "title": "Técnico de Manutenção Industrial",
        "salary": pay(1400, 1400, "EUR", "month"),
        "location": loc("Porto", "PT"),
        "remote": None,
        "employment_type": "full_time",
    },
    head("pt", "Técnico de Manutenção Industrial — Recrutamento — Douro Têxtil", "Douro Têxtil")
    + "<body>\n"
    + cookie_banner("pt")
    + nav(["A empresa", "Produtos", "Sustentabilidade", "Recrutamento", "Contactos"], "Douro Têxtil")
    + '<div id="conteudo"><div class="oferta"><h1>Técnico de Manutenção Industrial</h1>'
    '<table class="ficha"><tr><th>Local de trabalho</th><td>Porto (Campanhã)</td></tr>'
    "<tr><th>Tipo de contrato</th><td>Contrato sem termo</td></tr><tr><th>Horário</th><td>A tempo inteiro, "
    "turnos rotativos</td></tr><tr><th>Vencimento</th><td>1.400 € brutos x 14 meses</td></tr></table>"
    "<p>A Douro Têxtil produz malhas técnicas desde 1962 e exporta 80 % da produção para 20 países.</p>"
    "<h2>Funções</h2><ul><li>Manutenção preventiva e corretiva de teares circulares</li><li>Diagnóstico de "
    "avarias elétricas e pneumáticas</li></ul><h2>Perfil</h2><ul><li>Curso profissional de eletromecânica"
    "</li><li>Disponibilidade para turnos</li></ul><h2>Oferecemos</h2><ul><li>Subsídio de alimentação de "
    "9,60 €/dia em cartão</li><li>Seguro de saúde</li></ul><p>Envie o seu CV para "
    '<a href="mailto:rh@dourotextil.pt">rh@dourotextil.pt</a> com a referência MAN-11.</p></div></div>\n'
    + footer(
        ["Douro Têxtil, Lda. · Rua do Freixo 1021 · 4300-219 Porto · NIPC 501 234 567"],
        ["Política de privacidade", "Livro de reclamações"],
    )
    + "</body></html>\n",
)

# --- Sweden: WordPress ---------------------------------------------------------------------------------------------

add(
    {
        "file": "wp-ort-omfattning-tillsvidare-vasteras-se",
        "url": "https://www.malarvarme.se/jobb/drifttekniker-fjarrvarme/",
        "shape": "career-wordpress",
        "company": "Mälarvärme AB",
        "title": "Drifttekniker fjärrvärme",
        "salary": None,
        "location": loc("Västerås", "SE"),
        "remote": "onsite",
        "employment_type": "full_time",
    },
    head("sv", "Drifttekniker fjärrvärme – Mälarvärme", "Mälarvärme", generator="WordPress 6.5.5")
    + '<body class="job_listing-template-default single single-job_listing postid-2031">\n'
    + cookie_banner("sv", "cookiebot")
    + nav(["Fjärrvärme", "Fjärrkyla", "Om oss", "Jobb", "Kontakt"], "Mälarvärme")
    + '<main id="main" class="site-main"><article class="job_listing"><h1 class="entry-title">Drifttekniker fjärrvärme</h1>'
    '<ul class="job-listing-meta meta"><li class="job-type heltid">Heltid</li><li class="location">Ort: Västerås</li>'
    '<li class="date-posted"><time datetime="2026-11-24">Publicerad 24 november 2026</time></li></ul>'
    '<div class="job_description"><p>Mälarvärme levererar fjärrvärme till 28 000 kunder i Västmanland. Vi söker '
    "en drifttekniker till vårt kraftvärmeverk.</p><h2>Om tjänsten</h2><p>Du övervakar och optimerar driften "
    "av pannor och ackumulatortankar och deltar i beredskap var femte vecka. Tjänsten utförs på plats i vår "
    "anläggning i Västerås hamn.</p><p><strong>Anställningsform:</strong> Tillsvidare, med sex månaders "
    "provanställning.<br><strong>Omfattning:</strong> Heltid<br><strong>Lön:</strong> Individuell "
    "lönesättning.</p><h2>Kvalifikationer</h2><ul><li>Drifttekniker-utbildning (YH)</li><li>B-körkort</li></ul>"
    "<p>Förmåner: friskvårdsbidrag på 3 000 kr per år och tjänstepension enligt avtal.</p></div>"
    '<div class="job_application application"><a class="application_button button" href="/jobb/ansok/?id=2031">Ansök</a></div></article></main>\n'
    + footer(
        ["Mälarvärme AB · Hamnvägen 12 · 721 36 Västerås · Org.nr 556123-4567"],
        ["Integritetspolicy", "Kakor"],
    )
    + "</body></html>\n",
)

# --- Denmark: hand-built ---------------------------------------------------------------------------------------------

add(
    {
        "file": "handbuilt-arbejdssted-hjemmearbejde-odense-dk",
        "url": "https://www.fynskvand.dk/job/procesingenioer",
        "shape": "career-handbuilt",
        "company": "Fynsk Vand A/S",
        "title": "Procesingeniør til spildevandsrensning",
        "salary": None,
        "location": loc("Odense", "DK"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head("da", "Procesingeniør til spildevandsrensning | Job | Fynsk Vand", "Fynsk Vand")
    + "<body>\n"
    + cookie_banner("da", "cookiebot")
    + nav(["Drikkevand", "Spildevand", "Om os", "Job", "Kontakt"], "Fynsk Vand")
    + '<main><div class="job-container"><p class="kicker">Ledigt job</p><h1>Procesingeniør til spildevandsrensning</h1>'
    '<dl class="job-facts"><dt>Arbejdssted</dt><dd>Ejby Mølle Renseanlæg, Odense</dd><dt>Ansættelse</dt>'
    "<dd>Fuldtid, 37 timer</dd><dt>Løn</dt><dd>Efter overenskomst</dd><dt>Ansøgningsfrist</dt><dd>8. januar 2027</dd></dl>"
    "<p>Fynsk Vand renser spildevand fra 210.000 borgere. Vi investerer 300 mio. kr. i et nyt renseanlæg de "
    "næste fem år og søger en procesingeniør til driften.</p><h2>Dine opgaver</h2><ul><li>Optimering af "
    "biologisk rensning og slambehandling</li><li>Dataanalyse i Python og SCADA</li></ul><h2>Vi tilbyder</h2>"
    "<ul><li>Mulighed for at arbejde hjemme en dag om ugen</li><li>Frokostordning og sundhedsforsikring</li>"
    "</ul><p>Kontakt driftschef Mette Kjærgaard på 63 12 44 80.</p>"
    '<a class="btn" href="/job/ansoeg/procesingenioer">Søg stillingen</a></div></main>\n'
    + footer(
        ["Fynsk Vand A/S · Vandværksvej 7 · 5000 Odense C · CVR 29 18 76 54"],
        ["Privatlivspolitik", "Cookies"],
    )
    + "</body></html>\n",
)

# --- Norway: Wix -------------------------------------------------------------------------------------------------------


def wix_text(inner: str, comp: str) -> str:
    """A Wix rich-text element."""
    return f'<div id="{comp}" class="wixui-rich-text" data-testid="richTextElement">{inner}</div>'


add(
    {
        "file": "wix-sted-timelonn-tomrer-trondheim-no",
        "url": "https://www.nidarosbygg.no/ledig-stilling-tomrer",
        "shape": "career-wix",
        "company": "Nidaros Bygg AS",
        "title": "Tømrer",
        "salary": pay(260, 290, "NOK", "hour"),
        "location": loc("Trondheim", "NO"),
        "remote": None,
        "employment_type": "full_time",
    },
    head("no", "Ledig stilling tømrer | Nidaros Bygg", "Nidaros Bygg", generator="Wix.com Website Builder")
    + "<body>\n"
    + cookie_banner("no")
    + '<div id="SITE_CONTAINER"><div id="main_MF"><header id="SITE_HEADER" class="wixui-header">'
    '<a href="/"><img src="https://static.wixstatic.com/media/3f1a2b_logo.png" alt="Nidaros Bygg AS"></a>'
    '<nav class="wixui-dropdown-menu"><a href="/">Hjem</a><a href="/tjenester">Tjenester</a><a href="/prosjekter">Prosjekter</a>'
    '<a href="/ledig-stilling-tomrer">Jobb hos oss</a></nav></header><main id="PAGES_CONTAINER">'
    + wix_text('<h1 class="font_0 wixui-rich-text__text">Tømrer</h1>', "comp-lk2b9x1a")
    + wix_text(
        '<p class="font_8 wixui-rich-text__text">Sted: Trondheim og omegn</p><p class="font_8 wixui-rich-text__text">'
        'Stillingstype: Fast, 100 %</p><p class="font_8 wixui-rich-text__text">Lønn: 260–290 kr per time etter '
        "erfaring</p>",
        "comp-lk2b9x1b",
    )
    + wix_text(
        '<p class="font_8 wixui-rich-text__text">Nidaros Bygg er et byggefirma med 25 ansatte som rehabiliterer '
        "eneboliger og borettslag i Trøndelag. Vi har en omsetning på 60 millioner kroner og mye arbeid foran "
        'oss.</p><p class="font_8 wixui-rich-text__text">Vi søker en tømrer med fagbrev som vil jobbe med '
        "tilbygg, etterisolering og nye bad. Du får firmabil og verktøy, og vi betaler overtid etter avtale.</p>"
        '<p class="font_8 wixui-rich-text__text">Send søknad til Ola Brøndbo på post@nidarosbygg.no eller ring 73 55 10 20.</p>',
        "comp-lk2b9x1c",
    )
    + "</main>"
    + '<footer id="SITE_FOOTER" class="wixui-footer"><p>Nidaros Bygg AS · Org.nr. 912 345 678 · Sluppenvegen 14, 7037 Trondheim</p></footer>'
    + "</div></div></body></html>\n",
)

# --- Poland: Shopware -------------------------------------------------------------------------------------------------

add(
    {
        "file": "shopware-miejsce-pracy-umowa-o-prace-wroclaw-pl",
        "url": "https://www.odraoutdoor.pl/kariera/specjalista-ds-e-commerce/",
        "shape": "career-shopware",
        "company": "Odra Outdoor Sp. z o.o.",
        "title": "Specjalista ds. e-commerce",
        "salary": pay(6500, 7800, "PLN", "month"),
        "location": loc("Wrocław", "PL"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head("pl", "Specjalista ds. e-commerce | Kariera | Odra Outdoor", "Odra Outdoor")
    + '<body class="is-ctl-navigation is-act-index">\n'
    + cookie_banner("pl")
    + '<header class="header-main"><div class="header-row"><a class="header-logo-main-link" href="/"><img src="/media/logo.svg" alt="Odra Outdoor"></a>'
    '<div class="header-search"><input type="search" placeholder="Wpisz szukaną frazę..."></div>'
    '<div class="header-cart"><span class="header-cart-total">Koszyk 0,00 zł*</span></div></div>'
    '<nav class="main-navigation-menu"><a href="/namioty/">Namioty</a><a href="/plecaki/">Plecaki</a><a href="/odziez/">Odzież</a><a href="/promocje/">Promocje</a></nav></header>\n'
    + '<main class="content-main"><div class="cms-page"><div class="cms-sections">'
    '<div class="cms-section pos-0 cms-section-default"><div class="cms-block pos-0 cms-block-text"><div class="cms-element-text">'
    "<h1>Specjalista ds. e-commerce</h1><p><strong>Miejsce pracy:</strong> Wrocław (Krzyki) / praca hybrydowa"
    "</p><p><strong>Rodzaj umowy:</strong> umowa o pracę, pełny etat</p><p><strong>Wynagrodzenie:</strong> "
    "6 500 – 7 800 zł brutto miesięcznie</p>"
    "<p>Odra Outdoor to polski sklep ze sprzętem turystycznym. Obsługujemy 150 000 klientów rocznie.</p>"
    "<h2>Twoje zadania</h2><ul><li>Zarządzanie ofertą sklepu w Shopware i na Allegro</li><li>Przygotowanie "
    "kampanii w Google Ads</li></ul><h2>Oferujemy</h2><ul><li>Pracę hybrydową: 2 dni w tygodniu zdalnie</li>"
    "<li>Rabat pracowniczy 30 % i kartę Multisport</li></ul><p>CV prosimy przesyłać na adres "
    "rekrutacja@odraoutdoor.pl.</p></div></div></div>"
    '<div class="cms-section pos-1 cms-section-default"><div class="cms-block cms-block-product-slider"><h3>Polecane produkty</h3>'
    '<div class="product-box"><a class="product-name" href="/plecak-karkonosze-45l/">Plecak Karkonosze 45 l</a><span class="product-price">349,00 zł*</span></div>'
    '<div class="product-box"><a class="product-name" href="/namiot-sleza-2/">Namiot Ślęża 2</a><span class="product-price">899,00 zł*</span></div></div></div>'
    "</div></div></main>\n"
    + footer(
        [
            "Odra Outdoor Sp. z o.o. · ul. Powstańców Śląskich 95 · 53-332 Wrocław · NIP 899-123-45-67",
            "* Ceny zawierają VAT",
        ],
        ["Regulamin", "Polityka prywatności", "Kariera"],
    )
    + "</body></html>\n",
)

# --- Czechia: hand-built --------------------------------------------------------------------------------------------

add(
    {
        "file": "handbuilt-misto-vykonu-prace-brno-cz",
        "url": "https://www.moravska-elektrotechnika.cz/kariera/elektroprojektant",
        "shape": "career-handbuilt",
        "company": "Moravská elektrotechnika s.r.o.",
        "title": "Elektroprojektant / Elektroprojektantka",
        "salary": pay(45000, 55000, "CZK", "month"),
        "location": loc("Brno", "CZ"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head(
        "cs",
        "Elektroprojektant / Elektroprojektantka | Kariéra | Moravská elektrotechnika",
        "Moravská elektrotechnika",
    )
    + "<body>\n"
    + cookie_banner("cs")
    + nav(["O nás", "Reference", "Služby", "Kariéra", "Kontakt"], "Moravská elektrotechnika")
    + '<main class="container"><section class="pozice"><h1>Elektroprojektant / Elektroprojektantka</h1>'
    '<div class="info-box"><p><span class="label">Místo výkonu práce:</span> Brno-Královo Pole</p>'
    '<p><span class="label">Typ úvazku:</span> plný úvazek</p><p><span class="label">Mzda:</span> 45 000 – '
    '55 000 Kč měsíčně</p><p><span class="label">Nástup:</span> dohodou</p></div>'
    "<p>Projektujeme elektroinstalace a trafostanice pro průmyslové areály po celé Moravě. Loňský obrat "
    "firmy dosáhl 180 mil. Kč.</p><h2>Co bude vaší náplní</h2><ul><li>Projektová dokumentace silnoproudých "
    "rozvodů v programu EPLAN</li><li>Výpočty a dimenzování</li></ul><h2>Co nabízíme</h2><ul><li>Možnost "
    "home office jeden den v týdnu</li><li>Stravenkový paušál 120 Kč na den</li><li>5 týdnů dovolené</li></ul>"
    '<p>Životopis zasílejte na <a href="mailto:kariera@moravska-elektrotechnika.cz">kariera@moravska-elektrotechnika.cz</a>.</p></section></main>\n'
    + footer(
        ["Moravská elektrotechnika s.r.o. · Palackého třída 112 · 612 00 Brno · IČO 26912345"],
        ["Ochrana osobních údajů", "Cookies"],
    )
    + "</body></html>\n",
)

# --- Japan: hand-built --------------------------------------------------------------------------------------------------

add(
    {
        "file": "handbuilt-kinmuchi-koyo-keitai-osaka-jp",
        "url": "https://www.naniwa-seiki.co.jp/recruit/career/mechanical-design.html",
        "shape": "career-handbuilt",
        "company": "株式会社なにわ精機",
        "title": "機械設計エンジニア",
        "salary": pay(280000, 350000, "JPY", "month"),
        "location": loc("Osaka", "JP"),
        "remote": None,
        "employment_type": "full_time",
    },
    head("ja", "機械設計エンジニア｜キャリア採用｜株式会社なにわ精機", "株式会社なにわ精機")
    + "<body>\n"
    + cookie_banner("ja")
    + nav(["企業情報", "製品情報", "技術紹介", "採用情報", "お問い合わせ"], "株式会社なにわ精機")
    + '<main id="recruit"><div class="breadcrumb"><a href="/">トップ</a> &gt; <a href="/recruit/">採用情報</a> &gt; キャリア採用</div>'
    '<h1 class="ttl-job">機械設計エンジニア</h1><p class="lead">創業60年、食品包装機械の専業メーカーとして国内シェアを伸ばしています。'
    "年商42億円、社員数180名。</p>"
    '<table class="tbl-recruit"><tr><th>職種</th><td>機械設計エンジニア（包装機械）</td></tr>'
    "<tr><th>仕事内容</th><td>SolidWorksを用いた包装機械の設計、部品選定、試作機の立ち上げ</td></tr>"
    "<tr><th>雇用形態</th><td>正社員（試用期間3か月）</td></tr>"
    "<tr><th>勤務地</th><td>本社・設計センター（大阪府大阪市淀川区）</td></tr>"
    "<tr><th>勤務時間</th><td>8:30～17:30（休憩60分）</td></tr>"
    "<tr><th>給与</th><td>月給28万円～35万円（経験・能力を考慮の上、決定）<br>賞与年2回（昨年度実績4.2か月分）</td></tr>"
    "<tr><th>待遇・福利厚生</th><td>社会保険完備、通勤手当（上限月5万円）、住宅手当</td></tr>"
    "<tr><th>休日休暇</th><td>完全週休2日制（土日）、年間休日122日</td></tr></table>"
    '<div class="entry"><a href="/recruit/entry/?job=md" class="btn-entry">エントリーする</a></div></main>\n'
    + footer(
        ["株式会社なにわ精機 〒532-0011 大阪府大阪市淀川区西中島5-9-1 TEL 06-6305-1122"],
        ["プライバシーポリシー", "サイトマップ"],
    )
    + "</body></html>\n",
)

# --- Brazil: WordPress ---------------------------------------------------------------------------------------------------

add(
    {
        "file": "wp-trabalhe-conosco-clt-campinas-br",
        "url": "https://www.agrotechpaulista.com.br/trabalhe-conosco/analista-de-dados-pleno/",
        "shape": "career-wordpress",
        "company": "Agrotech Paulista Ltda.",
        "title": "Analista de Dados Pleno",
        "salary": pay(6500, 6500, "BRL", "month"),
        "location": loc("Campinas", "BR"),
        "remote": "hybrid",
        "employment_type": "full_time",
    },
    head(
        "pt-BR",
        "Analista de Dados Pleno - Trabalhe Conosco - Agrotech Paulista",
        "Agrotech Paulista",
        generator="WordPress 6.6.2",
    )
    + '<body class="vaga-template-default single single-vaga postid-655">\n'
    + cookie_banner("pt")
    + nav(["Soluções", "Cases", "Blog", "Trabalhe Conosco", "Contato"], "Agrotech Paulista")
    + '<main id="main"><article class="vaga"><h1 class="entry-title">Analista de Dados Pleno</h1>'
    '<ul class="vaga-info"><li><i class="fa fa-map-marker"></i> Local: Campinas - SP</li>'
    '<li><i class="fa fa-briefcase"></i> Regime: CLT, 40h semanais</li><li><i class="fa fa-home"></i> Modelo '
    'híbrido (2x na semana no escritório)</li><li><i class="fa fa-money"></i> Salário: R$ 6.500,00</li></ul>'
    '<div class="entry-content"><p>A Agrotech Paulista desenvolve software de monitoramento de lavouras usado '
    "em 2 milhões de hectares.</p><h2>Responsabilidades</h2><ul><li>Construir pipelines de dados em Python e "
    "SQL</li><li>Criar dashboards no Power BI para as equipes comerciais</li></ul><h2>Benefícios</h2><ul>"
    "<li>Vale-refeição de R$ 45 por dia</li><li>Plano de saúde e odontológico</li><li>Auxílio home office de "
    "R$ 150 por mês</li></ul></div>"
    '<a class="btn-candidatar" href="https://www.agrotechpaulista.com.br/trabalhe-conosco/candidatura/?vaga=655">Quero me candidatar</a></article></main>\n'
    + footer(
        ["Agrotech Paulista Ltda. · Av. José de Souza Campos 1800 · Campinas - SP · CNPJ 12.345.678/0001-90"],
        ["Política de Privacidade"],
    )
    + "</body></html>\n",
)

# --- Mexico: Jimdo --------------------------------------------------------------------------------------------------------

add(
    {
        "file": "jimdo-ubicacion-sueldo-monterrey-mx",
        "url": "https://www.acerosregiomontanos.com.mx/bolsa-de-trabajo/",
        "shape": "career-jimdo",
        "company": "Aceros Regiomontanos S.A. de C.V.",
        "title": "Supervisor de Producción",
        "salary": pay(18000, 22000, "MXN", "month"),
        "location": loc("Monterrey", "MX"),
        "remote": "onsite",
        "employment_type": "full_time",
    },
    head(
        "es-MX", "Bolsa de trabajo - Aceros Regiomontanos", "Aceros Regiomontanos", generator="Jimdo Creator"
    )
    + '<body class="jimdo-creator cc-page-bolsa-de-trabajo">\n'
    + cookie_banner("es")
    + '<div id="cc-inner" class="cc-content-parent"><header class="jtpl-header">'
    + nav(["Inicio", "Productos", "Nosotros", "Bolsa de trabajo", "Contacto"], "Aceros Regiomontanos")
    + '</header><div id="content_area" data-container="content">'
    '<div id="cc-m-8812" class="j-module n j-header"><h1 class="">Supervisor de Producción</h1></div>'
    '<div id="cc-m-8813" class="j-module n j-text"><p><strong>Ubicación:</strong> Monterrey, N.L. (planta '
    "Apodaca)</p><p><strong>Horario:</strong> Tiempo completo, turno rotativo</p><p><strong>Sueldo:</strong> "
    "$18,000 – $22,000 MXN mensuales más prestaciones superiores a las de ley</p>"
    "<p>Somos una empresa regiomontana con 40 años fabricando perfiles de acero para la construcción.</p>"
    "<p><strong>Requisitos:</strong></p><ul><li>Ingeniería industrial o mecánica</li><li>3 años como "
    "supervisor en planta</li></ul><p><strong>Ofrecemos:</strong> vales de despensa de $1,200 al mes, fondo de "
    "ahorro y comedor. Trabajo 100 % presencial en planta.</p>"
    "<p>Envía tu CV a reclutamiento@acerosregiomontanos.com.mx o por WhatsApp de RH al 81 5555 0142.</p></div>"
    '<div id="cc-m-8814" class="j-module n j-hr"><hr></div>'
    '<div id="cc-m-8815" class="j-module n j-text"><p><strong>También buscamos:</strong> Operador de grúa '
    "viajera · Almacenista</p></div></div></div>\n"
    + footer(
        ["Aceros Regiomontanos S.A. de C.V. · Carretera Miguel Alemán km 22 · Apodaca, N.L."],
        ["Aviso de privacidad"],
    )
    + '<div id="cc-jimdo-footer"><a href="https://www.jimdo.com">Jimdo</a> · <a href="/login">Iniciar sesión</a></div>'
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
