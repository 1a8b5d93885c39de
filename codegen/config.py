"""`[tool.codegen]` in pyproject.toml: where things live and which backends run."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from codegen.codes import Code
from codegen.diagnostics import Diagnostic, DiagnosticError
from codegen.formatting import PYTHON_FORMATTERS

DEFAULT_BACKENDS = ("python", "arrow", "docs")


@dataclass(frozen=True)
class Config:
    root: Path  # the project directory; relative paths below are resolved against it
    definitions: Path
    output: Path
    templates: Path
    snippets: Path
    extensions: Path  # hand-written code whose changes must trigger a rebuild
    backends: tuple[str, ...] = DEFAULT_BACKENDS
    warnings_as_errors: bool = False
    formatter: str = "ruff"  # the layout of generated Python: one of PYTHON_FORMATTERS

    @property
    def cache_dir(self) -> Path:
        return self.root / ".codegen-cache"


_PATH_KEYS = {
    "definitions": "definitions",
    "output": "generated",
    "templates": "templates",
    "snippets": "docs/snippets",
    "extensions": "runtime/rerun",
}


def load_config(root: Path) -> Config:
    """Read `[tool.codegen]` from `root/pyproject.toml`; every key is optional; unknown keys are errors."""
    pyproject = root / "pyproject.toml"
    table: dict[str, object] = {}
    if pyproject.is_file():
        try:
            data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as error:
            raise DiagnosticError([Diagnostic(Code.CONFIG, f"{pyproject}: invalid TOML: {error}")]) from None
        table = data.get("tool", {}).get("codegen", {})
    problems: list[Diagnostic] = []
    known = {*_PATH_KEYS, "backends", "warnings_as_errors", "compat"}  # compat: see codegen/compat
    known.add("formatter")  # the layout of generated Python
    for key in sorted(set(table) - known):
        problems.append(
            Diagnostic(
                Code.CONFIG,
                f"unknown key `{key}` in [tool.codegen]",
                hint=f"known keys: {', '.join(sorted(known))}",
            )
        )
    paths: dict[str, Path] = {}
    for key, default in _PATH_KEYS.items():
        value = table.get(key, default)
        if not isinstance(value, str):
            problems.append(Diagnostic(Code.CONFIG, f"[tool.codegen] {key} must be a path string"))
            value = default
        paths[key] = (root / value).resolve()
    backends = table.get("backends", list(DEFAULT_BACKENDS))
    if not isinstance(backends, list) or not all(isinstance(b, str) for b in backends):
        problems.append(Diagnostic(Code.CONFIG, "[tool.codegen] backends must be a list of backend names"))
        backends = list(DEFAULT_BACKENDS)
    strict = table.get("warnings_as_errors", False)
    if not isinstance(strict, bool):
        problems.append(Diagnostic(Code.CONFIG, "[tool.codegen] warnings_as_errors must be true or false"))
        strict = False
    formatter = table.get("formatter", "ruff")
    if not isinstance(formatter, str) or formatter not in PYTHON_FORMATTERS:
        allowed = " or ".join(f'"{name}"' for name in PYTHON_FORMATTERS)
        problems.append(
            Diagnostic(Code.CONFIG, f"[tool.codegen] formatter must be {allowed}, not {formatter!r}")
        )
        formatter = "ruff"
    if problems:
        raise DiagnosticError(problems)
    return Config(
        root=root.resolve(), backends=tuple(backends), warnings_as_errors=strict, formatter=formatter, **paths
    )
