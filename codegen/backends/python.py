"""The Python backend: one module per type under python/<namespace>/, plus package `__init__` files.

Python naming (module names, class names, pyarrow expressions) is decided here; the templates in
templates/python/ only lay the code out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa

from codegen.arrow import component_descriptor
from codegen.backends import BackendContext, GeneratedFile
from codegen.model import (
    DocTarget,
    Field,
    Kind,
    ListType,
    RefType,
    Role,
    Shape,
    Type,
    TypeDef,
    referenced_fqnames,
)
from codegen.naming import snake_case

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


@dataclass(frozen=True)
class Extension:
    """A hand-written mixin for a generated class: `class XExt` in the type's extension module.

    The module is `rerun._ext.<namespace below rerun>.<snake name>`, e.g. `rerun._ext.datatypes.angle`
    for `rerun.datatypes.Angle`, found under the configured extensions directory. The mixin becomes
    the first base class; the methods it defines replace generated ones:
    - `__init__`: the constructor (the generated one is left out);
    - `native_to_pa_array_override(data, data_type)`: the Batch conversion from Python values;
    - `deferred_patch_class(cls)`: called once the class exists (to add constants).
    """

    module: str
    class_name: str
    defines: frozenset[str]


def find_extension(extensions: Path, typedef: TypeDef) -> Extension | None:
    if typedef.root != "rerun":
        return None
    relative = typedef.namespace.split(".")[1:]
    path = extensions.joinpath("_ext", *relative, f"{snake_case(typedef.name)}.py")
    if not path.is_file():
        return None
    source = path.read_text(encoding="utf-8")
    defines = frozenset(re.findall(r"^    def (\w+)\(", source, flags=re.MULTILINE))
    module = ".".join(["rerun", "_ext", *relative, snake_case(typedef.name)])
    return Extension(module, f"{typedef.name}Ext", defines)


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
            yield GeneratedFile(
                f"{module_path(namespace)}/__init__.py",
                context.render(
                    "python/package_init.py.jinja",
                    header=context.header(source),
                    namespace=namespace,
                    types=types,
                    exports=sorted(name for t in types for name in t.exports),
                ),
                source,
            )

    def _module(self, context: BackendContext, python_type: PythonType) -> str:
        typedef = python_type.typedef
        common = {
            "header": context.header(typedef.source_path),
            "t": python_type,
            "docs": _docstring_lines(typedef),
            "ext": find_extension(context.extensions, typedef),
        }
        if typedef.kind is Kind.ARCHETYPE:
            fields = [self._archetype_field(context, typedef, f) for f in typedef.fields]
            imports = sorted({f["import"] for f in fields})
            type_imports = sorted({line for f in fields for line in f["type_imports"]} - set(imports))
            return context.render(
                "python/archetype.py.jinja",
                fields=fields,
                imports=imports,
                type_imports=type_imports,
                **common,
            )
        common["aliases"] = None if _wrapped_datatype(typedef) is not None else like_aliases(typedef)
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
                    "docs": v.docs.lines_for(DocTarget.PYTHON),
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
            **self._class(context, typedef),
        )

    def _class(self, context: BackendContext, typedef: TypeDef) -> dict[str, Any]:
        """What the value class of a struct-shaped datatype or component needs."""
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
            }
        imports = {_import_of(fq)[0] for f in typedef.fields for fq in referenced_fqnames(f.type)}
        wrapped = _wrapped_datatype(typedef)
        if wrapped is not None:
            import_line, alias, name = _import_of(wrapped)
            return {
                "class_base": f"{alias}.{name}",
                "union_kinds": None,
                "class_fields": [],
                "dunders": {},
                "imports": [import_line],
            }
        class_fields = [{"name": f.name, "nullable": f.nullable} for f in typedef.fields]
        transparent = typedef.arrow_transparent or typedef.kind is Kind.COMPONENT
        dunders: dict[str, Any] = {}
        if transparent:
            value_type = context.arrow.of_type(typedef.fqname)
            scalar = value_type in _NUMPY_DTYPES
            fixed = pa.types.is_fixed_size_list(value_type) and value_type.value_type in _NUMPY_DTYPES
            if scalar or fixed:
                dunders["array"] = _NUMPY_DTYPES[value_type if scalar else value_type.value_type]
            if scalar:
                dunders["float" if pa.types.is_floating(value_type) else "int"] = True
            dunders["str"] = value_type == pa.utf8()
            dunders["bool"] = value_type == pa.bool_()
        return {
            "class_base": None,
            "union_kinds": None,
            "class_fields": class_fields,
            "dunders": dunders,
            "imports": sorted(imports),
        }

    def _archetype_field(self, context: BackendContext, archetype: TypeDef, field: Field) -> dict[str, Any]:
        import_line, alias, name = _import_of(field.component)
        component = context.model.get(field.component)
        wrapped = _wrapped_datatype(component)
        return {
            "annotation": annotation_of(component, many=field.is_batch),
            "column_annotation": annotation_of(component, many=True),
            "type_imports": [_import_of(wrapped)[0]] if wrapped else [],
            "name": field.name,
            "required": field.role is Role.REQUIRED,
            "component": component_descriptor(archetype, field.name)["component"],
            "component_type": field.component,
            "batch": f"{alias}.{name}Batch",
            "import": import_line,
            "value_size": _value_size(context.arrow.of_type(field.component)),
            "docs": field.docs.lines_for(DocTarget.PYTHON),
        }


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


def _wrapped_datatype(typedef: TypeDef) -> str | None:
    """For a component that is a datatype under another name, that datatype (its Batch, class and
    Like aliases are the datatype's); None otherwise."""
    if typedef.kind is not Kind.COMPONENT or typedef.shape is not Shape.STRUCT:
        return None
    wrapped = typedef.fields[0].type
    return wrapped.fqname if isinstance(wrapped, RefType) else None


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
    _, alias, name = _import_of(_wrapped_datatype(component) or component.fqname)
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
    elif _wrapped_datatype(typedef) is not None:
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
    wrapped = _wrapped_datatype(typedef)
    if wrapped is None:
        return BatchBase("from rerun._baseclasses import BaseBatch", "BaseBatch")
    import_line, alias, name = _import_of(wrapped)
    return BatchBase(import_line, f"{alias}.{name}Batch")


def _docstring_lines(typedef: TypeDef) -> list[str]:
    lines = [f"**{typedef.kind.value.capitalize()}**: {typedef.docs.summary}"]
    rest = typedef.docs.lines_for(DocTarget.PYTHON)[1:]
    if rest:
        lines += rest if rest[0] == "" else ["", *rest]
    if typedef.state.since:
        lines += ["", f"Deprecated since {typedef.state.since}: {typedef.state.notice}"]
    return lines
