"""The one mapping from model types to Arrow types. Every backend asks this module, never pyarrow directly."""

from __future__ import annotations

from collections.abc import Mapping

import pyarrow as pa

from codegen.model import (
    Field,
    FixedSizeListType,
    Kind,
    ListType,
    Model,
    Primitive,
    PrimitiveType,
    RefType,
    Shape,
    Type,
    TypeDef,
)

NULL_MARKERS = "_null_markers"
ITEM = "item"

PRIMITIVE_TYPES: Mapping[Primitive, pa.DataType] = {
    Primitive.BOOL: pa.bool_(),
    Primitive.U8: pa.uint8(),
    Primitive.U16: pa.uint16(),
    Primitive.U32: pa.uint32(),
    Primitive.U64: pa.uint64(),
    Primitive.I8: pa.int8(),
    Primitive.I16: pa.int16(),
    Primitive.I32: pa.int32(),
    Primitive.I64: pa.int64(),
    Primitive.F16: pa.float16(),
    Primitive.F32: pa.float32(),
    Primitive.F64: pa.float64(),
    Primitive.STRING: pa.utf8(),
    Primitive.BINARY: pa.binary(),
}


class ArrowMapping:
    """Lowers each model type to exactly one pyarrow DataType (cached per type)."""

    def __init__(self, model: Model) -> None:
        self.model = model
        self._cache: dict[str, pa.DataType] = {}

    def of_type(self, fqname: str) -> pa.DataType:
        """The Arrow type of a datatype or component. Archetypes have none: they are sets of columns."""
        cached = self._cache.get(fqname)
        if cached is None:
            cached = self._lower(self.model.get(fqname))
            self._cache[fqname] = cached
        return cached

    def of(self, type_: Type) -> pa.DataType:
        if isinstance(type_, PrimitiveType):
            return PRIMITIVE_TYPES[type_.primitive]
        if isinstance(type_, RefType):
            return self.of_type(type_.fqname)
        item = pa.field(ITEM, self.of(type_.item), nullable=type_.item_nullable)
        if isinstance(type_, FixedSizeListType):
            return pa.list_(item, type_.length)
        assert isinstance(type_, ListType)
        return pa.list_(item)

    def _lower(self, typedef: TypeDef) -> pa.DataType:
        if typedef.kind is Kind.ARCHETYPE:
            raise ValueError(f"archetype {typedef.fqname} has no Arrow type of its own")
        if typedef.shape is Shape.ENUM:
            assert typedef.enum_backing is not None
            return PRIMITIVE_TYPES[typedef.enum_backing]
        if typedef.shape is Shape.UNION:
            children = [pa.field(NULL_MARKERS, pa.null(), nullable=True)]
            for variant in typedef.union_variants:
                if variant.type is None:
                    children.append(pa.field(variant.name, pa.null(), nullable=True))
                else:
                    children.append(pa.field(variant.name, self.of(variant.type), nullable=False))
            codes = [0, *(v.type_code for v in typedef.union_variants)]
            return pa.dense_union(children, codes)
        if typedef.kind is Kind.COMPONENT or typedef.arrow_transparent:
            return self.of(typedef.fields[0].type)
        return pa.struct([pa.field(f.name, self.of(f.type), nullable=f.nullable) for f in typedef.fields])

    def archetype_schema(self, typedef: TypeDef) -> pa.Schema:
        """One column per archetype field: a list of the component's Arrow type, with its descriptor."""
        columns = []
        for field_ in typedef.fields:
            descriptor = component_descriptor(typedef, field_)
            metadata = {
                "rerun:component": descriptor["component"],
                "rerun:archetype": descriptor["archetype"],
                "rerun:component_type": field_.component,
            }
            item = pa.field(ITEM, self.of_type(field_.component), nullable=True)
            columns.append(
                pa.field(descriptor["component"], pa.list_(item), nullable=True, metadata=metadata)
            )
        return pa.schema(columns, metadata={"rerun:archetype": typedef.fqname})


def component_descriptor(archetype: TypeDef, field: Field) -> dict[str, str]:
    """The descriptor strings of an archetype field, e.g. `Points3D:positions`. A field inherited
    through `@extends` keeps the descriptor of the archetype it comes from."""
    owner = field.inherited_from or archetype.fqname
    return {"component": f"{owner.rsplit('.', 1)[1]}:{field.name}", "archetype": owner}


def describe(data_type: pa.DataType) -> dict[str, object]:
    """A JSON-friendly structured form of an Arrow type (field names, nullability, union type codes)."""
    if pa.types.is_struct(data_type):
        return {
            "kind": "struct",
            "fields": [_describe_field(data_type.field(i)) for i in range(data_type.num_fields)],
        }
    if pa.types.is_fixed_size_list(data_type):
        return {
            "kind": "fixed_size_list",
            "list_size": data_type.list_size,
            "value_field": _describe_field(data_type.value_field),
        }
    if pa.types.is_list(data_type):
        return {"kind": "list", "value_field": _describe_field(data_type.value_field)}
    if pa.types.is_union(data_type):
        return {
            "kind": "union",
            "mode": data_type.mode,
            "type_codes": list(data_type.type_codes),
            "children": [_describe_field(data_type.field(i)) for i in range(data_type.num_fields)],
        }
    return {"kind": "primitive", "name": str(data_type)}


def _describe_field(arrow_field: pa.Field) -> dict[str, object]:
    return {"name": arrow_field.name, "nullable": arrow_field.nullable, "type": describe(arrow_field.type)}
