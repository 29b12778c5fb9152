"""The page as every extractor sees it: parsed once, its scripts kept, the noise removed.

Scripts (JSON-LD, embedded application state) are read before the noise is stripped; extractors then
share one Lexbor tree without navigation, footers, asides, cookie banners, hidden elements or
application forms (the form's example answers, "(Ex: 15.000 USD)", are not the posting's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from selectolax.lexbor import LexborHTMLParser, LexborNode

from hirehound.ingest.extract.dom import first_text, node_text, text

_NOISE_TAGS = ["script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "iframe"]
# Consent managers and cookie notices, and elements a browser would not show.
_NOISE_SELECTORS = (
    "[id*=cookie], [class*=cookie], [id*=consent], [class*=consent], [id*=onetrust], [id*=gdpr],"
    " [class*=gdpr], [id^=cmp-], [class^=cmp-], [hidden], [style*='display:none'], [style*='display: none']"
)
# Navigation that only a job board has (employers post there; job seekers search there).
_BOARD_NAV = re.compile(
    r"^(?:post (?:a )?jobs?|employers?(?: site| / post job)?|for employers|recruiters|company reviews|"
    r"firmen|recruteurs|virksomheder|employer site|jobs finden|buscar ofertas|求人検索)$",
    re.IGNORECASE,
)
_MAX_NAV_LINKS = 200
# An application form (a CV upload, an e-mail field) is never the posting, however much of the page it is.
_APPLICATION_INPUTS = "input[type=file], input[type=email], input[name*=email], input[name*=resume], textarea"
# A form or banner holding most of the page is the page (ASP.NET wraps everything in one <form>).
_MOST_OF_PAGE = 0.5


@dataclass
class Script:
    kind: str  # the type attribute, lowercased
    id: str
    body: str


@dataclass
class Page:
    url: str
    host: str
    tree: LexborHTMLParser
    scripts: list[Script] = field(default_factory=list)
    footer_lines: list[str] = field(default_factory=list)
    board_hint: bool = False

    @classmethod
    def parse(cls, html: str, url: str, host: str) -> Page:
        tree = LexborHTMLParser(html)
        scripts = [
            Script(
                kind=(node.attributes.get("type") or "").strip().lower(),
                id=node.attributes.get("id") or "",
                body=node.text(),
            )
            for node in tree.css("script")
        ]
        footers = [node_text(node) for node in tree.css("footer, [class*=footer], [id*=footer]")]
        links = [
            node_text(node) or "" for node in tree.css("header a, nav a, [class*=header] a")[:_MAX_NAV_LINKS]
        ]
        page = cls(
            url=url,
            host=host,
            tree=tree,
            scripts=scripts,
            footer_lines=[found for found in footers if found],
            board_hint=any(_BOARD_NAV.match(link) for link in links),
        )
        page._strip_noise()
        return page

    def _strip_noise(self) -> None:
        body = self.tree.body
        total = len(body.text(strip=True)) if body is not None else 0
        for node in self.tree.css(_NOISE_SELECTORS):
            if node.tag in ("html", "body") or node.parent is None:
                continue
            if len(node.text(strip=True)) <= _MOST_OF_PAGE * total:
                node.decompose()
        self.tree.strip_tags(_NOISE_TAGS, recursive=True)
        for form in self.tree.css("form"):
            if (
                form.css_first(_APPLICATION_INPUTS) is not None
                or len(form.text(strip=True)) <= _MOST_OF_PAGE * total
            ):
                form.decompose()

    # ---------------------------------------------------------------------------------- cached views

    @cached_property
    def title_tag(self) -> str | None:
        return first_text(self.tree, "head title", "title")

    @cached_property
    def site_name(self) -> str | None:
        return self.meta("og:site_name", "application-name", "apple-mobile-web-app-title")

    @cached_property
    def og_title(self) -> str | None:
        return self.meta("og:title", "twitter:title")

    @cached_property
    def body_text(self) -> str:
        return node_text(self.tree.body) or ""

    @cached_property
    def lines(self) -> list[str]:
        """The visible text, one line per text node, stripped and non-empty."""
        if self.tree.body is None:
            return []
        raw = self.tree.body.text(separator="\n").splitlines()
        return [line for line in (_SPACES.sub(" ", part).strip() for part in raw) if line]

    @cached_property
    def headlines(self) -> list[str | None]:
        """What a reader sees first: the ``<title>``, the first ``h1`` and the ``og:title``."""
        return [self.title_tag, self.first("h1"), self.og_title]

    @cached_property
    def headings(self) -> list[str]:
        return [found for found in (node_text(node) for node in self.tree.css("h1, h2, h3")) if found]

    def meta(self, *names: str) -> str | None:
        for name in names:
            node = self.tree.css_first(f'meta[property="{name}"]') or self.tree.css_first(
                f'meta[name="{name}"]'
            )
            if node is not None:
                found = text(node.attributes.get("content"))
                if found:
                    return found
        return None

    def first(self, *selectors: str) -> str | None:
        return first_text(self.tree, *selectors)

    def node(self, selector: str) -> LexborNode | None:
        return self.tree.css_first(selector)

    def has(self, selector: str) -> bool:
        return self.tree.css_first(selector) is not None

    def host_is(self, *suffixes: str) -> bool:
        return any(self.host == suffix or self.host.endswith("." + suffix) for suffix in suffixes)


_SPACES = re.compile(r"\s+")
