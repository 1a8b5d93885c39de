"""C++ spellings of model types and of their Arrow types."""

from __future__ import annotations

import re
from collections.abc import Mapping

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
)
from codegen.naming import snake_case

PRIMITIVES: Mapping[Primitive, str] = {
    Primitive.BOOL: "bool",
    Primitive.U8: "uint8_t",
    Primitive.U16: "uint16_t",
    Primitive.U32: "uint32_t",
    Primitive.U64: "uint64_t",
    Primitive.I8: "int8_t",
    Primitive.I16: "int16_t",
    Primitive.I32: "int32_t",
    Primitive.I64: "int64_t",
    Primitive.F16: "rerun::half",
    Primitive.F32: "float",
    Primitive.F64: "double",
    Primitive.STRING: "std::string",
    Primitive.BINARY: "std::vector<std::byte>",
}

# The standard headers each spelling needs.
_STD_HEADERS: Mapping[str, str] = {
    "std::string": "string",
    "std::vector": "vector",
    "std::array": "array",
    "std::optional": "optional",
    "std::byte": "cstddef",
    "std::variant": "variant",
    "std::monostate": "variant",
    "std::move": "utility",
    "std::in_place_index": "utility",
}
_FIXED_WIDTH_INTEGER = re.compile(r"\bu?int\d+_t\b")

# The Arrow factory of each primitive Arrow type, by its pyarrow name.
_ARROW_FACTORIES: Mapping[str, str] = {
    "null": "arrow::null()",
    "bool": "arrow::boolean()",
    "uint8": "arrow::uint8()",
    "uint16": "arrow::uint16()",
    "uint32": "arrow::uint32()",
    "uint64": "arrow::uint64()",
    "int8": "arrow::int8()",
    "int16": "arrow::int16()",
    "int32": "arrow::int32()",
    "int64": "arrow::int64()",
    "halffloat": "arrow::float16()",
    "float": "arrow::float32()",
    "double": "arrow::float64()",
    "string": "arrow::utf8()",
    "binary": "arrow::binary()",
}

# Names every generated C++ type or function may not use (the C++20 keywords and alternative tokens).
KEYWORDS = frozenset(
    {
        "alignas",
        "alignof",
        "and",
        "and_eq",
        "asm",
        "auto",
        "bitand",
        "bitor",
        "bool",
        "break",
        "case",
        "catch",
        "char",
        "char8_t",
        "char16_t",
        "char32_t",
        "class",
        "compl",
        "concept",
        "const",
        "consteval",
        "constexpr",
        "constinit",
        "const_cast",
        "continue",
        "co_await",
        "co_return",
        "co_yield",
        "decltype",
        "default",
        "delete",
        "do",
        "double",
        "dynamic_cast",
        "else",
        "enum",
        "explicit",
        "export",
        "extern",
        "false",
        "float",
        "for",
        "friend",
        "goto",
        "if",
        "import",
        "inline",
        "int",
        "long",
        "module",
        "mutable",
        "namespace",
        "new",
        "noexcept",
        "not",
        "not_eq",
        "nullptr",
        "operator",
        "or",
        "or_eq",
        "private",
        "protected",
        "public",
        "register",
        "reinterpret_cast",
        "requires",
        "return",
        "short",
        "signed",
        "sizeof",
        "static",
        "static_assert",
        "static_cast",
        "struct",
        "switch",
        "template",
        "this",
        "thread_local",
        "throw",
        "true",
        "try",
        "typedef",
        "typeid",
        "typename",
        "union",
        "unsigned",
        "using",
        "virtual",
        "void",
        "volatile",
        "wchar_t",
        "while",
        "xor",
        "xor_eq",
    }
)


def namespace_of(model_namespace: str) -> str:
    """`rerun.blueprint.components` -> `rerun::blueprint::components`."""
    return model_namespace.replace(".", "::")


def qualified(fqname: str) -> str:
    """`rerun.datatypes.Vec3D` -> `rerun::datatypes::Vec3D`."""
    return fqname.replace(".", "::")


def header_path(fqname: str) -> str:
    """`rerun.datatypes.Vec3D` -> `rerun/datatypes/vec3d.hpp`."""
    namespace, _, name = fqname.rpartition(".")
    return f"{namespace.replace('.', '/')}/{snake_case(name)}.hpp"


