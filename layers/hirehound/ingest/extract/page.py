"""The page as every extractor sees it: parsed once, its scripts kept, the noise removed.

Scripts (JSON-LD, embedded application state) are read before the noise is stripped; extractors then
share one Lexbor tree without navigation, footers, asides, cookie banners, hidden elements or
application forms (the form's example answers, "(Ex: 15.000 USD)", are not the posting's).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from html import escape
from operator import itemgetter
from typing import Any, cast

import ahocorasick  # type: ignore[import-not-found]  # C extension without type stubs
from selectolax.lexbor import LexborHTMLParser, LexborNode

from hirehound.ingest.extract.dom import first_text, node_text, text

_NOISE_TAGS = ["script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "iframe"]
# Consent managers and cookie notices; elements a browser would not show.
# Matched case-insensitively: Cookiebot's dialog is ``#CybotCookiebotDialog``, others "CookieConsent".
_CONSENT_SELECTORS = (
    "[id*=cookie i], [class*=cookie i], [id*=consent i], [class*=consent i], [id*=onetrust i], [id*=gdpr i],"
    " [class*=gdpr i], [id^=cmp-], [class^=cmp-]"
)
# Adobe Experience Manager's Core Components name every block ``cmp-<component>`` (BEM:
# ``cmp-text__paragraph``): the page's text, not a consent manager's ``cmp-banner``.
_AEM_COMPONENT = re.compile(
    r"^cmp-(?:container|text|title|image|teaser|button|list|breadcrumb|experiencefragment|tabs|accordion"
    r"|navigation|languagenavigation|separator|embed|form|search|carousel|download|pdfviewer|contentfragment"
    r"|contentfragmentlist|progressbar|tableofcontents|table)(?:$|[_-]{2}|\s)"
)
_HIDDEN_SELECTORS = "[hidden], [style*='display:none'], [style*='display: none']"
# Navigation that only a job board has (employers post there; job seekers search there).
_BOARD_NAV = re.compile(
    r"^(?:post (?:a )?jobs?|employers?(?: site| / post job)?|for employers|recruiters|company reviews|"
    r"firmen|recruteurs|virksomheder|employer site|jobs finden|buscar ofertas|求人検索|"
    r"employer (?:login|sign in|zone|area)|recruiter login|post (?:an|a free) ad|área (?:de )?empresas?|"
    r"para empresas|für arbeitgeber|für unternehmen|espace (?:recruteur|entreprises?)|"
    r"dla (?:firm|pracodawców)|"
    r"pracodawcy|per le aziende|area aziende|for arbejdsgivere|arbetsgivare|企業の方へ?|採用担当者様?)$",
    re.IGNORECASE,
)
_MAX_NAV_LINKS = 200
# Forms, and the divs React apps render application forms in.
_FORMS = (
    "form, [role=form], [data-ui=application-form], [class*=application-form], [class*=application--form],"
    " [class*=applicationForm], [id*=application_form], [id*=application-form]"
)
# An application form (a CV upload, an e-mail field) is never the posting, however much of the page it is.
_APPLICATION_INPUTS = "input[type=file], input[type=email], input[name*=email], input[name*=resume], textarea"
# A form or banner holding most of the page is the page (ASP.NET wraps everything in one <form>).
_MOST_OF_PAGE = 0.5


@dataclass
class Script:
    kind: str  # the type attribute, lowercased
    id: str
    body: str


_VALUE = itemgetter(1)  # of an automaton match (end, value)
_FLAG = re.compile(r"\s+[is]\s*$")  # a case flag after an attribute value
_TOKEN = re.compile(r"[*^$|~]?=\s*['\"]?([^'\"\]]+)|[.#]([\w-]+)|^([a-z][a-z0-9-]*)(?=[\s\[.#:]|$)")


@cache
def _tokens(selector: str) -> tuple[str, ...]:
    """Strings a page must contain for ``selector`` to match anything: attribute values, class and id
    names, ``<tag``. Checking them against the raw HTML first skips most selector runs (each is a full
    tree walk in Lexbor)."""
    found = []
    for value, name, tag in _TOKEN.findall(selector.strip()):
        found.append(_FLAG.sub("", value) or name or f"<{tag}")  # "[id*=cookie i]": the value is "cookie"
    return tuple(found)


class _TokenIndex:
    """Every selector token seen so far in one Aho-Corasick automaton (pyahocorasick): a single pass over a
    page's HTML tells which occur, instead of one substring scan per token (measured ~8x cheaper).

    Shared by the threads of one process (the local runtime runs handlers concurrently): tokens are added
    under a lock, and an automaton is built from a snapshot and kept only if no token arrived meanwhile."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tokens: set[str] = set()
        self._generation = 0
        self._index: tuple[Any, frozenset[str]] | None = None  # the automaton and the tokens it holds

    def add(self, token: str) -> None:
        with self._lock:
            self._tokens.add(token)
            self._generation += 1
            self._index = None

    def scan(self, lowered: str) -> tuple[set[str], frozenset[str]]:
        """(the tokens that occur in ``lowered``, the tokens the scan looked for)."""
        index = self._index or self._build()
        if index is None:
            return set(), frozenset()
        automaton, tokens = index
        return set(map(_VALUE, automaton.iter(lowered))), tokens

    def _build(self) -> tuple[Any, frozenset[str]] | None:
        with self._lock:
            tokens, generation = frozenset(self._tokens), self._generation
        if not tokens:
            return None
        automaton = ahocorasick.Automaton()
        for token in tokens:
            automaton.add_word(token, token)
        automaton.make_automaton()
        with self._lock:
            if self._generation == generation:
                self._index = (automaton, tokens)
        return automaton, tokens


