"""`codegen init`: a new project of a user's own types, on top of the installed core.

The files come from the templates in codegen/scaffold/, filled in with the namespace.
"""

from __future__ import annotations

import keyword
import re
from pathlib import Path

import jinja2

from codegen.codes import Code
from codegen.core import CORE_ROOT
from codegen.diagnostics import Diagnostic, DiagnosticError

_TEMPLATES = Path(__file__).with_name("scaffold")
_NAMESPACE = re.compile(r"^[a-z][a-z0-9_]*$")
# Each file of a new project (`{namespace}` filled in) and the template it comes from.
_FILES = {
    "pyproject.toml": "pyproject.toml.jinja",
    "README.md": "README.md.jinja",
    ".gitignore": "gitignore.jinja",
    "mkdocs.yml": "mkdocs.yml.jinja",
    "docs/index.md": "docs_index.md.jinja",
    "definitions/{namespace}/components/confidence.rrdef": "confidence.rrdef.jinja",
    "definitions/{namespace}/archetypes/confident_points3d.rrdef": "confident_points3d.rrdef.jinja",
    "snippets/confident_points3d.py": "snippet.py.jinja",
    "tests/test_{namespace}.py": "test.py.jinja",
}


def init_project(directory: Path, namespace: str) -> list[Path]:
    """Write a new project into `directory` (absent or empty); the files written, in order."""
    _check_namespace(namespace)
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise DiagnosticError(
            [
                Diagnostic(
                    Code.CONFIG,
                    f"{directory} already exists and is not an empty folder",
                    hint="name a new folder: `codegen init` never overwrites files",
                )
            ]
        )
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(_TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    values = {"namespace": namespace, "distribution": namespace.replace("_", "-") + "-types"}
    written: list[Path] = []
    for relative, template in _FILES.items():
        target = directory / relative.format(namespace=namespace)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(environment.get_template(template).render(values), encoding="utf-8")
        written.append(target)
    return written


def _check_namespace(namespace: str) -> None:
    problem = None
    if not _NAMESPACE.match(namespace):
        problem = f"`{namespace}` is not a namespace root: use lowercase letters, digits and `_`"
    elif namespace == CORE_ROOT:
        problem = f"`{CORE_ROOT}` is the namespace of the core types; your types need one of their own"
    elif keyword.iskeyword(namespace):
        problem = f"`{namespace}` is a Python keyword, which cannot name a package"
    if problem is not None:
        hint = "for example `codegen init my-types --namespace acme` (types in acme.components, ...)"
        raise DiagnosticError([Diagnostic(Code.CONFIG, problem, hint=hint)])
