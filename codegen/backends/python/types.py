"""Python spellings of model types: module aliases, accepted input types, pyarrow and numpy source.

This is the one place that answers "what does a parameter of this type accept" (`accepted`) and
"how is a value of this type converted" (`value_conversion`, `batch_conversion`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pyarrow as pa

from codegen.model import (
    FixedSizeListType,
    Identifier,
    ListType,
    LiteralValue,
    Model,
    Primitive,
    PrimitiveType,
    RefType,
    Shape,
    Type,
    TypeDef,
)
from codegen.naming import snake_case

NUMPY_DTYPES: dict[pa.DataType, str] = {
    pa.uint8(): "np.uint8",
    pa.uint16(): "np.uint16",
    pa.uint32(): "np.uint32",
    pa.uint64(): "np.uint64",
    pa.int8(): "np.int8",
    pa.int16(): "np.int16",
    pa.int32(): "np.int32",
    pa.int64(): "np.int64",
    pa.float16(): "np.float16",
    pa.float32(): "np.float32",
    pa.float64(): "np.float64",
}

_NUMERIC_PRIMITIVES = {
    Primitive.U8: "np.uint8",
    Primitive.U16: "np.uint16",
    Primitive.U32: "np.uint32",
    Primitive.U64: "np.uint64",
    Primitive.I8: "np.int8",
    Primitive.I16: "np.int16",
    Primitive.I32: "np.int32",
    Primitive.I64: "np.int64",
    Primitive.F16: "np.float16",
    Primitive.F32: "np.float32",
    Primitive.F64: "np.float64",
}

# The Python type of a single primitive value, and the builtin that converts to it.
_SCALARS = {
    Primitive.BOOL: "bool",
    Primitive.STRING: "str",
    Primitive.BINARY: "bytes",
    Primitive.F16: "float",
    Primitive.F32: "float",
    Primitive.F64: "float",
}

_PRIMITIVE_EXPRESSIONS = {
    pa.null(): "pa.null()",
    pa.bool_(): "pa.bool_()",
    pa.utf8(): "pa.utf8()",
    pa.binary(): "pa.binary()",
    **{data_type: f"pa.{name.removeprefix('np.')}()" for data_type, name in NUMPY_DTYPES.items()},
}


def module_alias(namespace: str) -> str:
    """The name generated modules import a namespace under: `rerun.datatypes` -> `datatypes`,
    `rerun.blueprint.components` -> `blueprint_components`, `acme.archetypes` -> `acme_archetypes`."""
    root, *rest = namespace.split(".")
    return "_".join(rest if root == "rerun" else [root, *rest])


def namespace_import(namespace: str) -> str:
    return f"import {namespace} as {module_alias(namespace)}"


# The generated packages whose types the hand-written `rerun` and `rerun.blueprint` re-export, and
# the names programs import those under (`import rerun as rr`, `import rerun.blueprint as rrb`).
_REEXPORTED_AS = {
    "rerun.archetypes": "rr",
    "rerun.blueprint.archetypes": "rrb",
    "rerun.blueprint.views": "rrb",
}


def short_name(fqname: str) -> str | None:
    """How programs usually write a type: `rr.Points3D`, `rrb.Spatial3DView`; None for the others."""
    namespace, _, name = fqname.rpartition(".")
    prefix = _REEXPORTED_AS.get(namespace)
    return None if prefix is None else f"{prefix}.{name}"


def class_ref(fqname: str) -> str:
    """A type's class as referred to from another generated module: `datatypes.Vec3D`."""
    namespace, _, name = fqname.rpartition(".")
    return f"{module_alias(namespace)}.{name}"


@dataclass(frozen=True)
class Accepted:
    """What a parameter accepts: the annotation in generated code, and its short form in docstrings."""

    code: str
    doc: str

    def __or__(self, other: Accepted) -> Accepted:
        return Accepted(f"{self.code} | {other.code}", f"{self.doc} | {other.doc}")


def like_alias(model: Model, fqname: str, *, many: bool) -> Accepted:
    """The `XLike` (one value) or `XArrayLike` (a batch) alias of a type. A component that wraps a
    datatype reuses the datatype's class, so it accepts what the datatype accepts."""
    typedef = model.get(fqname)
    target = typedef.wrapped_datatype or typedef.fqname
    suffix = "ArrayLike" if many else "Like"
    return Accepted(class_ref(target) + suffix, target.rpartition(".")[2] + suffix)


