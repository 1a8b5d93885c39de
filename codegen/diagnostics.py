"""Diagnostics as values: a code, a severity, a message and the source span it points at."""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from codegen.codes import Code
from codegen.limits import EXCERPT_WIDTH, MAX_DIAGNOSTICS, MAX_DIAGNOSTICS_PER_FILE


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
    source = _source_line(text, span.line)
    if source is None:
        return []
    gutter = " " * len(str(span.line))
    column = span.column
    end_column = span.end_column if span.end_line == span.line else len(source) + 1
    # A long line is quoted around the caret only, so that rendering stays linear in the output;
    # a very long one is first cut to a few windows' width, so that the work per diagnostic is too.
    margin = 2 * EXCERPT_WIDTH
    cut_left = cut_right = False
    if len(source) > 2 * margin:
        begin = max(0, column - 1 - margin)
        finish = min(len(source), column - 1 + margin)
        cut_left, cut_right = begin > 0, finish < len(source)
        source = source[begin:finish]
        column, end_column = column - begin, min(end_column - begin, len(source) + 1)
    # Columns count characters; a tab shows as 4 columns, so the caret is placed on the expanded text.
    start = len(source[: column - 1].expandtabs(4))
    end = max(start + 1, len(source[: end_column - 1].expandtabs(4)))
    shown = source.expandtabs(4).translate(_UNPRINTABLE)
    if len(shown) > EXCERPT_WIDTH:
        left = max(0, min(start - EXCERPT_WIDTH // 3, len(shown) - EXCERPT_WIDTH))
        right = left + EXCERPT_WIDTH
        end = min(end, right)
        prefix = "…" if left > 0 or cut_left else ""
        suffix = "…" if right < len(shown) or cut_right else ""
        shown = prefix + shown[left:right] + suffix
        start, end = start - left + len(prefix), end - left + len(prefix)
    caret = " " * start + "^" * (end - start)
    return [f"{gutter} |", f"{span.line} | {shown}", f"{gutter} | {caret}"]


# Control characters (and the Unicode line separators) in a quoted line would act on the terminal;
# each shows as one replacement character, which keeps the caret in place.
_UNPRINTABLE = {
    code: "\ufffd" for code in (*range(0x00, 0x20), *range(0x7F, 0xA0), 0x2028, 0x2029) if code != 0x09
}


def _source_line(text: str, number: int) -> str | None:
    """Line `number` (from 1) of `text`, lines ending at `\\n` as the parser counts them."""
    starts = _line_starts(text)
    if not 1 <= number <= len(starts):
        return None
    begin = starts[number - 1]
    end = starts[number] - 1 if number < len(starts) else len(text)
    line = text[begin:end].removesuffix("\r")
    if number == len(starts) and not line:
        return None  # after the last line break
    return line


@functools.lru_cache(maxsize=16)
def _line_starts(text: str) -> list[int]:
    """Where each line of `text` starts, found once per text however many diagnostics quote it."""
    starts = [0]
    index = text.find("\n")
    while index != -1:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return starts


def render_all(
    diagnostics: Iterable[Diagnostic],
    sources: Mapping[str, str],
    *,
    warnings_per_code: int | None = None,
    per_file: int = MAX_DIAGNOSTICS_PER_FILE,
    in_all: int = MAX_DIAGNOSTICS,
) -> str:
    """Render diagnostics in a stable order (by location, notes last), followed by a one-line summary.

    With `warnings_per_code`, only that many warnings (and notes) of each code are shown in full.
    At most `per_file` diagnostics of one file and `in_all` in all are shown in full; the rest are
    counted in one line per file and one in all (the summary counts everything).
    """
    ordered = sorted(diagnostics, key=Diagnostic.sort_key)
    shown: dict[Code, int] = {}
    blocks: list[str] = []
    of_file: dict[str, int] = {}  # file -> diagnostics of it, shown or not
    left_out: dict[str, list[Diagnostic]] = {}  # file ("" for none) -> diagnostics over its limit
    beyond_all: list[Diagnostic] = []  # over the limit in all
    for diagnostic in ordered:
        count = shown[diagnostic.code] = shown.get(diagnostic.code, 0) + 1
        if not (diagnostic.is_error or warnings_per_code is None or count <= warnings_per_code):
            continue
        path = diagnostic.span.path if diagnostic.span is not None else ""
        in_file = of_file[path] = of_file.get(path, 0) + 1
        if path and in_file > per_file:
            left_out.setdefault(path, []).append(diagnostic)
        elif len(blocks) >= in_all:
            beyond_all.append(diagnostic)
        else:
            blocks.append(render(diagnostic, sources))
    for path, omitted in sorted(left_out.items()):
        blocks.append(f"... and {_more(omitted)} in {path}")
    if beyond_all:
        blocks.append(f"... and {_more(beyond_all)} in total")
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


def _more(omitted: list[Diagnostic]) -> str:
    noun = "error" if all(d.is_error for d in omitted) else "diagnostic"
    return f"{len(omitted)} more {noun}" + ("" if len(omitted) == 1 else "s")


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def display_path(path: Path, root: Path) -> str:
    """A path as messages show it: relative to the project root when inside it."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
