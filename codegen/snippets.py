"""Snippets: the example programs under the snippets directory (`docs/snippets/<path>.py`).

Definitions point at them with `\\example <path>`; the backends embed them (the docs pages, and the
Python docstrings unless `!api`), and the docs backend indexes which snippet uses which type. A
snippet's module docstring describes it: its first line is the summary, the rest prose; the code
shown is what follows the docstring.

A snippet may also have a C++ version beside it, `<path>.cpp`, which the docs pages show next to
the Python one; the code shown is what follows its leading `//` comment.
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from codegen.model import Model

SUFFIX = ".py"
CPP_SUFFIX = ".cpp"
_KIND_ORDER = ("archetypes", "components", "datatypes", "views")


class SnippetError(Exception):
    """A snippet that is not valid Python, so it can be neither shown as code nor indexed."""


def _fence(code: str) -> str:
    """A Markdown code fence longer than any run of backticks in the code."""
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    return "`" * max(3, longest + 1)


@dataclass(frozen=True)
class CppVersion:
    """The C++ version of a snippet."""

    file_name: str  # below the snippets directory: "archetypes/points3d_simple.cpp"
    code: str  # the program after its leading comment, ending in one newline

    @property
    def fence(self) -> str:
        return _fence(self.code)


@dataclass(frozen=True)
class Snippet:
    path: str  # below the snippets directory, without the extension: "archetypes/points3d_simple"
    summary: str  # the docstring's first line ("" without a docstring)
    description: tuple[str, ...]  # the docstring's other lines, leading blank lines removed
    code: str  # the program after its module docstring, ending in one newline
    python_names: frozenset[
        str
    ]  # dotted uses of the rerun package: "rerun.Points3D", "rerun.components.Color"
    cpp: CppVersion | None = None  # the C++ version, when there is one

    @property
    def file_name(self) -> str:
        return self.path + SUFFIX

    @property
    def fence(self) -> str:
        return _fence(self.code)


def load(snippets: Path, path: str) -> Snippet | None:
    """The snippet `path` (as written after `\\example`), or None if there is no such file."""
    file = snippets / f"{path}{SUFFIX}"
    if not is_inside(snippets, file):
        return None
    return _with_cpp(snippets, parse(path, file.read_text(encoding="utf-8")))


def is_inside(snippets: Path, file: Path) -> bool:
    """Whether `file` is a file inside the snippets directory once `..` and symbolic links are
    resolved: a snippet that leads outside it is no snippet, and nothing outside is embedded."""
    try:
        return file.is_file() and file.resolve().is_relative_to(snippets.resolve())
    except (OSError, RuntimeError):  # a loop of links
        return False


def load_all(snippets: Path) -> list[Snippet]:
    """Every snippet below the directory, sorted by path."""
    if not snippets.is_dir():
        return []
    files = sorted(
        p for p in snippets.rglob(f"*{SUFFIX}") if "__pycache__" not in p.parts and is_inside(snippets, p)
    )
    return [
        _with_cpp(
            snippets,
            parse(f.relative_to(snippets).as_posix().removesuffix(SUFFIX), f.read_text(encoding="utf-8")),
        )
        for f in files
    ]


def _with_cpp(snippets: Path, snippet: Snippet) -> Snippet:
    """The snippet with its C++ version, if the snippets directory has one."""
    file = snippets / f"{snippet.path}{CPP_SUFFIX}"
    if not is_inside(snippets, file):
        return snippet
    return dataclasses.replace(snippet, cpp=parse_cpp(snippet.path, file.read_text(encoding="utf-8")))


def parse_cpp(path: str, source: str) -> CppVersion:
    """A snippet's C++ version from its text: the code after its leading comment and blank lines."""
    lines = source.splitlines()
    while lines and (lines[0].startswith("//") or not lines[0].strip()):
        lines.pop(0)
    return CppVersion(file_name=f"{path}{CPP_SUFFIX}", code="\n".join(lines).rstrip() + "\n")


@functools.lru_cache(maxsize=1024)
def parse(path: str, source: str) -> Snippet:
    """A snippet from its text (parsed once per process: the backends ask for each one often)."""
    try:
        tree = ast.parse(source, filename=f"{path}{SUFFIX}")
    except SyntaxError as error:
        raise SnippetError(f"snippet `{path}{SUFFIX}` is not valid Python: {error}") from None
    docstring = ast.get_docstring(tree, clean=True) or ""
    summary, _, rest = docstring.partition("\n")
    lines = source.splitlines()
    first = tree.body[0] if tree.body else None
    if docstring and isinstance(first, ast.Expr) and first.end_lineno is not None:
        lines = lines[first.end_lineno :]
    while lines and not lines[0].strip():
        lines.pop(0)
    return Snippet(
        path=path,
        summary=summary.strip(),
        description=tuple(rest.strip("\n").splitlines()),
        code="\n".join(lines).rstrip() + "\n",
        python_names=frozenset(_rerun_names(tree)),
    )


def _rerun_names(tree: ast.Module) -> Iterator[str]:
    """Dotted names under `rerun` that the program uses, through `import rerun as rr` and the like."""
    aliases: dict[str, str] = {}
    used: list[ast.Name | ast.Attribute] = []
    for node in ast.walk(tree):  # one pass: imports anywhere, and every name that may use them
        if isinstance(node, ast.Import):
            for name in node.names:
                if name.name.split(".")[0] == "rerun":
                    aliases[name.asname or name.name.split(".")[0]] = name.name if name.asname else "rerun"
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "rerun":
            for name in node.names:
                aliases[name.asname or name.name] = f"{node.module}.{name.name}"
        elif isinstance(node, ast.Name | ast.Attribute):
            used.append(node)
    for node in used:
        if isinstance(node, ast.Name):
            if node.id in aliases:
                yield aliases[node.id]
            continue
        chain: list[str] = []
        inner: ast.expr = node
        while isinstance(inner, ast.Attribute):
            chain.insert(0, inner.attr)
            inner = inner.value
        if isinstance(inner, ast.Name) and inner.id in aliases:
            yield ".".join([aliases[inner.id], *chain])


def types_used(snippet: Snippet, model: Model) -> list[str]:
    """The defined types the snippet uses, by fully-qualified name, sorted.

    A Python name maps to a type when its module is the type's namespace (`rerun.components.Color`),
    or when it is `rerun.X` / `rerun.blueprint.X`, which re-export the archetypes (and some other
    types) of their namespaces: `rr.Points3D` is `rerun.archetypes.Points3D`.
    """
    found: set[str] = set()
    for name in snippet.python_names:
        parts = name.split(".")
        for end in range(1, len(parts)):
            fqname = _type_of(".".join(parts[:end]), parts[end], model)
            if fqname is not None:
                found.add(fqname)
                break
    return sorted(found)


def _type_of(module: str, name: str, model: Model) -> str | None:
    if f"{module}.{name}" in model:
        return f"{module}.{name}"
    for kind in _KIND_ORDER:
        if f"{module}.{kind}.{name}" in model:
            return f"{module}.{kind}.{name}"
    return None
