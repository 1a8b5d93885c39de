"""The Python view model: what the templates in templates/python/ lay out, decided once per type.

Everything here is frozen and final: names, annotations, default values, docstrings (as Python
literals) and conversion expressions are Python source text already. The templates only place
them; they make no decisions of their own.
"""

from __future__ import annotations

from dataclasses import dataclass

# The public methods every generated archetype class has, from its template or its base class.
ARCHETYPE_METHODS = frozenset(
    {
        "columns",
        "cleared",
        "from_fields",
        "archetype",
        "archetype_short_name",
        "as_component_batches",
        "visualizer",
    }
)


@dataclass(frozen=True)
class Parameter:
    """One parameter of a generated function (never `self` or `cls`)."""

    name: str
    annotation: str
    default: str | None = None  # Python source of the default value; None: the parameter is required
    keyword_only: bool = False
    docs: tuple[str, ...] = ()  # its entry in the numpy-style `Parameters` section, line by line

    @property
    def source(self) -> str:
        """`name: annotation = default`, as written in a signature."""
        text = f"{self.name}: {self.annotation}"
        return text if self.default is None else f"{text} = {self.default}"


@dataclass(frozen=True)
class Signature:
    """The parameters of a function, in order; keyword-only ones follow the positional ones."""

    parameters: tuple[Parameter, ...]

    @property
    def items(self) -> tuple[str, ...]:
        """The parameters as source text, with a `*` before the first keyword-only one."""
        items: list[str] = []
        for parameter in self.parameters:
            if parameter.keyword_only and "*" not in items:
                items.append("*")
            items.append(parameter.source)
        return tuple(items)

    def call(self, name: str) -> str:
        """The signature as documentation: `Points3D(\\n    positions: ...,\\n    *,\\n    ...\\n)`."""
        if not self.parameters:
            return f"{name}()"
        return f"{name}(\n" + "".join(f"    {item},\n" for item in self.items) + ")"

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.parameters)


@dataclass(frozen=True)
class Constructor:
    """A generated function that builds an instance: `__init__`, `from_fields`, `columns`."""

    signature: Signature
    docstring: str  # a Python string literal
    # For archetype constructors: each field and the expression passed for it to `_set_fields`.
    passthrough: tuple[tuple[str, str], ...] = ()
    qualname: str | None = None  # the name Python reports in argument errors, when not the usual
    prelude: str | None = None  # a statement before the body (`derived = self._derive_fields(...)`)
    guarded_prelude: str | None = None  # for archetypes: the same, inside the error guard
    # For a component that wraps a datatype: its own constructor hands its one argument to the
    # datatype's (`super().__init__(value)`) instead of storing fields.
    delegate: str | None = None


@dataclass(frozen=True)
class Constant:
    """A class attribute holding one value of the class: `NAME: ClassVar[type] = value`."""

    name: str
    annotation: str
    value: str


@dataclass(frozen=True)
class Batch:
    """The `XBatch` class of a datatype or component."""

    name: str
    bases: tuple[str, ...]
    docstring: str
    arrow_type: str  # pyarrow source, e.g. `pa.float32()`
    component_type: str | None  # for components: the fully-qualified name
    # The body of `_native_to_pa_array(data, data_type)`: an expression over `data`. None when the
    # Batch inherits its conversion (a component wrapping a datatype).
    conversion: str | None
    unsupported: str | None  # the message raised when values cannot be converted from Python
    extension_code: str = ""  # members from the type's extension module, indented for the class body


@dataclass(frozen=True)
class Aliases:
    """The `XLike` and `XArrayLike` type aliases: what converts to one value and to a batch."""

    like: str
    array_like: str


@dataclass(frozen=True)
class Attribute:
    """A field of a value class: its annotation in the class body, and how the generated
    constructor stores it (`self.<name> = <value>`)."""

    name: str
    annotation: str
    value: str


