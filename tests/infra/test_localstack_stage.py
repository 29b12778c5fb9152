"""The localstack stage is the dev template except for the named swaps (hirehound_infra.swaps).

Both templates are normalized the same way: the stage's name becomes a placeholder, CDK's metadata is
dropped, and every swap of the localstack stage takes away its footprint — its resources (references
to them become "<swap:name>"), the properties it changes, list items mentioning its strings and its
top-level entries. What is left must be equal, key for key.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from hirehound_infra import swaps

from tests.infra.conftest import Synth

pytestmark = pytest.mark.infra

LOCALSTACK_SWAPS = ("database", "vpc", "host-platform")


def _owned_type(cfn_type: str, types: tuple[str, ...]) -> bool:
    return any(cfn_type == t or (t.endswith("::") and cfn_type.startswith(t)) for t in types)


def _path(resource: dict[str, Any]) -> str:
    return str(resource.get("Metadata", {}).get("aws:cdk:path", "")).split("/", 1)[-1]


def _rename(text: str, stage: str) -> str:
    if text == stage:  # the stage tag
        return "<stage>"
    # Ids CDK derives from the stack's name plus a hash of the path (event source mappings, Sids).
    text = re.sub(rf"Hirehound{stage}(\w*?)(?:[0-9A-F]{{8}}){{1,2}}\b", r"Hirehound<stage>\1", text)
    return re.sub(rf"(?i)\b(hirehound[- ]){stage}\b", r"\1<stage>", text)  # stack and physical names


def _rename_stage(value: Any, stage: str) -> Any:
    """The stage's own name (stack, physical names, ids derived from them, tags) as a placeholder."""
    if isinstance(value, str):
        return _rename(value, stage)
    if isinstance(value, list):
        return [_rename_stage(v, stage) for v in value]
    if isinstance(value, dict):
        return {_rename(k, stage): _rename_stage(v, stage) for k, v in value.items()}
    return value


def _replace_refs(value: Any, owned: dict[str, str]) -> Any:
    """Ref / GetAtt of a swapped resource -> "<swap:name>"; DependsOn on one is dropped."""
    if isinstance(value, list):
        return [_replace_refs(v, owned) for v in value]
    if not isinstance(value, dict):
        return value
    if set(value) == {"Ref"} and value["Ref"] in owned:
        return f"<swap:{owned[value['Ref']]}>"
    if set(value) == {"Fn::GetAtt"} and value["Fn::GetAtt"][0] in owned:
        return f"<swap:{owned[value['Fn::GetAtt'][0]]}>"
    out = {k: _replace_refs(v, owned) for k, v in value.items()}
    if "DependsOn" in out:
        kept = [d for d in _as_list(out["DependsOn"]) if d not in owned]
        out["DependsOn"] = kept
        if not kept:
            del out["DependsOn"]
    return out


def _drop_mentions(value: Any, mentions: tuple[str, ...]) -> Any:
    if isinstance(value, list):
        return [_drop_mentions(v, mentions) for v in value if not any(m in json.dumps(v) for m in mentions)]
    if isinstance(value, dict):
        return {k: _drop_mentions(v, mentions) for k, v in value.items()}
    return value


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _dedupe(value: Any) -> Any:
    """Equal list items once: the swapped resources' several refs collapse into one placeholder."""
    if isinstance(value, list):
        out: list[Any] = []
        for item in (_dedupe(v) for v in value):
            if item not in out:
                out.append(item)
        return out
    if isinstance(value, dict):
        return {k: _dedupe(v) for k, v in value.items()}
    return value


def normalized(template: dict[str, Any], stage: str, names: tuple[str, ...]) -> dict[str, Any]:
    t = copy.deepcopy(template)
    resources: dict[str, dict[str, Any]] = t["Resources"]
    owned: dict[str, str] = {}
    for name in names:
        fp = swaps.BY_NAME[name].footprint
        for logical_id, res in resources.items():
            if _owned_type(res["Type"], fp.types) or _path(res).startswith(fp.paths):
                owned.setdefault(logical_id, name)
        for res in resources.values():
            for where, prop in fp.properties:
                if where in {res["Type"], _path(res)}:
                    res.get("Properties", {}).pop(prop, None)
        for pointer in fp.entries:  # a section, or the keys of a section with this prefix
            section, _, prefix = pointer.strip("/").partition("/")
            if not prefix:
                t.pop(section, None)
            for key in [k for k in t.get(section, {}) if prefix and k.startswith(prefix)]:
                del t[section][key]
            if section in t and not t[section]:
                del t[section]
    for logical_id in owned:
        del resources[logical_id]
    for res in resources.values():
        res.pop("Metadata", None)
    mentions = tuple(m for name in names for m in swaps.BY_NAME[name].footprint.mentions)
    t = _dedupe(_drop_mentions(_replace_refs(t, owned), mentions))
    return _rename_stage(t, stage)  # type: ignore[no-any-return]


