"""Where a career site names its employer when no element says "company": the copyright line, the imprint
line of the footer ("Baumann + Rüegg AG · Technikumstrasse 40 · 8400 Winterthur"), an "About <Name>"
heading, and a recruitment agency's statement that it advertises the job ("Ashdown Selection is acting as an
employment agency in relation to this vacancy", the wording UK agencies print on every ad).

A short name from the site's name or logo ("Vlietstra") gives way to the fuller one the copyright line
states for it ("Vlietstra Installatietechniek B.V.").
"""

from __future__ import annotations

import re

from hirehound.ingest.extract import tidy
from hirehound.ingest.extract.page import Page

# Legal forms that end (or, in Japan, start) an employer's name, as boards print them.
LEGAL_FORM = re.compile(
    r"(?:\b(?:inc|llc|ltd|limited|plc|corp|gmbh|ag|sa|s\.a\.s|s\.a|s\.l|s\.r\.l|srl|spa|s\.p\.a|bv|b\.v|nv|"
    r"a/s|aps|ab|as|oy|oyj|sarl|sas|kg|se|pty ltd|pvt ltd|sp\. z o\.o|s\.a\. de c\.v|ltda|co\., ltd)\.?"
    r"|\(pvt\) ltd\.?)$|^(?:株式会社|有限会社)|(?:株式会社|有限公司|有限会社)$",
    re.IGNORECASE,
)
# The name ends at a full stop, not at the dots inside "B.V." or "S.p.A." (a dot followed by a letter)
# nor at the inner dot of an abbreviated legal form ("Pvt. Ltd.", "Co. Ltd.", "Sp. z o.o.").
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-\u2013]?\s*)*"
    r"((?:[^.|·©]|\.(?=\w)|(?:(?<=\bpvt)|(?<=\bco)|(?<=\bsp))\.(?=\s+(?:ltd|limited|z)\b)){2,60}?)"
    r"(?:\.(?!\w)(?!\s+(?:ltd|limited|z)\b)|\s*[|·]|\s+all rights|$)",
    re.I,
)
_DOTTED_FORM = re.compile(r"\b\w(?:\.\w)+$")  # "B.V", "S.p.A": the last dot was the match's end
_TRAILING_YEAR = re.compile(r"\s+(?:19|20)\d\d$")  # "© Thornbury District Council 2026"
_IMPRINT_PARTS = re.compile(r"\s+[|·•]\s+|\s*,\s+")
_AGENCY = re.compile(
    r"\b([A-Z][\w&.'\u2019-]*(?: [A-Z&][\w&.'\u2019-]*){0,4}) (?:is|are) acting as an? employment "
    r"(?:agency|business)\b"
)
_ABOUT = re.compile(r"^(?:about|über|à propos de|sobre|over|acerca de|chi è|o firmie)\s+(?P<name>.+)$", re.I)
# "About the role", "About you", "Über uns": the posting's sections, not the employer.
_NOT_A_NAME = re.compile(
    r"^(?:the|this|our|us|you|your|me|uns|dich|sie|nous|vous|nosotros|ons|het|de|la|le|el|il|l')\b", re.I
)
_MAX_NAME_WORDS = 5
_FULLER_WORDS = 3


def copyright_holder(page: Page) -> str | None:
    """The name after "©" in the footer ("© 2026 Kestrel Dynamics GmbH. Alle Rechte vorbehalten.")."""
    for line in reversed(page.footer_lines):
        match = _COPYRIGHT.search(line)
        if match:
            name = _TRAILING_YEAR.sub("", match.group(1).strip())
            found = tidy.clean_company(f"{name}." if _DOTTED_FORM.search(name) else name, page)
            if found:
                return found
    return None


def imprint(page: Page) -> str | None:
    """A footer line that starts with a name ending in a legal form, an address after it."""
    if tidy.is_board(page):
        return None
    for line in page.footer_lines:
        head = _IMPRINT_PARTS.split(line.strip(), maxsplit=1)[0]
        if len(head.split()) <= _MAX_NAME_WORDS + 1 and LEGAL_FORM.search(head):
            found = tidy.clean_company(head, page)
            if found:
                return found
    return None


def fuller(name: str, page: Page) -> str:
    """``name``, or the copyright holder's or imprint's name that starts with it and says more."""
    if tidy.is_board(page):
        return name
    key = name.casefold()
    for candidate in (copyright_holder(page), imprint(page)):
        if not candidate:
            continue
        extra = candidate[len(name) :].split()
        if candidate.casefold().startswith(key + " ") and len(extra) <= _FULLER_WORDS:
            return candidate
    return name


def about_heading(page: Page) -> str | None:
    """The name in an "About <Name>" heading, when every word of it is capitalized."""
    for heading in page.headings:
        match = _ABOUT.match(heading.strip())
        if not match:
            continue
        name = match.group("name").strip(" :!.")
        words = name.split()
        if _NOT_A_NAME.match(name) or not 0 < len(words) <= _MAX_NAME_WORDS:
            continue
        if all(word[0].isupper() or word[0] in "&+" or word.isdigit() for word in words):
            found = tidy.clean_company(name, page)
            if found:
                return found
    return None


def agency(page: Page) -> str | None:
    """The agency that says it is acting as an employment agency (or business) for this vacancy."""
    match = _AGENCY.search(page.body_text)
    return tidy.clean_company(match.group(1), page) if match else None