@dataclass(frozen=True)
class Dunders:
    """The Python protocols of a value class of one field, passed on to that field."""

    field: str
    array_dtype: str | None = None  # `__array__`, with this numpy dtype by default
    length: bool = False  # `__len__`
    to_float: bool = False  # `__float__`
    to_int: bool = False  # `__int__` and `__index__`
    to_str: bool = False  # `__str__`
    to_bool: bool = False  # `__bool__`


@dataclass(frozen=True)
class ValueClass:
    """A struct or union datatype or component, and its Batch."""

    name: str
    bases: tuple[str, ...]
    docstring: str
    attributes: tuple[Attribute, ...] | None  # None for a class that takes its fields from its base
    init: Constructor | None  # None: hand-written or inherited
    union_kinds: tuple[str, ...]  # for unions: the accepted `kind` names, the default first
    dunders: Dunders | None
    batch: Batch
    aliases: Aliases | None
    constants: tuple[Constant, ...]  # assigned once the class exists
    extension_code: str  # members copied from the extension module, indented for the class body


@dataclass(frozen=True)
class EnumVariant:
    name: str
    value: int
    docstring: str


@dataclass(frozen=True)
class EnumClass:
    name: str
    docstring: str
    default: str
    variants: tuple[EnumVariant, ...]
    batch: Batch
    aliases: Aliases


@dataclass(frozen=True)
class Descriptor:
    component: str  # e.g. `Points3D:positions`
    archetype: str  # the Python expression of the archetype's name: `NAME`, or an `@extends` base's
    component_type: str


@dataclass(frozen=True)
class ArchetypeField:
    name: str
    batch: str  # the Batch class, as referenced from the module
    conversion: str  # the expression that turns what the caller gave (`<name>`) into the Batch or None
    descriptor: Descriptor
    value_size: int | None  # numbers per value, for row inference in `columns()`; None: no inference


@dataclass(frozen=True)
class Archetype:
    name: str
    fqname: str
    bases: tuple[str, ...]
    docstring: str
    fields: tuple[ArchetypeField, ...]
    init: Constructor
    from_fields: Constructor  # the signature of `from_fields` after `clear_unset`, and its docstring
    columns: Constructor
    constants: tuple[Constant, ...]  # another class's constants, assigned in the class body
    set_fields_docstring: str
    extension_code: str  # members copied from the extension module, indented for the class body


@dataclass(frozen=True)
class ShorthandCall:
    """A view property's shorthand: what it accepts, and the archetype it stands for."""

    accepts: str  # an annotation, e.g. `datatypes.Rgba32Like`
    call: str  # the archetype built from `value`: `blueprint_archetypes.PlotBackground(color=value)`
    shown: str  # the same call as docs show it: `PlotBackground(color=value)`


@dataclass(frozen=True)
class ViewProperty:
    """A property of a view class: how its constructor turns the argument into the archetype."""

    # The arguments of `_as_property`: the parameter's name (a literal), the archetype class, the
    # parameter, and the callable that builds the archetype from a shorthand, if there is one.
    arguments: tuple[str, ...]


@dataclass(frozen=True)
class ViewClass:
    """A view: a `View` whose constructor fixes the class identifier and takes the properties."""

    name: str
    docstring: str
    identifier: str  # a Python string literal
    init: Constructor
    passed_on: tuple[str, ...]  # the parameters handed to `View.__init__` as they are
    properties: tuple[ViewProperty, ...]


Body = ValueClass | EnumClass | Archetype | ViewClass


@dataclass(frozen=True)
class Module:
    """One generated module: a type, its Batch and its aliases."""

    path: str  # below the output directory
    header: str
    docstring: str
    imports: tuple[str, ...]  # import statements; ruff drops the unused ones
    exports: tuple[str, ...]
    extension_code: str  # module-level code of the type's extension, placed before the class
    body: Body
    type_checking_imports: tuple[str, ...] = ()  # for names only annotations use

    @property
    def name(self) -> str:
        """The module's own name in its package, e.g. `points3d`."""
        return self.path.rpartition("/")[2].removesuffix(".py")

    @property
    def class_name(self) -> str:
        return self.body.name
