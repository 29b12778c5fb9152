"""The bundled sample corpus: `samples/pages/*.html` and the labels in `samples/labels.json`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hirehound_infra.topology import ROOT

SAMPLES_DIR = ROOT / "samples"


@dataclass(frozen=True)
class SamplePage:
    path: Path
    url: str
    labels: dict[str, Any]

    def body(self) -> bytes:
        return self.path.read_bytes()


def load_corpus(directory: Path = SAMPLES_DIR) -> list[SamplePage]:
    """Every labelled page of the corpus, in label order."""
    labels = json.loads((directory / "labels.json").read_text(encoding="utf-8"))
    return [SamplePage(directory / entry["file"], entry["url"], entry) for entry in labels]
