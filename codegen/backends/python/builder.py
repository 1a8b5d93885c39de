"""The neutral model -> the Python view model (view.py), once per type.

Python naming, annotations, conversions, constructor signatures and docstrings are decided here,
and the code of a type's extension module (extensions.py) is fitted in; the templates only lay the
result out.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Sequence

import pyarrow as pa

from codegen.arrow import component_descriptor
from codegen.backends import BackendContext
from codegen.backends.python import docstrings as doc
from codegen.backends.python.extensions import (
    CONVERT,
    Extension,
    extension_path,
    read_extensions,
    takes_extension,
)
from codegen.backends.python.types import (
    Accepted,
    StoredField,
    accepted,
    batch_conversion,
    class_ref,
    like_alias,
    module_alias,
    namespace_import,
    numpy_dtype_of_single_field,
    pyarrow_expression,
    python_literal,
    stored_field,
    value_size,
)
from codegen.backends.python.view import (
    Aliases,
    Archetype,
    ArchetypeField,
    Attribute,
    Batch,
    Body,
    Constant,
    Constructor,
    Descriptor,
    Dunders,
    EnumClass,
    EnumVariant,
    Module,
    Parameter,
    ShorthandCall,
    Signature,
    ValueClass,
    ViewClass,
    ViewProperty,
)
from codegen.model import (
    Field,
    FixedSizeListType,
    Kind,
    MatrixLayout,
    ParameterShape,
    Shape,
    TypeDef,
    referenced_fqnames,
    view_property_archetype,
)
from codegen.naming import snake_case

# What every module of a kind may use; ruff drops the imports a module does not need.
_COMMON_IMPORTS = ("from typing import TYPE_CHECKING, Any, ClassVar", "import pyarrow as pa")
_VALUE_IMPORTS = (
    *_COMMON_IMPORTS,
    "import numpy as np",
    "import numpy.typing as npt",
    "from rerun._baseclasses import BaseBatch, BaseValue, ComponentBatchMixin, ComponentMixin, "
    "field_as_array, reported_as",
    "from rerun._converters import bool_array, enum_array, fixed_size_numeric_array, list_array, "
    "list_of, matrix_array, matrix_values, numeric_array, numeric_values, plain_array, string_array, "
    "struct_array, union_array",
)
_ENUM_IMPORTS = (
    *_COMMON_IMPORTS,
    "from rerun._baseclasses import BaseBatch, BaseEnum, ComponentBatchMixin",
    "from rerun._converters import enum_array",
)
_VIEW_IMPORTS = (
    "from collections.abc import Iterable, Mapping",
    "from typing import TYPE_CHECKING",
    "from rerun.blueprint.api import ComponentsLike, OverrideLike, View, ViewContentsLike, _as_property, "
    "_properties",
)
_ARCHETYPE_IMPORTS = (
    *_COMMON_IMPORTS,
    "from rerun._baseclasses import Archetype, ComponentColumnList, ComponentDescriptor, FieldDescriptor, "
    "reported_as",
    "from rerun.error_utils import catch_and_log_exceptions",
)


def module_names(extension_imports: Sequence[str] = ()) -> frozenset[str]:
    """The names the import statements of generated modules bind (and those of an extension's
    imports): a parameter of the same name would hide one of them in the functions that use it."""
    statements = (*_VALUE_IMPORTS, *_ENUM_IMPORTS, *_VIEW_IMPORTS, *_ARCHETYPE_IMPORTS, *extension_imports)
    visualizer = "from rerun.blueprint.visualizers import VisualizableArchetype"
    return frozenset(name for statement in (*statements, visualizer) for name, _ in _bindings(statement))


# The parameters every view class takes before its properties, handed on to `View.__init__`.
VIEW_PARAMETERS = (
    Parameter("origin", "str", '"/"', keyword_only=True),
    Parameter("contents", "ViewContentsLike", '"$origin/**"', keyword_only=True),
    Parameter("name", "str | None", "None", keyword_only=True),
    Parameter("visible", "bool | None", "None", keyword_only=True),
    Parameter("defaults", "Iterable[ComponentsLike] | None", "None", keyword_only=True),
    Parameter("overrides", "Mapping[str, OverrideLike] | None", "None", keyword_only=True),
)

# A module alias in an annotation, as in `datatypes.Rgba32Like` (the class follows it).
_MODULE_ALIAS = re.compile(r"\b([a-z][a-z0-9_]*)\.(?=[A-Z])")


def module_path(typedef: TypeDef) -> str:
    return "python/" + typedef.namespace.replace(".", "/") + f"/{snake_case(typedef.name)}.py"


def exports_of(typedef: TypeDef) -> tuple[str, ...]:
    """The names a type's module defines for its package."""
    name = typedef.name
    if typedef.kind in (Kind.ARCHETYPE, Kind.VIEW):
        return (name,)
    if typedef.wrapped_datatype is not None:
        return (name, f"{name}Batch")
    return (name, f"{name}ArrayLike", f"{name}Batch", f"{name}Like")


