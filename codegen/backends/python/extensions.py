"""Extension modules: hand-written Python that the generator copies into generated classes.

A type's extension is `<extensions>/_ext/<namespace below its root>/<snake name>.py`, such as
`runtime/rerun/_ext/archetypes/boxes3d.py` for `rerun.archetypes.Boxes3D`. It is ordinary Python,
type-checked like the rest of the runtime, that subclasses the generated class it extends:

    from rerun.archetypes.boxes3d import Boxes3D

    class Boxes3DExt(Boxes3D):
        \"\"\"Boxes by their full sizes and minimum corners too.\"\"\"

        @staticmethod
        def _derive_fields(*, sizes: ... = None, half_sizes: ... = None) -> dict[str, Any]:
            return {"half_sizes": ...}

The module is read as source, never imported: the members of `XExt` are copied into the generated
class `X`, the members of an optional `XBatchExt(XBatch)` into `XBatch`, and the module's other
statements (imports merged, minus the import of the generated module) before the class. Code that
several extensions share lives in runtime modules outside `_ext`, which they import.

Members with a meaning (docs/extensions.md has the full contract):
- `_derive_fields(...)`: computes fields from the constructor's arguments. Its parameters join
  the generated constructor in place of the fields it involves; every `return` is a dict display
  naming the fields it sets (each field it takes as a parameter among them). It runs inside the
  constructor's error guard; `_derive_fields_unguarded` runs before it, so its errors always raise.
- `__init__` (datatypes and components only): a hand-written constructor; it sets every field.
- `_convert_<field>(data)` (archetypes): turns the caller's value for `<field>` into its batch.
- `XBatchExt._native_to_pa_array(data, data_type)`: the batch conversion from Python values.
Any other member is added as it is, and must not take the name of a generated one.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from codegen.attributes import closest
from codegen.backends import BackendContext
from codegen.backends.python.docstrings import split_parameters
from codegen.backends.python.view import ARCHETYPE_METHODS, Parameter
from codegen.codes import Code
from codegen.core import CORE_ROOT
from codegen.diagnostics import Diagnostic, Span
from codegen.model import Kind, Shape, TypeDef
from codegen.naming import snake_case

DERIVE = "_derive_fields"
DERIVE_UNGUARDED = "_derive_fields_unguarded"
CONVERT = "_convert_"
NATIVE_CONVERSION = "_native_to_pa_array"


@dataclass(frozen=True)
class Derivation:
    """What `_derive_fields` says about the constructor."""

    method: str
    guarded: bool
    parameters: tuple[Parameter, ...]  # annotation "" where the source leaves it to the field
    fields: tuple[str, ...]  # the fields it returns
    summary: tuple[str, ...]  # its docstring before the `Parameters` section
    entries: dict[str, tuple[str, ...]]  # its `Parameters` entries, by name


@dataclass(frozen=True)
class Member:
    """One member of an extension class: its name and source lines (indented for a class body)."""

    name: str
    lines: tuple[str, ...]
    node: ast.stmt


@dataclass(frozen=True)
class Extension:
    """An extension module, read and checked."""

    module: str  # e.g. rerun._ext.archetypes.boxes3d
    summary: str  # the first line of the docstring of `XExt` (or else `XBatchExt`): what it adds
    imports: tuple[str, ...]  # its module-level import statements, as source
    module_code: str  # its other module-level statements, as source
    members: tuple[Member, ...]  # of `XExt`
    batch_members: tuple[Member, ...]  # of `XBatchExt`
    init: ast.FunctionDef | None  # a hand-written constructor
    derivation: Derivation | None
    converted_fields: frozenset[str]

    @property
    def converts_batch(self) -> bool:
        return any(m.name == NATIVE_CONVERSION for m in self.batch_members)

    def init_parameters(self) -> tuple[Parameter, ...]:
        """The hand-written constructor's parameters as written (`self` left out)."""
        assert self.init is not None
        return _parameters(self.init.args)

    @property
    def init_docstring(self) -> str:
        return (ast.get_docstring(self.init) or "") if self.init is not None else ""

    def class_code(self, init_docstring: str | None = None, qualname: str | None = None) -> str:
        """The members to place in the generated class. A hand-written `__init__` gets
        `init_docstring` (a literal) instead of its own, and `@reported_as(qualname)`."""
        blocks = []
        for member in self.members:
            lines = list(member.lines)
            if member.name == "__init__" and isinstance(member.node, ast.FunctionDef):
                lines = _with_docstring(member.node, lines, init_docstring)
                if qualname is not None:
                    lines.insert(0, f'    @reported_as("{qualname}")')
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks)

    def batch_code(self) -> str:
        return "\n\n".join("\n".join(m.lines) for m in self.batch_members)


