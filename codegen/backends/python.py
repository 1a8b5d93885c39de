"""The Python backend: one module per type under python/<namespace>/, plus package `__init__` files.

Python naming (module names, class names, pyarrow expressions) is decided here; the templates in
templates/python/ only lay the code out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa

from codegen.arrow import component_descriptor
from codegen.backends import BackendContext, GeneratedFile
from codegen.doclinks import as_code
from codegen.extensions import FIELD_CONVERTER, Extension, find_extension
from codegen.model import (
    Docs,
    DocTarget,
    Example,
    Field,
    FixedSizeListType,
    Kind,
    ListType,
    Primitive,
    PrimitiveType,
    RefType,
    Role,
    Shape,
    Stability,
    State,
    Type,
    TypeDef,
    referenced_fqnames,
)
from codegen.naming import snake_case
from codegen.snippets import load as load_snippet

_PRIMITIVE_EXPRESSIONS = {
    pa.null(): "pa.null()",
    pa.bool_(): "pa.bool_()",
    pa.uint8(): "pa.uint8()",
    pa.uint16(): "pa.uint16()",
    pa.uint32(): "pa.uint32()",
    pa.uint64(): "pa.uint64()",
    pa.int8(): "pa.int8()",
    pa.int16(): "pa.int16()",
    pa.int32(): "pa.int32()",
    pa.int64(): "pa.int64()",
    pa.float16(): "pa.float16()",
    pa.float32(): "pa.float32()",
    pa.float64(): "pa.float64()",
    pa.utf8(): "pa.utf8()",
    pa.binary(): "pa.binary()",
}


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


def module_path(namespace: str) -> str:
    return "python/" + namespace.replace(".", "/")


def _keyword_only_init(archetype: TypeDef, ext: Extension | None) -> bool:
    """Whether the generated constructor takes every field by keyword (`@python.keyword_only_init`);
    raises ValueError when the extension writes the constructor itself, which the attribute cannot shape."""
    if not archetype.has_option("python", "keyword_only_init"):
        return False
    if ext is not None and "__init__" in ext.defines:
        raise ValueError(
            f"archetype `{archetype.fqname}` has @python.keyword_only_init, but `{ext.module}` defines "
            f"`{ext.class_name}.__init__`; make that constructor's parameters keyword-only instead"
        )
    return True


@dataclass(frozen=True)
class PythonType:
    """What the templates need to know about one type."""

    typedef: TypeDef
    module: str  # e.g. rerun.datatypes.vec3d
    class_name: str
    batch_name: str
    exports: tuple[str, ...]


class PythonBackend:
    name = "python"

    def generate(self, context: BackendContext) -> Iterator[GeneratedFile]:
        by_namespace: dict[str, list[PythonType]] = {}
        for typedef in context.model.types:
            python_type = _python_type(typedef)
            by_namespace.setdefault(typedef.namespace, []).append(python_type)
            yield GeneratedFile(
                f"{module_path(typedef.namespace)}/{snake_case(typedef.name)}.py",
                self._module(context, python_type),
                typedef.source_path,
            )
        for namespace, types in sorted(by_namespace.items()):
            source = f"the definitions of {namespace}"
            # `__init__.py` imports each type's module on first use (fast `import rerun`);
            # `__init__.pyi` imports them all, for type checkers.
            for suffix in ("py", "pyi"):
                yield GeneratedFile(
                    f"{module_path(namespace)}/__init__.{suffix}",
                    context.render(
                        f"python/package_init.{suffix}.jinja",
                        header=context.header(source),
                        namespace=namespace,
                        types=types,
                        exports=sorted(name for t in types for name in t.exports),
                    ),
                    source,
                )

    def _module(self, context: BackendContext, python_type: PythonType) -> str:
        typedef = python_type.typedef
        ext = find_extension(context.extensions, typedef)
        common = {
            "header": context.header(typedef.source_path),
            "t": python_type,
            "module_doc": docstring_literal(_module_docstring(typedef)),
            "class_doc": docstring_literal(_type_docstring(typedef, context.snippets)),
            "ext": ext,
        }
        if typedef.kind is Kind.ARCHETYPE:
            fields = [self._archetype_field(context, typedef, f, ext) for f in typedef.fields]
            imports = sorted({f["import"] for f in fields})
            type_imports = sorted({line for f in fields for line in f["type_imports"]} - set(imports))
            return context.render(
                "python/archetype.py.jinja",
                fields=fields,
                imports=imports,
                type_imports=type_imports,
                keyword_only_init=_keyword_only_init(typedef, ext),
                **_archetype_docstrings(typedef, fields, ext),
                **common,
            )
        common["batch_doc"] = docstring_literal(_batch_docstring(typedef))
        common["aliases"] = None if typedef.wrapped_datatype is not None else like_aliases(typedef)
        data_type = context.arrow.of_type(typedef.fqname)
        arrow_type = pyarrow_expression(data_type)
        base = _batch_base(typedef)
        # A component that wraps a datatype inherits that datatype's conversion.
        common["converter"] = _converter_call(typedef, data_type) if base.name == "BaseBatch" else None
        common["inherits"] = base.name != "BaseBatch"
        if typedef.shape is Shape.ENUM:
            variants = [
                {
                    "name": v.name,
                    "value": v.value,
                    "doc": docstring_literal(_variant_docstring(v.docs, default=v.is_default), "    "),
                    "default": v.is_default,
                }
                for v in typedef.enum_variants
            ]
            return context.render(
                "python/enum.py.jinja", arrow_type=arrow_type, variants=variants, base=base, **common
            )
        return context.render(
            "python/batch.py.jinja",
            arrow_type=arrow_type,
            base=base,
            **common,
            **self._class(context, typedef, ext),
        )

    def _class(self, context: BackendContext, typedef: TypeDef, ext: Extension | None) -> dict[str, Any]:
        """What the value class of a struct-shaped datatype or component needs."""
        summary = f"Create a new `{typedef.name}`."
        if typedef.shape is Shape.UNION:
            kinds = [snake_case(v.name) for v in typedef.union_variants]
            payloads = [v.type for v in typedef.union_variants if v.type is not None]
            imports = {_import_of(fq)[0] for t in payloads for fq in referenced_fqnames(t)}
            return {
                "class_base": None,
                "class_fields": [],
                "union_kinds": kinds,
                "dunders": {},
                "imports": sorted(imports),
                "init_doc": docstring_literal(
                    _init_docstring(summary, _union_entries(context, typedef), ext)
                ),
            }
        imports = {_import_of(fq)[0] for f in typedef.fields for fq in referenced_fqnames(f.type)}
        wrapped = typedef.wrapped_datatype
        if wrapped is not None:
            import_line, alias, name = _import_of(wrapped)
            return {
                "class_base": f"{alias}.{name}",
                "union_kinds": None,
                "class_fields": [],
                "dunders": {},
                "imports": [import_line],
                "init_doc": None,
            }
        class_fields = [{"name": f.name, "nullable": f.nullable} for f in typedef.fields]
        entries = {
            f.name: _parameter(
                f.name,
                _doc_type(f.type, context),
                _python_lines(f.docs),
                optional=f.nullable,
                state=f.state,
            )
            for f in typedef.fields
        }
        dunders: dict[str, Any] = {}
        if len(typedef.fields) == 1:
            field = typedef.fields[0]
            dunders = _single_field_dunders(field.type, context.arrow.of(field.type))
        if typedef.arrow_transparent or typedef.kind is Kind.COMPONENT:
            value_type = context.arrow.of_type(typedef.fqname)
            dunders["str"] = value_type == pa.utf8()
            dunders["bool"] = value_type == pa.bool_()
        return {
            "class_base": None,
            "union_kinds": None,
            "class_fields": class_fields,
            "dunders": dunders,
            "imports": sorted(imports),
            "init_doc": docstring_literal(_init_docstring(summary, entries, ext)),
        }

    def _archetype_field(
        self, context: BackendContext, archetype: TypeDef, field: Field, ext: Extension | None
    ) -> dict[str, Any]:
        import_line, alias, name = _import_of(field.component)
        component = context.model.get(field.component)
        wrapped = component.wrapped_datatype
        converter = f"{alias}.{name}Batch._converter"
        if ext is not None and field.name in ext.field_converters:
            converter = f"{ext.class_name}.{field.name}{FIELD_CONVERTER}"
        return {
            "converter": converter,
            "annotation": annotation_of(component, many=field.is_batch),
            "column_annotation": annotation_of(component, many=True),
            "doc_type": like_name(component, many=field.is_batch),
            "column_doc_type": like_name(component, many=True),
            "state": field.state,
            "type_imports": [_import_of(wrapped)[0]] if wrapped else [],
            "name": field.name,
            "required": field.role is Role.REQUIRED,
            "component": component_descriptor(archetype, field.name)["component"],
            "component_type": field.component,
            "batch": f"{alias}.{name}Batch",
            "import": import_line,
            "value_size": _value_size(context.arrow.of_type(field.component)),
            "docs": _python_lines(field.docs),
        }


def _single_field_dunders(field_type: Type, value_type: pa.DataType) -> dict[str, Any]:
    """The Python protocols of a struct of one field, which pass on to that field's value (of
    Arrow type `value_type`): a list has a length, numbers convert with `numpy.asarray` (the
    numpy dtype under "array"), and a single number with `int()` or `float()` (and `operator.index`)."""
    listed = isinstance(field_type, ListType | FixedSizeListType)
    numbers = value_type.value_type if listed else value_type
    dunders: dict[str, Any] = {"len": listed}
    if numbers in _NUMPY_DTYPES:
        dunders["array"] = _NUMPY_DTYPES[numbers]
        if not listed:
            dunders["float" if pa.types.is_floating(numbers) else "int"] = True
    return dunders


_NUMPY_DTYPES = {
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


def like_aliases(typedef: TypeDef) -> tuple[str, str]:
    """The `XLike` and `XArrayLike` type expressions: the class (and, for enums, its member names
    and integers), sequences of it, and the extra inputs of `@python.aliases` / `@python.array_aliases`."""
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
    return " | ".join(like), " | ".join(array_like)


def annotation_of(component: TypeDef, *, many: bool) -> str:
    """The type an archetype parameter accepts: the Like (one value) or ArrayLike alias of the
    component, or of the datatype it delegates to."""
    _, alias, name = _import_of(component.wrapped_datatype or component.fqname)
    return f"{alias}.{name}{'ArrayLike' if many else 'Like'}"


def _value_size(value_type: pa.DataType) -> int | None:
    """How many numbers one value holds, for row inference in `columns()` (None: no inference)."""
    if pa.types.is_fixed_size_list(value_type) and value_type.value_type in _NUMPY_DTYPES:
        return int(value_type.list_size)
    if value_type in _NUMPY_DTYPES or value_type in (pa.bool_(), pa.utf8()):
        return 0
    return None


def _import_of(fqname: str) -> tuple[str, str, str]:
    """(import line, module alias, type name) to refer to a generated type from another module.

    The alias is derived from the whole namespace, so a component may share its datatype's name
    (blueprint `SelectedColumns` wraps datatype `SelectedColumns`)."""
    namespace, _, name = fqname.rpartition(".")
    alias = namespace.replace(".", "_")
    return f"import {namespace} as {alias}", alias, name


def _converter_call(typedef: TypeDef, data_type: pa.DataType) -> str | None:
    """The runtime conversion for a Batch of this type, as a Python expression over `data`, or None."""
    if typedef.shape is Shape.STRUCT and pa.types.is_struct(data_type):
        children = [
            _value_converter(f.type, None) if isinstance(f.type, RefType) else "None" for f in typedef.fields
        ]
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
    return _primitive_converter(data_type, "data")


def _primitive_converter(data_type: pa.DataType, argument: str) -> str | None:
    """Conversion of plain values of a primitive, string or fixed-size numeric Arrow type."""
    if data_type in _NUMPY_DTYPES:
        return f"numeric_array({argument}, data_type, {_NUMPY_DTYPES[data_type]})"
    if data_type == pa.bool_():
        return f"bool_array({argument}, data_type)"
    if data_type == pa.utf8():
        return f"string_array({argument}, data_type)"
    if pa.types.is_fixed_size_list(data_type) and data_type.value_type in _NUMPY_DTYPES:
        dtype = _NUMPY_DTYPES[data_type.value_type]
        return f"fixed_size_numeric_array({argument}, data_type, {dtype}, {data_type.list_size})"
    return None


def _value_converter(type_: Type, data_type: pa.DataType | None) -> str:
    """A `(values, data_type) -> pa.Array` callable for values of `type_`, as a Python expression."""
    if isinstance(type_, RefType):
        _, alias, name = _import_of(type_.fqname)
        return f"{alias}.{name}Batch._native_to_pa_array"
    if data_type is not None:
        body = _primitive_converter(data_type, "values")
        if body is not None:
            return f"lambda values, data_type: {body}"
    return "plain_array"


def _python_type(typedef: TypeDef) -> PythonType:
    module = f"{typedef.namespace}.{snake_case(typedef.name)}"
    batch = f"{typedef.name}Batch"
    if typedef.kind is Kind.ARCHETYPE:
        exports: tuple[str, ...] = (typedef.name,)
    elif typedef.wrapped_datatype is not None:
        exports = (typedef.name, batch)
    else:
        exports = (typedef.name, f"{typedef.name}ArrayLike", batch, f"{typedef.name}Like")
    return PythonType(typedef, module, typedef.name, batch, exports)


@dataclass(frozen=True)
class BatchBase:
    """The class a Batch derives from: a wrapped datatype's Batch, or the runtime's BaseBatch."""

    import_line: str
    name: str


def _batch_base(typedef: TypeDef) -> BatchBase:
    wrapped = typedef.wrapped_datatype
    if wrapped is None:
        return BatchBase("from rerun._baseclasses import BaseBatch", "BaseBatch")
    import_line, alias, name = _import_of(wrapped)
    return BatchBase(import_line, f"{alias}.{name}Batch")


# Docstrings, numpy style: the backend writes their text, the templates insert them as literals.

_UNSTABLE_NOTE = [
    "This type is unstable: it may change in any release, and data logged with it may not load in",
    "later versions of the viewer.",
]

_PRIMITIVE_DOC_TYPES = {
    Primitive.BOOL: "bool",
    Primitive.STRING: "str",
    Primitive.BINARY: "bytes",
    Primitive.F16: "float",
    Primitive.F32: "float",
    Primitive.F64: "float",
}


def docstring_literal(text: str, indent: str = "") -> str:
    """`text` as a triple-quoted Python literal whose value is exactly `text`.

    Raw when that needs no escapes, so that snippet code with backslashes reads as written;
    otherwise backslashes are doubled and every quote that would end the literal is escaped. The
    closing quotes of a docstring of several lines go on a line of their own. ruff re-indents real
    docstrings; `indent` indents the lines of others (attribute docstrings) itself.
    """
    if "\n" in text:
        text = "\n".join(f"{indent}{line}" if line else "" for line in text.split("\n"))[len(indent) :]
        text += "\n" + indent
    if "\\" in text and '"""' not in text and not text.endswith(("\\", '"')):
        return f'r"""{text}"""'
    escaped = re.sub(r'"(?=""|"*\Z)', r'\\"', text.replace("\\", "\\\\"))
    return f'"""{escaped}"""'


