"""Application state that is not plain JSON: Nuxt 3's devalue payload and Nuxt 2's ``window.__NUXT__``.

* Nuxt 3 (``<script type="application/json" id="__NUXT_DATA__">``) writes its state with *devalue*: one
  flat JSON array in which every object value and array item is the index of another entry, entry 0 the
  root; typed entries are arrays led by a name (``["ShallowReactive", 1]``, ``["Date", "..."]``,
  ``["Set", 4, 5]``, ``["Map", k, v]``); negative indexes stand for ``undefined``, ``NaN`` and the like.
  :func:`unflatten` rebuilds the plain value.
* Nuxt 2 assigns a function call: ``window.__NUXT__=(function(a,b,...){return {...}}("x",2,...))``, an
  object literal (unquoted keys, single-quoted strings) whose repeated values are the parameters.
  :func:`nuxt_iife` reads the literal and the arguments (a small JS literal reader, no evaluation) and
  substitutes them.
"""

from __future__ import annotations

import re

from hirehound.ingest.extract.dom import Json

# Entries devalue and Nuxt's reducers wrap one value in: the wrapped value is what the page reads.
_WRAPPERS = frozenset(
    {"Reactive", "ShallowReactive", "Ref", "ShallowRef", "Object", "NuxtError", "Island", "Skip"}
)
_EMPTY = frozenset({"EmptyRef", "EmptyShallowRef", "undefined"})
_MAX_ENTRIES = 50_000
_MAX_DEPTH = 40


def looks_devalued(data: Json) -> bool:
    """A devalue payload: a list whose root entry is a wrapper or an object of indexes."""
    if not isinstance(data, list) or len(data) < 2:
        return False
    root = data[0]
    if isinstance(root, list):
        return bool(root) and root[0] in _WRAPPERS and len(root) == 2 and isinstance(root[1], int)
    return isinstance(root, dict) and bool(root) and all(type(v) is int for v in root.values())


def unflatten(entries: list[Json]) -> Json:
    """The value a devalue array encodes (shared entries are rebuilt once; cycles end as ``None``)."""
    done: dict[int, Json] = {}
    busy: set[int] = set()

    def at(index: Json, depth: int) -> Json:
        if type(index) is not int or index < 0 or index >= min(len(entries), _MAX_ENTRIES):
            return None  # -1 undefined, -2 hole, -3 NaN, -4/-5 infinities, -6 negative zero
        if index in done:
            return done[index]
        if index in busy or depth > _MAX_DEPTH:
            return None
        busy.add(index)
        value = build(entries[index], depth + 1)
        busy.discard(index)
        done[index] = value
        return value

    def build(entry: Json, depth: int) -> Json:  # noqa: PLR0911 - one exit per kind of entry
        if isinstance(entry, dict):
            return {key: at(ref, depth) for key, ref in entry.items()}
        if not isinstance(entry, list):
            return entry
        if entry and isinstance(entry[0], str):
            kind, rest = entry[0], entry[1:]
            if kind in _WRAPPERS:
                return at(rest[0], depth) if rest else None
            if kind in _EMPTY:
                return None
            if kind == "Date":
                return rest[0] if rest else None
            if kind == "Set":
                return [at(ref, depth) for ref in rest]
            if kind in ("Map", "null"):
                return {str(at(k, depth)): at(v, depth) for k, v in zip(rest[::2], rest[1::2], strict=False)}
            return None  # RegExp, BigInt, custom reducers: nothing a posting needs
        return [at(ref, depth) for ref in entry]

    return at(0, 0)


# ------------------------------------------------------------------------------ Nuxt 2: a JS literal

_IIFE = re.compile(r"\(\s*function\s*\(([\w$,\s]*)\)\s*\{")
_RETURN = re.compile(r"\breturn\s*(?=\{)")
_MAX_PROLOGUE = 5000
_SPACE = re.compile(r"\s*")
_NUMBER = re.compile(r"-?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+)")
_NAME = re.compile(r"[A-Za-z_$][\w$]*")
_CONSTANTS: dict[str, Json] = {"true": True, "false": False, "null": None, "undefined": None}
_ESCAPE = re.compile(r"\\(?:u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(.))", re.DOTALL)
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


class _Unreadable(ValueError):
    pass


