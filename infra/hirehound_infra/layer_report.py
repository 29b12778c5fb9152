"""`python -m hirehound_infra.layer_report`: build the layers (needs PyPI) into `.hirehound/layer-build`
and print each layer's size and contents and every function's unzipped total; exits 1 if a function
is over Lambda's limit."""

from __future__ import annotations

from hirehound_infra import topology
from hirehound_infra.data import MIGRATION_HANDLER, MIGRATION_HANDLER_DIR
from hirehound_infra.lambdas import function_layers
from hirehound_infra.layer import LAYER_NAMES, UNZIPPED_LIMIT, FunctionLayers, function_sizes, staged_layers


def planned_functions() -> dict[str, FunctionLayers]:
    """Every function the stack deploys (topology's and the migration function) with its layers."""
    planned = {f.name: function_layers(topology.FUNCTIONS_DIR, f.handler) for f in topology.FUNCTIONS}
    planned["Migrate"] = function_layers(MIGRATION_HANDLER_DIR, MIGRATION_HANDLER)
    return planned


def main() -> None:
    """Print the report; exit status 1 when a function does not fit."""
    staged = staged_layers()
    layer_sizes = staged.sizes()
    for layer in LAYER_NAMES:
        print(f"{layer:8} {layer_sizes[layer] / 1e6:7.1f} MB  {', '.join(sorted(staged.layout[layer]))}")
    left_out = sorted({p.parts[0] for p in staged.unclaimed()})
    print(f"left out: {', '.join(left_out) or '-'}")
    functions = planned_functions()
    sizes = function_sizes(functions, layer_sizes)
    for name, size in sorted(sizes.items(), key=lambda item: -item[1]):
        print(f"{size / 1e6:7.1f} MB  {name:32} {'+'.join(functions[name].layers)}")
    over = sorted(name for name, size in sizes.items() if size > UNZIPPED_LIMIT)
    print(f"limit {UNZIPPED_LIMIT / 1e6:.1f} MB (250 MiB): {', '.join(over) or 'every function fits'}")
    raise SystemExit(1 if over else 0)


if __name__ == "__main__":
    main()
