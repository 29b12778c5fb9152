"""Turn fetched page bytes into text: BOM, declared charset, ``<meta charset>``, then detection.

Binary bodies (PDFs, images, archives, anything with NUL bytes or mostly control characters) and bodies
over :data:`MAX_PAGE_BYTES` are rejected with :class:`~hirehound.errors.BadInputError`. Classic mojibake
(UTF-8 read as Windows-1252/Latin-1) is repaired with ftfy, but only when a cheap check sees its
fingerprints, because ftfy costs tens of milliseconds on a large page.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer
import ftfy

from hirehound.errors import BadInputError
from hirehound.limits import MAX_PAGE_BYTES

__all__ = ["MAX_PAGE_BYTES", "decode_page"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "pdf"),
    (b"\x89PNG", "png"),
    (b"GIF8", "gif"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"PK\x03\x04", "zip"),
    (b"\x1f\x8b", "gzip"),
    (b"RIFF", "riff"),
    (b"\x7fELF", "elf"),
    (b"\xd0\xcf\x11\xe0", "ms-office"),
)
# WHATWG Encoding: labels that browsers decode as windows-1252.
_AS_WINDOWS_1252 = frozenset({"ascii", "latin_1", "iso8859_1", "cp1252"})
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_META_PRESCAN_BYTES = 4096
# UTF-8 read as Windows-1252 / Latin-1: "Ã©", "Â ", "â€™" ...
_MOJIBAKE = re.compile(
    "[\u00c2\u00c3][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a"
    "\u20ac\u2122]|\u00e2\u20ac"
)
_MOJIBAKE_LEADS = ("\u00c2", "\u00c3", "\u00e2")
_MAX_CONTROL_RATIO = 0.05
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffd]")


def decode_page(body: bytes, declared_charset: str | None = None) -> str:
    """Decode a fetched page to text.

    Order: byte-order mark, ``declared_charset`` (the HTTP ``Content-Type`` charset), the page's own
    ``<meta charset>``, then UTF-8 and charset detection, finally UTF-8 with replacement characters.
    A declared charset that does not decode the body cleanly is skipped.

    Raises:
        BadInputError: the body is larger than :data:`MAX_PAGE_BYTES` or is binary, not text.
    """
    if len(body) > MAX_PAGE_BYTES:
        raise BadInputError(f"page too large: {len(body)} bytes, limit is {MAX_PAGE_BYTES} bytes")
    if not body:
        return ""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return _finish(body[len(bom) :].decode(encoding, errors="replace"))
    declared = _codec_name(declared_charset)
    if declared is not None and declared.startswith(("utf_16", "utf_32")):
        text = _try_decode(body, declared)  # wide encodings legitimately contain NUL bytes
        if text is not None:
            return _finish(text)
    _reject_binary(body)
    for label in (declared, _meta_charset(body)):
        if label is None:
            continue
        if label in _AS_WINDOWS_1252:
            # A server or template that says Latin-1 but sends valid UTF-8 is common; browsers would show
            # mojibake, we prefer the reading that makes sense. Pure ASCII decodes identically either way.
            found = _try_decode(body, "utf-8") or _try_decode(body, "cp1252")
        else:
            found = _try_decode(body, label)
        if found is not None:
            return _finish(found)
    text = _try_decode(body, "utf-8")
    if text is None:
        text = _detect(body)
    return _finish(text)


def _detect(body: bytes) -> str:
    """charset-normalizer's reading; among readings it rates equally good, windows-1252 wins.

    Short Western pages often tie (chaos 0, same coherence) across cp1250/cp1252/cp1257, which differ
    only in a few letters such as "à" vs "ŕ". Windows-1252 is what browsers assume for legacy pages
    (WHATWG Encoding), so it is the sensible tie-break.
    """
    matches = list(charset_normalizer.from_bytes(body))
    if not matches:
        return body.decode("utf-8", errors="replace")
    best = matches[0]
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    return str(next((m for m in tied if "cp1252" in m.could_be_from_charset), best))


def _finish(text: str) -> str:
    """Reject text that is mostly control characters, repair mojibake, normalize to NFC."""
    controls = len(_NOT_TEXT.findall(text)) if _NOT_TEXT.search(text) else 0
    if text and controls / len(text) > _MAX_CONTROL_RATIO:
        raise BadInputError(f"binary content: {controls} of {len(text)} characters are not text")
    # Every mojibake pattern starts with one of these letters: the pattern (an alternation, tried at every
    # character) runs only on a page that has one.
    if any(lead in text for lead in _MOJIBAKE_LEADS) and _MOJIBAKE.search(text):
        text = ftfy.fix_encoding(text)
    return unicodedata.normalize("NFC", text)


def _reject_binary(body: bytes) -> None:
    """Raise for known binary signatures and for NUL bytes, which text in 8-bit encodings never has."""
    for magic, kind in _MAGIC:
        if body.startswith(magic):
            raise BadInputError(f"binary content ({kind} file signature), not an HTML page")
    nul = body.find(b"\x00")
    if nul != -1:
        raise BadInputError(f"binary content: NUL byte at offset {nul}, not an HTML page")


def _codec_name(label: str | None) -> str | None:
    """Python's canonical codec name for a charset label, or ``None`` if unknown or missing."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    try:
        return codecs.lookup(label).name.replace("-", "_")
    except (LookupError, ValueError):  # ValueError: a label with a NUL in it
        return None


def _meta_charset(body: bytes) -> str | None:
    """The charset named by a ``<meta>`` tag near the start of the page, if Python knows it."""
    match = _META_CHARSET.search(body[:_META_PRESCAN_BYTES])
    return _codec_name(match.group(1).decode("ascii")) if match else None


def _try_decode(body: bytes, encoding: str) -> str | None:
    """Strict decode, ``None`` on failure."""
    try:
        return body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