def nuxt_iife(body: str, start: int) -> Json | None:
    """The object ``(function(a,b){return {...}}(x,y))`` at ``start`` builds, its parameters substituted;
    ``None`` when the text is not such a call or cannot be read."""
    match = _IIFE.match(body, start)
    if match is None:
        return None
    params = [name.strip() for name in match.group(1).split(",") if name.strip()]
    # The object is returned first thing (devalue may set a few cyclic references before it).
    returned = _RETURN.search(body, match.end(), match.end() + _MAX_PROLOGUE)
    if returned is None:
        return None
    try:
        reader = _Reader(body, returned.end())
        literal = reader.value()
        close = body.index("}", reader.at)  # the function body's brace, then the call's "("
        args_at = _SPACE.match(body, close + 1)
        at = args_at.end() if args_at else close + 1
        at += 1 if body.startswith(")", at) else 0  # "(function(){...})(args)" as well as "...}(args))"
        at = _SPACE.match(body, at).end()  # type: ignore[union-attr]  # \s* always matches
        if not body.startswith("(", at):
            return None
        args = _Reader(body, at).arguments()
    except (_Unreadable, IndexError, ValueError):
        return None
    return _substitute(literal, dict(zip(params, args, strict=False)))


class _Name(str):
    """An identifier in value position: a parameter to substitute."""


def _substitute(value: Json | _Name, bound: dict[str, Json]) -> Json:
    if isinstance(value, _Name):
        return bound.get(str(value))
    if isinstance(value, dict):
        return {key: _substitute(item, bound) for key, item in value.items()}
    if isinstance(value, list):
        return [_substitute(item, bound) for item in value]
    return value


class _Reader:
    """A recursive-descent reader of JS literals: objects, arrays, strings, numbers, constants, names."""

    def __init__(self, text: str, at: int) -> None:
        self.text, self.at, self.depth = text, at, 0

    def _skip(self) -> str:
        self.at = _SPACE.match(self.text, self.at).end()  # type: ignore[union-attr]  # \s* always matches
        return self.text[self.at] if self.at < len(self.text) else ""

    def value(self) -> Json:  # noqa: PLR0911 - one exit per kind of literal
        char = self._skip()
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise _Unreadable("too deep")
        try:
            if char == "{":
                return self._object()
            if char == "[":
                return self._array()
            if char in "\"'`":
                return self._string()
            number = _NUMBER.match(self.text, self.at)
            if number:
                self.at = number.end()
                written = number.group()
                return float(written) if any(c in written for c in ".eE") else int(written)
            name = _NAME.match(self.text, self.at)
            if name is None:
                raise _Unreadable(f"unexpected {char!r}")
            self.at = name.end()
            word = name.group()
            if word == "void":
                self.value()
                return None
            if word == "new":  # new Date(...), new Map(...): the constructor's arguments are not needed
                self._skip_call(self.at)
                return None
            if word in _CONSTANTS:
                return _CONSTANTS[word]
            if self._skip() == "(":
                self._skip_call(self.at)
                return None
            return _Name(word)
        finally:
            self.depth -= 1

    def _object(self) -> dict[str, Json]:
        self.at += 1
        found: dict[str, Json] = {}
        while self._skip() != "}":
            char = self.text[self.at]
            if char in "\"'":
                key = str(self._string())
            else:
                name = _NAME.match(self.text, self.at) or _NUMBER.match(self.text, self.at)
                if name is None:
                    raise _Unreadable(f"bad key at {self.at}")
                key, self.at = name.group(), name.end()
            if self._skip() != ":":
                raise _Unreadable("expected ':'")
            self.at += 1
            found[key] = self.value()
            if self._skip() == ",":
                self.at += 1
        self.at += 1
        return found

    def _array(self) -> list[Json]:
        self.at += 1
        found: list[Json] = []
        while self._skip() != "]":
            found.append(self.value())
            if self._skip() == ",":
                self.at += 1
        self.at += 1
        return found

    def arguments(self) -> list[Json]:
        self.at += 1  # "("
        found: list[Json] = []
        while self._skip() != ")":
            found.append(self.value())
            if self._skip() == ",":
                self.at += 1
        return found

    def _string(self) -> str:
        quote = self.text[self.at]
        end = self.at + 1
        while self.text[end] != quote:
            end += 2 if self.text[end] == "\\" else 1
        raw = self.text[self.at + 1 : end]
        self.at = end + 1
        return _ESCAPE.sub(_unescape, raw) if "\\" in raw else raw

    def _skip_call(self, at: int) -> None:
        """Past ``Name(...)``: balanced parentheses from ``at`` (strings are not looked into)."""
        open_at = self.text.index("(", at)
        depth, index = 0, open_at
        while True:
            char = self.text[index]
            depth += (char == "(") - (char == ")")
            index += 1
            if depth == 0:
                break
        self.at = index


def _unescape(match: re.Match[str]) -> str:
    braced, unicode, hex_code, char = match.groups()
    code = braced or unicode or hex_code
    if code:
        return chr(int(code, 16))
    return _SIMPLE_ESCAPES.get(char, char)