def cpp_type(type_: Type) -> str:
    """The C++ type of a value of a model type."""
    if isinstance(type_, PrimitiveType):
        return PRIMITIVES[type_.primitive]
    if isinstance(type_, RefType):
        return qualified(type_.fqname)
    item = cpp_type(type_.item)
    if type_.item_nullable:
        item = f"std::optional<{item}>"
    if isinstance(type_, FixedSizeListType):
        return f"std::array<{item}, {type_.length}>"
    assert isinstance(type_, ListType)
    return f"std::vector<{item}>"


def field_type(type_: Type, nullable: bool) -> str:
    spelled = cpp_type(type_)
    return f"std::optional<{spelled}>" if nullable else spelled


def std_headers(spellings: list[str]) -> list[str]:
    """The standard headers that C++ type spellings use, sorted."""
    headers = {header for token, header in _STD_HEADERS.items() for s in spellings if token in s}
    if any(_FIXED_WIDTH_INTEGER.search(s) for s in spellings):
        headers.add("cstdint")
    return sorted(headers)


def arrow_type_expression(data_type: pa.DataType) -> str:
    """A C++ expression that builds the same Arrow type as `data_type`."""
    if pa.types.is_struct(data_type):
        fields = ", ".join(_field_expression(data_type.field(i)) for i in range(data_type.num_fields))
        return f"arrow::struct_({{{fields}}})"
    if pa.types.is_fixed_size_list(data_type):
        return f"arrow::fixed_size_list({_field_expression(data_type.value_field)}, {data_type.list_size})"
    if pa.types.is_list(data_type):
        return f"arrow::list({_field_expression(data_type.value_field)})"
    if pa.types.is_union(data_type):
        assert data_type.mode == "dense", "the model has dense unions only"
        fields = ", ".join(_field_expression(data_type.field(i)) for i in range(data_type.num_fields))
        codes = ", ".join(str(code) for code in data_type.type_codes)
        return f"arrow::dense_union({{{fields}}}, {{{codes}}})"
    return _ARROW_FACTORIES[str(data_type)]


def _field_expression(arrow_field: pa.Field) -> str:
    nullable = "true" if arrow_field.nullable else "false"
    return f'arrow::field("{arrow_field.name}", {arrow_type_expression(arrow_field.type)}, {nullable})'


# The suffix of an integer literal of each type, where `int` does not hold every value.
_INTEGER_SUFFIXES: Mapping[Primitive, str] = {Primitive.U32: "u", Primitive.U64: "ull", Primitive.I64: "ll"}


def cpp_literal(model: Model, type_: Type, value: LiteralValue) -> str:
    """A literal from the definitions as a C++ expression of `type_`: lists brace-initialised,
    defined types through their value constructor, an enum variant's name as that enumerator."""
    if isinstance(type_, PrimitiveType):
        return _primitive_literal(type_.primitive, value)
    if isinstance(type_, FixedSizeListType | ListType):
        assert isinstance(value, tuple), "checked by the resolver (E167)"
        items = ", ".join(cpp_literal(model, type_.item, item) for item in value)
        return f"{cpp_type(type_)}{{{items}}}"
    typedef = model.get(type_.fqname)
    if typedef.shape is Shape.ENUM:
        assert isinstance(value, Identifier), "checked by the resolver (E167)"
        return f"{qualified(typedef.fqname)}::{value.name}"
    field_types = [f.type for f in typedef.fields]
    values = (value,) if len(field_types) == 1 else value
    assert isinstance(values, tuple), "checked by the resolver (E167)"
    return f"{qualified(typedef.fqname)}({fields_literal(model, field_types, values)})"


def fields_literal(model: Model, field_types: list[Type], values: tuple[LiteralValue, ...]) -> str:
    """The arguments of a value constructor: one literal per field."""
    return ", ".join(cpp_literal(model, t, v) for t, v in zip(field_types, values, strict=True))


def _primitive_literal(primitive: Primitive, value: LiteralValue) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return string_literal(value)
    if primitive in (Primitive.F32, Primitive.F64):
        assert isinstance(value, int | float)
        text = repr(float(value))
        return f"{text}f" if primitive is Primitive.F32 else text
    assert isinstance(value, int), "checked by the resolver (E167)"
    return f"{value}{_INTEGER_SUFFIXES.get(primitive, '')}"


def string_literal(text: str) -> str:
    """A C++ string literal of UTF-8 text (control characters as three-digit octal escapes, which
    no following character can extend)."""
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\{ord(char):03o}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'