class PythonViews:
    """The Python view model of every type of a build; the docs backend reads it too."""

    def __init__(self, context: BackendContext) -> None:
        self.context = context
        self.model = context.model
        self.extensions, self.problems = read_extensions(context)
        self._modules: dict[str, Module] = {}
        self._wraps: dict[str, bool] = {}

    def module(self, fqname: str) -> Module:
        cached = self._modules.get(fqname)
        if cached is None:
            cached = self._modules[fqname] = self._build(self.model.get(fqname))
        return cached

    def constructor(self, fqname: str) -> Signature:
        """The signature of a type's constructor, hand-written or generated."""
        body = self.module(fqname).body
        if isinstance(body, Archetype | ValueClass | ViewClass) and body.init is not None:
            return body.init.signature
        ext = self.extensions.get(fqname)
        if ext is not None and ext.init is not None:
            typedef = self.model.get(fqname)
            return Signature(tuple(self._annotated(typedef, p) for p in ext.init_parameters()))
        return Signature(())

    def derives_fields(self, fqname: str) -> bool:
        """Whether the constructor takes arguments that the type's extension turns into fields."""
        ext = self.extensions.get(fqname)
        return ext is not None and ext.derivation is not None

    # -- one module ------------------------------------------------------------------------

    def _build(self, typedef: TypeDef) -> Module:
        if typedef.kind is Kind.VIEW:
            return self._view_module(typedef)
        ext = self.extensions.get(typedef.fqname)
        body: Body
        imports: tuple[str, ...]
        if typedef.kind is Kind.ARCHETYPE:
            body, imports = self._archetype(typedef, ext), _ARCHETYPE_IMPORTS
        elif typedef.shape is Shape.ENUM:
            body, imports = self._enum(typedef), _ENUM_IMPORTS
        else:
            body, imports = self._value_class(typedef, ext), _VALUE_IMPORTS
        lines = [*imports, *sorted(namespace_import(ns) for ns in self._referenced_namespaces(typedef))]
        if typedef.visualizer:
            lines.append("from rerun.blueprint.visualizers import VisualizableArchetype")
        if ext is not None:
            lines += _new_imports(ext.imports, lines)
        return Module(
            path=module_path(typedef),
            header=self._header(typedef),
            docstring=doc.literal(doc.module_docstring(typedef)),
            imports=tuple(lines),
            exports=exports_of(typedef),
            extension_code=ext.module_code if ext is not None else "",
            body=body,
        )

    def _header(self, typedef: TypeDef) -> str:
        shown = self.context.display(extension_path(self.context.extensions, typedef))
        ext = self.extensions.get(typedef.fqname)
        if ext is not None:
            summary = ext.summary[:1].lower() + ext.summary[1:]
            where = f"# Its hand-written parts come from {shown}: {summary}\n"
        elif takes_extension(typedef):
            where = f"# Hand-written parts would come from {shown} (see docs/extensions.md).\n"
        else:
            where = ""
        return self.context.header(typedef.source_path) + where

    def _referenced_namespaces(self, typedef: TypeDef) -> set[str]:
        """The namespaces whose classes the module refers to at runtime (its own included)."""
        fqnames = {fq for f in typedef.fields for fq in referenced_fqnames(f.type)}
        fqnames |= {fq for v in typedef.union_variants if v.type for fq in referenced_fqnames(v.type)}
        if typedef.kind is Kind.ARCHETYPE:
            fqnames |= {w for f in typedef.fields if (w := self.model.get(f.component).wrapped_datatype)}
        return {fq.rpartition(".")[0] for fq in fqnames}

    def _extension_code(self, typedef: TypeDef, ext: Extension | None, init_docstring: str | None) -> str:
        """The members an extension adds to the class, ready to be placed in its body."""
        if ext is None:
            return ""
        return ext.class_code(init_docstring, typedef.option("python", "constructor_qualname"))

    # -- constructors ----------------------------------------------------------------------

    def _constructor(
        self,
        typedef: TypeDef,
        accepts: dict[str, Accepted],
        ext: Extension | None,
    ) -> tuple[Constructor, dict[str, str]]:
        """The generated constructor of a struct, and for each field the expression of its value
        (an argument, or what the extension's `_derive_fields` returned for it)."""
        entries = self._entries(typedef, accepts)
        parameters = list(self._parameters(typedef, accepts, entries))
        values = {f.name: f.parameter_name for f in typedef.fields}
        derivation = ext.derivation if ext is not None else None
        summary = [f"Create a new `{typedef.name}`."]
        prelude = guarded_prelude = None
        if derivation is not None:
            derived = set(derivation.fields)
            names = {p.name for p in derivation.parameters}
            involved = [
                f.parameter_name for f in typedef.fields if f.name in derived or f.parameter_name in names
            ]
            kept = [p for p in parameters if p.name not in involved]
            order = [p.name for p in parameters]
            first = min((order.index(n) for n in involved if n in order), default=len(kept))
            at = len([p for p in parameters[:first] if p.name not in involved])
            own = [
                self._derived_parameter(typedef, p, entries, derivation.entries)
                for p in derivation.parameters
            ]
            parameters = [
                *(_keyword_only(p) for p in kept[:at]),
                *own,
                *(_keyword_only(p) for p in kept[at:]),
            ]
            call = f"self.{derivation.method}(" + ", ".join(f"{p.name}={p.name}" for p in own) + ")"
            if derivation.summary:
                summary = list(derivation.summary)
            if typedef.kind is Kind.ARCHETYPE and derivation.guarded:
                guarded_prelude = f"derived = {call}"
            else:
                prelude = f"derived = {call}"
            for name in derivation.fields:  # by name, not `**derived`: a plain call is much faster
                values[name] = f'derived["{name}"]'
        signature = Signature(tuple(parameters))
        constructor = Constructor(
            signature,
            doc.literal(doc.function_docstring(summary, [p.docs for p in parameters])),
            passthrough=tuple((f, v) for f, v in values.items()) if typedef.kind is Kind.ARCHETYPE else (),
            qualname=typedef.option("python", "constructor_qualname"),
            prelude=prelude,
            guarded_prelude=guarded_prelude,
        )
        return constructor, values

    def _derived_parameter(
        self,
        typedef: TypeDef,
        parameter: Parameter,
        entries: dict[str, tuple[str, ...]],
        own: dict[str, tuple[str, ...]],
    ) -> Parameter:
        """A parameter of `_derive_fields` as a constructor parameter: annotated (and documented)
        as written there, or else as the field of that name."""
        typed = self._annotated(typedef, parameter)
        docs = own.get(parameter.name) or entries.get(parameter.name) or (parameter.name,)
        return Parameter(typed.name, typed.annotation, typed.default, typed.keyword_only, tuple(docs))

    def _annotated(self, typedef: TypeDef, parameter: Parameter) -> Parameter:
        """A hand-written parameter, with the field's annotation where it is left out (or `Any`)."""
        if parameter.annotation:
            return parameter
        field = next((f for f in typedef.fields if f.parameter_name == parameter.name), None)
        if field is None:
            return Parameter(parameter.name, "Any", parameter.default, parameter.keyword_only)
        annotation = self._accepts(typedef, field).code
        if parameter.default == "None":
            annotation += " | None"
        return Parameter(parameter.name, annotation, parameter.default, parameter.keyword_only)

    def _accepts(self, typedef: TypeDef, field: Field) -> Accepted:
        if typedef.kind is Kind.ARCHETYPE:
            return self._field_accepts(field)
        return accepted(self.model, field.type)

    def _entries(self, typedef: TypeDef, accepts: dict[str, Accepted]) -> dict[str, tuple[str, ...]]:
        """The `Parameters` entry of each field's constructor parameter, by parameter name."""
        return {
            f.parameter_name: doc.parameter_entry(
                f.parameter_name,
                accepts[f.name].doc,
                doc.python_lines(f.docs),
                optional=not typedef.parameter_required(f),
                state=f.state,
            )
            for f in typedef.fields
        }

    def _parameters(
        self, typedef: TypeDef, accepts: dict[str, Accepted], entries: dict[str, tuple[str, ...]]
    ) -> tuple[Parameter, ...]:
        """The generated constructor's parameters, in `TypeDef.constructor_fields` order, the first
        `positional_count` of them positional."""
        parameters = []
        for index, field in enumerate(typedef.constructor_fields()):
            annotation = accepts[field.name].code
            default = None
            if field.param.default is not None:
                default = python_literal(self.model, field.type, field.param.default)
            if not typedef.parameter_required(field) and default is None:
                default = "None"
            if (typedef.kind is Kind.ARCHETYPE and not typedef.parameter_required(field)) or field.nullable:
                annotation += " | None"
            parameters.append(
                Parameter(
                    field.parameter_name,
                    annotation,
                    default,
                    keyword_only=index >= typedef.positional_count,
                    docs=entries[field.parameter_name],
                )
            )
        return tuple(parameters)

    # -- archetypes ------------------------------------------------------------------------

    def _archetype(self, archetype: TypeDef, ext: Extension | None) -> Archetype:
        accepts = {f.name: self._field_accepts(f) for f in archetype.fields}
        init, _ = self._constructor(archetype, accepts, ext)
        clear_unset = Parameter("clear_unset", "bool", "False", keyword_only=True, docs=doc.CLEAR_UNSET)
        optional = [clear_unset, *(self._optional_parameter(f) for f in archetype.fields)]
        columns = [self._optional_parameter(f, many=True) for f in archetype.fields]
        converts_itself = ext is not None and bool(ext.converted_fields)
        bases = ["Archetype", *(["VisualizableArchetype"] if archetype.visualizer else [])]
        return Archetype(
            name=archetype.name,
            fqname=archetype.fqname,
            bases=tuple(bases),
            docstring=doc.literal(doc.type_docstring(archetype, self.context.snippets)),
            fields=tuple(self._archetype_field(archetype, f, ext) for f in archetype.fields),
            init=init,
            from_fields=Constructor(
                Signature(tuple(optional)),
                doc.literal(doc.from_fields_docstring(archetype.name, [p.docs for p in optional])),
            ),
            columns=Constructor(
                Signature(tuple(columns)),
                doc.literal(doc.columns_docstring(archetype.name, [p.docs for p in columns])),
            ),
            constants=self._constants_from(archetype),
            set_fields_docstring=doc.literal(
                "Convert and store every field."
                if converts_itself
                else "Convert and store every field (None leaves a field unset)."
            ),
            extension_code=self._extension_code(archetype, ext, None),
        )

    def _field_accepts(self, field: Field, *, many: bool | None = None) -> Accepted:
        return like_alias(self.model, field.component, many=field.is_batch if many is None else many)

    def _optional_parameter(self, field: Field, *, many: bool | None = None) -> Parameter:
        accepts = self._field_accepts(field, many=many)
        entry = doc.parameter_entry(
            field.name, accepts.doc, doc.python_lines(field.docs), optional=True, state=field.state
        )
        return Parameter(field.name, accepts.code + " | None", "None", keyword_only=True, docs=entry)

    def _archetype_field(self, archetype: TypeDef, field: Field, ext: Extension | None) -> ArchetypeField:
        batch = class_ref(field.component) + "Batch"
        # None leaves a field unset, without a call; a hand-written conversion sees None too.
        conversion = f"None if {field.name} is None else {batch}._converter({field.name})"
        if ext is not None and field.name in ext.converted_fields:
            conversion = f"self.{CONVERT}{field.name}({field.name})"
        descriptor = component_descriptor(archetype, field)
        return ArchetypeField(
            name=field.name,
            batch=batch,
            conversion=conversion,
            descriptor=Descriptor(
                descriptor["component"],
                "NAME" if field.inherited_from is None else f'"{descriptor["archetype"]}"',
                field.component,
            ),
            value_size=value_size(self.context.arrow.of_type(field.component)),
        )

    def _constants_from(self, archetype: TypeDef) -> tuple[Constant, ...]:
        if archetype.constants_from is None:
            return ()
        field = next(f for f in archetype.fields if f.name == archetype.constants_from)
        component = self.model.get(field.component)
        cls = class_ref(component.fqname)
        return tuple(Constant(c.name, cls, f"{cls}.{c.name}") for c in component.constants)

    # -- views -----------------------------------------------------------------------------

    def shorthand_parameter(self, field: Field) -> Parameter | None:
        """The parameter of the archetype's constructor that a view property's shorthand is given
        as: the one named by `@param.shorthand(name)`, or else the first positional one."""
        if field.shorthand is None:
            return None
        archetype = view_property_archetype(field)
        parameters = self.constructor(archetype).parameters
        if field.shorthand.parameter is None:
            return next((p for p in parameters if not p.keyword_only), None)
        wanted = self.shorthand_keyword(field)
        return next((p for p in parameters if p.name == wanted), None)

    def shorthand_keyword(self, field: Field) -> str | None:
        """The keyword a view property's shorthand is passed as: the parameter of the archetype's
        field that `@param.shorthand` names (`@param.name` may have renamed it); None: by position."""
        if field.shorthand is None or field.shorthand.parameter is None:
            return None
        archetype = self.model.get(view_property_archetype(field))
        named = next((f for f in archetype.fields if f.name == field.shorthand.parameter), None)
        return named.parameter_name if named is not None else field.shorthand.parameter

    def shorthand_call(self, field: Field) -> ShorthandCall | None:
        """What a view property's shorthand accepts and the call it stands for; None without one."""
        parameter = self.shorthand_parameter(field)
        if parameter is None or field.shorthand is None:
            return None
        archetype = class_ref(view_property_archetype(field))
        keyword = self.shorthand_keyword(field)
        call = f"{archetype}(value)" if keyword is None else f"{archetype}({keyword}=value)"
        return ShorthandCall(parameter.annotation.removesuffix(" | None"), call, _MODULE_ALIAS.sub("", call))

    def _view_module(self, view: TypeDef) -> Module:
        properties = [self._view_property(f) for f in view.fields]
        parameters = [parameter for parameter, _ in properties]
        aliases = {module_alias(ns): ns for ns in self.model.namespaces}
        runtime = self._referenced_namespaces(view)
        named = {aliases[a] for p in parameters for a in _MODULE_ALIAS.findall(p.annotation) if a in aliases}
        init = Constructor(
            Signature((*VIEW_PARAMETERS, *parameters)),
            doc.literal(
                doc.function_docstring(
                    [f"Create a `{view.name}`; `View` documents the arguments that every view takes."],
                    [p.docs for p in parameters],
                )
            ),
        )
        return Module(
            path=module_path(view),
            header=self.context.header(view.source_path),
            docstring=doc.literal(doc.module_docstring(view)),
            imports=(*_VIEW_IMPORTS, *sorted(namespace_import(ns) for ns in runtime)),
            type_checking_imports=tuple(sorted(namespace_import(ns) for ns in named - runtime)),
            exports=exports_of(view),
            extension_code="",
            body=ViewClass(
                name=view.name,
                docstring=doc.literal(doc.type_docstring(view, self.context.snippets)),
                identifier=repr(view.view_identifier),
                init=init,
                passed_on=tuple(p.name for p in VIEW_PARAMETERS),
                properties=tuple(p for _, p in properties),
            ),
        )

    def _view_property(self, field: Field) -> tuple[Parameter, ViewProperty]:
        """The constructor parameter of a view property (the archetype, or its shorthand), and how
        it becomes the archetype."""
        archetype = class_ref(view_property_archetype(field))
        accepts = [archetype]
        arguments = [repr(field.name), archetype, field.name]
        lines = doc.python_lines(field.docs)
        shorthand = self.shorthand_call(field)
        if shorthand is not None:
            accepts.append(shorthand.accepts)
            positional = field.shorthand is not None and field.shorthand.parameter is None
            arguments.append(archetype if positional else f"lambda value: {shorthand.call}")
            lines += ["", f"A value on its own stands for `{shorthand.shown}`."]
        shown = " | ".join(_MODULE_ALIAS.sub("", a) for a in accepts)
        entry = doc.parameter_entry(field.name, shown, lines, optional=True, state=field.state)
        parameter = Parameter(
            field.name, " | ".join([*accepts, "None"]), "None", keyword_only=True, docs=entry
        )
        return parameter, ViewProperty(tuple(arguments))

    # -- enums -----------------------------------------------------------------------------

    def _enum(self, typedef: TypeDef) -> EnumClass:
        variants = tuple(
            EnumVariant(
                v.name, v.value, doc.literal(doc.variant_docstring(v.docs, default=v.is_default), "    ")
            )
            for v in typedef.enum_variants
        )
        aliases = self._aliases(typedef)
        assert aliases is not None
        return EnumClass(
            name=typedef.name,
            docstring=doc.literal(doc.type_docstring(typedef, self.context.snippets)),
            default=next(v.name for v in typedef.enum_variants if v.is_default),
            variants=variants,
            batch=self._batch(typedef, None),
            aliases=aliases,
        )

    # -- struct and union values -----------------------------------------------------------

    def _value_class(self, typedef: TypeDef, ext: Extension | None) -> ValueClass:
        mixin = ["ComponentMixin"] if typedef.kind is Kind.COMPONENT else []
        wrapped = typedef.wrapped_datatype
        written = ext is not None and ext.init is not None
        init: Constructor | None = None
        attributes: tuple[Attribute, ...] | None = None
        entries: dict[str, tuple[str, ...]] = {}
        kinds: tuple[str, ...] = ()
        if wrapped is not None:
            bases = (class_ref(wrapped), *mixin)
            init = None if written else self._delegating_init(typedef)
        elif typedef.shape is Shape.UNION:
            bases = ("BaseValue", *mixin)
            kinds = tuple(snake_case(v.name) for v in typedef.union_variants)
            entries = self._union_entries(typedef)
            parameters = (
                Parameter("inner", "Any", "None", docs=entries["inner"]),
                Parameter("kind", "str", repr(kinds[0]), docs=entries["kind"]),
            )
            attributes = (Attribute("inner", "Any", "inner"), Attribute("kind", "str", "kind"))
            docs = doc.function_docstring([f"Create a new `{typedef.name}`."], [p.docs for p in parameters])
            init = Constructor(Signature(parameters), doc.literal(docs))
        elif typedef.matrix_layout is not None:
            bases = ("BaseValue", *mixin)
            init, attributes = self._matrix(typedef)
        else:
            bases = ("BaseValue", *mixin)
            accepts = self._value_accepts(typedef)
            entries = self._entries(typedef, accepts)
            init, values = self._constructor(typedef, accepts, ext)
            stored = [(f.name, self._stored(f, values[f.name])) for f in typedef.fields]
            attributes = tuple(Attribute(name, s.annotation, s.value) for name, s in stored)
        init_docstring = None
        if written:
            assert ext is not None
            init = None
            names = [p.name for p in ext.init_parameters()]
            summary = ext.init_docstring or f"Create a new `{typedef.name}`."
            init_docstring = doc.literal(doc.hand_written_init_docstring(summary, names, entries))
        return ValueClass(
            name=typedef.name,
            bases=bases,
            docstring=doc.literal(doc.type_docstring(typedef, self.context.snippets)),
            attributes=attributes,
            init=init,
            union_kinds=kinds if init is not None else (),
            dunders=self._dunders(typedef) if wrapped is None and typedef.shape is Shape.STRUCT else None,
            batch=self._batch(typedef, ext),
            aliases=self._aliases(typedef),
            constants=self._constants(typedef),
            extension_code=self._extension_code(typedef, ext, init_docstring),
        )

    def _value_accepts(self, typedef: TypeDef) -> dict[str, Accepted]:
        """What each field's parameter accepts. The field of a one-field class accepts what the
        class's own `XLike` alias names; a wrapping component's, what its datatype's does."""
        if typedef.wrapped_datatype is not None:
            return {typedef.fields[0].name: like_alias(self.model, typedef.fqname, many=False)}
        if len(typedef.fields) == 1:
            return {typedef.fields[0].name: Accepted(f"{typedef.name}Like", f"{typedef.name}Like")}
        return {f.name: accepted(self.model, f.type) for f in typedef.fields}

    def _delegating_init(self, component: TypeDef) -> Constructor | None:
        """The constructor of a component that wraps a datatype, when the component shapes it
        differently from the datatype (`@param.*`, `@constructor.*`, a reported name); None when it
        simply inherits the datatype's."""
        field = component.fields[0]
        qualname = component.option("python", "constructor_qualname")
        if field.param == ParameterShape() and component.positional is None and qualname is None:
            return None
        init, _ = self._constructor(component, self._value_accepts(component), None)
        return Constructor(
            init.signature,
            init.docstring,
            qualname=qualname,
            delegate=f"super().__init__({field.parameter_name})",
        )

    def _matrix(self, typedef: TypeDef) -> tuple[Constructor, tuple[Attribute, ...]]:
        """A square matrix (`@matrix_layout`): built from its rows, as written, or its columns."""
        field = typedef.fields[0]
        assert isinstance(field.type, FixedSizeListType)
        size = typedef.matrix_size
        like = f"{typedef.name}Like"
        rows = doc.parameter_entry(
            "rows",
            like,
            [
                f"The matrix as written: {size} rows of {size} numbers, or {size * size} numbers "
                "row after row."
            ],
            optional=True,
        )
        columns = doc.parameter_entry(
            "columns",
            like,
            ["The matrix column by column instead; give either `rows` or `columns`."],
            optional=True,
        )
        parameters = (
            Parameter("rows", f"{like} | None", "None", docs=rows),
            Parameter("columns", f"{like} | None", "None", keyword_only=True, docs=columns),
        )
        column_major = typedef.matrix_layout is MatrixLayout.COLUMN_MAJOR
        value = f"matrix_values({typedef.name}, rows, columns, {size}, column_major={column_major})"
        docs = doc.function_docstring([f"Create a new `{typedef.name}`."], [rows, columns])
        init = Constructor(
            Signature(parameters),
            doc.literal(docs),
            qualname=typedef.option("python", "constructor_qualname"),
        )
        return init, (Attribute(field.name, self._stored(field, "rows").annotation, value),)

    def _stored(self, field: Field, argument: str) -> StoredField:
        return stored_field(self.model, field.type, field.nullable, argument, self._wraps_one_argument)

    def _constants(self, typedef: TypeDef) -> tuple[Constant, ...]:
        """The `@constant`s of a value class, built from their field values. A component that
        wraps a datatype stores its value in the datatype's fields."""
        stored = typedef
        if typedef.wrapped_datatype is not None:
            stored = self.model.get(typedef.wrapped_datatype)
        constants = []
        for constant in typedef.constants:
            if constant.alias_of is not None:
                constants.append(Constant(constant.name, typedef.name, f"{typedef.name}.{constant.alias_of}"))
                continue
            values = constant.values[: len(stored.fields)]
            arguments = ", ".join(
                f"{f.name}={self._stored(f, python_literal(self.model, f.type, v)).value}"
                for f, v in zip(stored.fields, values, strict=True)
            )
            constants.append(
                Constant(constant.name, typedef.name, f"{typedef.name}._from_fields({arguments})")
            )
        return tuple(constants)

    def _dunders(self, typedef: TypeDef) -> Dunders | None:
        if len(typedef.fields) != 1:
            return None
        field = typedef.fields[0]
        listed, dtype = numpy_dtype_of_single_field(field.type, self.context.arrow.of(field.type))
        scalar_value = typedef.arrow_transparent or typedef.kind is Kind.COMPONENT
        value_type = self.context.arrow.of_type(typedef.fqname)
        return Dunders(
            field=field.name,
            array_dtype=dtype,
            length=listed,
            to_float=dtype is not None and not listed and "float" in dtype,
            to_int=dtype is not None and not listed and "float" not in dtype,
            to_str=scalar_value and value_type == pa.utf8(),
            to_bool=scalar_value and value_type == pa.bool_(),
        )

    def _union_entries(self, union: TypeDef) -> dict[str, tuple[str, ...]]:
        """`Parameters` entries of a union's constructor: the value and the variant it belongs to."""
        variants: list[str] = []
        for variant in union.union_variants:
            payload = (
                f"with a `{accepted(self.model, variant.type).doc}` value"
                if variant.type
                else "without a value"
            )
            first, *rest = doc.python_lines(variant.docs)
            variants += [
                f"- `{snake_case(variant.name)}`, {payload}: {first}",
                *(f"  {line}" if line else "" for line in rest),
            ]
        first_kind = snake_case(union.union_variants[0].name)
        return {
            "inner": doc.parameter_entry(
                "inner",
                "Any",
                ["The value of the variant `kind` names; None for a variant without one."],
                optional=True,
            ),
            "kind": doc.parameter_entry(
                "kind",
                "str",
                [f"The variant, one of the following (`{first_kind}` by default):", "", *variants],
                optional=True,
            ),
        }

    def _batch(self, typedef: TypeDef, ext: Extension | None) -> Batch:
        component = typedef.kind is Kind.COMPONENT
        wrapped = typedef.wrapped_datatype
        base = f"{class_ref(wrapped)}Batch" if wrapped is not None else "BaseBatch"
        data_type = self.context.arrow.of_type(typedef.fqname)
        conversion = None
        unsupported = None
        reason = typedef.option("python", "no_native_conversion")
        if reason is not None:
            unsupported = f"Arrow serialization of {typedef.name} not implemented: {reason}"
        elif wrapped is None and not (ext is not None and ext.converts_batch):
            if typedef.matrix_layout is not None:
                size = typedef.matrix_size
                column_major = typedef.matrix_layout is MatrixLayout.COLUMN_MAJOR
                conversion = f"matrix_array(data, data_type, {size}, column_major={column_major})"
            else:
                conversion = batch_conversion(typedef, data_type)
            if conversion is None:
                unsupported = f"Arrow serialization of {typedef.name} from Python values is not generated yet"
        kind = " component" if component else ""
        return Batch(
            name=f"{typedef.name}Batch",
            bases=(base, "ComponentBatchMixin") if component else (base,),
            docstring=doc.literal(
                f"A batch of `{typedef.name}`{kind} values, as one Arrow array (see `BaseBatch`)."
            ),
            arrow_type=pyarrow_expression(data_type),
            component_type=typedef.fqname if component else None,
            conversion=conversion,
            unsupported=unsupported,
            extension_code=ext.batch_code() if ext is not None else "",
        )

    def _aliases(self, typedef: TypeDef) -> Aliases | None:
        """The `XLike` and `XArrayLike` type expressions: the class (and, for enums, its member
        names and integers), sequences of it, and the extra inputs of `@python.aliases` and
        `@python.array_aliases`."""
        if typedef.wrapped_datatype is not None:
            return None
        name = typedef.name
        like = [name]
        if typedef.shape is Shape.ENUM:
            variants = [v.name for v in typedef.enum_variants]
            names = sorted(set(variants) | {v.lower() for v in variants})
            like += ["Literal[" + ", ".join(repr(n) for n in names) + "]", "int"]
        if typedef.option("python", "aliases"):
            like.append(str(typedef.option("python", "aliases")))
        array_like = [name, f"Sequence[{name}Like]"]
        if typedef.option("python", "array_aliases"):
            array_like.append(str(typedef.option("python", "array_aliases")))
        return Aliases(" | ".join(like), " | ".join(array_like))

    def _wraps_one_argument(self, fqname: str) -> bool:
        """Whether a field of this type is converted to an instance of its class: a datatype of
        one field or a union, whose constructor takes a first argument by position."""
        if fqname not in self._wraps:
            typedef = self.model.get(fqname)
            single = typedef.shape is Shape.UNION or (
                typedef.shape is Shape.STRUCT and len(typedef.fields) == 1
            )
            self._wraps[fqname] = False
            if typedef.kind is Kind.DATATYPE and single:
                parameters = self.constructor(fqname).parameters
                self._wraps[fqname] = bool(parameters) and not parameters[0].keyword_only
        return self._wraps[fqname]


