"""The resolved, validated model every backend reads. Language-neutral: no Python names live here.

Built by codegen/resolve.py. Everything is frozen and sorted (types by fully-qualified name;
members in declaration order, which is part of the wire format).
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from codegen.diagnostics import Span


class Kind(enum.Enum):
    """Decided by the last segment of the namespace."""

    DATATYPE = "datatype"
    COMPONENT = "component"
    ARCHETYPE = "archetype"
    VIEW = "view"

    @property
    def plural(self) -> str:
        return self.value + "s"


class Shape(enum.Enum):
    STRUCT = "struct"
    ENUM = "enum"
    UNION = "union"


class Primitive(enum.Enum):
    BOOL = "bool"
    U8 = "u8"
    U16 = "u16"
    U32 = "u32"
    U64 = "u64"
    I8 = "i8"
    I16 = "i16"
    I32 = "i32"
    I64 = "i64"
    F16 = "f16"
    F32 = "f32"
    F64 = "f64"
    STRING = "string"
    BINARY = "binary"


ENUM_BACKING_WIDTHS: Mapping[Primitive, int] = {
    Primitive.U8: 8,
    Primitive.U16: 16,
    Primitive.U32: 32,
    Primitive.U64: 64,
}


@dataclass(frozen=True)
class PrimitiveType:
    primitive: Primitive


@dataclass(frozen=True)
class RefType:
    """A reference to a type defined in the model, by fully-qualified name."""

    fqname: str


@dataclass(frozen=True)
class FixedSizeListType:
    item: Type
    length: int
    item_nullable: bool = False


@dataclass(frozen=True)
class ListType:
    item: Type
    item_nullable: bool = False


Type = PrimitiveType | RefType | FixedSizeListType | ListType


def referenced_fqnames(type_: Type) -> Iterator[str]:
    """The defined types a type expression mentions, outermost first."""
    if isinstance(type_, RefType):
        yield type_.fqname
    elif isinstance(type_, FixedSizeListType | ListType):
        yield from referenced_fqnames(type_.item)


def type_text(type_: Type) -> str:
    """The canonical spelling of a type in the definition language: `[rerun.datatypes.Vec3D?; 3]`."""
    if isinstance(type_, PrimitiveType):
        return type_.primitive.value
    if isinstance(type_, RefType):
        return type_.fqname
    item = type_text(type_.item) + ("?" if type_.item_nullable else "")
    if isinstance(type_, FixedSizeListType):
        return f"[{item}; {type_.length}]"
    return f"[{item}]"


class Stability(enum.Enum):
    UNSTABLE = "unstable"
    STABLE = "stable"
    DEPRECATED = "deprecated"


@dataclass(frozen=True)
class State:
    stability: Stability
    since: str | None = None
    notice: str | None = None


class DocTarget(enum.Enum):
    """Who a tagged doc line is for. Untagged lines are for everyone."""

    PYTHON = "py"
    WEB = "md"
    CPP = "cpp"


@dataclass(frozen=True)
class DocLine:
    text: str
    target: DocTarget | None = None


@dataclass(frozen=True)
class Example:
    """A `\\example` reference to a snippet under the snippets directory (path without extension)."""

    path: str
    title: str | None
    in_api_docs: bool
    span: Span


@dataclass(frozen=True)
class Docs:
    lines: tuple[DocLine, ...] = ()
    examples: tuple[Example, ...] = ()

    @property
    def summary(self) -> str:
        """The first line: a one-sentence description used in indexes and tooltips."""
        return self.lines[0].text if self.lines else ""

    def lines_for(self, target: DocTarget) -> list[str]:
        """Untagged lines plus those tagged for `target`, with runs of blank lines collapsed."""
        out: list[str] = []
        for line in self.lines:
            if line.target not in (None, target):
                continue
            if line.text == "" and (not out or out[-1] == ""):
                continue
            out.append(line.text)
        while out and out[-1] == "":
            out.pop()
        return out


@dataclass(frozen=True)
class Identifier:
    """A bare word among literal values, such as the name of an enum variant."""

    name: str


LiteralValue = str | int | float | bool | Identifier | tuple["LiteralValue", ...]


def literal_text(value: LiteralValue) -> str:
    """A literal in the definition language's spelling: `"a"`, `1.5`, `true`, `Solid`, `[1, 2]`."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, Identifier):
        return value.name
    if isinstance(value, tuple):
        return "[" + ", ".join(literal_text(item) for item in value) + "]"
    return repr(value)


