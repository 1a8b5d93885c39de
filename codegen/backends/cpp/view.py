"""The C++ view model: what the templates in templates/cpp/ lay out, decided once per type.

Every string here is C++ source already (types, expressions, comment lines); the templates place
them and make no decisions of their own.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Param:
    type: str
    name: str
    default: str | None = None

    @property
    def declaration(self) -> str:
        text = f"{self.type} {self.name}"
        return text if self.default is None else f"{text} = {self.default}"


@dataclass(frozen=True)
class Constructor:
    """A constructor: its parameters and its member initialisers (`xyz{x, y, z}`)."""

    params: tuple[Param, ...]
    initializers: str
    doc: str

    @property
    def declarations(self) -> str:
        return ", ".join(p.declaration for p in self.params)


@dataclass(frozen=True)
class Factory:
    """A static function that builds the type: `static Angle degrees(float degrees)`."""

    name: str
    params: tuple[Param, ...]
    result: str  # the expression it returns
    doc: str

    @property
    def declarations(self) -> str:
        return ", ".join(p.declaration for p in self.params)


@dataclass(frozen=True)
class NamedValue:
    """A constant of the type (`@constant`): `static const X NAME;`, defined after the type."""

    name: str
    value: str  # the C++ expression it is initialised with


@dataclass(frozen=True)
class Member:
    type: str
    name: str
    docs: tuple[str, ...]  # comment lines (`/// ...`)


@dataclass(frozen=True)
class Unit:
    """What every generated header shares: names, docs and includes."""

    fqname: str  # the definition's name, `rerun.datatypes.Vec3D`
    name: str  # the C++ name, `Vec3D`
    namespace: str  # `rerun::datatypes`
    header: str  # its header's path below generated/cpp, `rerun/datatypes/vec3d.hpp`
    comment: str  # the DO-NOT-EDIT lines
    docs: tuple[str, ...]
    includes: tuple[str, ...]  # project headers (`rerun/...`), sorted
    std_includes: tuple[str, ...]  # standard headers, sorted

    @property
    def qualified(self) -> str:
        return f"{self.namespace}::{self.name}"

    @property
    def source(self) -> str:
        """Its source file's path, beside the header."""
        return self.header.removesuffix(".hpp") + ".cpp"


@dataclass(frozen=True)
class StructType:
    """A datatype or component of struct shape, and its Loggable specialisation."""

    unit: Unit
    members: tuple[Member, ...]
    constructors: tuple[Constructor, ...]
    factories: tuple[Factory, ...]
    constants: tuple[NamedValue, ...]
    component_type: str | None  # components: the name the descriptors carry
    # How `fill_arrow_array_builder` appends values: a component that wraps a datatype hands its
    # values to the datatype's (`delegate`, header only); an Arrow struct appends each member into
    # its child builder (`struct_members`); anything else is its one member (`transparent_member`).
    delegate: str | None
    struct_members: tuple[str, ...]
    transparent_member: str | None
    arrow_type: str  # the C++ expression of its Arrow type

    @property
    def has_source(self) -> bool:
        return self.delegate is None


@dataclass(frozen=True)
class EnumVariant:
    name: str
    value: int
    docs: tuple[str, ...]


@dataclass(frozen=True)
class EnumType:
    unit: Unit
    backing: str  # `uint8_t`
    builder: str  # `arrow::UInt8Builder`
    variants: tuple[EnumVariant, ...]
    component_type: str | None
    arrow_type: str
    valid_values: str  # for the error message: `1, 2, 3`


@dataclass(frozen=True)
class UnionVariant:
    name: str  # `CursorRelative`: its tag in `Kind`
    factory: str  # `cursor_relative`
    payload: str | None  # its C++ type; None for a variant without one
    index: int  # its alternative in `storage` (0 is "no variant")
    type_code: int  # its Arrow type code
    implicit: bool  # whether the type converts implicitly from the payload (its type is unique)
    docs: tuple[str, ...]


@dataclass(frozen=True)
class UnionType:
    unit: Unit
    variants: tuple[UnionVariant, ...]
    storage: str  # `std::variant<std::monostate, ...>`
    component_type: str | None
    arrow_type: str


@dataclass(frozen=True)
class ArchetypeField:
    name: str
    component: str  # the component's C++ type
    descriptor: str  # the C++ expression of its ComponentDescriptor
    is_batch: bool  # `[C]`: its builder takes many values; else one (and `with_many_` many)
    docs: tuple[str, ...]

    @property
    def batch(self) -> str:
        """How the field is stored: a batch of its component."""
        return f"std::vector<{self.component}>"

    @property
    def parameter(self) -> str:
        """The type its constructor parameter and `with_` builder take."""
        return self.batch if self.is_batch else self.component

    @property
    def stored(self) -> str:
        """The batch made from the parameter (named `<field>_`)."""
        moved = f"std::move({self.name}_)"
        return moved if self.is_batch else f"{self.batch}{{{moved}}}"


@dataclass(frozen=True)
class Archetype:
    unit: Unit
    fields: tuple[ArchetypeField, ...]
    required: tuple[ArchetypeField, ...]
    constants: tuple[NamedValue, ...]  # those of one field's component (`@constants_from`)
    has_columns: bool  # blueprint archetypes are not sent as columns


CppUnit = StructType | EnumType | UnionType | Archetype