def _section(title: str, body: list[str]) -> list[str]:
    """A numpy-style section: a blank line, the underlined title, the body."""
    return ["", title, "-" * len(title), *body]


def _parameter(
    name: str, doc_type: str, docs: list[str], *, optional: bool, state: State | None = None
) -> list[str]:
    """One entry of a `Parameters` section: `name : type[, optional]` and the indented description."""
    body = list(docs)
    if state is not None and state.stability is Stability.DEPRECATED:
        body += ["", f"Deprecated since {state.since}: {state.notice}"]
    head = f"{name} : {doc_type}{', optional' if optional else ''}"
    return [head, *(f"    {line}" if line else "" for line in body)]


def _type_docstring(typedef: TypeDef, snippets: Path) -> str:
    """A type's docstring: summary, deprecation, the Python docs, the unstable warning, examples."""
    lines = [f"**{typedef.kind.value.capitalize()}**: {as_code(typedef.docs.summary)}"]
    if typedef.state.stability is Stability.DEPRECATED:
        lines += ["", f".. deprecated:: {typedef.state.since}", f"    {typedef.state.notice}"]
    rest = _python_lines(typedef.docs)[1:]
    if rest:
        lines += rest if rest[0] == "" else ["", *rest]
    if typedef.state.stability is Stability.UNSTABLE:
        lines += _section("Warnings", _UNSTABLE_NOTE)
    examples = _examples(typedef.docs.examples, snippets)
    if examples:
        lines += _section("Examples", examples)
    return "\n".join(lines)


