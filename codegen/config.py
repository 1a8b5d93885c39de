"""`[tool.codegen]` in pyproject.toml: where things live and which backends run."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from codegen.codes import Code
from codegen.core import CORE_ROOT, core_paths
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
    # The namespace roots the project defines and emits (`acme` for acme.components); empty: the
    # roots its definitions hold. Unless `rerun` is among them, the installed core's `rerun.*` types
    # are imported: referred to, never emitted.
    packages: tuple[str, ...] = ()
    formatter: str = "ruff"  # the layout of generated Python: one of PYTHON_FORMATTERS

    @property
    def cache_dir(self) -> Path:
        return self.root / ".codegen-cache"

    def own_roots(self) -> frozenset[str]:
        """The namespace roots the project defines: `packages`, else its definitions' top folders."""
        if self.packages:
            return frozenset(self.packages)
        if not self.definitions.is_dir():
            return frozenset()
        return frozenset(p.name for p in self.definitions.iterdir() if p.is_dir())

    @property
    def imports_core(self) -> bool:
        """Whether the project builds on the installed core rather than defining `rerun` itself."""
        return CORE_ROOT not in self.own_roots()


# Each path key and its default below the project root; None: the installed core's own folder.
_PATH_KEYS: dict[str, str | None] = {
    "definitions": "definitions",
    "output": "generated",
    "templates": None,
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
    # compat: see codegen/compat
    known = {*_PATH_KEYS, "backends", "warnings_as_errors", "packages", "formatter", "compat"}
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
        if value is None:
            paths[key] = getattr(core_paths(), key)
            continue
        if not isinstance(value, str):
            problems.append(Diagnostic(Code.CONFIG, f"[tool.codegen] {key} must be a path string"))
            value = default or "."
        paths[key] = (root / value).resolve()
    backends = table.get("backends", list(DEFAULT_BACKENDS))
    if not isinstance(backends, list) or not all(isinstance(b, str) for b in backends):
        problems.append(Diagnostic(Code.CONFIG, "[tool.codegen] backends must be a list of backend names"))
        backends = list(DEFAULT_BACKENDS)
    strict = table.get("warnings_as_errors", False)
    if not isinstance(strict, bool):
        problems.append(Diagnostic(Code.CONFIG, "[tool.codegen] warnings_as_errors must be true or false"))
        strict = False
    packages = table.get("packages", [])
    if not isinstance(packages, list) or not all(isinstance(p, str) and p for p in packages):
        problems.append(
            Diagnostic(
                Code.CONFIG,
                "[tool.codegen] packages must be a list of namespace roots",
                hint='for types in `acme.components` and `acme.archetypes`: packages = ["acme"]',
            )
        )
        packages = []
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
        root=root.resolve(),
        backends=tuple(backends),
        warnings_as_errors=strict,
        packages=tuple(packages),
        formatter=formatter,
        **paths,
    )
