"""Which installed distributions a Lambda handler imports.

The handler's module closure comes from the standard library's `modulefinder`, which reads the byte
code of every module it reaches, including imports inside functions — so a lazy import counts as
needed, and the answer errs on the side of shipping too much. Modules it cannot find on the handler's
and `layers/` paths are third-party (or stdlib); their top-level names map to distributions through
the installed metadata (`importlib.metadata.packages_distributions`).
"""

from __future__ import annotations

import sys
from functools import cache
from importlib.metadata import packages_distributions
from modulefinder import ModuleFinder
from pathlib import Path

from packaging.utils import canonicalize_name

from hirehound_infra.topology import LAYERS_DIR

#: Our own top-level package: found in `layers/`, never a distribution.
OWN_PACKAGES = frozenset({"hirehound"})


@cache
def _distributions_by_module() -> dict[str, frozenset[str]]:
    return {
        module: frozenset(map(canonicalize_name, dists)) for module, dists in packages_distributions().items()
    }


@cache
def imported_distributions(source: Path, code_root: Path) -> frozenset[str]:
    """Distributions (canonical names) that `source` (a file under `code_root`) may import.

    Raises if one of our own modules cannot be found or an imported module belongs to no installed
    distribution: a layer cannot be chosen for an import nobody can resolve.
    """
    finder = ModuleFinder(path=[str(code_root), str(LAYERS_DIR)])
    finder.run_script(str(source))
    missing, _maybe_attributes = finder.any_missing_maybe()
    own = sorted(m for m in missing if m.split(".")[0] in OWN_PACKAGES)
    if own:
        raise ImportError(f"{source}: cannot find {', '.join(own)}")
    # `from package import name` puts `package.name` among the maybes when `name` is an attribute;
    # the top-level package is what decides the distribution either way.
    tops = {name.split(".")[0] for name in finder.badmodules} - OWN_PACKAGES - {"__future__"}
    third_party = {top for top in tops if top not in sys.stdlib_module_names}
    by_module = _distributions_by_module()
    unknown = sorted(top for top in third_party if top not in by_module)
    if unknown:
        raise ImportError(f"{source}: no installed distribution provides {', '.join(unknown)}")
    return frozenset(dist for top in third_party for dist in by_module[top])