def accepted(model: Model, type_: Type, *, many: bool = False) -> Accepted:
    """What converts to a value of `type_` (or, with `many`, to a batch of them)."""
    if isinstance(type_, RefType):
        return like_alias(model, type_.fqname, many=many)
    if isinstance(type_, PrimitiveType):
        text = _SCALARS.get(type_.primitive, "int")
        return Accepted(text, text)
    item = type_.item
    if isinstance(item, RefType):
        return like_alias(model, item.fqname, many=True)
    if isinstance(item, PrimitiveType) and item.primitive in _NUMERIC_PRIMITIVES:
        return Accepted("npt.ArrayLike", "npt.ArrayLike")
    inner = accepted(model, item)
    if type_.item_nullable:
        inner = inner | Accepted("None", "None")
    return Accepted(f"Sequence[{inner.code}]", f"Sequence[{inner.doc}]")


@dataclass(frozen=True)
class StoredField:
    """How a value-class constructor stores a field: the expression over the argument, and the
    type of the stored value (the attribute's annotation)."""

    value: str
    annotation: str


def stored_field(
    model: Model, type_: Type, nullable: bool, argument: str, wraps_one_argument: Callable[[str], bool]
) -> StoredField:
    """How a value-class constructor stores what it was given for a field of `type_`.

    Single values become the Python type (`int(...)`); numbers in lists become numpy arrays of
    their dtype; a datatype of one field (or a union) that is built from one argument becomes an
    instance of its class (`wraps_one_argument` tells those types). Anything else is kept as given.
    """
    optional = " | None" if nullable else ""
    if isinstance(type_, RefType) and wraps_one_argument(type_.fqname):
        cls = class_ref(type_.fqname)
        unset = f"{argument} is None or " if nullable else ""
        value = f"{argument} if {unset}isinstance({argument}, {cls}) else {cls}({argument})"
        return StoredField(value, cls + optional)
    if isinstance(type_, PrimitiveType) and type_.primitive is not Primitive.BINARY:
        scalar = _SCALARS.get(type_.primitive, "int")
        return _maybe_none(f"{scalar}({argument})", scalar, argument, nullable)
    if isinstance(type_, ListType | FixedSizeListType):
        item = type_.item
        if isinstance(item, PrimitiveType) and item.primitive in _NUMERIC_PRIMITIVES:
            dtype = _NUMERIC_PRIMITIVES[item.primitive]
            # Bytes are taken as 8-bit values (a blob, a UUID); other numbers need no such check.
            value = (
                f"numeric_values({argument}, {dtype})"
                if item.primitive is Primitive.U8
                else f"np.asarray({argument}, dtype={dtype})"
            )
            return _maybe_none(value, f"npt.NDArray[{dtype}]", argument, nullable)
    return StoredField(argument, "Any")


def _maybe_none(value: str, annotation: str, argument: str, nullable: bool) -> StoredField:
    if not nullable:
        return StoredField(value, annotation)
    return StoredField(f"None if {argument} is None else {value}", f"{annotation} | None")


def python_literal(model: Model, type_: Type, value: LiteralValue) -> str:
    """A literal from the definitions as Python source, for a value of `type_`: an enum variant's
    name becomes that member of its class."""
    if isinstance(value, Identifier):
        return f"{class_ref(_enum_of(model, type_))}.{value.name}"
    if isinstance(value, tuple):
        item = type_.item if isinstance(type_, ListType | FixedSizeListType) else type_
        return "[" + ", ".join(python_literal(model, item, v) for v in value) + "]"
    return repr(value)


def _enum_of(model: Model, type_: Type) -> str:
    """The enum a literal of `type_` names a variant of (through components and one-field structs)."""
    assert isinstance(type_, RefType)
    typedef = model.get(type_.fqname)
    return typedef.fqname if typedef.shape is Shape.ENUM else _enum_of(model, typedef.fields[0].type)


def pyarrow_expression(data_type: pa.DataType) -> str:
    """Python source that builds `data_type` with pyarrow, field names and nullability included."""
    if data_type in _PRIMITIVE_EXPRESSIONS:
        return _PRIMITIVE_EXPRESSIONS[data_type]
    if pa.types.is_fixed_size_list(data_type):
        return f"pa.list_({_field_expression(data_type.value_field)}, {data_type.list_size})"
    if pa.types.is_list(data_type):
        return f"pa.list_({_field_expression(data_type.value_field)})"
    if pa.types.is_struct(data_type):
        fields = ", ".join(_field_expression(data_type.field(i)) for i in range(data_type.num_fields))
        return f"pa.struct([{fields}])"
    if pa.types.is_union(data_type):
        fields = ", ".join(_field_expression(data_type.field(i)) for i in range(data_type.num_fields))
        return f"pa.dense_union([{fields}], {list(data_type.type_codes)})"
    raise ValueError(f"no pyarrow expression for {data_type}")


