"""Checks of how types are constructed: `@constructor.*`, `@param.*`, `@constant`, `@constants_from`
and `@matrix_layout`, once every type is resolved (literals are checked against other types).

The resolver collects what these attributes say, with where they say it, and calls `check`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from codegen.codes import Code
from codegen.diagnostics import Diagnostic, Span
from codegen.model import (
    FixedSizeListType,
    Identifier,
    Kind,
    ListType,
    LiteralValue,
    Primitive,
    PrimitiveType,
    Role,
    Shape,
    Type,
    TypeDef,
    literal_text,
)

_PARAMETER_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_CONSTANT_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")
_INTEGER_BITS = {
    Primitive.U8: (8, False),
    Primitive.U16: (16, False),
    Primitive.U32: (32, False),
    Primitive.U64: (64, False),
    Primitive.I8: (8, True),
    Primitive.I16: (16, True),
    Primitive.I32: (32, True),
    Primitive.I64: (64, True),
}
_FLOATS = {Primitive.F16, Primitive.F32, Primitive.F64}


@dataclass(frozen=True)
class Where:
    """The spans of a construct's construction attributes, by attribute name (the value's, when the
    problem is with one value)."""

    attributes: Mapping[str, Span]
    values: Mapping[str, list[Span]]
    fallback: Span

    def of(self, name: str, index: int | None = None) -> Span:
        if index is not None and index < len(self.values.get(name, [])):
            return self.values[name][index]
        return self.attributes.get(name, self.fallback)


def check(
    types: Mapping[str, TypeDef],
    type_spans: Mapping[str, Where],
    field_spans: Mapping[tuple[str, str], Where],
) -> Iterator[Diagnostic]:
    """Every construction problem of the resolved types."""
    for typedef in types.values():
        where = type_spans[typedef.fqname]
        yield from _parameters(
            typedef, {f.name: field_spans[(typedef.fqname, f.name)] for f in typedef.fields}, types
        )
        yield from _constants(typedef, types)
        if typedef.positional is not None and typedef.positional < 0:
            yield Diagnostic(
                Code.CONSTRUCTOR_SHAPE,
                f"`@constructor.positional` of `{typedef.fqname}` cannot be negative",
                where.of("constructor.positional", 0),
                "0 makes every parameter keyword-only",
            )
        if typedef.constants_from is not None:
            yield from _constants_from(typedef, types, where)
        if typedef.matrix_layout is not None:
            yield from _matrix_layout(typedef, where)


def _parameters(
    typedef: TypeDef, where: Mapping[str, Where], types: Mapping[str, TypeDef]
) -> Iterator[Diagnostic]:
    fields = {f.name for f in typedef.fields}
    owners: dict[str, str] = {}
    for field in typedef.fields:
        name = field.parameter_name
        if field.param.name is not None and not _PARAMETER_NAME.match(name):
            yield Diagnostic(
                Code.CONSTRUCTOR_SHAPE,
                f"parameter name `{name}` of `{typedef.name}.{field.name}` must be snake_case",
                where[field.name].of("param.name", 0),
            )
        if name in owners and owners[name] != field.name:  # a field declared twice is E111
            yield Diagnostic(
                Code.CONSTRUCTOR_SHAPE,
                f"fields `{owners[name]}` and `{field.name}` of `{typedef.name}` both take the constructor "
                f"parameter `{name}`",
                where[field.name].of("param.name", 0),
                "give one of them another name with `@param.name(...)`",
            )
        owners.setdefault(name, field.name)
        before = field.param.before
        if before is not None and (before not in fields or before == field.name):
            yield Diagnostic(
                Code.CONSTRUCTOR_SHAPE,
                f"`@param.before({before})` on `{typedef.name}.{field.name}` names no other field",
                where[field.name].of("param.before", 0),
                f"the fields are {', '.join(f'`{f}`' for f in sorted(fields - {field.name}))}",
            )
        default = field.param.default
        required_anyway = field.role is Role.REQUIRED or (
            typedef.kind is not Kind.ARCHETYPE and not field.nullable
        )
        if field.param.required and (required_anyway or default is not None):
            yield Diagnostic(
                Code.CONSTRUCTOR_SHAPE,
                f"`@param.required` on `{typedef.name}.{field.name}`, which "
                + ("has a default" if default is not None else "is required already"),
                where[field.name].of("param.required"),
            )
        if default is None:
            continue
        if field.role is Role.REQUIRED:
            yield Diagnostic(
                Code.CONSTRUCTOR_SHAPE,
                f"required field `{typedef.name}.{field.name}` cannot have a default value",
                where[field.name].of("param.default", 0),
                "make it @recommended or @optional, or drop the default",
            )
        expected = _fits(field.type, default, types)
        if expected is not None:
            yield Diagnostic(
                Code.BAD_LITERAL,
                f"default `{literal_text(default)}` does not fit field `{typedef.name}.{field.name}`",
                where[field.name].of("param.default", 0),
                f"the field takes {expected}",
            )
    cycle = _before_cycle(typedef)
    if cycle:
        yield Diagnostic(
            Code.CONSTRUCTOR_SHAPE,
            f"`@param.before` places the parameters of `{typedef.name}` in a circle: " + " -> ".join(cycle),
            where[cycle[0]].of("param.before", 0),
        )


def _before_cycle(typedef: TypeDef) -> list[str]:
    """The fields of a circle of `@param.before` references, if there is one."""
    before = {f.name: f.param.before for f in typedef.fields if f.param.before is not None}
    for start in sorted(before):
        path = [start]
        while (following := before.get(path[-1])) is not None and following not in path:
            path.append(following)
        if following == start:
            return [*path, start]
    return []


def _constants(typedef: TypeDef, types: Mapping[str, TypeDef]) -> Iterator[Diagnostic]:
    seen: set[str] = set()
    for constant in typedef.constants:
        at = constant.argument_spans or (constant.span,)
        if not _CONSTANT_NAME.match(constant.name):
            yield Diagnostic(
                Code.BAD_LITERAL,
                f"constant name `{constant.name}` of `{typedef.name}` must be UPPER_SNAKE_CASE",
                at[0],
            )
        if constant.name in seen:
            yield Diagnostic(
                Code.BAD_LITERAL, f"constant `{typedef.name}.{constant.name}` is defined twice", at[0]
            )
        seen.add(constant.name)
        if constant.alias_of is not None:
            continue
        if len(constant.values) != len(typedef.fields):
            yield Diagnostic(
                Code.BAD_LITERAL,
                f"constant `{typedef.name}.{constant.name}` gives {len(constant.values)} value(s) for "
                f"{len(typedef.fields)} field(s)",
                constant.span,
                "give one value per field, in field order: " + ", ".join(f.name for f in typedef.fields),
            )
            continue
        for index, (field, value) in enumerate(zip(typedef.fields, constant.values, strict=True)):
            expected = _fits(field.type, value, types)
            if expected is not None:
                yield Diagnostic(
                    Code.BAD_LITERAL,
                    f"value `{literal_text(value)}` of constant `{typedef.name}.{constant.name}` does not "
                    f"fit field `{field.name}`",
                    at[index + 1] if index + 1 < len(at) else constant.span,
                    f"the field takes {expected}",
                )


def _constants_from(typedef: TypeDef, types: Mapping[str, TypeDef], where: Where) -> Iterator[Diagnostic]:
    field = next((f for f in typedef.fields if f.name == typedef.constants_from), None)
    span = where.of("constants_from", 0)
    if field is None:
        names = ", ".join(f"`{f.name}`" for f in typedef.fields)
        yield Diagnostic(
            Code.CONSTRUCTOR_SHAPE,
            f"`@constants_from({typedef.constants_from})`: `{typedef.name}` has no such field",
            span,
            f"the fields are {names}",
        )
    elif field.referenced_type is None:
        return  # not a component at all: the resolver reports that (E123)
    elif field.component in types and not types[field.component].constants:
        yield Diagnostic(
            Code.CONSTRUCTOR_SHAPE,
            f"`@constants_from({field.name})`: component `{field.component}` has no constants",
            span,
            "define them on the component with `@constant(NAME, value)`",
        )


def _matrix_layout(typedef: TypeDef, where: Where) -> Iterator[Diagnostic]:
    field_type = typedef.fields[0].type if typedef.fields else None
    floats = (
        isinstance(field_type, FixedSizeListType)
        and isinstance(field_type.item, PrimitiveType)
        and field_type.item.primitive in _FLOATS
    )
    if not floats or typedef.matrix_size < 2:
        yield Diagnostic(
            Code.CONSTRUCTOR_SHAPE,
            f"`@matrix_layout` needs a datatype of one field of N*N floats, such as `[f32; 9]`; "
            f"`{typedef.name}` is not one",
            where.of("matrix_layout"),
        )


def _fits(type_: Type, value: LiteralValue, types: Mapping[str, TypeDef]) -> str | None:
    """None if the literal is a value of `type_`; otherwise what the type takes, in words."""
    if isinstance(type_, PrimitiveType):
        return _fits_primitive(type_.primitive, value)
    if isinstance(type_, FixedSizeListType | ListType):
        count = f"{type_.length} " if isinstance(type_, FixedSizeListType) else ""
        taken = f"a list of {count}values"
        if not isinstance(value, tuple) or (count and len(value) != type_.length):  # type: ignore[union-attr]
            return taken
        problems = [p for item in value if (p := _fits(type_.item, item, types)) is not None]
        return f"{taken}, each {problems[0]}" if problems else None
    typedef = types.get(type_.fqname)
    if typedef is None:
        return None  # an unknown type is reported on its own
    if typedef.shape is Shape.ENUM:
        names = [v.name for v in typedef.enum_variants]
        if isinstance(value, Identifier) and value.name in names:
            return None
        return "the name of one of its variants: " + ", ".join(names)
    if typedef.shape is Shape.STRUCT and len(typedef.fields) == 1 and typedef.kind is not Kind.ARCHETYPE:
        return _fits(typedef.fields[0].type, value, types)
    return f"no literal (`{typedef.fqname}` is a {typedef.shape.value} of several parts)"


def _fits_primitive(primitive: Primitive, value: LiteralValue) -> str | None:
    if primitive is Primitive.BOOL:
        return None if isinstance(value, bool) else "`true` or `false`"
    if primitive in (Primitive.STRING, Primitive.BINARY):
        return None if isinstance(value, str) else "a string"
    if primitive in _FLOATS:
        return None if isinstance(value, int | float) and not isinstance(value, bool) else "a number"
    bits, signed = _INTEGER_BITS[primitive]
    low, high = (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1) if signed else (0, 2**bits - 1)
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return None
    return f"an integer from {low} to {high} ({primitive.value})"