def extension_path(extensions: Path, typedef: TypeDef) -> Path:
    """Where the extension of a type lives (or would live)."""
    return extensions.joinpath("_ext", *typedef.namespace.split(".")[1:], f"{snake_case(typedef.name)}.py")


def takes_extension(typedef: TypeDef) -> bool:
    """Whether a type can have an extension module: the core's types, except views."""
    return typedef.root == CORE_ROOT and typedef.kind is not Kind.VIEW


def generated_module(typedef: TypeDef) -> str:
    return f"{typedef.namespace}.{snake_case(typedef.name)}"


def read_extensions(context: BackendContext) -> tuple[dict[str, Extension], list[Diagnostic]]:
    """Every extension module of the model's `rerun` types, and every breach of the contract
    (including extension modules for types that do not exist, and imports of extension modules)."""
    extensions: dict[str, Extension] = {}
    problems: list[Diagnostic] = []
    for typedef in context.model.types:
        path = extension_path(context.extensions, typedef)
        if not takes_extension(typedef) or not path.is_file():
            continue  # a view's module is reported by the checks: views take no extension
        reader = _Reader(context, typedef, path)
        extension = reader.read()
        problems += reader.problems
        if extension is not None and not reader.problems:
            extensions[typedef.fqname] = extension
    problems += _tree_problems(context)
    return extensions, problems


