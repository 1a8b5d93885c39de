"""The generated Arrow schema registry reproduces every type of the Rerun 0.33 spec exactly."""

from __future__ import annotations

import json
from typing import Any

import pyarrow as pa
import pytest

from conftest import REPO

SPEC_PATH = REPO.parent / "shared" / "spec" / "rerun-0.33-types.json"
REGISTRY_PATH = REPO / "generated" / "arrow" / "registry.json"

pytestmark = pytest.mark.skipif(
    not SPEC_PATH.is_file(), reason="the shared spec is not checked out beside the repo"
)

PRIMITIVES = {
    "null": pa.null(),
    "bool": pa.bool_(),
    "uint8": pa.uint8(),
    "uint16": pa.uint16(),
    "uint32": pa.uint32(),
    "uint64": pa.uint64(),
    "int8": pa.int8(),
    "int16": pa.int16(),
    "int32": pa.int32(),
    "int64": pa.int64(),
    "halffloat": pa.float16(),
    "float": pa.float32(),
    "double": pa.float64(),
    "string": pa.utf8(),
    "binary": pa.binary(),
}


def to_arrow(description: dict[str, Any]) -> pa.DataType:
    """Rebuild a pyarrow type from the structured form both the spec and the registry use."""
    kind = description["kind"]
    if kind == "primitive":
        return PRIMITIVES[description["name"]]
    if kind == "struct":
        return pa.struct([to_field(f) for f in description["fields"]])
    if kind == "fixed_size_list":
        return pa.list_(to_field(description["value_field"]), description["list_size"])
    if kind == "list":
        return pa.list_(to_field(description["value_field"]))
    if kind == "union":
        assert description["mode"] == "dense"
        return pa.dense_union([to_field(c) for c in description["children"]], description["type_codes"])
    raise AssertionError(f"unknown kind {kind}")


def to_field(description: dict[str, Any]) -> pa.Field:
    return pa.field(description["name"], to_arrow(description["type"]), nullable=description["nullable"])


def load_spec() -> dict[str, dict[str, Any]]:
    spec = json.loads(SPEC_PATH.read_text())
    types: dict[str, dict[str, Any]] = {}
    for family in ("rerun", "blueprint"):
        for kind in ("datatypes", "components"):
            types.update(spec[family][kind]["types"])
        types.update(spec[family]["archetypes"]["archetypes"])
    return types


SPEC = load_spec() if SPEC_PATH.is_file() else {}


def registry() -> dict[str, dict[str, Any]]:
    return {t["fqname"]: t for t in json.loads(REGISTRY_PATH.read_text())["types"]}


def differences(fqname: str, expected: dict[str, Any], actual: dict[str, Any] | None) -> list[str]:
    """Every way the registry entry of a type differs from the spec; empty when they agree."""
    if actual is None:
        return ["missing from the registry"]
    problems: list[str] = []
    if actual["kind"] != expected["kind"]:
        problems.append(f"kind {actual['kind']} != {expected['kind']}")
    if expected["kind"] == "archetype":
        return problems + archetype_differences(expected, actual)
    want, got = to_arrow(expected["arrow_type_json"]), to_arrow(actual["arrow"])
    if not got.equals(want):
        problems.append(f"Arrow type {got} != {want}")
    if actual["arrow_type"] != expected["arrow_type"]:
        problems.append(f"Arrow type string {actual['arrow_type']!r} != {expected['arrow_type']!r}")
    if expected.get("enum"):
        want_variants = [(v["name"], v["value"]) for v in expected["enum"]["variants"]]
        got_variants = [(v["name"], v["value"]) for v in actual.get("enum", {}).get("variants", [])]
        if sorted(got_variants) != sorted(want_variants):
            problems.append(f"enum variants {got_variants} != {want_variants}")
    elif "enum" in actual:
        problems.append("is an enum in the registry but not in the spec")
    wraps = expected.get("wraps_datatype")
    if wraps and actual.get("wraps", {}).get("datatype") != wraps:
        problems.append(f"wraps {actual.get('wraps')} instead of {wraps}")
    return problems


def archetype_differences(expected: dict[str, Any], actual: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    want_fields = [f["name"] for f in expected["fields"]]
    got_fields = [f["name"] for f in actual["fields"]]
    if got_fields != want_fields:
        return [f"fields {got_fields} != {want_fields}"]
    single = {
        p["name"]: not p["annotation"].split(" | ")[0].endswith("ArrayLike")
        for p in expected["from_fields_signature"]["params"]
        if p["name"] != "clear_unset"
    }
    for want, got in zip(expected["fields"], actual["fields"], strict=True):
        name = want["name"]
        if got["component_type"] != want["component_fqn"]:
            problems.append(f"{name}: component {got['component_type']} != {want['component_fqn']}")
        if got["descriptor"] != want["descriptor"]:
            problems.append(f"{name}: descriptor {got['descriptor']} != {want['descriptor']}")
        if (got["role"] == "required") != (name in expected["init_required"]):
            problems.append(f"{name}: role {got['role']} disagrees with the spec's required fields")
        if got["batch"] == single[name]:
            wanted = "a single value" if single[name] else "a batch"
            problems.append(f"{name}: batch={got['batch']} but the spec takes {wanted}")
    return problems


def test_every_spec_type_matches_the_registry(capsys: pytest.CaptureFixture[str]) -> None:
    entries = registry()
    failures = {fq: differences(fq, t, entries.get(fq)) for fq, t in sorted(SPEC.items())}
    failures = {fq: p for fq, p in failures.items() if p}
    with capsys.disabled():
        print(f"\n{len(SPEC) - len(failures)}/{len(SPEC)} types match the Rerun 0.33 spec")
    assert not failures, "\n".join(f"{fq}: {'; '.join(p)}" for fq, p in failures.items())


def test_registry_has_no_rerun_types_the_spec_lacks() -> None:
    """The spec records the Arrow types of 0.33; views have none, so it has no entries for them."""
    entries = registry()
    extra = sorted(fq for fq, t in entries.items() if fq.startswith("rerun.") and fq not in SPEC)
    assert [fq for fq in extra if entries[fq]["kind"] != "view"] == []
    assert {fq.rpartition(".")[0] for fq in extra} == {"rerun.blueprint.views"}


def test_spec_counts() -> None:
    assert len(SPEC) == 279


@pytest.mark.parametrize("fqname", sorted(fq for fq, t in SPEC.items() if t["kind"] == "archetype"))
def test_archetype_ipc_schema_is_readable(fqname: str) -> None:
    path = REPO / "generated" / "arrow" / "archetypes" / f"{fqname}.arrow_schema"
    schema = pa.ipc.read_schema(pa.py_buffer(path.read_bytes()))
    expected = [f["descriptor"]["component"] for f in SPEC[fqname]["fields"]]
    assert schema.names == expected
    for field, spec_field in zip(schema, SPEC[fqname]["fields"], strict=True):
        assert field.metadata[b"rerun:component_type"].decode() == spec_field["component_fqn"]
        assert field.metadata[b"rerun:archetype"].decode() == fqname
