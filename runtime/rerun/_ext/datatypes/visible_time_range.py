"""VisibleTimeRange: a time range on a named timeline, given whole or as its two boundaries."""

from __future__ import annotations

from typing import Any


class VisibleTimeRangeExt:
    """Extension for `rerun.datatypes.VisibleTimeRange`: accepts `range=` or `start=`/`end=`."""

    __slots__ = ()

    def __init__(self: Any, timeline: Any, range: Any = None, *, start: Any = None, end: Any = None) -> None:
        """The range on `timeline`: either `range` (a TimeRange), or its `start` and `end`."""
        from rerun.datatypes import TimeRange

        if range is None:
            if start is None or end is None:
                raise ValueError("Specify either `range`, or both `start` and `end`")
            range = TimeRange(start=start, end=end)
        elif start is not None or end is not None:
            raise ValueError("`range` cannot be combined with `start` and `end`")
        self.timeline = timeline
        self.range = range
