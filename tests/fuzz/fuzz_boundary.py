"""Coverage-guided fuzzing of the input boundary with atheris (libFuzzer for Python): `make fuzz`.

Each input is a page body (its last two bytes also pick the URL and the HTTP charset, see
`boundary.choose`) run through decode → extract → clean → normalize, and the same bytes as a queue
message body through the intake, liveness and provider parsers. Anything but a posting, a model or a
`BadInputError` with a reason is a crash; libFuzzer's `-timeout` makes a slow input one too. Our own
modules and the parsing libraries they drive are instrumented for coverage.

Run directly: `.venv/bin/python -m tests.fuzz.fuzz_boundary [libFuzzer flags] CORPUS_DIR SEED_DIR…`.
A crash is saved under `-artifact_prefix`; keep it in `tests/fuzz/regressions/` (replayed by
`tests/unit/test_input_boundary.py`).
"""

from __future__ import annotations

import sys

import atheris
from atheris.import_hook import instrument_imports

with instrument_imports(
    include=["hirehound", "charset_normalizer", "ftfy", "dateutil", "price_parser", "pycountry", "tests.fuzz"]
):
    from tests.fuzz import boundary


def test_one_input(data: bytes) -> None:
    url, charset = boundary.choose(data)
    boundary.ingest(data, url, charset)
    boundary.parse_messages(data.decode("utf-8", errors="replace"))


def main() -> None:
    boundary.warm_up()
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