class _Reader:
    """Reads and checks one extension module; problems are collected, not raised."""

    def __init__(self, context: BackendContext, typedef: TypeDef, path: Path) -> None:
        self.context = context
        self.model = context.model
        self.typedef = typedef
        self.path = path
        self.shown = context.display(path)
        self.problems: list[Diagnostic] = []

    def problem(self, message: str, node: ast.AST | None = None, hint: str | None = None) -> None:
        span = _span(self.shown, node) if node is not None else Span(self.shown, 1, 1, 1, 2)
        self.problems.append(Diagnostic(Code.EXTENSION_CONTRACT, message, span, hint))

    def read(self) -> Extension | None:
        try:
            source = self.path.read_text(encoding="utf-8")
            module = ast.parse(source, filename=str(self.path))
        except SyntaxError as error:
            line, column = error.lineno or 1, error.offset or 1
            span = Span(self.shown, line, column, line, column + 1)
            self.problems.append(
                Diagnostic(Code.EXTENSION_CONTRACT, f"{self.shown} is not valid Python: {error.msg}", span)
            )
            return None
        except (OSError, UnicodeDecodeError) as error:
            self.problem(f"cannot read {self.shown}: {error}")
            return None
        lines = source.splitlines()
        name = self.typedef.name
        classes = {n.name: n for n in module.body if isinstance(n, ast.ClassDef)}
        mixin = classes.get(f"{name}Ext")
        batch = classes.get(f"{name}BatchExt")
        if mixin is None and batch is None:
            self.problem(
                f"{self.shown} defines neither `class {name}Ext({name})` "
                f"nor `class {name}BatchExt({name}Batch)`",
                hint=f"the extension of `{self.typedef.fqname}` is `{name}Ext`, a subclass of `{name}`, "
                f"and/or `{name}BatchExt` for its batches",
            )
            return None
        for cls, base in ((mixin, name), (batch, f"{name}Batch")):
            if cls is None:
                continue
            if [ast.unparse(b) for b in cls.bases] != [base]:
                self.problem(f"`{cls.name}` must derive from the generated `{base}` alone", cls)
            if ast.get_docstring(cls) is None:
                self.problem(f"`{cls.name}` has no docstring", cls, "say in one line what the extension adds")
        described = next(cls for cls in (mixin, batch) if cls is not None)
        members = self._members(mixin, lines) if mixin is not None else ()
        batch_members = self._members(batch, lines) if batch is not None else ()
        self._check_members(members, batch_members)
        imports, code = self._module_parts(module, lines, {mixin, batch})
        init = next((m.node for m in members if m.name == "__init__"), None)
        return Extension(
            module=".".join(["rerun", "_ext", *self.typedef.namespace.split(".")[1:], snake_case(name)]),
            summary=(ast.get_docstring(described) or "").partition("\n")[0],
            imports=imports,
            module_code=code,
            members=members,
            batch_members=batch_members,
            init=init if isinstance(init, ast.FunctionDef) else None,
            derivation=self._derivation(members),
            converted_fields=frozenset(
                m.name.removeprefix(CONVERT) for m in members if m.name.startswith(CONVERT)
            ),
        )

    def _members(self, cls: ast.ClassDef, lines: list[str]) -> tuple[Member, ...]:
        members = []
        body = cls.body[1:] if ast.get_docstring(cls) is not None else cls.body
        for node in body:
            name = _member_name(node)
            if name is None:
                self.problem(f"`{cls.name}` may only hold methods and class attributes", node)
                continue
            members.append(Member(name, tuple(_source(node, lines)), node))
        return tuple(members)

    def _check_members(self, members: Sequence[Member], batch_members: Sequence[Member]) -> None:
        typedef = self.typedef
        generated = _generated_names(typedef)
        fields = {f.name for f in typedef.fields}
        for member in members:
            name = member.name
            if name == "__init__" and typedef.kind is Kind.ARCHETYPE:
                self.problem(
                    f"`{typedef.name}Ext.__init__`: the constructor of an archetype is generated",
                    member.node,
                    f"compute fields from extra arguments in `{DERIVE}` instead",
                )
            elif name == "__init__":
                self._check_init(member.node)
            elif name.startswith(CONVERT):
                field = name.removeprefix(CONVERT)
                if typedef.kind is not Kind.ARCHETYPE or field not in fields:
                    where = f"archetype `{typedef.fqname}`" if typedef.kind is Kind.ARCHETYPE else "this type"
                    self.problem(
                        f"`{name}` names no field of {where}",
                        member.node,
                        "a `_convert_<field>` method converts one field of an archetype",
                    )
                self._check_static(member)
            elif name in (DERIVE, DERIVE_UNGUARDED):
                self._check_static(member)
            elif name in generated:
                self.problem(
                    f"`{typedef.name}Ext.{name}` would replace the generated `{typedef.name}.{name}`",
                    member.node,
                    "give the member another name",
                )
        special = [m.name for m in members if m.name in ("__init__", DERIVE, DERIVE_UNGUARDED)]
        if len(special) > 1:
            self.problem(
                f"`{typedef.name}Ext` defines both `{special[0]}` and `{special[1]}`",
                hint="one of them builds the instance",
            )
        for member in batch_members:
            if member.name == NATIVE_CONVERSION:
                self._check_static(member)
            elif member.name.startswith("_ARROW") or member.name == "_COMPONENT_TYPE":
                self.problem(
                    f"`{typedef.name}BatchExt.{member.name}` would replace a generated member", member.node
                )

    def _check_static(self, member: Member) -> None:
        node = member.node
        decorators = [ast.unparse(d) for d in getattr(node, "decorator_list", [])]
        if not isinstance(node, ast.FunctionDef) or "staticmethod" not in decorators:
            self.problem(f"`{member.name}` must be a `@staticmethod`", node)

    def _check_init(self, node: ast.stmt) -> None:
        """A hand-written constructor sets every field of its class."""
        assert isinstance(node, ast.FunctionDef)
        stored = self.typedef
        if stored.wrapped_datatype is not None:
            stored = self.model.get(stored.wrapped_datatype)
        names = ["inner", "kind"] if stored.shape is Shape.UNION else [f.name for f in stored.fields]
        typedef = self.typedef
        shaped = [
            attribute
            for attribute, used in (
                ("@constructor.positional", typedef.positional is not None),
                ("@param.name", any(f.param.name for f in typedef.fields)),
                ("@param.default", any(f.param.default is not None for f in typedef.fields)),
                ("@param.required", any(f.param.required for f in typedef.fields)),
                ("@param.before", any(f.param.before for f in typedef.fields)),
            )
            if used
        ]
        if shaped:
            self.problem(
                f"`{typedef.fqname}` has `{shaped[0]}`, which shapes the generated constructor, but "
                f"`{typedef.name}Ext.__init__` writes it by hand",
                node,
                "shape the hand-written constructor in its own signature, or compute the fields in "
                f"`{DERIVE}` and keep the generated constructor",
            )
        assigned = set(_assigned_attributes(node))
        for name in names:
            if name not in assigned:
                self.problem(
                    f"`{self.typedef.name}Ext.__init__` never sets `self.{name}`",
                    node,
                    f"a constructor sets every field of `{stored.name}`: {', '.join(names)}",
                )

    def _derivation(self, members: Sequence[Member]) -> Derivation | None:
        member = next((m for m in members if m.name in (DERIVE, DERIVE_UNGUARDED)), None)
        if member is None or not isinstance(member.node, ast.FunctionDef):
            return None
        node = member.node
        typedef = self.typedef
        if node.args.vararg is not None or node.args.kwarg is not None:
            self.problem(f"`{member.name}` takes no `*args` or `**kwargs`", node)
        if typedef.positional is not None:
            self.problem(
                f"`{typedef.fqname}` has `@constructor.positional` and a `{member.name}`",
                node,
                f"with `{member.name}`, its own positional parameters are the constructor's",
            )
        returned = self._returned_fields(node)
        by_parameter = {f.parameter_name: f.name for f in typedef.fields}
        parameters = _parameters(node.args)
        for parameter in parameters:
            field = by_parameter.get(parameter.name)
            if field is not None and field not in returned:
                self.problem(
                    f"`{member.name}` takes the field `{field}` but does not return it",
                    node,
                    "return every field it takes, changed or not",
                )
        prose, entries, _ = split_parameters(ast.get_docstring(node) or "")
        return Derivation(
            method=member.name,
            guarded=member.name == DERIVE,
            parameters=parameters,
            fields=tuple(returned),
            summary=tuple(prose),
            entries={k: tuple(v) for k, v in entries.items()},
        )

    def _returned_fields(self, node: ast.FunctionDef) -> list[str]:
        """The keys of the dict every `return` of a derivation returns (they must agree, and be
        fields of the type)."""
        keys: list[str] | None = None
        fields = {f.name for f in self.typedef.fields}
        for statement in ast.walk(node):
            if not isinstance(statement, ast.Return):
                continue
            value = statement.value
            constants = value.keys if isinstance(value, ast.Dict) else []
            if not isinstance(value, ast.Dict) or not all(
                isinstance(k, ast.Constant) and isinstance(k.value, str) for k in constants
            ):
                self.problem(
                    f"every `return` of `{node.name}` must be a dict display with the fields as string keys",
                    statement,
                    'for example `return {"half_sizes": half_sizes, "centers": centers}`',
                )
                continue
            names = []
            for key in constants:
                assert isinstance(key, ast.Constant)
                name = str(key.value)
                names.append(name)
                if name not in fields:
                    self.problem(
                        f"`{node.name}` returns `{name}`, which is no field of `{self.typedef.name}`",
                        key,
                        f"the fields are {', '.join(f'`{f}`' for f in sorted(fields))}",
                    )
            if keys is not None and sorted(names) != sorted(keys):
                self.problem(f"the `return`s of `{node.name}` set different fields", statement)
            keys = keys if keys is not None else names
        if keys is None:
            self.problem(f"`{node.name}` has no `return` naming the fields it sets", node)
        return keys or []

    def _module_parts(
        self, module: ast.Module, lines: list[str], skip: set[ast.ClassDef | None]
    ) -> tuple[tuple[str, ...], str]:
        """The module's imports (without `__future__` and the generated module's), and its other
        statements, as source. None of them may use the generated classes at import time."""
        own = generated_module(self.typedef)
        imports: list[str] = []
        code: list[str] = []
        body = module.body[1:] if ast.get_docstring(module) is not None else module.body
        for node in body:
            if node in skip:
                continue
            if isinstance(node, ast.ImportFrom) and node.module in ("__future__", own):
                continue
            if isinstance(node, ast.Import | ast.ImportFrom):
                imports.append("\n".join(_source(node, lines)))
                continue
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                used = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
                for name in (self.typedef.name, f"{self.typedef.name}Batch"):
                    if name in used:
                        self.problem(
                            f"module-level code of {self.shown} uses `{name}`, which does not exist yet "
                            "when that code runs",
                            node,
                            "use it inside a function, or add a constant with `@constant`",
                        )
            code.append("\n".join(_source(node, lines)))
        return tuple(imports), "\n\n\n".join(code)


