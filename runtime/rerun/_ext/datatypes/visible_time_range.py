"""VisibleTimeRange: a time range on a named timeline, given whole or as its two boundaries."""

from __future__ import annotations

from typing import Any


class VisibleTimeRangeExt:
    """Extension for `rerun.datatypes.VisibleTimeRange`: accepts `range=` or `start=`/`end=`."""

    __slots__ = ()

    def __init__(self: Any, timeline: Any, range: Any = None, *, start: Any = None, end: Any = None) -> None:
        """The range on `timeline`: either `range` (a TimeRange), or its `start` and `end`.

        Parameters
        ----------
        timeline : Utf8Like
            The name of the timeline the range applies to, as used when the data was logged.
        range : TimeRangeLike, optional
            Which times on that timeline are shown, with both boundaries. Give either `range`, or
            `start` and `end`.
        start : TimeRangeBoundaryLike, optional
            Where the range begins, e.g. `TimeRangeBoundary.cursor_relative(seconds=-5)` or
            `TimeRangeBoundary.infinite()`. Needs `end`; cannot be combined with `range`.
        end : TimeRangeBoundaryLike, optional
            Where the range ends, e.g. `TimeRangeBoundary.cursor_relative()` for the time cursor
            itself. Needs `start`; cannot be combined with `range`.
        """
        from rerun.datatypes import TimeRange

        if range is None:
            if start is None or end is None:
                raise ValueError("Specify either `range`, or both `start` and `end`")
            range = TimeRange(start=start, end=end)
        elif start is not None or end is not None:
            raise ValueError("`range` cannot be combined with `start` and `end`")
        self.timeline = timeline
        self.range = range