def _examples(examples: Iterable[Example], snippets: Path) -> list[str]:
    """Each `\\example` meant for API docs whose snippet exists: its title and its code, fenced."""
    lines: list[str] = []
    for example in examples:
        snippet = load_snippet(snippets, example.path) if example.in_api_docs else None
        if snippet is None:
            continue
        code = snippet.code.rstrip("\n")
        fence = "`" * max(3, 1 + max((len(run) for run in re.findall(r"`+", code)), default=0))
        if lines:
            lines.append("")
        if example.title:
            lines += [f"### {example.title}", ""]
        lines += [f"{fence}python", *code.splitlines(), fence]
    return lines


def _archetype_docstrings(
    archetype: TypeDef, fields: list[dict[str, Any]], ext: Extension | None
) -> dict[str, str]:
    """The docstrings of an archetype's constructor, `from_fields` and `columns`."""
    name = archetype.name

    def entries(*, columns: bool) -> list[str]:
        return [
            line
            for f in fields
            for line in _parameter(
                f["name"],
                f["column_doc_type" if columns else "doc_type"],
                f["docs"],
                optional=True,
                state=f["state"],
            )
        ]

    init_entries = {
        f["name"]: _parameter(
            f["name"], f["doc_type"], f["docs"], optional=not f["required"], state=f["state"]
        )
        for f in fields
    }
    clear_unset = _parameter(
        "clear_unset",
        "bool",
        ["Clear every field that is not given, by logging it as an empty batch."],
        optional=True,
    )
    from_fields = [
        f"Update only some fields of a `{name}`.",
        "",
        "The fields not given are left out, so they keep what was logged before, unless",
        "`clear_unset` clears them.",
        *_section("Parameters", [*clear_unset, *entries(columns=False)]),
    ]
    columns = [
        f"Columns of `{name}` fields, to send many rows at once with `rr.send_columns`.",
        "",
        "By default each value is a row of its own. For fields of numbers, strings or fixed-size",
        "vectors, input with more dimensions than one value has is cut into rows along its first",
        "axis instead: a `(10, 5, 3)` array of 3D positions gives 10 rows of 5 positions each.",
        "Call `.partition(lengths)` on the result to choose the rows: row `i` takes the next",
        "`lengths[i]` values.",
        *_section("Parameters", entries(columns=True)),
        *_section("Returns", ["ComponentColumnList", "    One column per field given, in field order."]),
    ]
    return {
        "init_doc": docstring_literal(_init_docstring(f"Create a new `{name}`.", init_entries, ext)),
        "from_fields_doc": docstring_literal("\n".join(from_fields)),
        "columns_doc": docstring_literal("\n".join(columns)),
    }


