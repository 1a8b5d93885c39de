"""The neutral model -> the Python view model (view.py), once per type.

Python naming, annotations, conversions and docstrings are decided here; the templates only lay
the result out.
"""

from __future__ import annotations

import pyarrow as pa

from codegen.arrow import component_descriptor
from codegen.backends import BackendContext
from codegen.backends.python import docstrings as doc
from codegen.backends.python.extensions import (
    FIELD_CONVERTER,
    ExtensionSource,
    extension_path,
    find_extension,
)
from codegen.backends.python.types import (
    Accepted,
    accepted,
    batch_conversion,
    class_ref,
    like_alias,
    namespace_import,
    numpy_dtype_of_single_field,
    pyarrow_expression,
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
    Constructor,
    Descriptor,
    Dunders,
    EnumClass,
    EnumVariant,
    Module,
    Parameter,
    Signature,
    ValueClass,
)
from codegen.model import Field, Kind, Role, Shape, TypeDef, referenced_fqnames
from codegen.naming import snake_case


def module_path(typedef: TypeDef) -> str:
    return "python/" + typedef.namespace.replace(".", "/") + f"/{snake_case(typedef.name)}.py"


def exports_of(typedef: TypeDef) -> tuple[str, ...]:
    """The names a type's module defines for its package."""
    name = typedef.name
    if typedef.kind is Kind.ARCHETYPE:
        return (name,)
    if typedef.wrapped_datatype is not None:
        return (name, f"{name}Batch")
    return (name, f"{name}ArrayLike", f"{name}Batch", f"{name}Like")


