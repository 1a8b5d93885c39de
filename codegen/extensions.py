"""Extension modules: the hand-written mixins that generated classes pick up.

A type's extension is `class XExt` in `<extensions>/_ext/<namespace below rerun>/<snake name>.py`
(module `rerun._ext.datatypes.angle` for `rerun.datatypes.Angle`). It is read here once, as source
(never imported), for every backend that needs it: the Python backend (which methods it replaces,
its constructor's docs) and the docs backend (the constructor's signature).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from codegen.model import Kind, TypeDef
from codegen.naming import snake_case

FIELD_CONVERTER = "__field_converter_override"


@dataclass(frozen=True)
class Extension:
    """A hand-written mixin for a generated class.

    The mixin becomes the first base class; the methods it defines replace generated ones:
    - `__init__`: the constructor (the generated one is left out). Its docstring gets a generated
      `Parameters` entry for each of its parameters that is a field; the docstring's own
      `Parameters` section documents the others (and wins where both have an entry);
    - `native_to_pa_array_override(data, data_type)`: the Batch conversion from Python values;
    - `<field>__field_converter_override(data)`, archetypes only: a static method that turns what
      the caller gave for `<field>` (None included) into the field's Batch (or None), in place of
      the Batch's own conversion;
    - `deferred_patch_class(cls)`: called once the class exists (to add constants).
    """

    module: str
    class_name: str
    defines: frozenset[str]
    init: ast.FunctionDef | None  # the hand-written constructor, if any
    field_converters: frozenset[str] = frozenset()  # the fields with a `__field_converter_override`

    @property
    def init_parameters(self) -> tuple[str, ...]:
        """The constructor's parameter names, `self` left out."""
        if self.init is None:
            return ()
        args = self.init.args
        return tuple(a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs][1:])

    @property
    def init_docs(self) -> str:
        """The constructor's docstring."""
        return (ast.get_docstring(self.init) or "") if self.init is not None else ""

    def init_signature(self, annotations: dict[str, str]) -> list[str]:
        """The constructor's parameters as source text (`name: Type = default`, `*`, ...).

        A parameter written without an annotation, or as `Any`, takes the one in `annotations` (by
        name) if there is one, with `| None` when it defaults to None.
        """
        assert self.init is not None
        args = self.init.args
        positional = [*args.posonlyargs, *args.args][1:]  # without self
        defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults)) + list(
            args.defaults
        )
        parameters = [_parameter(a, d, annotations) for a, d in zip(positional, defaults, strict=True)]
        if args.vararg is not None:
            parameters.append(f"*{args.vararg.arg}")
        elif args.kwonlyargs:
            parameters.append("*")
        parameters += [
            _parameter(a, d, annotations) for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True)
        ]
        if args.kwarg is not None:
            parameters.append(f"**{args.kwarg.arg}")
        return parameters


def _parameter(arg: ast.arg, default: ast.expr | None, annotations: dict[str, str]) -> str:
    written = ast.unparse(arg.annotation) if arg.annotation is not None else None
    annotation = written
    if arg.arg in annotations and written in (None, "Any"):
        annotation = annotations[arg.arg]
        if isinstance(default, ast.Constant) and default.value is None:
            annotation += " | None"
    text = arg.arg if annotation is None else f"{arg.arg}: {annotation}"
    return text if default is None else f"{text} = {ast.unparse(default)}"


def find_extension(extensions: Path, typedef: TypeDef) -> Extension | None:
    """The extension of a `rerun` type, if its module exists; ValueError if it is malformed."""
    if typedef.root != "rerun":
        return None
    relative = typedef.namespace.split(".")[1:]
    path = extensions.joinpath("_ext", *relative, f"{snake_case(typedef.name)}.py")
    if not path.is_file():
        return None
    class_name = f"{typedef.name}Ext"
    module = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    mixin = next((n for n in module.body if isinstance(n, ast.ClassDef) and n.name == class_name), None)
    if mixin is None:
        raise ValueError(f"extension module {path} does not define `class {class_name}`")
    methods = {n.name: n for n in mixin.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}
    init = methods.get("__init__")
    return Extension(
        ".".join(["rerun", "_ext", *relative, snake_case(typedef.name)]),
        class_name,
        frozenset(methods),
        init if isinstance(init, ast.FunctionDef) else None,
        _field_converters(typedef, path, frozenset(methods)),
    )


def _field_converters(typedef: TypeDef, path: Path, methods: frozenset[str]) -> frozenset[str]:
    """The fields that the extension converts itself; raises ValueError for a converter that names
    no field of the archetype (or is defined for a type that is no archetype)."""
    converted = {m.removesuffix(FIELD_CONVERTER) for m in methods if m.endswith(FIELD_CONVERTER)}
    fields = {f.name for f in typedef.fields} if typedef.kind is Kind.ARCHETYPE else set()
    unknown = sorted(converted - fields)
    if unknown:
        where = f"archetype `{typedef.fqname}`" if fields else f"`{typedef.fqname}`, which is no archetype,"
        raise ValueError(
            f"{path} defines `{unknown[0]}{FIELD_CONVERTER}`, but {where} has no field `{unknown[0]}`"
        )
    return frozenset(converted)
