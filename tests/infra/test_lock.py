"""The install is exactly uv.lock: the lock is current, and a lock that no longer matches
pyproject.toml (or was edited by hand) stops `uv sync --locked`, the command `make` runs."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from uv import find_uv_bin

pytestmark = pytest.mark.infra

ROOT = Path(__file__).resolve().parents[2]


#: The extras `make` installs (its EXTRAS): the sync these tests stop is the one `make` runs.
MAKE_EXTRAS = ("--extra", "local", "--extra", "infra", "--extra", "dev")


def _uv(project: Path, *args: str, offline: bool = True) -> subprocess.CompletedProcess[str]:
    """uv on `project` with this interpreter; offline (the cache `make setup` filled) unless told."""
    network = ["--offline"] if offline else []
    return subprocess.run(
        [find_uv_bin(), *args, *network, "--python", sys.executable, "--project", str(project)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    for name in ("pyproject.toml", "uv.lock"):
        shutil.copy2(ROOT / name, tmp_path / name)
    return tmp_path


def test_the_lock_matches_pyproject() -> None:
    done = _uv(ROOT, "lock", "--check")
    assert done.returncode == 0, done.stderr


def test_a_dependency_changed_without_relocking_fails_the_install(project: Path) -> None:
    pyproject = project / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    assert '    "rich>=13",\n' in text
    pyproject.write_text(text.replace('    "rich>=13",\n', ""), encoding="utf-8")
    # uv re-resolves a changed pyproject.toml to compare it with the lock, which needs PyPI's index pages:
    # a fresh machine's cache holds only the locked wheels `make setup` fetched, so this one asks PyPI.
    done = _uv(project, "sync", "--locked", "--dry-run", *MAKE_EXTRAS, offline=False)
    assert done.returncode != 0
    assert "needs to be updated" in done.stderr


def test_a_version_edited_in_the_lock_by_hand_fails_the_install(project: Path) -> None:
    lock = project / "uv.lock"
    text = lock.read_text(encoding="utf-8")
    entry = re.search(r'\nname = "numpy"\nversion = "([^"]+)"', text)
    assert entry
    start, end = entry.span(1)
    lock.write_text(text[:start] + "1.0.0" + text[end:], encoding="utf-8")
    done = _uv(project, "sync", "--locked", "--dry-run", *MAKE_EXTRAS)
    assert done.returncode != 0
    message = " ".join(done.stderr.split())
    assert "`numpy` (1.0.0)" in message and "inconsistent version" in message
