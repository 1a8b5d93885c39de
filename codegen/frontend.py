"""From a definitions directory to a validated model: discovery, reading, parsing, resolving."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from codegen.codes import Code
from codegen.diagnostics import Diagnostic, display_path
from codegen.model import Model
from codegen.resolve import DEFINITION_SUFFIX, ParsedFile, Scope, resolve
from codegen.syntax import parse


@dataclass(frozen=True)
class Source:
    """One definition file: the path shown in messages, its path below the definitions root, its text."""

    display_path: str
    relative_path: str
    text: str
    imported: bool = False  # a file of the installed core, which the project builds on


@dataclass(frozen=True)
class FrontendResult:
    model: Model | None
    diagnostics: tuple[Diagnostic, ...]
    sources: dict[str, str]  # display path -> text, for rendering diagnostics


def discover(
    definitions: Path, display_root: Path, *, imported: bool = False
) -> tuple[list[Source], list[Diagnostic]]:
    """Every `*.rrdef` below `definitions`, in sorted order, with paths shown relative to `display_root`."""
    sources: list[Source] = []
    problems: list[Diagnostic] = []
    for path in sorted(definitions.rglob(f"*{DEFINITION_SUFFIX}")):
        display = display_path(path, display_root)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            problems.append(Diagnostic(Code.UNREADABLE_FILE, f"cannot read {display}: {error}"))
            continue
        sources.append(Source(display, path.relative_to(definitions).as_posix(), text, imported))
    return sources, problems


def load(
    sources: list[Source],
    snippet_exists: Callable[[str], bool] | None = None,
    scope: Scope | None = None,
) -> FrontendResult:
    """Parse and resolve sources. Never raises for bad definitions: problems are diagnostics."""
    diagnostics: list[Diagnostic] = []
    parsed: list[ParsedFile] = []
    for source in sources:
        result = parse(source.text, source.display_path)
        diagnostics.extend(result.diagnostics)
        if result.file is not None:
            parsed.append(ParsedFile(result.file, source.relative_path, source.imported))
    resolved = resolve(parsed, snippet_exists, scope)
    diagnostics.extend(resolved.diagnostics)
    model = resolved.model if not any(d.is_error for d in diagnostics) else None
    texts = {s.display_path: s.text for s in sources}
    return FrontendResult(model, tuple(sorted(diagnostics, key=Diagnostic.sort_key)), texts)