def _keyword_only(parameter: Parameter) -> Parameter:
    return Parameter(parameter.name, parameter.annotation, parameter.default, True, parameter.docs)


def _new_imports(extension: Sequence[str], generated: Sequence[str]) -> list[str]:
    """The import statements of an extension, without the names the generated module already
    binds (to the same module or object)."""
    bound = {name: target for statement in generated for name, target in _bindings(statement)}
    statements = []
    for statement in extension:
        bindings = _bindings(statement)
        kept = [(name, target) for name, target in bindings if bound.get(name) != target]
        if len(kept) == len(bindings):
            statements.append(statement)
        else:
            statements += [_import(name, target) for name, target in kept]
        bound.update(kept)
    return statements


@functools.cache  # the generated modules of a kind share their import statements
def _bindings(statement: str) -> tuple[tuple[str, str], ...]:
    """The names an import statement binds, with the dotted name each stands for."""
    bindings = []
    for node in ast.parse(statement).body:
        if isinstance(node, ast.Import):
            for alias in node.names:
                bindings.append(
                    (
                        alias.asname or alias.name.split(".")[0],
                        alias.name if alias.asname else alias.name.split(".")[0],
                    )
                )
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                bindings.append((alias.asname or alias.name, f"{node.module}.{alias.name}"))
    return tuple(bindings)


def _import(name: str, target: str) -> str:
    module, _, attribute = target.rpartition(".")
    return f"from {module} import {attribute}" + (f" as {name}" if name != attribute else "")