def _union_entries(context: BackendContext, union: TypeDef) -> dict[str, list[str]]:
    """`Parameters` entries of a union's constructor: the value and the variant it belongs to."""
    variants: list[str] = []
    for variant in union.union_variants:
        payload = f"with a `{_doc_type(variant.type, context)}` value" if variant.type else "without a value"
        first, *rest = _python_lines(variant.docs)
        variants += [
            f"- `{snake_case(variant.name)}`, {payload}: {first}",
            *(f"  {line}" if line else "" for line in rest),
        ]
    first_kind = snake_case(union.union_variants[0].name)
    return {
        "inner": _parameter(
            "inner",
            "Any",
            ["The value of the variant `kind` names; None for a variant without one."],
            optional=True,
        ),
        "kind": _parameter(
            "kind",
            "str",
            [f"The variant, one of the following (`{first_kind}` by default):", "", *variants],
            optional=True,
        ),
    }


def _batch_docstring(typedef: TypeDef) -> str:
    """The docstring of a Batch class, with the parameters of its constructor."""
    component = " component" if typedef.kind is Kind.COMPONENT else ""
    like = like_name(typedef, many=True)
    data = [
        "The values. An Arrow array of exactly this batch's type is taken as it is; None gives an",
        "empty batch.",
    ]
    strict = [
        "Whether input that cannot be converted raises (True) or gives an empty batch and a",
        "warning (False). None follows `rr.strict_mode()`.",
    ]
    return "\n".join(
        [
            f"A batch of `{typedef.name}`{component} values, as one Arrow array.",
            *_section(
                "Parameters",
                [
                    *_parameter("data", f"{like} | None", data, optional=False),
                    *_parameter("strict", "bool | None", strict, optional=True),
                ],
            ),
        ]
    )