@dataclass(frozen=True)
class ParameterShape:
    """How a field appears as a constructor parameter (`@param.*`); unset parts follow the field."""

    name: str | None = None  # the parameter's name, when it differs from the field's
    default: LiteralValue | None = None  # None: no default value
    before: str | None = None  # the field whose parameter this one comes right before
    required: bool = False  # an optional archetype field whose parameter must be given anyway


@dataclass(frozen=True)
class Constant:
    """A named value of a type (`@constant`): one literal per field, in field order, or another
    name for a constant defined before it (`@constant(RIGHT_HAND_Y_DOWN, RDF)`)."""

    name: str
    values: tuple[LiteralValue, ...]
    span: Span
    alias_of: str | None = None
    # Where each argument of the attribute is, the name first (for messages about one value).
    argument_spans: tuple[Span, ...] = ()


class MatrixLayout(enum.Enum):
    """How a square matrix is stored in its flat field (`@matrix_layout`)."""

    COLUMN_MAJOR = "column_major"
    ROW_MAJOR = "row_major"


class Role(enum.Enum):
    """How much an archetype needs a field: shapes constructors and docs, never the wire format."""

    REQUIRED = "required"
    RECOMMENDED = "recommended"
    OPTIONAL = "optional"


@dataclass(frozen=True)
class Shorthand:
    """A view property that also takes one argument of its archetype's constructor in place of the
    archetype: by keyword (`parameter`, a field of the archetype) or, when None, by position."""

    parameter: str | None
    span: Span  # the `@param.shorthand` attribute


@dataclass(frozen=True)
class Field:
    name: str
    type: Type
    nullable: bool
    docs: Docs
    span: Span
    role: Role | None = None  # archetype fields only
    state: State = State(Stability.STABLE)
    param: ParameterShape = ParameterShape()

    @property
    def parameter_name(self) -> str:
        """The name of the constructor parameter that sets this field."""
        return self.param.name or self.name

    shorthand: Shorthand | None = None  # view fields only
    # Archetype fields copied from an `@extends` base: that archetype's fqname. The field is logged
    # with the base's descriptor, so that the viewer treats it as the base's own.
    inherited_from: str | None = None

    @property
    def is_batch(self) -> bool:
        """For archetype fields: `[Component]` (many values per row) rather than `Component`."""
        return isinstance(self.type, ListType)

    @property
    def component(self) -> str:
        """For archetype fields: the fully-qualified name of the component."""
        fqname = self.referenced_type
        assert fqname is not None, "archetype fields always refer to a component"
        return fqname

    @property
    def referenced_type(self) -> str | None:
        """The defined type the field holds one or a list of; None for anything else (what an
        archetype field holds before the checks have rejected a wrong one)."""
        inner = self.type.item if isinstance(self.type, ListType) else self.type
        return inner.fqname if isinstance(inner, RefType) else None


def view_property_archetype(field: Field) -> str:
    """The archetype of a view's field (a view property is a plain reference to one)."""
    assert isinstance(field.type, RefType), "view fields always refer to an archetype"
    return field.type.fqname


@dataclass(frozen=True)
class EnumVariant:
    name: str
    value: int
    is_default: bool
    docs: Docs
    span: Span


@dataclass(frozen=True)
class UnionVariant:
    """A dense-union child. `type` is None for a payload-less variant (Arrow `null`)."""

    name: str
    type: Type | None
    type_code: int
    docs: Docs
    span: Span


@dataclass(frozen=True)
class ViewType:
    """A view that can show an archetype, with an optional note on when."""

    name: str
    note: str | None = None
    fqname: str | None = None  # the view of this name, when the model defines views


