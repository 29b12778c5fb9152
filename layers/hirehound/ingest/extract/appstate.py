"""App state that is not in a plain JSON script: in an element's attribute, in Angular's escaped transfer
state, or as the whole page (a saved API response).

- ``data-props`` (React on Rails, Recruitee's ``PublicApp``) and ``data-page`` (Inertia.js) hold the
  component's props as JSON in the attribute.
- Angular Universal's ``<script id="serverApp-state" type="application/json">`` escapes its JSON as
  ``&q;`` (quote), ``&s;`` (apostrophe), ``&l;``/``&g;`` (angle brackets) and ``&a;`` (ampersand): Angular
  before 16.
- Next.js's app router streams its React Server Components payload as ``self.__next_f.push([1, "..."])``
  strings: rows ``<id>:<JSON>`` whose props hold the page's data (no ``__NEXT_DATA__`` any more).
- A JSON document saved from a browser (Chrome wraps it in one ``<pre>``): Workday's CXS
  ``/wday/cxs/.../job/...`` response, an ATS's job API.
"""

from __future__ import annotations

import json
import re

from hirehound.ingest.extract.dom import Json
from hirehound.ingest.extract.page import Page

_PROPS = "[data-props], [data-page]"
_ANGULAR_ESCAPES = {"&q;": '"', "&s;": "'", "&l;": "<", "&g;": ">", "&a;": "&"}
_ANGULAR = re.compile("|".join(_ANGULAR_ESCAPES))
_DECODER = json.JSONDecoder(strict=False)
_MAX_DOCUMENT = 2_000_000
_FLIGHT_PUSH = "self.__next_f.push("
_FLIGHT_ROW = re.compile(r"^[0-9a-f]+:(?=[\[{])", re.MULTILINE)


def attribute_blobs(page: Page) -> list[tuple[str, Json]]:
    """(component name, props) of every element whose ``data-props``/``data-page`` attribute is a JSON
    object."""
    found: list[tuple[str, Json]] = []
    for node in page.css(_PROPS):
        for name in ("data-props", "data-page"):
            value = (node.attributes.get(name) or "").strip()
            if not value.startswith("{"):
                continue
            try:
                data = json.loads(value, strict=False)
            except ValueError:
                continue
            found.append((node.attributes.get("data-component") or name, data))
    return found


def angular_state(body: str) -> Json | None:
    """Angular's escaped transfer state, decoded; ``None`` when ``body`` is not one."""
    if "&q;" not in body:
        return None
    try:
        return json.loads(_ANGULAR.sub(lambda match: _ANGULAR_ESCAPES[match.group(0)], body), strict=False)
    except ValueError:
        return None


def flight_rows(page: Page) -> list[Json]:
    """The JSON rows of a Next.js app-router payload (``self.__next_f.push([1, "3:[...]\\n"])``)."""
    chunks: list[str] = []
    for script in page.scripts:
        body = script.body.strip()
        if not body.startswith(_FLIGHT_PUSH):
            continue
        try:
            pushed = json.loads(body[len(_FLIGHT_PUSH) :].removesuffix(";").removesuffix(")"), strict=False)
        except ValueError:
            continue
        if isinstance(pushed, list) and len(pushed) == 2 and isinstance(pushed[1], str):
            chunks.append(pushed[1])
    flight = "".join(chunks)
    rows: list[Json] = []
    for row in _FLIGHT_ROW.finditer(flight):
        try:
            rows.append(_DECODER.raw_decode(flight, row.end())[0])
        except ValueError:
            continue
    return rows


def json_document(page: Page) -> Json | None:
    """The page itself as JSON: a body that is one JSON object (a saved API response)."""
    return page.cached("json_document", _json_document)


def _json_document(page: Page) -> Json | None:
    body = page.tree.body
    if body is None or not page.body_text.startswith("{") or len(page.body_text) > _MAX_DOCUMENT:
        return None
    try:
        data = json.loads(body.text(), strict=False)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None
