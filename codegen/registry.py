"""The registry view of a model: every wire- and API-relevant fact of each type, as plain JSON data.

The Arrow registry backend writes it to generated/arrow/registry.json; `codegen snapshot` records
it under compat/; `codegen compat` compares two of them.
"""

from __future__ import annotations

from typing import Any

from codegen.arrow import ArrowMapping, component_descriptor, describe
from codegen.model import (
    Field,
    Kind,
    Model,
    Shape,
    State,
    TypeDef,
    literal_text,
    referenced_fqnames,
    type_text,
    view_property_archetype,
)

REGISTRY_FORMAT = 2  # 2: constructor shapes (positional parameters, names, defaults, constants)


def registry_document(model: Model, arrow: ArrowMapping, comment: str) -> dict[str, Any]:
    return {
        "_comment": comment,
        "format": REGISTRY_FORMAT,
        "types": [type_entry(arrow, typedef) for typedef in model.types],
    }


def _state(state: State) -> dict[str, str]:
    entry = {"state": state.stability.value}
    if state.since:
        entry["deprecated_since"] = state.since
    if state.notice:
        entry["deprecation_notice"] = state.notice
    return entry


def type_entry(arrow: ArrowMapping, typedef: TypeDef) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "fqname": typedef.fqname,
        "kind": typedef.kind.value,
        "shape": typedef.shape.value,
        "source": typedef.source_path,
        **_state(typedef.state),
    }
    if typedef.kind is Kind.VIEW:
        return {**entry, **_view_facts(typedef)}
    if typedef.shape is Shape.STRUCT:
        entry["fields"] = [_field_entry(arrow, typedef, f) for f in typedef.fields]
        entry["constructor"] = _constructor_entry(typedef)
    if typedef.kind is Kind.ARCHETYPE:
        return entry
    data_type = arrow.of_type(typedef.fqname)
    entry["arrow_type"] = str(data_type)
    entry["arrow"] = describe(data_type)
    if typedef.kind is Kind.DATATYPE and typedef.shape is Shape.STRUCT:
        entry["transparent"] = typedef.arrow_transparent
    if typedef.kind is Kind.COMPONENT and typedef.shape is Shape.STRUCT:
        wrapped = typedef.fields[0]
        entry["wraps"] = {
            "field": wrapped.name,
            "datatype": next(referenced_fqnames(wrapped.type), None),
            "arrow_type": str(arrow.of(wrapped.type)),
        }
    if typedef.shape is Shape.ENUM:
        entry["enum"] = {
            "backing": typedef.enum_backing.value if typedef.enum_backing else None,
            "variants": [
                {"name": v.name, "value": v.value, "default": v.is_default} for v in typedef.enum_variants
            ],
        }
    if typedef.shape is Shape.UNION:
        entry["union"] = {
            "variants": [
                {
                    "name": v.name,
                    "type_code": v.type_code,
                    "type": type_text(v.type) if v.type else None,
                    "arrow_type": str(arrow.of(v.type)) if v.type else "null",
                    "arrow": describe(arrow.of(v.type)) if v.type else None,
                }
                for v in typedef.union_variants
            ]
        }
    return entry


def _constructor_entry(typedef: TypeDef) -> dict[str, Any]:
    """The language-neutral constructor shape: positional parameters, constants, matrix layout."""
    entry: dict[str, Any] = {"positional": typedef.positional_count}
    if typedef.constants:
        entry["constants"] = [
            {"name": c.name, "value": c.alias_of or ", ".join(literal_text(v) for v in c.values)}
            for c in typedef.constants
        ]
    if typedef.constants_from:
        entry["constants_from"] = typedef.constants_from
    if typedef.matrix_layout:
        entry["matrix_layout"] = typedef.matrix_layout.value
    return entry


def _view_facts(view: TypeDef) -> dict[str, Any]:
    """A view: the class identifier the viewer knows it by, and its properties in order, each with
    its archetype and its shorthand (`{"parameter": null}` when given by position)."""
    return {
        "identifier": view.view_identifier,
        "properties": [
            {
                "name": f.name,
                "archetype": view_property_archetype(f),
                "shorthand": None if f.shorthand is None else {"parameter": f.shorthand.parameter},
                **_state(f.state),
            }
            for f in view.fields
        ],
    }


def _field_entry(arrow: ArrowMapping, owner: TypeDef, field: Field) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": field.name, "type": type_text(field.type), **_state(field.state)}
    if field.param.name is not None:
        entry["parameter"] = field.param.name
    if field.param.default is not None:
        entry["default"] = literal_text(field.param.default)
    if field.param.required:
        entry["parameter_required"] = True
    if owner.kind is Kind.ARCHETYPE:
        entry["role"] = field.role.value if field.role else None
        entry["batch"] = field.is_batch
        entry["component_type"] = field.component
        entry["descriptor"] = {**component_descriptor(owner, field), "component_type": field.component}
    else:
        entry["nullable"] = field.nullable
        entry["arrow_type"] = str(arrow.of(field.type))
        entry["arrow"] = describe(arrow.of(field.type))
    return entry