@dataclass(frozen=True)
class TypeDef:
    fqname: str
    name: str
    namespace: str
    kind: Kind
    shape: Shape
    scope: str | None  # e.g. "blueprint" for rerun.blueprint.components
    docs: Docs
    state: State
    source_path: str
    span: Span
    fields: tuple[Field, ...] = ()
    enum_variants: tuple[EnumVariant, ...] = ()
    enum_backing: Primitive | None = None
    union_variants: tuple[UnionVariant, ...] = ()
    null_markers_every_row: bool = False  # unions: one `_null_markers` entry per row (the wire layout)
    arrow_transparent: bool = False  # datatypes: encoded as their single field; components always are
    docs_category: str | None = None
    view_types: tuple[ViewType, ...] = ()
    visualizer: bool = False
    # Constructor shape (`@constructor.positional`): how many leading parameters are positional;
    # None: the default (an archetype's required fields; every field of other types).
    positional: int | None = None
    constants: tuple[Constant, ...] = ()
    constants_from: str | None = None  # archetypes: the field whose component's constants it offers
    matrix_layout: MatrixLayout | None = None
    view_identifier: str | None = None  # views: the viewer's class identifier, e.g. "3D"
    extends: str | None = None  # archetypes: the archetype whose fields come first (`@extends`)
    # Per-language options from namespaced attributes such as `@python.aliases("...")`,
    # keyed by (language, option). The model does not interpret them; backends do.
    language_options: Mapping[tuple[str, str], str] = field(default_factory=dict)

    @property
    def root(self) -> str:
        """The namespace's first segment: `rerun` for rerun.blueprint.components."""
        return self.namespace.split(".")[0]

    @property
    def wrapped_datatype(self) -> str | None:
        """For a component that is a datatype under another name (its single field is a datatype),
        that datatype; None otherwise."""
        if self.kind is not Kind.COMPONENT or self.shape is not Shape.STRUCT:
            return None
        wrapped = self.fields[0].type
        return wrapped.fqname if isinstance(wrapped, RefType) else None

    @property
    def matrix_size(self) -> int:
        """N, for a type of one field of N*N numbers (the shape `@matrix_layout` needs); else 0."""
        only = self.fields[0] if len(self.fields) == 1 else None
        if only is None or not isinstance(only.type, FixedSizeListType):
            return 0
        size = math.isqrt(only.type.length)
        return size if size * size == only.type.length else 0

    def parameter_required(self, field: Field) -> bool:
        """Whether a constructor's caller must give the field: `@param.required`, an archetype's
        required field, or a field of another type without a default or a null."""
        if field.param.required:
            return True
        if self.kind is Kind.ARCHETYPE:
            return field.role is Role.REQUIRED
        return not field.nullable and field.param.default is None

    def constructor_fields(self) -> list[Field]:
        """The fields in the order of their constructor parameters: the required ones first, then
        the others, each in field order; `@param.before` then moves a parameter right before another."""
        required = [self.parameter_required(f) for f in self.fields]
        order = [f for f, r in zip(self.fields, required, strict=True) if r]
        order += [f for f, r in zip(self.fields, required, strict=True) if not r]
        for moved in self.fields:
            if moved.param.before is not None:
                order.remove(moved)
                target = next(i for i, f in enumerate(order) if f.name == moved.param.before)
                order.insert(target, moved)
        return order

    @property
    def positional_count(self) -> int:
        """How many leading constructor parameters are positional: `@constructor.positional`, or
        else an archetype's required fields and every field of other types."""
        if self.positional is not None:
            return self.positional
        if self.kind is Kind.ARCHETYPE:
            return sum(f.role is Role.REQUIRED for f in self.fields)
        return len(self.fields)

    def option(self, language: str, name: str) -> str | None:
        return self.language_options.get((language, name))

    def has_option(self, language: str, name: str) -> bool:
        """Whether the option is set (for options without arguments)."""
        return (language, name) in self.language_options


@dataclass(frozen=True)
class Model:
    """The types a project defines, which the backends emit, and the core types they build on."""

    types: tuple[TypeDef, ...]  # the project's own, sorted by fqname
    # Types of the installed core (`rerun.*`) that a user's project refers to: every lookup finds
    # them, no backend emits them (the user's code imports them from the installed SDK).
    imported: tuple[TypeDef, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {t.fqname: t for t in (*self.imported, *self.types)})
        object.__setattr__(self, "_imported", frozenset(t.fqname for t in self.imported))

    def get(self, fqname: str) -> TypeDef:
        index: dict[str, TypeDef] = self.__dict__["_index"]
        return index[fqname]

    def __contains__(self, fqname: object) -> bool:
        return fqname in self.__dict__["_index"]

    def of_kind(self, kind: Kind) -> list[TypeDef]:
        """The project's own types of one kind."""
        return [t for t in self.types if t.kind is kind]

    def is_imported(self, fqname: str) -> bool:
        """Whether the type comes from the installed core rather than the project."""
        return fqname in self.__dict__["_imported"]

    @property
    def namespaces(self) -> list[str]:
        return sorted({t.namespace for t in self.types})
