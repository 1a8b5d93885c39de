"""Entity paths: `/world/points`, parts separated by `/`, special characters backslash-escaped.

A part made only of letters, digits, `_`, `-` and `.` needs no escaping; any other character is
written with a backslash in front of it (`\\n`, `\\t` and `\\r` for the control characters).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

_CONTROL_ESCAPES = {"\n": "n", "\t": "t", "\r": "r", "\0": "0"}
_CONTROL_UNESCAPES = {value: key for key, value in _CONTROL_ESCAPES.items()}


class EntityPathError(ValueError):
    """An entity path that cannot be parsed."""


def escape_entity_path_part(part: str) -> str:
    """Escape one part so that it can be put in an entity path string."""
    out = []
    for char in part:
        if char.isalnum() or char in "_-.":
            out.append(char)
        elif char in _CONTROL_ESCAPES:
            out.append("\\" + _CONTROL_ESCAPES[char])
        else:
            out.append("\\" + char)
    return "".join(out)


def new_entity_path(entity_path: Iterable[Any]) -> str:
    """Build an entity path string from unescaped parts: `["world", "my points"]` -> `/world/my\\ points`."""
    return "/" + "/".join(escape_entity_path_part(str(part)) for part in entity_path)


def parse_entity_path(path: str) -> tuple[list[str], list[str]]:
    """Split a path string into unescaped parts; also returns the problems a lenient parser skipped.

    Leading and trailing slashes are ignored. Empty parts (`a//b`) are skipped and reported.
    A backslash escapes the next character; a trailing lone backslash is an error.
    """
    parts: list[str] = []
    problems: list[str] = []
    current: list[str] = []
    escaped = False
    part_has_content = False
    for position, char in enumerate(path):
        if escaped:
            current.append(_CONTROL_UNESCAPES.get(char, char))
            escaped = False
            part_has_content = True
        elif char == "\\":
            escaped = True
        elif char == "/":
            if part_has_content:
                parts.append("".join(current))
            elif 0 < position < len(path) - 1:
                problems.append(f"empty part at position {position}")
            current = []
            part_has_content = False
        else:
            current.append(char)
            part_has_content = True
    if escaped:
        raise EntityPathError(f"entity path {path!r} ends with a lone backslash")
    if part_has_content:
        parts.append("".join(current))
    return parts, problems


@functools.lru_cache(maxsize=4096)
def _normalize_string(path: str) -> tuple[str, tuple[str, ...]]:
    parts, problems = parse_entity_path(path)
    return new_entity_path(parts), tuple(problems)


def normalize_entity_path(entity_path: str | Iterable[Any]) -> tuple[str, list[str]]:
    """The normalized string form of an entity path (from a string or a list of parts), and any problems."""
    if isinstance(entity_path, str):
        normalized, found = _normalize_string(entity_path)  # paths repeat: parse each once
        return normalized, list(found)
    if isinstance(entity_path, Iterable):
        parts, problems = [str(part) for part in entity_path], list[str]()
    else:
        raise EntityPathError(
            f"an entity path must be a string or a list of parts, got {type(entity_path).__name__}"
        )
    return new_entity_path(parts), problems
