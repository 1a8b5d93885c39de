"""TextLogColumn: a column kind, visible unless told otherwise."""

from __future__ import annotations

from typing import Any


class TextLogColumnExt:
    """Extension for `rerun.blueprint.datatypes.TextLogColumn`."""

    __slots__ = ()

    def __init__(self: Any, kind: Any, *, visible: Any = True) -> None:
        """The column of `kind` (a `TextLogColumnKind` or its name), shown when `visible`."""
        self.visible = visible
        self.kind = kind