_TOKENS = _TokenIndex()


@cache
def split_selectors(selectors: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in selectors.split(",") if part.strip())


@cache
def _needs(selectors: str) -> tuple[tuple[tuple[str, frozenset[str]], ...], frozenset[str]]:
    """Each selector of the list with the lower-cased tokens a page must contain for it to match, and all
    those tokens."""
    needs = tuple(
        (part, frozenset(token.lower() for token in _tokens(part))) for part in split_selectors(selectors)
    )
    return needs, frozenset().union(*(tokens for _, tokens in needs))


@lru_cache(maxsize=4096)
def _usable_parts(selectors: str, found: frozenset[str]) -> str:
    """The selectors of the list whose tokens are all among ``found`` (pages share a few such sets)."""
    return ", ".join(part for part, tokens in _needs(selectors)[0] if tokens <= found)


@dataclass
class Page:
    url: str
    host: str
    tree: LexborHTMLParser
    html: str = ""
    html_lower: str = ""

    scripts: list[Script] = field(default_factory=list)
    footer_lines: list[str] = field(default_factory=list)  # each footer's text on one line
    footer_text_lines: list[str] = field(default_factory=list)  # the footers' text lines, each once
    board_hint: bool = False
    memo: dict[str, Any] = field(default_factory=dict)
    _usable: dict[str, str] = field(default_factory=dict, repr=False)
    _found_tokens: set[str] | None = field(default=None, repr=False)
    _scanned_tokens: frozenset[str] = field(default=frozenset(), repr=False)

    def __post_init__(self) -> None:
        self.html_lower = self.html.lower()

    @classmethod
    def parse(cls, html: str, url: str, host: str) -> Page:
        page = cls.read(html, url, host)
        page.strip_noise()
        return page

    @classmethod
    def read(cls, html: str, url: str, host: str) -> Page:
        """The page parsed, its scripts, footers and navigation read, its noise not stripped yet (call
        :meth:`strip_noise` before any view of the text)."""
        page = cls(url=url, host=host, tree=LexborHTMLParser(html), html=html)
        page.scripts = [
            Script(
                kind=(node.attributes.get("type") or "").strip().lower(),
                id=node.attributes.get("id") or "",
                body=node.text(),
            )
            for node in page.tree.css("script")
        ]
        footer_nodes = page.css("footer, [class*=footer], [id*=footer], [id*=Footer]")
        page.footer_lines = [found for found in map(node_text, footer_nodes) if found]
        page.footer_text_lines = list(
            dict.fromkeys(
                line
                for node in footer_nodes
                for line in map(str.strip, node.text(separator="\n").splitlines())
                if line
            )
        )
        links = [node_text(node) or "" for node in page.css("header a, nav a")[:_MAX_NAV_LINKS]]
        page.board_hint = any(_BOARD_NAV.match(link) for link in links)
        return page

    def _keep_svg_icon_names(self) -> None:
        """An inline SVG icon labels the fact beside it (``<svg class="icon-location"><use href="#pin">``):
        it becomes an empty ``<i>`` with its names as classes, since SVGs go with the noise."""
        if "<svg" not in self.html_lower:
            return
        added: list[str] = []
        for svg in self.css("svg"):
            uses = [
                use.attributes.get("href") or use.attributes.get("xlink:href") or "" for use in svg.css("use")
            ]
            names = " ".join(
                name.strip().lstrip("#")
                for name in (svg.attributes.get("class"), svg.attributes.get("data-icon"), *uses)
                if name and name.strip()
            )
            if names:
                tag = f'<i class="svg-icon {escape(names)}"></i>'
                icon = LexborHTMLParser(tag).css_first("i")
                if icon is not None:
                    svg.replace_with(icon)
                    added.append(tag.lower())
        if added:  # the selectors' token scan reads the page's HTML: it must see the new tags
            self.html_lower += "".join(added)
            self._found_tokens, self._scanned_tokens, self._usable = None, frozenset(), {}

    def strip_noise(self) -> None:
        body = self.tree.body
        total = len(body.text(strip=True)) if body is not None else 0
        # A consent wall can be most of the page's text (20,000 characters seen); it never holds the title.
        for node in self.css(_CONSENT_SELECTORS):
            if _AEM_COMPONENT.match(node.attributes.get("class") or ""):
                continue
            if node.tag not in ("html", "body") and node.parent is not None and node.css_first("h1") is None:
                node.decompose()
        for node in self.css(_HIDDEN_SELECTORS):
            if node.tag in ("html", "body") or node.parent is None:
                continue
            if len(node.text(strip=True)) <= _MOST_OF_PAGE * total:
                node.decompose()
        self._keep_svg_icon_names()
        self.tree.strip_tags(_NOISE_TAGS, recursive=True)
        for form in self.css(_FORMS):
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
        """The visible text, one line per text node, whitespace-collapsed and non-empty."""
        if self.tree.body is None:
            return []
        stripped = [line for line in map(str.strip, self.tree.body.text(separator="\n").splitlines()) if line]
        return [" ".join(line.split()) if "  " in line or "\t" in line else line for line in stripped]

    def cached[T](self, key: str, compute: Callable[[Page], T]) -> T:
        """``compute(self)``, computed once per page (JSON-LD blocks, embedded state...)."""
        if key not in self.memo:
            self.memo[key] = compute(self)
        return cast("T", self.memo[key])

    @cached_property
    def headlines(self) -> list[str | None]:
        """What a reader sees first: the ``<title>``, the first ``h1`` and the ``og:title``."""
        return [self.title_tag, self.first("h1"), self.og_title]

    @cached_property
    def headings(self) -> list[str]:
        return [found for found in (node_text(node) for node in self.tree.css("h1, h2, h3")) if found]

    @cached_property
    def metas(self) -> dict[str, str]:
        """``<meta>`` contents by ``property`` and ``name`` (the first of each)."""
        found: dict[str, str] = {}
        for node in self.tree.css("meta[content]"):
            content = text(node.attributes.get("content"))
            for key in (node.attributes.get("property"), node.attributes.get("name")):
                if key and content and key not in found:
                    found[key] = content
        return found

    def meta(self, *names: str) -> str | None:
        return next((self.metas[name] for name in names if name in self.metas), None)

    def present(self, selectors: str) -> str:
        """The selectors of the list that can match this page (their tokens occur in its HTML)."""
        usable = self._usable.get(selectors)
        if usable is None:
            needed = _needs(selectors)[1]
            usable = _usable_parts(selectors, needed & self._found(needed))
            self._usable[selectors] = usable
        return usable

    def _found(self, tokens: frozenset[str]) -> set[str]:
        """The tokens (lower-cased) found in the page so far, ``tokens`` among them if they occur
        (case-insensitively: a superset, which only costs a run)."""
        if self._found_tokens is None:
            self._found_tokens, self._scanned_tokens = _TOKENS.scan(self.html_lower)
        found = self._found_tokens
        if tokens <= self._scanned_tokens:  # the usual case: one set comparison
            return found
        for token in tokens - self._scanned_tokens:
            _TOKENS.add(token)  # a token seen for the first time: scanned for from the next page on
            if token in self.html_lower:
                found.add(token)
        self._scanned_tokens = self._scanned_tokens | tokens
        return found

    def css(self, selectors: str) -> list[LexborNode]:
        usable = self.present(selectors)
        return self.tree.css(usable) if usable else []

    def first(self, *selectors: str) -> str | None:
        """The text of the first element matching one of ``selectors`` (in priority order) that has text."""
        usable = [selector for selector in selectors if self.present(selector)]
        return first_text(self.tree, *[self.present(selector) for selector in usable])

    def node(self, selector: str) -> LexborNode | None:
        usable = self.present(selector)
        return self.tree.css_first(usable) if usable else None

    def has(self, selector: str) -> bool:
        return self.node(selector) is not None

    def host_is(self, *suffixes: str) -> bool:
        return any(self.host == suffix or self.host.endswith("." + suffix) for suffix in suffixes)