def _variant_docstring(docs: Docs, *, default: bool) -> str:
    lines = _python_lines(docs)
    return "\n".join([*lines, "", "This is the default."] if default else lines)


def _python_lines(docs: Docs) -> list[str]:
    """The doc lines for Python, with references to other types as inline code."""
    return [as_code(line) for line in docs.lines_for(DocTarget.PYTHON)]


def _module_docstring(typedef: TypeDef) -> str:
    return f"{typedef.kind.value.capitalize()} `{typedef.name}`: {as_code(typedef.docs.summary)}"


def like_name(typedef: TypeDef, *, many: bool) -> str:
    """The name of the alias for what converts to one value (`XLike`) or a batch (`XArrayLike`)."""
    name = (typedef.wrapped_datatype or typedef.fqname).rpartition(".")[2]
    return f"{name}{'ArrayLike' if many else 'Like'}"


def _doc_type(model_type: Type, context: BackendContext) -> str:
    """What a constructor argument for a value of `model_type` may be, for a `Parameters` entry."""
    if isinstance(model_type, RefType):
        return like_name(context.model.get(model_type.fqname), many=False)
    if isinstance(model_type, PrimitiveType):
        return _PRIMITIVE_DOC_TYPES.get(model_type.primitive, "int")
    item = model_type.item
    if isinstance(item, RefType):
        return like_name(context.model.get(item.fqname), many=True)
    if isinstance(item, PrimitiveType) and item.primitive not in (Primitive.STRING, Primitive.BINARY):
        return "npt.ArrayLike"
    item_type = _doc_type(item, context) + (" | None" if model_type.item_nullable else "")
    return f"Sequence[{item_type}]"


