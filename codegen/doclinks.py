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
_CODE_SPAN = re.compile(r"(`+).*?\1")


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


def find_references(text: str) -> Iterator[Reference]:
    """Every reference in `text`, left to right, skipping inline code (`` `[a.b]` `` is not one)."""
    code = [(m.start(), m.end()) for m in _CODE_SPAN.finditer(text)]
    for match in _REFERENCE.finditer(text):
        if any(start <= match.start() < end for start, end in code):
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
