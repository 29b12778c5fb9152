"""The real layer build (uv installs uv.lock's arm64 wheels from PyPI): every function fits Lambda's size
limit with its layers, the wheels are for Lambda's machine, and every handler imports with nothing
but its own layers' packages."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from hirehound_infra.layer import (
    CORE,
    LAYER_NAMES,
    UNZIPPED_LIMIT,
    LayerBundling,
    StagedLayers,
    check_function_sizes,
    installed,
    locked_requirements,
    locked_versions,
    staged_layers,
    tree_size,
    version_drift,
)
from hirehound_infra.layer_report import planned_functions
from hirehound_infra.topology import FUNCTIONS_DIR, LAYERS_DIR
from packaging.utils import canonicalize_name

from tests.infra.conftest import load_app

pytestmark = pytest.mark.infra

ELF_MACHINE_AARCH64 = 183


@pytest.fixture(scope="module")
def staged() -> StagedLayers:
    return staged_layers()


def test_every_function_fits_lambdas_limit_with_its_layers(staged: StagedLayers) -> None:
    sizes = check_function_sizes(planned_functions(), staged.sizes())  # raises naming any over
    assert max(sizes.values()) <= UNZIPPED_LIMIT
    assert sum(staged.sizes().values()) > UNZIPPED_LIMIT  # why there is more than one layer


def test_each_distribution_ships_in_exactly_one_layer(staged: StagedLayers) -> None:
    owners: dict[Path, list[str]] = defaultdict(list)
    for name in LAYER_NAMES:
        for rel in staged.files(name):
            owners[rel].append(name)
    assert {rel: names for rel, names in owners.items() if len(names) > 1} == {}
    assert Path("hirehound/__init__.py") in staged.files(CORE)
    # Byte code ships beside the sources it was compiled from (the layer is read-only at run time).
    assert any(rel.suffix == ".pyc" and rel.parts[0] == "botocore" for rel in staged.files(CORE))
    left_out = {rel.parts[0] for rel in staged.unclaimed()}
    assert "huggingface_hub" in left_out
    assert not {"numpy", "scipy", "onnxruntime", "hirehound"} & left_out


def test_every_shipped_distribution_is_at_the_locks_version(staged: StagedLayers) -> None:
    assert version_drift(staged.root, locked_requirements()) == {}
    shipped = {str(canonicalize_name(d.metadata["Name"])): d.version for d in installed(staged.root).values()}
    assert shipped["numpy"] == locked_versions(locked_requirements())["numpy"]


def test_native_code_is_built_for_arm64(staged: StagedLayers) -> None:
    libraries = [rel for name in LAYER_NAMES for rel in staged.files(name) if ".so" in rel.suffixes]
    assert len(libraries) > 50
    for rel in libraries:
        header = (staged.root / rel).read_bytes()[:20]
        assert header[:4] == b"\x7fELF", rel
        assert int.from_bytes(header[18:20], "little") == ELF_MACHINE_AARCH64, rel


def test_the_bundled_asset_is_the_layer_under_python(staged: StagedLayers, tmp_path: Path) -> None:
    assert LayerBundling("ml").try_bundle(str(tmp_path)) is True
    shipped = {p.relative_to(tmp_path / "python") for p in (tmp_path / "python").rglob("*") if p.is_file()}
    assert shipped == set(staged.files("ml"))
    assert any(p.parts[0] == "onnxruntime" for p in shipped)


GUARD = """
import importlib, importlib.abc, importlib.machinery, json, os, sys, sysconfig

allowed, modules, code_root, layers_dir = json.loads(sys.argv[1])
allowed = set(allowed)
paths = sysconfig.get_paths()  # imports what sysconfig needs before the guard is up
stdlib = [paths["stdlib"], paths["platstdlib"], os.path.join(paths["platstdlib"], "lib-dynload")]

class OnlyTheseLayers(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        top = name.partition(".")[0]
        if top in allowed or top in sys.stdlib_module_names or top in sys.builtin_module_names:
            return None
        if importlib.machinery.PathFinder.find_spec(top, stdlib) is not None:  # _sysconfigdata_...
            return None  # let the normal finders look
        raise ModuleNotFoundError(f"No module named {name!r} in this function's layers", name=name)

sys.meta_path.insert(0, OnlyTheseLayers())
sys.path[:0] = [code_root, layers_dir]
for module in modules:
    importlib.import_module(module)
"""


def _allowed(staged: StagedLayers, layers: tuple[str, ...], code_dir: Path) -> list[str]:
    """Top-level names the function can import: its layers' and its code directory's, and ours."""
    shipped = {rel.parts[0].partition(".")[0] for name in layers for rel in staged.files(name)}
    return sorted(shipped | {p.name.partition(".")[0] for p in code_dir.iterdir()})


def _import_with_only(allowed: list[str], modules: list[str], code_dir: Path, extra: str = "") -> str:
    """Run GUARD (+ `extra`) in a fresh interpreter; returns stderr, raises AssertionError on failure."""
    argv = json.dumps([allowed, modules, str(code_dir), str(LAYERS_DIR)])
    proc = subprocess.run(
        [sys.executable, "-c", GUARD + extra, argv], capture_output=True, text=True, check=False, cwd="/"
    )
    assert proc.returncode == 0, f"{modules}\n{proc.stderr[-3000:]}"
    return proc.stderr


def test_every_handler_imports_with_only_its_layers_packages(staged: StagedLayers) -> None:
    """The local (x86_64) environment stands in for Lambda, where the code directory and the layers'
    `python/` are the whole path: an import guard hides every other third-party module."""
    groups: dict[tuple[tuple[str, ...], Path], list[str]] = defaultdict(list)
    for fn in planned_functions().values():
        groups[fn.layers, fn.code_dir].append(fn.module)
    assert len(groups) >= 5  # core alone, +ml, +minhash, +html+places, ...
    for (layers, code_dir), modules in groups.items():
        _import_with_only(_allowed(staged, layers, code_dir), modules, code_dir)


def test_the_guard_stops_an_import_outside_the_layers(staged: StagedLayers) -> None:
    """The guard itself: with core alone, the embedder cannot load its model runtime."""
    allowed = _allowed(staged, (CORE,), FUNCTIONS_DIR)
    embed = "\nfrom hirehound.embeddings.local import MiniLMEmbedder\nMiniLMEmbedder().embed(['x'])\n"
    with pytest.raises(AssertionError, match=r"onnxruntime.* in this function's layers"):
        _import_with_only(allowed, ["ingest.embed"], FUNCTIONS_DIR, embed)


def test_a_bundled_synth_writes_every_layer_and_checks_every_function(
    staged: StagedLayers, tmp_path: Path
) -> None:
    """What `cdk deploy` synthesizes: each layer asset is its share of the build under `python/`
    (the stack raises if a function would not fit; that check ran here)."""
    app, stack = load_app().build_app({"bundle": "true"}, outdir=str(tmp_path), nag=False)
    assembly = app.synth()
    template = assembly.get_stack_by_name(stack.stack_name).template
    layers = [r for r in template["Resources"].values() if r["Type"] == "AWS::Lambda::LayerVersion"]
    assert len(layers) == len(LAYER_NAMES)
    assets = json.loads((tmp_path / f"{stack.stack_name}.assets.json").read_text(encoding="utf-8"))
    dirs = [tmp_path / a["source"]["path"] for a in assets["files"].values()]
    layer_dirs = [d for d in dirs if (d / "python").is_dir()]
    assert len(layer_dirs) == len(LAYER_NAMES)
    assert sorted(tree_size(d) for d in layer_dirs) == sorted(staged.sizes().values())