def _init_docstring(summary: str, entries: dict[str, list[str]], ext: Extension | None) -> str:
    """A constructor's docstring. For a hand-written constructor: its own docstring, with a
    `Parameters` section over its own parameters in order, taking each entry from that docstring
    or else from `entries` (the generated ones, by name)."""
    if ext is None or "__init__" not in ext.defines:
        return "\n".join([summary, *_section("Parameters", [line for e in entries.values() for line in e])])
    prose, own, after = _split_parameters(ext.init_docs or summary)
    merged = [line for name in ext.init_parameters for line in own.get(name) or entries.get(name) or [name]]
    return "\n".join([*prose, *(_section("Parameters", merged) if merged else []), *after])


def _split_parameters(docstring: str) -> tuple[list[str], dict[str, list[str]], list[str]]:
    """A numpy-style docstring cut around its `Parameters` section: the lines before it, its
    entries by parameter name, and the lines after it (from the next section on)."""
    lines = docstring.splitlines()
    headings = [i for i in range(len(lines) - 1) if lines[i].strip() and set(lines[i + 1].strip()) == {"-"}]
    start = next((i for i in headings if lines[i].strip() == "Parameters"), None)
    if start is None:
        return lines, {}, []
    end = next((i for i in headings if i > start), len(lines))
    entries: dict[str, list[str]] = {}
    for line in lines[start + 2 : end]:
        if line and not line[0].isspace():
            entries[line.split(":")[0].strip()] = [line]
        elif entries:
            entries[list(entries)[-1]].append(line)
    for entry in entries.values():
        while entry[-1] == "":
            entry.pop()
    while start > 0 and lines[start - 1] == "":
        start -= 1
    return lines[:start], entries, ["", *lines[end:]] if end < len(lines) else []
