"""TimeRange: both boundaries are required."""

from __future__ import annotations

from typing import Any


def time_range_boundary(value: Any) -> Any:
    """A `TimeRangeBoundary` from one, None (no value) or a time, read as an offset from the cursor."""
    from rerun.datatypes import TimeRangeBoundary

    if value is None or isinstance(value, TimeRangeBoundary):
        return value
    return TimeRangeBoundary(value)


class TimeRangeExt:
    """Extension for `rerun.datatypes.TimeRange` (and the blueprint `TimeRange` component)."""

    __slots__ = ()

    def __init__(self: Any, start: Any, end: Any) -> None:
        """The range from `start` to `end`, both included.

        Parameters
        ----------
        start : TimeRangeBoundaryLike
            Where the range begins, e.g. `TimeRangeBoundary.cursor_relative(seconds=-5)`. A bare
            time (an int or a `TimeInt`) is an offset from the time cursor.
        end : TimeRangeBoundaryLike
            Where the range ends, e.g. `TimeRangeBoundary.infinite()`. A bare time is an offset
            from the time cursor.
        """
        self.start = time_range_boundary(start)
        self.end = time_range_boundary(end)
