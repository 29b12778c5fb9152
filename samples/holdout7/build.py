"""Write ``samples/holdout7/pages/`` from the hand-written pages in ``src/``.

    .venv/bin/python samples/holdout7/build.py

A page in ``src/`` is a complete saved page except for its boilerplate: a marker
``<!--@part NAME key="value" ...-->`` stands for ``src/parts/NAME.html`` with each ``{{key}}`` filled in
(consent banners, tracking snippets, share widgets: the parts many sites paste alike). The script also
writes ``pages/manifest.jsonl`` (``{"url", "path"}`` per page, in label order). Standard library only;
the output is byte-identical on every run.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE, PARTS, PAGES = HERE / "src", HERE / "src" / "parts", HERE / "pages"
_MARKER = re.compile(r'<!--@part ([\w-]+)((?:\s+[\w-]+="[^"]*")*)\s*-->')
_ARGUMENT = re.compile(r'([\w-]+)="([^"]*)"')
_SLOT = re.compile(r"\{\{([\w-]+)\}\}")


def _part(match: re.Match[str]) -> str:
    name = match.group(1)
    arguments: dict[str, str] = dict(_ARGUMENT.findall(match.group(2)))
    text = (PARTS / f"{name}.html").read_text(encoding="utf-8").rstrip("\n")

    def slot(found: re.Match[str]) -> str:
        if found.group(1) not in arguments:
            raise KeyError(f"part {name!r} needs {found.group(1)!r}")
        return arguments[found.group(1)]

    return _SLOT.sub(slot, text)


def expand(page: str) -> str:
    """The page with every part marker replaced by its part; a part may not contain markers."""
    return _MARKER.sub(_part, page)


def main() -> None:
    PAGES.mkdir(exist_ok=True)
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    manifest = []
    for label in labels:
        name = Path(label["file"]).name
        (PAGES / name).write_text(expand((SOURCE / name).read_text(encoding="utf-8")), encoding="utf-8")
        manifest.append(json.dumps({"url": label["url"], "path": name}, ensure_ascii=False))
    (PAGES / "manifest.jsonl").write_text("\n".join(manifest) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
