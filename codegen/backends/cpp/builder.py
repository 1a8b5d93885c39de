"""Builds the C++ view model (view.py) from the neutral model: names, members, constructors,
includes and Arrow types, decided here once so that the templates only lay them out."""

from __future__ import annotations

from collections.abc import Iterable

from codegen.arrow import component_descriptor
from codegen.backends import BackendContext
from codegen.backends.cpp import types
from codegen.backends.cpp.view import (
    Archetype,
    ArchetypeField,
    Constructor,
    CppUnit,
    EnumType,
    EnumVariant,
    Factory,
    Member,
    NamedValue,
    Param,
    StructType,
    UnionType,
    UnionVariant,
    Unit,
)
from codegen.codes import Code
from codegen.diagnostics import Diagnostic
from codegen.doclinks import replace_references
from codegen.model import (
    Docs,
    DocTarget,
    FixedSizeListType,
    Kind,
    Primitive,
    PrimitiveType,
    RefType,
    Shape,
    Stability,
    State,
    TypeDef,
    referenced_fqnames,
)
from codegen.naming import snake_case

# Runtime headers, below runtime/cpp.
LOGGABLE_HEADER = "rerun/loggable.hpp"
HALF_HEADER = "rerun/half.hpp"
BATCH_HEADERS = ("rerun/component_batch.hpp", "rerun/component_descriptor.hpp")
COLUMN_HEADER = "rerun/component_column.hpp"

_NUMBERS = frozenset(
    {
        Primitive.U8,
        Primitive.U16,
        Primitive.U32,
        Primitive.U64,
        Primitive.I8,
        Primitive.I16,
        Primitive.I32,
        Primitive.I64,
        Primitive.F32,
        Primitive.F64,
    }
)
_SCALARS = frozenset({"bool", "const char*", *(types.PRIMITIVES[p] for p in _NUMBERS)})
# The `@cpp.*` options, which all build a type from its one field.
_SINGLE_FIELD_OPTIONS = ("elements", "packed_bytes", "scaled_factories")
_UNSIGNED_BITS = {Primitive.U16: 16, Primitive.U32: 32, Primitive.U64: 64}
_FLOATS = frozenset({Primitive.F32, Primitive.F64})


def generated_kinds(typedef: TypeDef) -> bool:
    """Whether the C++ backend emits the type (views are Python blueprint classes only)."""
    return typedef.kind is not Kind.VIEW


