"""Remote / hybrid / on-site, conservatively.

Sources, strongest first: the remote field (schema.org ``jobLocationType``, a "Remote" badge, Workday's
remote type), the location text, the title, then a few unmistakable description phrases ("fully remote",
"3 days in the office", "this is an on-site role"). An explicit hybrid cue anywhere wins (a remote job
with office days is hybrid); otherwise the strongest source that says anything decides. A plain city
with no cue is not assumed to be on-site: the result is ``None`` with a reason.
"""

from __future__ import annotations

import re

from hirehound.ingest.models import RemoteMode
from hirehound.ingest.normalize._common import Parsed

__all__ = ["parse_remote"]

_HYBRID = re.compile(
    r"\bhybrid\b|\bhybrides?\s+arbeiten\b|\b(?:[1-4]|one|two|three|four)\s*(?:-|to|or)?\s*(?:[2-4]\s*)?"
    r"days?\s+(?:a\s+|per\s+|each\s+)?(?:week\s+)?(?:in|at|from)\s+(?:the\s+|our\s+)?(?:office|hq|site)\b|"
    r"\bin[\s-]office\s+(?:[1-4]|one|two|three|four)\s+days?\b|\bpartially\s+remote\b|\bremote\s+(?:and|&)\s+"
    r"(?:in[\s-]office|on[\s-]?site)\b|\bflex(?:ible)?\s+(?:hybrid|working\s+model)\b",
    re.IGNORECASE,
)
_HYBRID_TECH = re.compile(r"\bhybrid\s+(?:cloud|apps?|mobile|vehicles?|approach|model(?:s|ing))\b", re.I)
_NOT_REMOTE = re.compile(
    r"\b(?:not|no|non)[\s-]+(?:a\s+)?remote\b|\bremote\s+(?:work\s+)?(?:is\s+)?not\s+(?:possible|available|an\s+option)\b",
    re.IGNORECASE,
)
_ONSITE_FIELD = re.compile(r"\bon[\s-]?site\b|\bin[\s-](?:office|person)\b|\bonsite\b|\bvor\s+ort\b",
                           re.IGNORECASE)  # fmt: skip
_REMOTE_FIELD = re.compile(
    r"\btelecommute\b|\bremote\b(?!\s+(?:sensing|control|monitoring|patient|access|pilot|operat))|\bwork\s+from\s+home\b|\bwfh\b|\bhome[\s-]?office\b|\banywhere\b|"
    r"\bhomeoffice\b|\bfernarbeit\b|\btélétravail\b",
    re.IGNORECASE,
)
_REMOTE_TEXT = re.compile(
    r"\b(?:fully|100\s*%|completely|entirely|full[\s-]time)\s+remote\b|\bremote[\s-]first\b|"
    r"\bwork\s+from\s+anywhere\b|\b(?:this|the)\s+(?:is\s+an?\s+|position\s+is\s+|role\s+is\s+)?"
    r"(?:remote\s+(?:position|role|job|opportunity))\b|\b(?:position|role|job)\s+is\s+(?:based\s+)?(?:fully\s+)?"
    r"remote(?:ly)?\b",
    re.IGNORECASE,
)
_ONSITE_TEXT = re.compile(
    r"\bbased\s+on[\s-]?site\b|\b(?:role|position|job)\s+is\s+(?:based\s+|located\s+)?(?:fully\s+|100\s*%\s+)?(?:on[\s-]?site|"
    r"in[\s-](?:office|person))\b|\b(?:on[\s-]?site|in[\s-]office|in[\s-]person)\s+(?:role|position|job)\b|"
    r"\bmust\s+(?:be\s+able\s+to\s+)?work\s+(?:on[\s-]?site|in[\s-](?:the\s+)?office)\b|"
    r"\b(?:5|five)\s+days\s+(?:a\s+|per\s+)?(?:week\s+)?in\s+(?:the\s+)?office\b",
    re.IGNORECASE,
)


def _field_mode(text: str | None) -> RemoteMode | None:
    """A short field (remote badge, location, title): any mode word counts."""
    if not text:
        return None
    if _HYBRID.search(text):
        return RemoteMode.HYBRID
    if _NOT_REMOTE.search(text):
        return RemoteMode.ONSITE
    if _REMOTE_FIELD.search(text):
        return RemoteMode.REMOTE
    if _ONSITE_FIELD.search(text):
        return RemoteMode.ONSITE
    return None


def _text_mode(text: str | None) -> RemoteMode | None:
    """A long description: only unmistakable phrases count."""
    if not text:
        return None
    if _HYBRID.search(text) and not re.search(
        r"\bhybrid\s+(?:cloud|app|mobile|vehicle|approach)", text, re.I
    ):
        return RemoteMode.HYBRID
    if _NOT_REMOTE.search(text) or _ONSITE_TEXT.search(text):
        return RemoteMode.ONSITE
    if _REMOTE_TEXT.search(text):
        return RemoteMode.REMOTE
    return None


def parse_remote(
    remote_text: str | None = None,
    location_text: str | None = None,
    title: str | None = None,
    description: str | None = None,
) -> Parsed[RemoteMode]:
    """Combine the sources as described in the module docstring."""
    modes = [
        _field_mode(remote_text),
        _field_mode(location_text),
        _field_mode(title),
        _text_mode(description),
    ]
    if RemoteMode.HYBRID in modes:
        return Parsed.ok(RemoteMode.HYBRID)
    for mode in modes:
        if mode is not None:
            return Parsed.ok(mode)
    return Parsed.fail("no remote/hybrid/on-site cue")
