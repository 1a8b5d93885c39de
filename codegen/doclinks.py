"""Cross-references in doc comments: `[rerun.components.Color]` or `[rerun.archetypes.Points3D.colors]`.

A reference is a dotted name in square brackets, outside inline code. It names a type by its
fully-qualified name, or a member of one (a field or a variant) after the type. The resolver checks
that each one exists (E175); the backends render them: links on the web pages, plain code text in
API docstrings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

_NAME = r"[A-Za-z_][A-Za-z0-9_]*"
# A dotted name in brackets, not followed by `(` or `[` (Markdown link syntax is left alone).
_REFERENCE = re.compile(rf"\[(?P<target>{_NAME}(?:\.{_NAME})+)\](?![(\[])")
_BACKTICKS = re.compile(r"`+")


@dataclass(frozen=True)
class Reference:
    """One reference in a line of text: where it is (`start`..`end`, brackets included) and its target."""

    start: int
    end: int
    target: str

    @property
    def type_name(self) -> str:
        """The fully-qualified type, if the target names a member of it: all but the last segment."""
        return self.target.rpartition(".")[0]


def code_spans(text: str) -> list[tuple[int, int]]:
    """The inline code of a line, as (start, end) pairs: a run of backticks up to the next run of
    exactly as many (CommonMark); a run that nothing closes is plain text. Linear in the line."""
    runs = [(m.start(), m.end() - m.start()) for m in _BACKTICKS.finditer(text)]
    later: dict[int, list[int]] = {}  # run length -> indices of the runs of that length, in order
    for index, (_, length) in enumerate(runs):
        later.setdefault(length, []).append(index)
    seen = dict.fromkeys(later, 0)  # run length -> how many of its runs are behind the scan
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(runs):
        start, length = runs[index]
        same = later[length]
        while same[seen[length]] <= index:  # skip this run and those of its length before it
            seen[length] += 1
            if seen[length] == len(same):
                break
        if seen[length] == len(same):
            index += 1  # nothing closes it
            continue
        closer = same[seen[length]]
        spans.append((start, runs[closer][0] + length))
        index = closer + 1
    return spans


def find_references(text: str) -> Iterator[Reference]:
    """Every reference in `text`, left to right, skipping inline code (`` `[a.b]` `` is not one)."""
    code = iter(code_spans(text))
    span = next(code, None)
    for match in _REFERENCE.finditer(text):
        while span is not None and span[1] <= match.start():
            span = next(code, None)
        if span is not None and span[0] <= match.start():
            continue
        yield Reference(match.start(), match.end(), match.group("target"))


def replace_references(text: str, render: Callable[[Reference], str]) -> str:
    """`text` with every reference replaced by `render(reference)`."""
    out: list[str] = []
    position = 0
    for reference in find_references(text):
        out.append(text[position : reference.start])
        out.append(render(reference))
        position = reference.end
    out.append(text[position:])
    return "".join(out)


def as_code(text: str) -> str:
    """References as inline code (`` `rerun.components.Color` ``): readable where links are not possible."""
    return replace_references(text, lambda reference: f"`{reference.target}`")
