"""Diagnostics as values: a code, a severity, a message and the source span it points at."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from codegen.codes import Code


@dataclass(frozen=True, order=True)
class Span:
    """A region of a source file; lines and columns start at 1, `end_column` is exclusive."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"  # a follow-on of another error, explained rather than reported as one more


def code_severity(code: Code) -> Severity:
    """What a code is by its letter: `W` warnings, `N` notes, everything else errors."""
    if code.code.startswith("W"):
        return Severity.WARNING
    if code.code.startswith("N"):
        return Severity.NOTE
    return Severity.ERROR


@dataclass(frozen=True)
class Diagnostic:
    """One finding about the definitions or the build.

    `span` is None for findings that are about no particular source text (a missing directory,
    a failing formatter).
    """

    code: Code
    message: str
    span: Span | None = None
    hint: str | None = None
    notes: tuple[str, ...] = field(default=())
    promoted: bool = False

    @property
    def severity(self) -> Severity:
        severity = code_severity(self.code)
        if self.promoted and severity is Severity.WARNING:
            return Severity.ERROR
        return severity

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def sort_key(self) -> tuple[bool, str, int, int, str, str]:
        """By location; notes after everything else, so that each follows the error it explains."""
        is_note = code_severity(self.code) is Severity.NOTE
        if self.span is None:
            return (is_note, "", 0, 0, self.code.code, self.message)
        return (is_note, self.span.path, self.span.line, self.span.column, self.code.code, self.message)

    def as_error(self) -> Diagnostic:
        """This diagnostic promoted to an error (for `--warnings-as-errors`); a note stays a note."""
        return replace(self, promoted=True)


class DiagnosticError(Exception):
    """Raised to stop a build that produced errors; carries every diagnostic collected so far."""

    def __init__(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics = tuple(diagnostics)
        super().__init__(f"{sum(d.is_error for d in self.diagnostics)} error(s)")


def render(diagnostic: Diagnostic, sources: Mapping[str, str]) -> str:
    """Render like a compiler: location, severity and code, the source line with a caret, a hint.

    `sources` maps a span's path to the file text, so the offending line can be quoted.
    """
    head = f"{diagnostic.severity.value}[{diagnostic.code.code}]: {diagnostic.message}"
    if diagnostic.span is None:
        lines = [head]
    else:
        lines = [f"{diagnostic.span}: {head}"]
        lines.extend(_excerpt(diagnostic.span, sources.get(diagnostic.span.path)))
    lines.extend(f"  = note: {note}" for note in diagnostic.notes)
    if diagnostic.hint:
        lines.append(f"  = hint: {diagnostic.hint}")
    return "\n".join(lines)


def _excerpt(span: Span, text: str | None) -> list[str]:
    if text is None:
        return []
    source_lines = text.splitlines()
    if not 1 <= span.line <= len(source_lines):
        return []
    source = source_lines[span.line - 1].expandtabs(4)
    gutter = " " * len(str(span.line))
    if span.end_line == span.line:
        width = max(1, span.end_column - span.column)
    else:
        width = max(1, len(source) - span.column + 1)
    caret = " " * (span.column - 1) + "^" * width
    return [f"{gutter} |", f"{span.line} | {source}", f"{gutter} | {caret}"]


def render_all(
    diagnostics: Iterable[Diagnostic], sources: Mapping[str, str], *, warnings_per_code: int | None = None
) -> str:
    """Render diagnostics in a stable order (by location, notes last), followed by a one-line summary.

    With `warnings_per_code`, only that many warnings (and notes) of each code are shown in full;
    errors are always all shown.
    """
    ordered = sorted(diagnostics, key=Diagnostic.sort_key)
    shown: dict[Code, int] = {}
    blocks: list[str] = []
    for diagnostic in ordered:
        count = shown[diagnostic.code] = shown.get(diagnostic.code, 0) + 1
        if diagnostic.is_error or warnings_per_code is None or count <= warnings_per_code:
            blocks.append(render(diagnostic, sources))
    for code, count in sorted(shown.items(), key=lambda item: item[0].code):
        severity = code_severity(code)
        if warnings_per_code is not None and severity is not Severity.ERROR and count > warnings_per_code:
            blocks.append(
                f"... and {count - warnings_per_code} more {severity.value}[{code.code}] "
                f"({code.description}); `codegen lint` lists them all"
            )
    errors = sum(d.is_error for d in ordered)
    notes = sum(d.severity is Severity.NOTE for d in ordered)
    warnings = len(ordered) - errors - notes
    summary = f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')}"
    if notes:
        summary += f", {_plural(notes, 'note')}"
    return "\n\n".join([*blocks, summary]) + "\n"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def display_path(path: Path, root: Path) -> str:
    """A path as messages show it: relative to the project root when inside it."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