def _tree_problems(context: BackendContext) -> Iterator[Diagnostic]:
    """Extension modules for types that do not exist, and code that imports an extension module
    (they are copied into the generated modules, never imported)."""
    root = context.extensions / "_ext"
    if not root.is_dir():
        return
    modules = {
        ".".join(["rerun", "_ext", *t.namespace.split(".")[1:], snake_case(t.name)]): t
        for t in context.model.types
        if t.root == "rerun"
    }
    for path in sorted(root.rglob("*.py")):
        shown = context.display(path)
        if path.name == "__init__.py":
            continue
        if path.name.startswith("_"):
            yield Diagnostic(
                Code.EXTENSION_CONTRACT,
                f"{shown} is not an extension module: `_ext` holds one module per extended type, and is "
                "not installed",
                Span(shown, 1, 1, 1, 2),
                "move code that extensions share into a runtime module outside `_ext`, which they import",
            )
            continue
        module = ".".join(["rerun", *path.relative_to(context.extensions).with_suffix("").parts])
        if module not in modules:
            namespace, _, name = module.rpartition(".")
            near = closest(
                name, sorted(m.rpartition(".")[2] for m in modules if m.startswith(namespace + "."))
            )
            yield Diagnostic(
                Code.EXTENSION_CONTRACT,
                f"{shown} extends no type: no type of `{namespace.replace('._ext', '')}` is named `{name}` "
                "in snake_case",
                Span(shown, 1, 1, 1, 2),
                f"did you mean `{near}.py`?"
                if near
                else "an extension module is named after its type in snake_case, in its namespace's folder",
            )
    for path in sorted(context.extensions.rglob("*.py")):
        shown = context.display(path)
        try:
            text = path.read_text(encoding="utf-8")
            tree = ast.parse(text) if "_ext" in text else None  # no module named `_ext`: no such import
        except (SyntaxError, OSError, UnicodeDecodeError):
            continue  # reported when the module is read as an extension, or not ours to check
        if tree is None:
            continue
        for node in ast.walk(tree):
            imported = [node.module] if isinstance(node, ast.ImportFrom) and node.module else []
            if isinstance(node, ast.Import):
                imported = [a.name for a in node.names]
            for name in imported:
                if name in modules:
                    yield Diagnostic(
                        Code.EXTENSION_CONTRACT,
                        f"{shown} imports the extension module `{name}`, which is never imported: "
                        "the generator copies it into its type's module",
                        _span(shown, node),
                        "move what they share into a runtime module outside `_ext`, which both import",
                    )


