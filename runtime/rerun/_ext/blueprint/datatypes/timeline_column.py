"""TimelineColumn: a timeline name, visible unless told otherwise."""

from __future__ import annotations

from typing import Any


class TimelineColumnExt:
    """Extension for `rerun.blueprint.datatypes.TimelineColumn`."""

    __slots__ = ()

    def __init__(self: Any, timeline: Any, *, visible: Any = True) -> None:
        """The column of `timeline`, shown when `visible`."""
        self.visible = visible
        self.timeline = timeline
