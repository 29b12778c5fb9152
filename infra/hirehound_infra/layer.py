"""The shared Lambda layer: the `hirehound` package plus the project's runtime dependencies.

Built without Docker: pip downloads manylinux aarch64 wheels for `[project].dependencies` of
pyproject.toml into `<out>/python`, then `layers/hirehound` is copied beside them. With context
`bundle=false` the asset is the plain `layers/` directory (no network; for tests and offline synth —
such a layer is not deployable, its code is not under `python/`).
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

from hirehound_infra.topology import LAYERS_DIR, ROOT

PYPROJECT = ROOT / "pyproject.toml"
PLATFORM = "manylinux2014_aarch64"
PYTHON_VERSION = "3.12"
EXCLUDE = ["**/__pycache__", "**/*.pyc", "**/.mypy_cache"]


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
                    "--platform", PLATFORM, "--implementation", "cp", "--python-version", PYTHON_VERSION,
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
        return True


def layer_code(*, bundle: bool) -> lambda_.Code:
    """The layer's code asset: bundled with pip, or the plain `layers/` directory."""
    if not bundle:
        return lambda_.Code.from_asset(str(LAYERS_DIR), exclude=EXCLUDE)
    requirements = layer_requirements()
    # The source fingerprint alone would miss dependency changes: hash both.
    digest = hashlib.sha256()
    digest.update(FileSystem.fingerprint(str(LAYERS_DIR), exclude=EXCLUDE).encode())
    digest.update("\n".join([PLATFORM, PYTHON_VERSION, *requirements]).encode())
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