def _field_expression(arrow_field: pa.Field) -> str:
    type_expression = pyarrow_expression(arrow_field.type)
    return f"pa.field({arrow_field.name!r}, {type_expression}, nullable={arrow_field.nullable})"


def batch_conversion(typedef: TypeDef, data_type: pa.DataType) -> str | None:
    """The runtime conversion of a Batch of this type, as an expression over `data`, or None when
    there is none to generate."""
    if typedef.shape is Shape.STRUCT and pa.types.is_struct(data_type):
        children = [_child_converter(f.type) for f in typedef.fields]
        return f"struct_array(data, data_type, {typedef.name}, ({', '.join(children)},))"
    if typedef.shape is Shape.ENUM:
        return f"enum_array(data, data_type, {typedef.name}.auto)"
    if typedef.shape is Shape.UNION:
        variants = ", ".join(
            f"({snake_case(v.name)!r}, {_value_converter(v.type, None) if v.type else 'None'})"
            for v in typedef.union_variants
        )
        return f"union_array(data, data_type, {typedef.name}, ({variants},))"
    if pa.types.is_list(data_type) and typedef.shape is Shape.STRUCT:
        field = typedef.fields[0]
        assert isinstance(field.type, ListType)
        item = _value_converter(field.type.item, data_type.value_type)
        depth = 1 if pa.types.is_fixed_size_list(data_type.value_type) else 0
        struct_items = pa.types.is_struct(data_type.value_type)
        return f"list_array(data, data_type, {typedef.name}, {field.name!r}, {item}, {depth}, {struct_items})"
    return _primitive_conversion(data_type, "data")


def _child_converter(type_: Type) -> str:
    """How `struct_array` converts the values of one field: through the Batch of a referenced type
    (one per item for a list of them), or by pyarrow (`None`)."""
    if isinstance(type_, RefType):
        return _value_converter(type_, None)
    if isinstance(type_, ListType | FixedSizeListType) and isinstance(type_.item, RefType):
        return f"list_of({_value_converter(type_.item, None)})"
    return "None"


def _primitive_conversion(data_type: pa.DataType, argument: str) -> str | None:
    """Conversion of plain values of a primitive, string or fixed-size numeric Arrow type."""
    if data_type in NUMPY_DTYPES:
        return f"numeric_array({argument}, data_type, {NUMPY_DTYPES[data_type]})"
    if data_type == pa.bool_():
        return f"bool_array({argument}, data_type)"
    if data_type == pa.utf8():
        return f"string_array({argument}, data_type)"
    if pa.types.is_fixed_size_list(data_type) and data_type.value_type in NUMPY_DTYPES:
        dtype = NUMPY_DTYPES[data_type.value_type]
        return f"fixed_size_numeric_array({argument}, data_type, {dtype}, {data_type.list_size})"
    return None


def _value_converter(type_: Type, data_type: pa.DataType | None) -> str:
    """A `(values, data_type) -> pa.Array` callable for values of `type_`, as a Python expression."""
    if isinstance(type_, RefType):
        return f"{class_ref(type_.fqname)}Batch._native_to_pa_array"
    if data_type is not None:
        body = _primitive_conversion(data_type, "values")
        if body is not None:
            return f"lambda values, data_type: {body}"
    return "plain_array"


def value_size(value_type: pa.DataType) -> int | None:
    """How many numbers one value holds, for row inference in `columns()` (None: no inference)."""
    if pa.types.is_fixed_size_list(value_type) and value_type.value_type in NUMPY_DTYPES:
        return int(value_type.list_size)
    if value_type in NUMPY_DTYPES or value_type in (pa.bool_(), pa.utf8()):
        return 0
    return None


def numpy_dtype_of_single_field(field_type: Type, value_type: pa.DataType) -> tuple[bool, str | None]:
    """For the one field of a value class: whether it is a list, and the numpy dtype of its numbers."""
    listed = isinstance(field_type, ListType | FixedSizeListType)
    numbers = value_type.value_type if listed else value_type
    return listed, NUMPY_DTYPES.get(numbers)
