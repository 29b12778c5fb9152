"""schema.org ``JobPosting`` as HTML microdata (``itemscope itemtype=".../JobPosting"``)."""

from __future__ import annotations

from typing import TypeGuard

from selectolax.lexbor import LexborNode

from hirehound.ingest.extract.dom import Fields, inner_html, join, node_text, text
from hirehound.ingest.extract.page import Page

type Props = dict[str, list[LexborNode]]


def detect(page: Page) -> bool:
    return page.has("[itemscope][itemtype]")


def extract(page: Page) -> Fields:
    for scope in page.css("[itemscope][itemtype]"):
        if not (scope.attributes.get("itemtype") or "").rstrip("/").endswith("JobPosting"):
            continue
        props = _item_props(scope)
        organization = _first(props, "hiringOrganization")
        org_props = _item_props(organization) if _is_scope(organization) else {}
        fields: Fields = {
            "title": _prop_text(props, "title") or _prop_text(props, "name"),
            "external_id": _prop_text(props, "identifier"),
            "company_name": _prop_text(org_props, "name") or _prop_value(organization),
            "company_url": _prop_text(org_props, "sameAs") or _prop_text(org_props, "url"),
            "description_html": inner_html(_first(props, "description")),
            "location_text": join(_place(node) for node in props.get("jobLocation", [])),
            "remote_text": _prop_text(props, "jobLocationType"),
            "employment_type_text": join(_prop_value(node) for node in props.get("employmentType", [])),
            "salary_text": _salary(_first(props, "baseSalary")),
            "date_posted_text": _prop_text(props, "datePosted"),
            "valid_through_text": _prop_text(props, "validThrough"),
        }
        if fields["title"]:
            return fields
    return {}


def _is_scope(node: LexborNode | None) -> TypeGuard[LexborNode]:
    return node is not None and "itemscope" in node.attributes


def _item_props(scope: LexborNode) -> Props:
    """The item's properties: ``itemprop`` descendants that are not inside a nested ``itemscope``."""
    props: Props = {}
    stack = list(scope.iter())
    stack.reverse()
    while stack:
        node = stack.pop()
        for name in (node.attributes.get("itemprop") or "").split():
            props.setdefault(name, []).append(node)
        if "itemscope" not in node.attributes:
            stack.extend(reversed(list(node.iter())))
    return props


def _first(props: Props, name: str) -> LexborNode | None:
    nodes = props.get(name)
    return nodes[0] if nodes else None


def _prop_value(node: LexborNode | None) -> str | None:
    """A property's value per the microdata spec: ``content``, URL attributes, ``datetime``, else text."""
    if node is None:
        return None
    attrs = node.attributes
    for name in ("content", "datetime", "value"):
        if attrs.get(name):
            return text(attrs[name])
    if node.tag in ("a", "link", "area") and attrs.get("href"):
        return text(attrs["href"])
    if node.tag in ("img", "source", "iframe", "embed") and attrs.get("src"):
        return text(attrs["src"])
    return node_text(node)


def _prop_text(props: Props, name: str) -> str | None:
    return _prop_value(_first(props, name))


def _place(node: LexborNode) -> str | None:
    if not _is_scope(node):
        return _prop_value(node)
    props = _item_props(node)
    address = _first(props, "address")
    if _is_scope(address):
        props = _item_props(address)
    elif address is not None:
        return _prop_value(address)
    keys = ("addressLocality", "addressRegion", "addressCountry")
    return join([_prop_text(props, key) for key in keys]) or _prop_text(props, "name")


def _salary(node: LexborNode | None) -> str | None:
    if node is None:
        return None
    if not _is_scope(node):
        return _prop_value(node)
    props = _item_props(node)
    value = _first(props, "value")
    if _is_scope(value):
        inner = _item_props(value)
        low, high = _prop_text(inner, "minValue"), _prop_text(inner, "maxValue")
        figure = f"{low} - {high}" if low and high else (low or high or _prop_text(inner, "value"))
        unit = _prop_text(inner, "unitText")
    else:
        figure, unit = _prop_value(value), None
    unit = unit or _prop_text(props, "unitText")
    currency = _prop_text(props, "currency")
    if not figure:
        return node_text(node)
    return " ".join(part for part in (currency, figure, f"per {unit}" if unit else None) if part)