class CppViews:
    """The C++ view of every type, built on first use. `problems` collects what the `@cpp.*`
    options of the definitions get wrong (the backend's check reports them)."""

    def __init__(self, context: BackendContext) -> None:
        self.context = context
        self.model = context.model
        self.problems: list[Diagnostic] = []
        self._units: dict[str, CppUnit] = {}
        self._constructors: dict[str, tuple[tuple[Constructor, ...], tuple[Factory, ...]]] = {}

    def types(self) -> list[TypeDef]:
        return [t for t in self.model.types if generated_kinds(t)]

    def unit(self, typedef: TypeDef) -> CppUnit:
        if typedef.fqname not in self._units:
            self._units[typedef.fqname] = self._build(typedef)
        return self._units[typedef.fqname]

    def _build(self, typedef: TypeDef) -> CppUnit:
        if typedef.kind is Kind.ARCHETYPE:
            return self._archetype(typedef)
        if typedef.shape is Shape.ENUM:
            return self._enum(typedef)
        if typedef.shape is Shape.UNION:
            return self._union(typedef)
        return self._struct(typedef)

    # What every unit has -------------------------------------------------------------------------

    def _common(self, typedef: TypeDef, includes: Iterable[str], spellings: list[str]) -> Unit:
        std = {"cstddef", "memory", *types.std_headers(spellings)}
        if typedef.kind is Kind.COMPONENT:
            std.add("string_view")
        return Unit(
            fqname=typedef.fqname,
            name=typedef.name,
            namespace=types.namespace_of(typedef.namespace),
            header=types.header_path(typedef.fqname),
            comment=self.context.header(typedef.source_path, comment="//"),
            docs=doc_lines(typedef.docs, typedef.state),
            includes=tuple(sorted(set(includes))),
            std_includes=tuple(sorted(std)),
        )

    def _value_includes(self, typedef: TypeDef, spellings: list[str]) -> list[str]:
        includes = [LOGGABLE_HEADER]
        type_exprs = [f.type for f in typedef.fields] + [v.type for v in typedef.union_variants if v.type]
        for type_ in type_exprs:
            includes += [types.header_path(name) for name in referenced_fqnames(type_)]
        if any("rerun::half" in s for s in spellings):
            includes.append(HALF_HEADER)
        return includes

    def _arrow_type(self, typedef: TypeDef) -> str:
        return types.arrow_type_expression(self.context.arrow.of_type(typedef.fqname))

    @staticmethod
    def _component_type(typedef: TypeDef) -> str | None:
        return typedef.fqname if typedef.kind is Kind.COMPONENT else None

    # Structs -------------------------------------------------------------------------------------

    def _struct(self, typedef: TypeDef) -> StructType:
        members = tuple(
            Member(types.field_type(f.type, f.nullable), f.name, doc_lines(f.docs, f.state))
            for f in typedef.fields
        )
        constructors, factories = self._constructors_of(typedef)
        spellings = [m.type for m in members] + [p.type for c in constructors for p in c.params]
        spellings += [c.initializers for c in constructors]
        delegate = typedef.wrapped_datatype
        is_struct = typedef.kind is Kind.DATATYPE and not typedef.arrow_transparent
        return StructType(
            unit=self._common(typedef, self._value_includes(typedef, spellings), spellings),
            members=members,
            constructors=constructors,
            factories=factories,
            constants=self._constants(typedef),
            component_type=self._component_type(typedef),
            delegate=types.qualified(delegate) if delegate else None,
            struct_members=tuple(m.name for m in members) if is_struct else (),
            transparent_member=None if is_struct else members[0].name,
            arrow_type=self._arrow_type(typedef),
        )

    def _constructors_of(self, typedef: TypeDef) -> tuple[tuple[Constructor, ...], tuple[Factory, ...]]:
        """The value constructor, the `@cpp.*` ones, and those forwarded from the one wrapped type."""
        if typedef.fqname in self._constructors:
            return self._constructors[typedef.fqname]
        fields = typedef.fields
        params = tuple(Param(types.field_type(f.type, f.nullable), f.name) for f in fields)
        value = Constructor(
            params,
            ", ".join(f"{p.name}({_passed(p)})" for p in params),
            "From every field, in declaration order.",
        )
        constructors = [value]
        factories: list[Factory] = []
        only = fields[0] if len(fields) == 1 and not fields[0].nullable else None
        if only is None:
            for option in _SINGLE_FIELD_OPTIONS:
                if typedef.option("cpp", option) is not None:
                    self._option_problem(
                        typedef,
                        option,
                        "the type has no single non-nullable field to build",
                        "remove the attribute",
                    )
        else:
            if only.type == PrimitiveType(Primitive.STRING):
                constructors.append(
                    Constructor(
                        (Param("const char*", only.name),), f"{only.name}({only.name})", "From a C string."
                    )
                )
            constructors += self._elements(typedef, only.name)
            constructors += self._packed_bytes(typedef, only.name)
            factories += self._scaled(typedef)
            wrapped = self.model.get(only.type.fqname) if isinstance(only.type, RefType) else None
            if wrapped is not None and wrapped.shape is Shape.STRUCT:
                inner_constructors, inner_factories = self._constructors_of(wrapped)
                inner = types.qualified(wrapped.fqname)
                for constructor in inner_constructors:
                    arguments = ", ".join(_passed(p) for p in constructor.params)
                    constructors.append(
                        Constructor(
                            constructor.params,
                            f"{only.name}({inner}({arguments}))",
                            f"As `{inner}`: {constructor.doc[0].lower()}{constructor.doc[1:]}",
                        )
                    )
                for factory in inner_factories:
                    arguments = ", ".join(p.name for p in factory.params)
                    factories.append(
                        Factory(
                            factory.name,
                            factory.params,
                            f"{typedef.name}({inner}::{factory.name}({arguments}))",
                            factory.doc,
                        )
                    )
        unique: dict[tuple[str, ...], Constructor] = {}
        for constructor in constructors:
            unique.setdefault(tuple(p.type for p in constructor.params), constructor)
        result = (tuple(unique.values()), tuple(factories))
        self._constructors[typedef.fqname] = result
        return result

    def _constants(self, typedef: TypeDef) -> tuple[NamedValue, ...]:
        field_types = [f.type for f in typedef.fields]
        return tuple(
            NamedValue(
                c.name,
                f"{typedef.name}::{c.alias_of}"
                if c.alias_of is not None
                else f"{typedef.name}({types.fields_literal(self.model, field_types, c.values)})",
            )
            for c in typedef.constants
        )

    def _constants_from(self, archetype: TypeDef) -> tuple[NamedValue, ...]:
        """An archetype with only the one field set to each of the component's constants."""
        if archetype.constants_from is None:
            return ()
        field = next(f for f in archetype.fields if f.name == archetype.constants_from)
        component = self.model.get(field.component)
        value = "{{{}}}" if field.is_batch else "{}"
        return tuple(
            NamedValue(
                c.name,
                f"{archetype.name}::update_fields().with_{field.name}("
                + value.format(f"{types.qualified(component.fqname)}::{c.name}")
                + ")",
            )
            for c in component.constants
        )

    def _option_problem(self, typedef: TypeDef, option: str, message: str, hint: str) -> None:
        self.problems.append(
            Diagnostic(
                Code.CPP_OPTION, f"`@cpp.{option}` on `{typedef.fqname}`: {message}", typedef.span, hint
            )
        )

    def _elements(self, typedef: TypeDef, member: str) -> list[Constructor]:
        text = typedef.option("cpp", "elements")
        if text is None:
            return []
        names = text.split()
        field_type = typedef.fields[0].type
        if not (
            isinstance(field_type, FixedSizeListType)
            and isinstance(field_type.item, PrimitiveType)
            and field_type.item.primitive in _NUMBERS
            and not field_type.item_nullable
        ):
            self._option_problem(
                typedef,
                "elements",
                "the type's one field is not a fixed-size list of numbers",
                "remove the attribute",
            )
            return []
        if len(names) != field_type.length or not self._valid_names(typedef, "elements", names):
            if len(names) != field_type.length:
                self._option_problem(
                    typedef,
                    "elements",
                    f"{len(names)} names for {field_type.length} numbers",
                    f'give one name per number, e.g. "{" ".join("abcdefghij"[: field_type.length])}"',
                )
            return []
        number = types.PRIMITIVES[field_type.item.primitive]
        return [
            Constructor(
                tuple(Param(number, name) for name in names),
                f"{member}{{{', '.join(names)}}}",
                "From each number, in order.",
            )
        ]

    def _packed_bytes(self, typedef: TypeDef, member: str) -> list[Constructor]:
        text = typedef.option("cpp", "packed_bytes")
        if text is None:
            return []
        field_type = typedef.fields[0].type
        bits = _UNSIGNED_BITS.get(field_type.primitive) if isinstance(field_type, PrimitiveType) else None
        if bits is None or not isinstance(field_type, PrimitiveType):
            self._option_problem(
                typedef,
                "packed_bytes",
                "the type's one field is not an unsigned integer wider than a byte",
                "remove the attribute",
            )
            return []
        params: list[Param] = []
        for item in text.split():
            name, _, default = item.partition("=")
            if default and not (default.isdigit() and int(default) <= 255):
                self._option_problem(
                    typedef,
                    "packed_bytes",
                    f"the default of `{name}` is not a byte: `{default}`",
                    "use a number from 0 to 255",
                )
                return []
            params.append(Param("uint8_t", name, default or None))
        names = [p.name for p in params]
        if len(params) * 8 != bits:
            self._option_problem(
                typedef,
                "packed_bytes",
                f"{len(params)} bytes do not fill {bits} bits",
                f"give {bits // 8} names",
            )
            return []
        if not self._valid_names(typedef, "packed_bytes", names):
            return []
        defaults = [p.default is not None for p in params]
        if defaults != sorted(defaults):
            self._option_problem(
                typedef,
                "packed_bytes",
                "a byte without a default follows one with a default",
                "give defaults to the last bytes only",
            )
            return []
        width = types.PRIMITIVES[field_type.primitive]
        shifted = [f"({width}{{{name}}} << {bits - 8 * (i + 1)})" for i, name in enumerate(names)]
        return [
            Constructor(
                tuple(params),
                f"{member}(static_cast<{width}>({' | '.join(shifted)}))",
                "From its bytes, the first one the most significant.",
            )
        ]

    def _scaled(self, typedef: TypeDef) -> list[Factory]:
        text = typedef.option("cpp", "scaled_factories")
        if text is None:
            return []
        field_type = typedef.fields[0].type
        if not (isinstance(field_type, PrimitiveType) and field_type.primitive in _FLOATS):
            self._option_problem(
                typedef,
                "scaled_factories",
                "the type's one field is not a floating-point number",
                "remove the attribute",
            )
            return []
        number = types.PRIMITIVES[field_type.primitive]
        factories: list[Factory] = []
        for item in text.split():
            name, _, factor_text = item.partition("=")
            try:
                factor = float(factor_text)
            except ValueError:
                self._option_problem(
                    typedef,
                    "scaled_factories",
                    f"`{item}` is not `name=factor`",
                    'write e.g. "degrees=0.017453292519943295"',
                )
                return []
            if not self._valid_names(typedef, "scaled_factories", [name]):
                return []
            if name in {f.name for f in typedef.fields}:
                self._option_problem(
                    typedef,
                    "scaled_factories",
                    f"`{name}` is also the name of a field",
                    f"name the function differently, e.g. `from_{name}`",
                )
                return []
            # In double, then rounded once to the field's type, as the Python SDK converts.
            scaled = "value" if factor == 1.0 else f"value * {factor!r}"
            factories.append(
                Factory(
                    name,
                    (Param("double", "value"),),
                    f"{typedef.name}(static_cast<{number}>({scaled}))",
                    f"From a value in another unit: the field is the value times {factor!r}.",
                )
            )
        return factories

    def _valid_names(self, typedef: TypeDef, option: str, names: list[str]) -> bool:
        bad = next((n for n in names if not n.isidentifier() or not n.isascii() or n in types.KEYWORDS), None)
        if bad is not None:
            self._option_problem(
                typedef, option, f"`{bad}` is not a C++ name", "use identifiers that are not C++ keywords"
            )
            return False
        if len(set(names)) != len(names):
            self._option_problem(typedef, option, "a name is given twice", "give each parameter its own name")
            return False
        return True

    # Enums and unions ----------------------------------------------------------------------------

    def _enum(self, typedef: TypeDef) -> EnumType:
        assert typedef.enum_backing is not None
        backing = types.PRIMITIVES[typedef.enum_backing]
        return EnumType(
            unit=self._common(typedef, [LOGGABLE_HEADER], [backing]),
            backing=backing,
            builder=f"arrow::{typedef.enum_backing.name.replace('U', 'UInt')}Builder",
            variants=tuple(EnumVariant(v.name, v.value, doc_lines(v.docs)) for v in typedef.enum_variants),
            component_type=self._component_type(typedef),
            arrow_type=self._arrow_type(typedef),
            valid_values=", ".join(str(v.value) for v in typedef.enum_variants),
        )

    def _union(self, typedef: TypeDef) -> UnionType:
        payloads = [types.cpp_type(v.type) if v.type is not None else None for v in typedef.union_variants]
        variants = tuple(
            UnionVariant(
                name=v.name,
                factory=snake_case(v.name),
                payload=payload,
                index=index,
                type_code=v.type_code,
                implicit=payload is not None and payloads.count(payload) == 1,
                docs=doc_lines(v.docs),
            )
            for index, (v, payload) in enumerate(zip(typedef.union_variants, payloads, strict=True), start=1)
        )
        alternatives = ["std::monostate", *(p or "std::monostate" for p in payloads)]
        storage = f"std::variant<{', '.join(alternatives)}>"
        spellings = [storage, "std::move", "uint8_t"]  # `Kind` is a uint8_t
        return UnionType(
            unit=self._common(typedef, self._value_includes(typedef, spellings), spellings),
            variants=variants,
            storage=storage,
            null_markers_every_row=typedef.null_markers_every_row,
            component_type=self._component_type(typedef),
            arrow_type=self._arrow_type(typedef),
        )

    # Archetypes ----------------------------------------------------------------------------------

    def _archetype(self, typedef: TypeDef) -> Archetype:
        fields = []
        for f in typedef.fields:
            descriptor = component_descriptor(typedef, f)
            fields.append(
                ArchetypeField(
                    name=f.name,
                    component=types.qualified(f.component),
                    descriptor=(
                        f'rerun::ComponentDescriptor{{"{descriptor["archetype"]}", '
                        f'"{descriptor["component"]}", "{f.component}"}}'
                    ),
                    is_batch=f.is_batch,
                    docs=doc_lines(f.docs, f.state),
                )
            )
        has_columns = typedef.scope != "blueprint"
        includes = [*BATCH_HEADERS, *(types.header_path(f.component) for f in typedef.fields)]
        if has_columns:
            includes.append(COLUMN_HEADER)
        required = tuple(
            a for a, f in zip(fields, typedef.fields, strict=True) if typedef.parameter_required(f)
        )
        return Archetype(
            unit=self._common(typedef, includes, ["std::vector<uint32_t>", "std::optional", "std::move"]),
            fields=tuple(fields),
            required=required,
            constants=self._constants_from(typedef),
            has_columns=has_columns,
        )


def _passed(param: Param) -> str:
    """A parameter handed on: moved, unless it is a number or a pointer."""
    return param.name if param.type in _SCALARS else f"std::move({param.name})"


def doc_lines(docs: Docs, state: State | None = None) -> tuple[str, ...]:
    """Doc comment lines for C++: references as qualified names in code, and a deprecation notice."""
    texts = [
        replace_references(line, lambda r: f"`{types.qualified(r.target)}`")
        for line in docs.lines_for(DocTarget.CPP)
    ]
    if state is not None and state.stability is Stability.DEPRECATED:
        texts += ["", f"Deprecated since {state.since}: {state.notice}"]
    return tuple(f"/// {text}".rstrip() for text in texts)