def differences(a: Any, b: Any, path: str = "") -> Iterator[str]:
    """Readable paths where `a` and `b` differ."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(a.keys() | b.keys()):
            if key not in b:
                yield f"{path}/{key}: only in dev"
            elif key not in a:
                yield f"{path}/{key}: only in localstack"
            else:
                yield from differences(a[key], b[key], f"{path}/{key}")
    elif a != b:
        yield f"{path}: dev {json.dumps(a)[:200]} != localstack {json.dumps(b)[:200]}"


def test_the_localstack_stage_makes_exactly_the_named_swaps(cdk_context: dict[str, Any]) -> None:
    assert tuple(cdk_context["stages"]["localstack"]["swaps"]) == LOCALSTACK_SWAPS
    assert cdk_context["stages"]["localstack"]["base"] == "dev"


def test_the_templates_differ_only_where_a_swap_owns_it(synth: Synth, localstack_synth: Synth) -> None:
    dev = normalized(synth.template, "dev", LOCALSTACK_SWAPS)
    local = normalized(localstack_synth.template, "localstack", LOCALSTACK_SWAPS)
    found = list(differences(dev, local))
    assert not found, "differences no swap owns:\n" + "\n".join(found[:40])
    assert len(local["Resources"]) > 200  # the comparison really covered the stack


def test_every_swap_changes_something_and_leaves_none_of_its_types(
    synth: Synth, localstack_synth: Synth
) -> None:
    for name in LOCALSTACK_SWAPS:
        others = tuple(n for n in LOCALSTACK_SWAPS if n != name)
        # Without this swap's footprint the templates differ: the swap is not stale.
        assert list(
            differences(
                normalized(synth.template, "dev", others),
                normalized(localstack_synth.template, "localstack", others),
            )
        ), f"swap {name} changes nothing"
        types = swaps.BY_NAME[name].footprint.types
        assert not [r for r in localstack_synth.resources.values() if _owned_type(r["Type"], types)]


def test_an_unowned_difference_is_found(synth: Synth, localstack_synth: Synth) -> None:
    tampered = copy.deepcopy(localstack_synth.template)
    queue = localstack_synth.logical_id("Ingest/IngestPages/Queue/Resource")
    tampered["Resources"][queue]["Properties"]["VisibilityTimeout"] = 1
    dev = normalized(synth.template, "dev", LOCALSTACK_SWAPS)
    found = list(differences(dev, normalized(tampered, "localstack", LOCALSTACK_SWAPS)))
    deployed = synth.props("Ingest/IngestPages/Queue/Resource")["VisibilityTimeout"]
    assert found == [f"/Resources/{queue}/Properties/VisibilityTimeout: dev {deployed} != localstack 1"]


def test_the_swapped_database_is_a_url_secret_from_a_noecho_parameter(localstack_synth: Synth) -> None:
    parameter = localstack_synth.template["Parameters"]["DatabaseUrl"]
    assert parameter["NoEcho"] is True
    secret = localstack_synth.props("Database/UrlSecret/Resource")
    assert secret["SecretString"] == {"Ref": "DatabaseUrl"}
    arn = {"Ref": localstack_synth.logical_id("Database/UrlSecret/Resource")}
    migrate = localstack_synth.props("Migration/Migrate/Resource")
    assert migrate["Environment"]["Variables"]["HIREHOUND_DATABASE_SECRET_ARN"] == arn
    assert "HIREHOUND_APP_SECRET_ARN" not in migrate["Environment"]["Variables"]  # nothing to provision
    functions = localstack_synth.of_type("AWS::Lambda::Function").values()
    python = [f["Properties"] for f in functions if f["Properties"]["Runtime"].startswith("python")]
    assert all(p["Environment"]["Variables"]["HIREHOUND_DATABASE_SECRET_ARN"] == arn for p in python)
