"""Comparing two registry views (baseline -> current) into raw findings, one per broken promise.

Only lowered facts are compared: Arrow types, names, nullability, enum values, union codes, archetype
fields and their roles, view identifiers and properties, and lifecycle states. Documentation and
spelling (`string` versus a transparent `Utf8` with the same Arrow type) never produce findings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

Entry = dict[str, Any]
View = dict[str, Entry]  # fqname -> registry entry

# Lossless numeric promotions, by Arrow type name.
_WIDENINGS = {
    ("uint8", "uint16"), ("uint8", "uint32"), ("uint8", "uint64"), ("uint16", "uint32"), ("uint16", "uint64"),
    ("uint32", "uint64"), ("int8", "int16"), ("int8", "int32"), ("int8", "int64"), ("int16", "int32"),
    ("int16", "int64"), ("int32", "int64"), ("uint8", "int16"), ("uint8", "int32"), ("uint8", "int64"),
    ("uint16", "int32"), ("uint16", "int64"), ("uint32", "int64"), ("halffloat", "float"),
    ("halffloat", "double"), ("float", "double"),
}  # fmt: skip


@dataclass(frozen=True)
class Change:
    """One difference: which rule it breaks, the element it concerns, and what happened."""

    rule: str
    element: str  # fqname, or fqname.member
    message: str
    # Where to report it when `element` no longer exists: the enclosing element, if any.
    enclosing: str | None = None
    deprecated_in_baseline: bool = False
    baseline_element: str | None = None  # the element's name in the baseline, when it moved


def compare(old: View, new: View) -> list[Change]:
    changes: list[Change] = []
    removed = sorted(set(old) - set(new))
    added = sorted(set(new) - set(old))
    moved = _moves(old, new, removed, added)
    for source, target in moved.items():
        changes.append(
            Change("TYPE_MOVED", target, f"`{source}` moved to `{target}`", baseline_element=source)
        )
    for fqname in removed:
        if fqname not in moved:
            deprecated = old[fqname]["state"] == "deprecated"
            changes.append(
                Change("TYPE_REMOVED", fqname, f"`{fqname}` was removed", _namespace(fqname), deprecated)
            )
    for fqname in added:
        if fqname not in moved.values():
            changes.append(Change("TYPE_ADDED", fqname, f"`{fqname}` was added"))
    for fqname in sorted(set(old) & set(new)):
        changes.extend(_compare_type(fqname, old[fqname], new[fqname]))
    return changes


def _namespace(fqname: str) -> str:
    return fqname.rpartition(".")[0]


def _moves(old: View, new: View, removed: list[str], added: list[str]) -> dict[str, str]:
    """Removed types that reappear, same name and kind, in another namespace."""
    moves: dict[str, str] = {}
    for source in removed:
        name = source.rpartition(".")[2]
        for target in added:
            same_type = target.rpartition(".")[2] == name and new[target]["kind"] == old[source]["kind"]
            if same_type and target not in moves.values():
                moves[source] = target
                break
    return moves


def _compare_type(fqname: str, old: Entry, new: Entry) -> Iterator[Change]:
    yield from _compare_state(fqname, old, new)
    if old["shape"] != new["shape"]:
        yield Change(
            "TYPE_SHAPE_CHANGED", fqname, f"`{fqname}` changed from {old['shape']} to {new['shape']}"
        )
        return
    if old.get("transparent") != new.get("transparent"):
        now = "transparent" if new.get("transparent") else "a struct"
        yield Change("TYPE_TRANSPARENCY_CHANGED", fqname, f"`{fqname}` is now encoded as {now}")
        return
    if new["kind"] == "view":
        yield from _compare_view(fqname, old, new)
        return
    if new["shape"] == "struct":
        yield from _compare_constructor(fqname, old, new)
    if new["kind"] == "archetype":
        positional = min(_positional(old), _positional(new)) > 0
        yield from _compare_archetype_fields(fqname, old["fields"], new["fields"], positional=positional)
    elif new["shape"] == "struct":
        yield from _compare_fields(fqname, old["fields"], new["fields"])
    elif new["shape"] == "enum":
        yield from _compare_enum(fqname, old["enum"], new["enum"])
    else:
        yield from _compare_union(fqname, old["union"]["variants"], new["union"]["variants"])


def _positional(entry: Entry) -> int:
    """How many constructor parameters are positional. Snapshots of registry format 1 have no
    `constructor`: there, an archetype took its required fields by position unless it was
    `python_keyword_only_init`, and other types took every field by position."""
    if "constructor" in entry:
        return int(entry["constructor"]["positional"])
    if entry["kind"] == "archetype":
        return (
            0
            if entry.get("python_keyword_only_init")
            else sum(f["role"] == "required" for f in entry["fields"])
        )
    return len(entry["fields"])


def _signature_fields(entry: Entry) -> list[tuple[str, object]]:
    return [(f["name"], f.get("role", f.get("nullable"))) for f in entry["fields"]]


def _compare_constructor(fqname: str, old: Entry, new: Entry) -> Iterator[Change]:
    """How the constructor is called: positional parameters, parameter names and defaults, constants."""
    before, after = _positional(old), _positional(new)
    if _signature_fields(old) != _signature_fields(new):
        before = after  # added, removed or re-roled fields are reported as such
    if after < before:
        yield Change(
            "CONSTRUCTOR_POSITIONAL_REDUCED",
            fqname,
            f"the constructor of `{fqname}` takes {after} argument(s) by position, not {before}",
        )
    elif after > before:
        yield Change(
            "CONSTRUCTOR_POSITIONAL_EXTENDED",
            fqname,
            f"the constructor of `{fqname}` takes {after} argument(s) by position, not {before}",
        )
    old_fields = {f["name"]: f for f in old["fields"]}
    for field in new["fields"]:
        previous = old_fields.get(field["name"])
        if previous is None:
            continue
        element = f"{fqname}.{field['name']}"
        was, now = previous.get("parameter", field["name"]), field.get("parameter", field["name"])
        if was != now:
            yield Change(
                "PARAMETER_RENAMED",
                element,
                f"the constructor parameter of `{element}` is `{now}`, not `{was}`",
            )
        if field.get("parameter_required") and not previous.get("parameter_required"):
            yield Change(
                "PARAMETER_NOW_REQUIRED",
                element,
                f"the constructor parameter of `{element}` must now be given",
            )
        if previous.get("default") != field.get("default"):
            yield Change(
                "PARAMETER_DEFAULT_CHANGED",
                element,
                f"the default of `{element}` is {field.get('default', 'none')}, "
                f"not {previous.get('default', 'none')}",
            )
    old_constants = {c["name"]: c["value"] for c in old.get("constructor", {}).get("constants", [])}
    new_constants = {c["name"]: c["value"] for c in new.get("constructor", {}).get("constants", [])}
    for name in sorted(old_constants.keys() - new_constants.keys()):
        yield Change(
            "CONSTANT_REMOVED", f"{fqname}.{name}", f"constant `{fqname}.{name}` was removed", fqname
        )
    for name in sorted(new_constants.keys() - old_constants.keys()):
        yield Change("CONSTANT_ADDED", f"{fqname}.{name}", f"constant `{fqname}.{name}` was added")
    for name in sorted(old_constants.keys() & new_constants.keys()):
        if old_constants[name] != new_constants[name]:
            yield Change(
                "CONSTANT_CHANGED",
                f"{fqname}.{name}",
                f"constant `{fqname}.{name}` is {new_constants[name]}, not {old_constants[name]}",
            )


def _compare_state(fqname: str, old: Entry, new: Entry) -> Iterator[Change]:
    before, after = old["state"], new["state"]
    if before == after:
        return
    if after == "deprecated":
        yield Change(
            "TYPE_DEPRECATED", fqname, f"`{fqname}` is deprecated since {new.get('deprecated_since')}"
        )
    elif before == "deprecated":
        yield Change("TYPE_UNDEPRECATED", fqname, f"`{fqname}` is no longer deprecated")
    elif after == "stable":
        yield Change("TYPE_STABILIZED", fqname, f"`{fqname}` became stable")
    else:
        yield Change("TYPE_DESTABILIZED", fqname, f"`{fqname}` became unstable")


def _pair_renames(
    old: list[Entry], new: list[Entry], same: Callable[[Entry, Entry], bool]
) -> tuple[dict[str, str], list[Entry], list[Entry]]:
    """Match removed and added members at the same position that `same(old, new)` says agree."""
    old_names = {m["name"] for m in old}
    new_names = {m["name"] for m in new}
    renames: dict[str, str] = {}
    for index, member in enumerate(old):
        if member["name"] in new_names or index >= len(new):
            continue
        candidate = new[index]
        if candidate["name"] not in old_names and same(member, candidate):
            renames[member["name"]] = candidate["name"]
    removed = [m for m in old if m["name"] not in new_names and m["name"] not in renames]
    added = [m for m in new if m["name"] not in old_names and m["name"] not in renames.values()]
    return renames, removed, added


def _matched(old: list[Entry], new: list[Entry], renames: dict[str, str]) -> Iterator[tuple[Entry, Entry]]:
    """Members present on both sides (under their new name if renamed), as (old, new) pairs."""
    new_by_name = {m["name"]: m for m in new}
    for member in old:
        after = new_by_name.get(renames.get(member["name"], member["name"]))
        if after is not None:
            yield member, after


def _order_changed(old: list[Entry], new: list[Entry], renames: dict[str, str]) -> bool:
    new_order = [m["name"] for m in new]
    common = [renames.get(m["name"], m["name"]) for m in old]
    kept = [name for name in common if name in new_order]
    return kept != [name for name in new_order if name in kept]


def _inserted_before_existing(new: list[Entry], added: list[Entry]) -> list[Entry]:
    """Added fields placed before some existing field: positional arguments after them shift."""
    added_names = {f["name"] for f in added}
    last_kept = max((i for i, f in enumerate(new) if f["name"] not in added_names), default=-1)
    return [f for i, f in enumerate(new) if f["name"] in added_names and i < last_kept]


def _compare_fields(fqname: str, old: list[Entry], new: list[Entry]) -> Iterator[Change]:
    def same(a: Entry, b: Entry) -> bool:
        return bool(a["arrow_type"] == b["arrow_type"] and a["nullable"] == b["nullable"])

    renames, removed, added = _pair_renames(old, new, same)
    for old_name, new_name in renames.items():
        yield Change(
            "FIELD_RENAMED", f"{fqname}.{new_name}", f"field `{old_name}` of `{fqname}` is now `{new_name}`"
        )
    for field in removed:
        deprecated = field["state"] == "deprecated"
        element = f"{fqname}.{field['name']}"
        yield Change("FIELD_REMOVED", element, f"field `{element}` was removed", fqname, deprecated)
    for field in added:
        element = f"{fqname}.{field['name']}"
        if field["nullable"]:
            yield Change("FIELD_ADDED_NULLABLE", element, f"nullable field `{element}` was added")
        else:
            yield Change("FIELD_ADDED_NON_NULL", element, f"non-nullable field `{element}` was added")
    if _order_changed(old, new, renames):
        yield Change("FIELD_ORDER_CHANGED", fqname, f"the fields of `{fqname}` were reordered")
    elif inserted := _inserted_before_existing(new, added):
        names = ", ".join(f"`{f['name']}`" for f in inserted)
        yield Change(
            "FIELD_ORDER_CHANGED", fqname, f"new field {names} of `{fqname}` sits before existing fields"
        )
    for field, after in _matched(old, new, renames):
        element = f"{fqname}.{after['name']}"
        yield from _field_state(element, field, after)
        if field["nullable"] != after["nullable"]:
            rule = "FIELD_NULLABILITY_LOOSENED" if after["nullable"] else "FIELD_NULLABILITY_TIGHTENED"
            now = "nullable" if after["nullable"] else "non-nullable"
            yield Change(rule, element, f"field `{element}` is now {now}")
        if _retyped(field, after):
            yield from _type_change(element, field, after, f"field `{element}`")


def _retyped(old: Entry, new: Entry) -> bool:
    """Whether a member's own type changed on the wire.

    A different spelling with the same Arrow type is a refactor; the same spelling with another
    Arrow type means a referenced type changed, which is reported at that type instead.
    """
    return bool(old["arrow_type"] != new["arrow_type"] and old["type"] != new["type"])


def _field_state(element: str, old: Entry, new: Entry) -> Iterator[Change]:
    if new["state"] == "deprecated" and old["state"] != "deprecated":
        yield Change(
            "FIELD_DEPRECATED",
            element,
            f"field `{element}` is deprecated since {new.get('deprecated_since')}",
        )


def _type_change(element: str, old: Entry, new: Entry, what: str) -> Iterator[Change]:
    """The rules broken by a member whose own type changed on the wire."""
    message = f"{what} changed type from `{old['type']}` to `{new['type']}`"
    for rule in sorted(_arrow_changes(old["arrow"], new["arrow"])):
        yield Change(rule, element, message)


def _arrow_changes(old: dict[str, Any], new: dict[str, Any]) -> set[str]:
    """Classify the difference between two Arrow types (in the registry's structured form)."""
    if old == new:
        return set()
    if old["kind"] != new["kind"]:
        return {"FIELD_TYPE_CHANGED"}
    if old["kind"] == "primitive":
        return {"FIELD_TYPE_WIDENED"} if (old["name"], new["name"]) in _WIDENINGS else {"FIELD_TYPE_CHANGED"}
    if old["kind"] in ("list", "fixed_size_list"):
        rules: set[str] = set()
        if old.get("list_size") != new.get("list_size"):
            rules.add("FIELD_ARRAY_LENGTH_CHANGED")
        before, after = old["value_field"], new["value_field"]
        if before["nullable"] != after["nullable"]:
            rules.add("FIELD_NULLABILITY_LOOSENED" if after["nullable"] else "FIELD_NULLABILITY_TIGHTENED")
        return rules | _arrow_changes(before["type"], after["type"])
    return {"FIELD_TYPE_CHANGED"}  # another struct or union: a different datatype


def _compare_enum(fqname: str, old: Entry, new: Entry) -> Iterator[Change]:
    if old["backing"] != new["backing"]:
        yield Change(
            "ENUM_BACKING_CHANGED",
            fqname,
            f"`{fqname}` is now backed by {new['backing']}, not {old['backing']}",
        )
    old_by_name = {v["name"]: v for v in old["variants"]}
    new_by_name = {v["name"]: v for v in new["variants"]}
    old_by_value = {v["value"]: v for v in old["variants"]}
    new_by_value = {v["value"]: v for v in new["variants"]}
    for name, variant in old_by_name.items():
        element = f"{fqname}.{name}"
        after = new_by_name.get(name)
        if after is None:
            replacement = new_by_value.get(variant["value"])
            if replacement is not None and replacement["name"] not in old_by_name:
                element = f"{fqname}.{replacement['name']}"
                yield Change(
                    "ENUM_VALUE_RENAMED",
                    element,
                    f"enum variant `{fqname}.{name}` is now `{replacement['name']}`",
                )
            else:
                yield Change("ENUM_VALUE_REMOVED", element, f"enum variant `{element}` was removed", fqname)
        elif after["value"] != variant["value"]:
            yield Change(
                "ENUM_VALUE_CHANGED",
                element,
                f"enum variant `{element}` changed value {variant['value']} -> {after['value']}",
            )
    for name, variant in new_by_name.items():
        renamed = old_by_value.get(variant["value"])
        if name not in old_by_name and not (renamed is not None and renamed["name"] not in new_by_name):
            yield Change("ENUM_VALUE_ADDED", f"{fqname}.{name}", f"enum variant `{fqname}.{name}` was added")
    old_default = next((v for v in old["variants"] if v["default"]), None)
    new_default = next((v for v in new["variants"] if v["default"]), None)
    if old_default and new_default and old_default["value"] != new_default["value"]:
        yield Change(
            "ENUM_DEFAULT_CHANGED",
            f"{fqname}.{new_default['name']}",
            f"the default of `{fqname}` changed from {old_default['name']} to {new_default['name']}",
        )


def _compare_union(fqname: str, old: list[Entry], new: list[Entry]) -> Iterator[Change]:
    def same(a: Entry, b: Entry) -> bool:
        return bool(a["type_code"] == b["type_code"] and a["arrow_type"] == b["arrow_type"])

    renames, removed, added = _pair_renames(old, new, same)
    for old_name, new_name in renames.items():
        element = f"{fqname}.{new_name}"
        yield Change(
            "UNION_VARIANT_RENAMED", element, f"union variant `{fqname}.{old_name}` is now `{new_name}`"
        )
    for variant in removed:
        element = f"{fqname}.{variant['name']}"
        yield Change("UNION_VARIANT_REMOVED", element, f"union variant `{element}` was removed", fqname)
    for variant in added:
        element = f"{fqname}.{variant['name']}"
        yield Change(
            "UNION_VARIANT_ADDED",
            element,
            f"union variant `{element}` was added with type code {variant['type_code']}",
        )
    for variant, after in _matched(old, new, renames):
        element = f"{fqname}.{after['name']}"
        if variant["type_code"] != after["type_code"]:
            yield Change(
                "UNION_TYPE_CODE_CHANGED",
                element,
                f"union variant `{element}` changed type code {variant['type_code']} -> {after['type_code']}",
            )
        if _retyped(variant, after):
            if variant["type"] is None or after["type"] is None:
                yield Change(
                    "FIELD_TYPE_CHANGED", element, f"union variant `{element}` gained or lost its payload"
                )
            else:
                yield from _type_change(element, variant, after, f"union variant `{element}`")


def _compare_archetype_fields(
    fqname: str, old: list[Entry], new: list[Entry], *, positional: bool
) -> Iterator[Change]:
    """Field changes. The order of the required fields matters only to a positional constructor."""

    def same(a: Entry, b: Entry) -> bool:
        return bool(a["component_type"] == b["component_type"])

    renames, removed, added = _pair_renames(old, new, same)
    for old_name, new_name in renames.items():
        element = f"{fqname}.{new_name}"
        yield Change(
            "ARCHETYPE_FIELD_RENAMED", element, f"archetype field `{fqname}.{old_name}` is now `{new_name}`"
        )
    for field in removed:
        element = f"{fqname}.{field['name']}"
        deprecated = field["state"] == "deprecated"
        yield Change(
            "ARCHETYPE_FIELD_REMOVED", element, f"archetype field `{element}` was removed", fqname, deprecated
        )
    for field in added:
        element = f"{fqname}.{field['name']}"
        if field["role"] == "required":
            yield Change(
                "ARCHETYPE_REQUIRED_FIELD_ADDED", element, f"required archetype field `{element}` was added"
            )
        else:
            yield Change(
                "ARCHETYPE_FIELD_ADDED", element, f"{field['role']} archetype field `{element}` was added"
            )
    old_required = [f for f in old if f["role"] == "required"]
    new_required = [f for f in new if f["role"] == "required"]
    if positional and _order_changed(old_required, new_required, renames):
        yield Change(
            "ARCHETYPE_PARAMETER_ORDER_CHANGED", fqname, f"the required fields of `{fqname}` were reordered"
        )
    for field, after in _matched(old, new, renames):
        element = f"{fqname}.{after['name']}"
        yield from _field_state(element, field, after)
        if field["component_type"] != after["component_type"]:
            yield Change(
                "ARCHETYPE_FIELD_COMPONENT_CHANGED",
                element,
                f"archetype field `{element}` holds `{after['component_type']}` "
                f"instead of `{field['component_type']}`",
            )
        if field["role"] != "required" and after["role"] == "required":
            yield Change(
                "ARCHETYPE_FIELD_NOW_REQUIRED", element, f"archetype field `{element}` became required"
            )
        elif field["role"] == "required" and after["role"] != "required":
            yield Change(
                "ARCHETYPE_FIELD_NO_LONGER_REQUIRED",
                element,
                f"archetype field `{element}` is no longer required",
            )
        if field["batch"] != after["batch"]:
            now = "a batch" if after["batch"] else "a single value"
            yield Change(
                "ARCHETYPE_FIELD_CARDINALITY_CHANGED", element, f"archetype field `{element}` now takes {now}"
            )


def _compare_view(fqname: str, old: Entry, new: Entry) -> Iterator[Change]:
    """The identifier, and the properties by name: a renamed property is a removal and an addition."""
    if old["identifier"] != new["identifier"]:
        yield Change(
            "VIEW_IDENTIFIER_CHANGED",
            fqname,
            f"the class identifier of `{fqname}` changed from `{old['identifier']}` to `{new['identifier']}`",
        )
    before = {p["name"]: p for p in old["properties"]}
    after = {p["name"]: p for p in new["properties"]}
    for name, was in before.items():
        element = f"{fqname}.{name}"
        now = after.get(name)
        if now is None:
            deprecated = was["state"] == "deprecated"
            yield Change(
                "VIEW_PROPERTY_REMOVED", element, f"view property `{element}` was removed", fqname, deprecated
            )
            continue
        yield from _field_state(element, was, now)
        if was["archetype"] != now["archetype"]:
            yield Change(
                "VIEW_PROPERTY_ARCHETYPE_CHANGED",
                element,
                f"view property `{element}` is `{now['archetype']}` instead of `{was['archetype']}`",
            )
        if was["shorthand"] is not None and now["shorthand"] is None:
            yield Change(
                "VIEW_SHORTHAND_REMOVED", element, f"view property `{element}` takes no shorthand any more"
            )
    for name in after:
        if name not in before:
            element = f"{fqname}.{name}"
            yield Change("VIEW_PROPERTY_ADDED", element, f"view property `{element}` was added")