def _generated_names(typedef: TypeDef) -> set[str]:
    """The members the generated class defines itself, which an extension may not replace."""
    names = {f.name for f in typedef.fields} | {c.name for c in typedef.constants}
    if typedef.kind is Kind.ARCHETYPE:
        names |= {f"descriptor_{f.name}" for f in typedef.fields}
        names |= {"NAME", "_FIELDS", "_set_fields", "_clear_fields", *ARCHETYPE_METHODS}
    else:
        names |= {"_BATCH_TYPE", "__slots__", "__array__", "__len__", "__float__", "__int__", "__index__"}
        names |= {"__str__", "__bool__"}
    return names


def _member_name(node: ast.stmt) -> str | None:
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return node.name
    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
        return node.targets[0].id
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return node.target.id
    return None


def _assigned_attributes(function: ast.FunctionDef) -> Iterator[str]:
    """The attributes of `self` a function assigns, tuple unpacking included."""
    for node in ast.walk(function):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, ast.AnnAssign | ast.AugAssign):
            targets = [node.target]
        while targets:
            target = targets.pop()
            if isinstance(target, ast.Tuple | ast.List):
                targets += target.elts
            elif (
                isinstance(target, ast.Attribute)
                and isinstance(target.value, ast.Name)
                and target.value.id == "self"
            ):
                yield target.attr


