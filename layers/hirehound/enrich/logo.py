"""Finding a company's logo on its own site.

The page is fetched with httpx (redirects followed) and parsed with selectolax, which tolerates broken
HTML. Candidates, best first: an ``<img>`` in the header/nav (or anywhere) whose src, alt, id or class says
"logo"; ``apple-touch-icon`` (square, usually 180 px); ``og:image`` (often a banner, so later); a ``rel=icon``
(the largest declared size). Relative URLs are resolved against the final (post-redirect) URL.
"""

from __future__ import annotations

import re

import httpx
from pydantic import BaseModel, ConfigDict
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from hirehound.errors import PermanentError, TransientError

_SIZE = re.compile(r"(\d+)\s*[xX]\s*(\d+)")
MAX_PAGE_BYTES = 2_000_000


class Logo(BaseModel):
    model_config = ConfigDict(frozen=True)

    url: str
    kind: str  # header_img | apple_touch_icon | og_image | icon
    width: int | None = None
    height: int | None = None


def _int(value: str | None) -> int | None:
    value = (value or "").strip().removesuffix("px")
    return int(value) if value.isdigit() else None


def _sizes(value: str | None) -> tuple[int | None, int | None]:
    match = _SIZE.search(value or "")
    return (int(match.group(1)), int(match.group(2))) if match else (None, None)


def _looks_like_logo(node: Node) -> bool:
    attrs = node.attributes
    text = " ".join(str(attrs.get(k) or "") for k in ("src", "alt", "id", "class")).lower()
    return "logo" in text


def _meta(tree: HTMLParser, prop: str) -> str | None:
    node = tree.css_first(f'meta[property="{prop}"]') or tree.css_first(f'meta[name="{prop}"]')
    return node.attributes.get("content") if node is not None else None


def find_logo(html: str, base_url: str) -> Logo | None:
    """The best logo candidate in a page, or None."""
    tree = HTMLParser(html)
    join = httpx.URL(base_url).join

    def resolved(href: str | None) -> str | None:
        href = (href or "").strip()
        return str(join(href)) if href and not href.startswith("data:") else None

    images = tree.css("header img, nav img") + tree.css("img")
    for img in images:
        if _looks_like_logo(img) and (url := resolved(img.attributes.get("src"))):
            return Logo(
                url=url,
                kind="header_img",
                width=_int(img.attributes.get("width")),
                height=_int(img.attributes.get("height")),
            )
    for link in tree.css("link[rel]"):
        rel = (link.attributes.get("rel") or "").lower().split()
        if "apple-touch-icon" in rel and (url := resolved(link.attributes.get("href"))):
            width, height = _sizes(link.attributes.get("sizes"))
            return Logo(url=url, kind="apple_touch_icon", width=width, height=height)
    if url := resolved(_meta(tree, "og:image")):
        return Logo(
            url=url,
            kind="og_image",
            width=_int(_meta(tree, "og:image:width")),
            height=_int(_meta(tree, "og:image:height")),
        )
    icons: list[Logo] = []
    for link in tree.css("link[rel]"):
        rel = (link.attributes.get("rel") or "").lower().split()
        if "icon" in rel and (url := resolved(link.attributes.get("href"))):
            width, height = _sizes(link.attributes.get("sizes"))
            icons.append(Logo(url=url, kind="icon", width=width, height=height))
    return max(icons, key=lambda logo: logo.width or 0) if icons else None


def scrape_logo(client: httpx.Client, website: str) -> Logo | None:
    """Fetch the site (following redirects) and find its logo. TransientError for 5xx and network
    trouble, PermanentError for a 4xx or a page that is not HTML."""
    try:
        response = client.get(website, follow_redirects=True)
    except httpx.TransportError as exc:
        raise TransientError(f"{website}: {type(exc).__name__}") from exc
    if response.status_code >= 500:
        raise TransientError(f"{website}: HTTP {response.status_code}")
    if response.status_code >= 400:
        raise PermanentError(f"{website}: HTTP {response.status_code}")
    if "html" not in response.headers.get("content-type", "text/html"):
        raise PermanentError(f"{website}: not an HTML page")
    return find_logo(response.text[:MAX_PAGE_BYTES], str(response.url))
