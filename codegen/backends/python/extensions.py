"""Extension modules: the hand-written mixins that generated classes pick up.

A type's extension is `class XExt` in `<extensions>/_ext/<namespace below its root>/<snake name>.py`
(module `rerun._ext.datatypes.angle` for `rerun.datatypes.Angle`). It is read here as source,
never imported. The mixin becomes the first base class; the methods it defines replace generated
ones:
- `__init__`: the constructor (the generated one is left out). Its docstring gets a generated
  `Parameters` entry for each of its parameters that is a field; the docstring's own `Parameters`
  section documents the others (and wins where both have an entry);
- `native_to_pa_array_override(data, data_type)`: the Batch conversion from Python values;
- `<field>__field_converter_override(data)`, archetypes only: a static method that turns what the
  caller gave for `<field>` (None included) into the field's Batch (or None);
- `deferred_patch_class(cls)`: called once the class exists (to add constants).
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from codegen.backends import BackendContext
from codegen.backends.python.view import Extension, Parameter, Signature
from codegen.diagnostics import Span
from codegen.model import Kind, TypeDef
from codegen.naming import snake_case

FIELD_CONVERTER = "__field_converter_override"


class ExtensionError(ValueError):
    """An extension module that breaks the contract above, with where and what to do."""

    def __init__(self, message: str, span: Span | None = None, hint: str | None = None) -> None:
        super().__init__(message)
        self.span = span
        self.hint = hint


@dataclass(frozen=True)
class HandWrittenInit:
    """A constructor written in an extension: its parameters as written, and its docstring."""

    arguments: ast.arguments
    docstring: str

    def signature(self, annotations: Mapping[str, str]) -> Signature:
        """The constructor's parameters, `self` left out. A parameter written without an
        annotation, or as `Any`, takes the one in `annotations` (by name) if there is one, with
        `| None` when it defaults to None."""
        args = self.arguments
        positional = [*args.posonlyargs, *args.args][1:]
        defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults)) + list(
            args.defaults
        )
        parameters = [_parameter(a, d, annotations, False) for a, d in zip(positional, defaults, strict=True)]
        parameters += [
            _parameter(a, d, annotations, True)
            for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True)
        ]
        return Signature(tuple(parameters))


def _parameter(
    arg: ast.arg, default: ast.expr | None, annotations: Mapping[str, str], keyword: bool
) -> Parameter:
    written = ast.unparse(arg.annotation) if arg.annotation is not None else None
    annotation = written
    if arg.arg in annotations and written in (None, "Any"):
        annotation = annotations[arg.arg]
        if isinstance(default, ast.Constant) and default.value is None:
            annotation += " | None"
    return Parameter(
        arg.arg, annotation or "Any", None if default is None else ast.unparse(default), keyword_only=keyword
    )


@dataclass(frozen=True)
class ExtensionSource:
    """What the Python backend learns from an extension module."""

    extension: Extension
    init: HandWrittenInit | None


def extension_path(extensions: Path, typedef: TypeDef) -> Path:
    """Where the extension of a type lives (or would live)."""
    relative = typedef.namespace.split(".")[1:]
    return extensions.joinpath("_ext", *relative, f"{snake_case(typedef.name)}.py")


def find_extension(context: BackendContext, typedef: TypeDef) -> ExtensionSource | None:
    """The extension of a `rerun` type, if its module exists; ExtensionError if it is malformed."""
    if typedef.root != "rerun":
        return None
    path = extension_path(context.extensions, typedef)
    if not path.is_file():
        return None
    class_name = f"{typedef.name}Ext"
    shown = context.display(path)
    try:
        module = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    except SyntaxError as error:
        line, column = error.lineno or 1, error.offset or 1
        raise ExtensionError(
            f"extension module {shown} is not valid Python: {error.msg}",
            Span(shown, line, column, line, column + 1),
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ExtensionError(f"cannot read extension module {shown}: {error}") from None
    mixin = next((n for n in module.body if isinstance(n, ast.ClassDef) and n.name == class_name), None)
    if mixin is None:
        raise ExtensionError(
            f"extension module {shown} does not define `class {class_name}`",
            Span(shown, 1, 1, 1, 2),
            f"the extension of `{typedef.fqname}` is the class `{class_name}`",
        )
    methods = {n.name: n for n in mixin.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}
    init = methods.get("__init__")
    relative = typedef.namespace.split(".")[1:]
    extension = Extension(
        module=".".join(["rerun", "_ext", *relative, snake_case(typedef.name)]),
        class_name=class_name,
        path=shown,
        writes_init=isinstance(init, ast.FunctionDef),
        converts_batch="native_to_pa_array_override" in methods,
        patches_class="deferred_patch_class" in methods,
        converted_fields=_field_converters(typedef, shown, methods),
    )
    written = None
    if isinstance(init, ast.FunctionDef):
        written = HandWrittenInit(init.args, ast.get_docstring(init) or "")
        shaped = [a for a, used in _constructor_attributes(typedef) if used]
        if shaped:
            raise ExtensionError(
                f"`{typedef.fqname}` has `{shaped[0]}`, but `{shown}` defines `{class_name}.__init__`",
                _name_span(shown, init),
                "constructor-shape attributes shape the generated constructor only: shape the "
                "hand-written one in its own signature instead",
            )
    return ExtensionSource(extension, written)


def _field_converters(
    typedef: TypeDef, shown: str, methods: dict[str, ast.FunctionDef | ast.AsyncFunctionDef]
) -> frozenset[str]:
    """The fields that the extension converts itself; ExtensionError for a converter that names no
    field of the archetype (or is defined for a type that is no archetype)."""
    fields = {f.name for f in typedef.fields} if typedef.kind is Kind.ARCHETYPE else set()
    converted = set()
    for name, method in sorted(methods.items()):
        if not name.endswith(FIELD_CONVERTER):
            continue
        field = name.removesuffix(FIELD_CONVERTER)
        if field not in fields:
            where = (
                f"archetype `{typedef.fqname}`" if fields else f"`{typedef.fqname}`, which is no archetype,"
            )
            raise ExtensionError(
                f"{shown} defines `{name}`, but {where} has no field `{field}`",
                _name_span(shown, method),
                f"the fields are {', '.join(f'`{f}`' for f in sorted(fields))}" if fields else None,
            )
        converted.add(field)
    return frozenset(converted)


def _constructor_attributes(typedef: TypeDef) -> list[tuple[str, bool]]:
    """Which attributes that shape a generated constructor the type uses."""
    return [
        ("@constructor.positional", typedef.positional is not None),
        ("@param.name", any(f.param.name for f in typedef.fields)),
        ("@param.default", any(f.param.default is not None for f in typedef.fields)),
        ("@param.before", any(f.param.before for f in typedef.fields)),
        ("@param.required", any(f.param.required for f in typedef.fields)),
    ]


def _name_span(shown: str, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> Span:
    """The span of a definition's name (after `def`, `async def` or `class`)."""
    keyword = {ast.FunctionDef: "def ", ast.AsyncFunctionDef: "async def ", ast.ClassDef: "class "}[
        type(node)
    ]
    column = node.col_offset + 1 + len(keyword)
    return Span(shown, node.lineno, column, node.lineno, column + len(node.name))
