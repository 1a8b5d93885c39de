"""The syntax tree of one definition file: what was written, where, with no meaning attached yet.

Built by codegen/syntax.py from the lark parse tree; interpreted by codegen/resolve.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from codegen.diagnostics import Span


@dataclass(frozen=True)
class Name:
    """An identifier or dotted name, as written."""

    text: str
    span: Span


@dataclass(frozen=True)
class Value:
    """An attribute argument value: a string, a number, a bare identifier or a list of values."""

    kind: str  # "string" | "int" | "float" | "ident" | "list"
    value: str | int | float | tuple[Value, ...]
    span: Span


@dataclass(frozen=True)
class AttributeArg:
    key: Name | None
    value: Value
    span: Span


@dataclass(frozen=True)
class Attribute:
    """`@name` or `@name(args...)`."""

    name: Name
    args: tuple[AttributeArg, ...] | None
    span: Span


@dataclass(frozen=True)
class DocLine:
    """One `///` line; `text` is what follows the three slashes."""

    text: str
    span: Span


@dataclass(frozen=True)
class Preamble:
    docs: tuple[DocLine, ...]
    attributes: tuple[Attribute, ...]


@dataclass(frozen=True)
class NamedType:
    """A primitive (`f32`) or a reference to a defined type (`rerun.datatypes.Vec3D`)."""

    name: Name
    nullable: bool
    span: Span


@dataclass(frozen=True)
class FixedArrayType:
    """`[T; N]`."""

    item: TypeExpr
    length: int
    length_span: Span
    nullable: bool
    span: Span


@dataclass(frozen=True)
class ListType:
    """`[T]`."""

    item: TypeExpr
    nullable: bool
    span: Span


TypeExpr = NamedType | FixedArrayType | ListType


@dataclass(frozen=True)
class FieldDecl:
    preamble: Preamble
    name: Name
    type: TypeExpr
    span: Span


@dataclass(frozen=True)
class EnumVariantDecl:
    preamble: Preamble
    name: Name
    value: int
    value_span: Span
    span: Span


@dataclass(frozen=True)
class UnionVariantDecl:
    preamble: Preamble
    name: Name
    type: TypeExpr | None
    type_code: int
    type_code_span: Span
    span: Span


@dataclass(frozen=True)
class StructDecl:
    preamble: Preamble
    keyword: Span
    name: Name
    fields: tuple[FieldDecl, ...]
    span: Span


@dataclass(frozen=True)
class EnumDecl:
    preamble: Preamble
    keyword: Span
    name: Name
    backing: Name
    variants: tuple[EnumVariantDecl, ...]
    span: Span


@dataclass(frozen=True)
class UnionDecl:
    preamble: Preamble
    keyword: Span
    name: Name
    variants: tuple[UnionVariantDecl, ...]
    span: Span


Declaration = StructDecl | EnumDecl | UnionDecl


@dataclass(frozen=True)
class SourceFile:
    """One parsed definition file. `path` is as given to the parser (relative to the project)."""

    path: str
    namespace: Name | None
    declarations: tuple[Declaration, ...]