def _parameters(args: ast.arguments) -> tuple[Parameter, ...]:
    """A function's parameters as written; `self` (of a method) left out."""
    positional = [*args.posonlyargs, *args.args]
    if positional and positional[0].arg == "self":
        positional = positional[1:]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    parameters = [_parameter(a, d, False) for a, d in zip(positional, defaults, strict=True)]
    parameters += [_parameter(a, d, True) for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True)]
    return tuple(parameters)


def _parameter(arg: ast.arg, default: ast.expr | None, keyword_only: bool) -> Parameter:
    annotation = ast.unparse(arg.annotation) if arg.annotation is not None else ""
    return Parameter(
        arg.arg,
        "" if annotation == "Any" else annotation,
        None if default is None else ast.unparse(default),
        keyword_only=keyword_only,
    )


def _source(node: ast.stmt, lines: list[str]) -> list[str]:
    """A statement's source lines, its decorators and the comment lines right above it included."""
    decorators = getattr(node, "decorator_list", [])
    start = min([node.lineno, *(d.lineno for d in decorators)]) - 1
    while start > 0 and lines[start - 1].strip().startswith("#"):
        start -= 1
    assert node.end_lineno is not None
    return lines[start : node.end_lineno]


def _with_docstring(node: ast.FunctionDef, lines: list[str], docstring: str | None) -> list[str]:
    """The lines of a function (as `_source` gives them) with its docstring replaced."""
    if docstring is None:
        return lines
    offset = lines.index(next(line for line in lines if line.lstrip().startswith(("def ", "async def "))))
    first = node.body[0]
    indent = " " * (node.col_offset + 4)
    replacement = [indent + docstring]
    has_docstring = (
        isinstance(first, ast.Expr)
        and isinstance(first.value, ast.Constant)
        and isinstance(first.value.value, str)
    )
    def_line = node.lineno
    if has_docstring:
        assert first.end_lineno is not None
        start, end = first.lineno - def_line + offset, first.end_lineno - def_line + offset + 1
        return [*lines[:start], *replacement, *lines[end:]]
    body_start = first.lineno - def_line + offset
    return [*lines[:body_start], *replacement, *lines[body_start:]]


def _span(shown: str, node: ast.AST) -> Span:
    """Where a node is: its name for definitions, the node itself for other statements."""
    line = getattr(node, "lineno", 1)
    column = getattr(node, "col_offset", 0) + 1
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        keyword = {ast.FunctionDef: "def ", ast.AsyncFunctionDef: "async def ", ast.ClassDef: "class "}[
            type(node)
        ]
        column += len(keyword)
        return Span(shown, line, column, line, column + len(node.name))
    end = (
        getattr(node, "end_col_offset", column) + 1
        if getattr(node, "end_lineno", line) == line
        else column + 1
    )
    return Span(shown, line, column, line, max(end, column + 1))
