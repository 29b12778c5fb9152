"""LinkedIn's guest job view (``linkedin.com/jobs/view/<slug>-<id>``): the top card
(``.top-card-layout__title``, ``.topcard__org-name-link``, ``.topcard__flavor--bullet``), the description in
``.show-more-less-html__markup``, the pay in ``.compensation__salary`` and the criteria list
(``.description__job-criteria-item``: a subheader such as "Employment type", "Beschäftigungsverhältnis",
"Tipo de empleo" and its text; "Seniority level" / "Karrierestufe: Praktikum" is a level, not the employment
type). The page title is "<company> hiring <title> in <place> | LinkedIn".
"""

from __future__ import annotations

from hirehound.ingest.extract import labelled
from hirehound.ingest.extract.dom import Fields, inner_html, node_text
from hirehound.ingest.extract.page import Page


def detect(page: Page) -> bool:
    return page.host_is("linkedin.com") or page.has(".top-card-layout__title, .topcard__title")


def extract(page: Page) -> Fields:
    criteria = {}
    for item in page.css(".description__job-criteria-item"):
        label = node_text(item.css_first(".description__job-criteria-subheader"))
        value = node_text(item.css_first(".description__job-criteria-text"))
        if label and value:
            criteria[label.casefold()] = value
    return {
        "title": page.first(".top-card-layout__title", ".topcard__title"),
        "company_name": page.first(".topcard__org-name-link", ".topcard__flavor a"),
        "location_text": page.first(
            ".topcard__flavor--bullet", ".top-card-layout__second-subline .topcard__flavor:nth-child(2)"
        ),
        "employment_type_text": next(
            (
                value
                for label, value in criteria.items()
                if labelled.label_of(label) == "employment_type_text"
            ),
            None,
        ),
        "salary_text": page.first(".compensation__salary"),
        "description_html": inner_html(page.node(".show-more-less-html__markup"))
        or inner_html(page.node(".description__text")),
    }