class PythonViews:
    """The Python view model of every type of a build; the docs backend reads it too."""

    def __init__(self, context: BackendContext) -> None:
        self.context = context
        self.model = context.model
        self.extensions = {
            t.fqname: ext for t in self.model.types if (ext := find_extension(context, t)) is not None
        }
        self.wraps_one_argument = {t.fqname for t in self.model.types if self._wraps_one_argument(t)}
        self._modules: dict[str, Module] = {}

    def module(self, fqname: str) -> Module:
        cached = self._modules.get(fqname)
        if cached is None:
            cached = self._modules[fqname] = self._build(self.model.get(fqname))
        return cached

    def modules(self) -> list[Module]:
        return [self.module(t.fqname) for t in self.model.types]

    def constructor(self, fqname: str) -> Signature:
        """The signature of a type's constructor, hand-written or generated."""
        body = self.module(fqname).body
        if isinstance(body, Archetype | ValueClass) and body.init is not None:
            return body.init.signature
        written = self.extensions[fqname].init if fqname in self.extensions else None
        if written is not None:
            return written.signature(self._field_annotations(self.model.get(fqname)))
        return Signature(())

    def hand_written_init(self, fqname: str) -> bool:
        ext = self.extensions.get(fqname)
        return ext is not None and ext.init is not None

    # -- one module ------------------------------------------------------------------------

    def _build(self, typedef: TypeDef) -> Module:
        ext = self.extensions.get(typedef.fqname)
        body: Body
        if typedef.kind is Kind.ARCHETYPE:
            body = self._archetype(typedef, ext)
        elif typedef.shape is Shape.ENUM:
            body = self._enum(typedef)
        else:
            body = self._value_class(typedef, ext)
        imports = {namespace_import(ns) for ns in self._referenced_namespaces(typedef)}
        if ext is not None:
            imports.add(f"from {ext.extension.module} import {ext.extension.class_name}")
        if typedef.visualizer:
            imports.add("from rerun.blueprint.visualizers import VisualizableArchetype")
        return Module(
            path=module_path(typedef),
            header=self._header(typedef),
            docstring=doc.literal(doc.module_docstring(typedef)),
            imports=tuple(sorted(imports)),
            type_checking_imports=(),
            exports=exports_of(typedef),
            body=body,
        )

    def _header(self, typedef: TypeDef) -> str:
        shown = self.context.display(extension_path(self.context.extensions, typedef))
        where = (
            "Its hand-written extension" if typedef.fqname in self.extensions else "A hand-written extension"
        )
        verb = "is" if typedef.fqname in self.extensions else "would live in"
        return self.context.header(typedef.source_path) + f"# {where} {verb} {shown}.\n"

    def _referenced_namespaces(self, typedef: TypeDef) -> set[str]:
        """The namespaces whose classes the module refers to at runtime (its own included)."""
        fqnames = {fq for f in typedef.fields for fq in referenced_fqnames(f.type)}
        fqnames |= {fq for v in typedef.union_variants if v.type for fq in referenced_fqnames(v.type)}
        if typedef.kind is Kind.ARCHETYPE:
            fqnames |= {w for f in typedef.fields if (w := self.model.get(f.component).wrapped_datatype)}
        return {fq.rpartition(".")[0] for fq in fqnames}

    # -- archetypes ------------------------------------------------------------------------

    def _archetype(self, archetype: TypeDef, ext: ExtensionSource | None) -> Archetype:
        extension = ext.extension if ext is not None else None
        fields = tuple(self._archetype_field(archetype, f) for f in archetype.fields)
        init_entries = {
            f.name: doc.parameter_entry(
                f.name,
                self._field_accepts(f).doc,
                doc.python_lines(f.docs),
                optional=f.role is not Role.REQUIRED,
                state=f.state,
            )
            for f in archetype.fields
        }
        init = None
        written = None
        if ext is not None and ext.init is not None:
            written = doc.literal(
                doc.hand_written_init_docstring(
                    ext.init.docstring or f"Create a new `{archetype.name}`.",
                    ext.init.signature({}).names,
                    init_entries,
                )
            )
        else:
            keyword_only = archetype.has_option("python", "keyword_only_init")
            parameters = [
                Parameter(
                    f.name,
                    self._field_accepts(f).code,
                    keyword_only=keyword_only,
                    docs=init_entries[f.name],
                )
                for f in archetype.fields
                if f.role is Role.REQUIRED
            ]
            parameters += [
                Parameter(
                    f.name,
                    self._field_accepts(f).code + " | None",
                    "None",
                    keyword_only=True,
                    docs=init_entries[f.name],
                )
                for f in archetype.fields
                if f.role is not Role.REQUIRED
            ]
            signature = Signature(tuple(parameters))
            init = Constructor(
                signature,
                doc.literal(
                    doc.function_docstring(
                        [f"Create a new `{archetype.name}`."], [p.docs for p in parameters]
                    )
                ),
            )
        clear_unset = Parameter("clear_unset", "bool", "False", keyword_only=True, docs=doc.CLEAR_UNSET)
        optional = [clear_unset, *(self._optional_parameter(f) for f in archetype.fields)]
        columns = [self._optional_parameter(f, many=True) for f in archetype.fields]
        converts_itself = extension is not None and bool(extension.converted_fields)
        bases = [extension.class_name] if extension else []
        bases.append("Archetype")
        if archetype.visualizer:
            bases.append("VisualizableArchetype")
        return Archetype(
            name=archetype.name,
            fqname=archetype.fqname,
            bases=tuple(bases),
            docstring=doc.literal(doc.type_docstring(archetype, self.context.snippets)),
            fields=fields,
            init=init,
            from_fields=Constructor(
                Signature(tuple(optional)),
                doc.literal(doc.from_fields_docstring(archetype.name, [p.docs for p in optional])),
            ),
            columns=Constructor(
                Signature(tuple(columns)),
                doc.literal(doc.columns_docstring(archetype.name, [p.docs for p in columns])),
            ),
            set_fields_docstring=doc.literal(
                "Convert and store every field."
                if converts_itself
                else "Convert and store every field (None leaves a field unset)."
            ),
            hand_written_init_docstring=written,
            extension=extension,
        )

    def _field_accepts(self, field: Field, *, many: bool | None = None) -> Accepted:
        return like_alias(self.model, field.component, many=field.is_batch if many is None else many)

    def _optional_parameter(self, field: Field, *, many: bool | None = None) -> Parameter:
        accepts = self._field_accepts(field, many=many)
        entry = doc.parameter_entry(
            field.name, accepts.doc, doc.python_lines(field.docs), optional=True, state=field.state
        )
        return Parameter(field.name, accepts.code + " | None", "None", keyword_only=True, docs=entry)

    def _archetype_field(self, archetype: TypeDef, field: Field) -> ArchetypeField:
        batch = class_ref(field.component) + "Batch"
        converter = f"{batch}._converter"
        ext = self.extensions.get(archetype.fqname)
        if ext is not None and field.name in ext.extension.converted_fields:
            converter = f"{ext.extension.class_name}.{field.name}{FIELD_CONVERTER}"
        return ArchetypeField(
            name=field.name,
            batch=batch,
            converter=converter,
            descriptor=Descriptor(
                component_descriptor(archetype, field.name)["component"], archetype.fqname, field.component
            ),
            value_size=value_size(self.context.arrow.of_type(field.component)),
        )

    def _field_annotations(self, typedef: TypeDef) -> dict[str, str]:
        """The annotation of each field's constructor parameter (for hand-written constructors)."""
        if typedef.kind is Kind.ARCHETYPE:
            return {f.name: self._field_accepts(f).code for f in typedef.fields}
        return {f.name: accepted(self.model, f.type).code for f in typedef.fields}

    # -- enums -----------------------------------------------------------------------------

    def _enum(self, typedef: TypeDef) -> EnumClass:
        variants = tuple(
            EnumVariant(
                v.name, v.value, doc.literal(doc.variant_docstring(v.docs, default=v.is_default), "    ")
            )
            for v in typedef.enum_variants
        )
        default = next(v.name for v in typedef.enum_variants if v.is_default)
        aliases = self._aliases(typedef)
        assert aliases is not None
        return EnumClass(
            name=typedef.name,
            docstring=doc.literal(doc.type_docstring(typedef, self.context.snippets)),
            default=default,
            variants=variants,
            batch=self._batch(typedef, None),
            aliases=aliases,
        )

    # -- struct and union values -----------------------------------------------------------

    def _value_class(self, typedef: TypeDef, ext: ExtensionSource | None) -> ValueClass:
        extension = ext.extension if ext is not None else None
        bases = [extension.class_name] if extension else []
        wrapped = typedef.wrapped_datatype
        mixin = ["ComponentMixin"] if typedef.kind is Kind.COMPONENT else []
        docstring = doc.literal(doc.type_docstring(typedef, self.context.snippets))
        if wrapped is not None:
            return ValueClass(
                name=typedef.name,
                bases=(*bases, class_ref(wrapped), *mixin),
                docstring=docstring,
                attributes=None,
                init=None,
                union_kinds=(),
                dunders=None,
                batch=self._batch(typedef, ext),
                aliases=None,
                hand_written_init_docstring=None,
                extension=extension,
            )
        if typedef.shape is Shape.UNION:
            kinds = tuple(snake_case(v.name) for v in typedef.union_variants)
            entries = self._union_entries(typedef)
            parameters: tuple[Parameter, ...] = (
                Parameter("inner", "Any", "None", docs=entries["inner"]),
                Parameter("kind", "str", repr(kinds[0]), docs=entries["kind"]),
            )
            attributes: tuple[Attribute, ...] = (
                Attribute("inner", "Any", "inner"),
                Attribute("kind", "str", "kind"),
            )
        else:
            kinds = ()
            entries, parameters = self._value_parameters(typedef)
            stored = [
                (f.name, stored_field(self.model, f.type, f.nullable, f.name, self.wraps_one_argument))
                for f in typedef.fields
            ]
            attributes = tuple(Attribute(name, s.annotation, s.value) for name, s in stored)
        summary = f"Create a new `{typedef.name}`."
        written = None
        init = None
        if ext is not None and ext.init is not None:
            names = ext.init.signature({}).names
            written = doc.literal(
                doc.hand_written_init_docstring(ext.init.docstring or summary, names, entries)
            )
        else:
            docs = doc.function_docstring([summary], [p.docs for p in parameters])
            init = Constructor(Signature(parameters), doc.literal(docs))
        return ValueClass(
            name=typedef.name,
            bases=(*bases, "BaseValue", *mixin),
            docstring=docstring,
            attributes=attributes,
            init=init,
            union_kinds=kinds,
            dunders=self._dunders(typedef) if typedef.shape is Shape.STRUCT else None,
            batch=self._batch(typedef, ext),
            aliases=self._aliases(typedef),
            hand_written_init_docstring=written,
            extension=extension,
        )

    def _value_parameters(self, typedef: TypeDef) -> tuple[dict[str, tuple[str, ...]], tuple[Parameter, ...]]:
        """The docs entry of each field, and the parameters of the generated constructor: the
        fields that may not be null first. The field of a one-field class accepts what the class's
        own `XLike` alias names."""
        own = [Accepted(f"{typedef.name}Like", f"{typedef.name}Like")] if len(typedef.fields) == 1 else []
        accepts = {f.name: own[0] if own else accepted(self.model, f.type) for f in typedef.fields}
        entries = {
            f.name: doc.parameter_entry(
                f.name, accepts[f.name].doc, doc.python_lines(f.docs), optional=f.nullable, state=f.state
            )
            for f in typedef.fields
        }
        ordered = [f for f in typedef.fields if not f.nullable] + [f for f in typedef.fields if f.nullable]
        parameters = tuple(
            Parameter(
                f.name,
                accepts[f.name].code + (" | None" if f.nullable else ""),
                "None" if f.nullable else None,
                docs=entries[f.name],
            )
            for f in ordered
        )
        return entries, parameters

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

    def _batch(self, typedef: TypeDef, ext: ExtensionSource | None) -> Batch:
        component = typedef.kind is Kind.COMPONENT
        wrapped = typedef.wrapped_datatype
        base = f"{class_ref(wrapped)}Batch" if wrapped is not None else "BaseBatch"
        data_type = self.context.arrow.of_type(typedef.fqname)
        conversion = None
        unsupported = None
        if wrapped is None:
            if ext is not None and ext.extension.converts_batch:
                conversion = f"{ext.extension.class_name}.native_to_pa_array_override(data, data_type)"
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

    def _wraps_one_argument(self, typedef: TypeDef) -> bool:
        """Whether a field of this type is converted to an instance of its class: a struct of one
        field or a union, whose constructor takes a first argument by position."""
        if typedef.kind is not Kind.DATATYPE or typedef.shape is Shape.ENUM:
            return False
        if typedef.shape is Shape.STRUCT and len(typedef.fields) != 1:
            return False
        ext = self.extensions.get(typedef.fqname)
        if ext is None or ext.init is None:
            return True
        parameters = ext.init.signature({}).parameters
        return bool(parameters) and not parameters[0].keyword_only
