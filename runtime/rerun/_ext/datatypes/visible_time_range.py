"""VisibleTimeRange: a time range on a named timeline, given whole or as its two boundaries."""

from __future__ import annotations

from typing import Any

from rerun import datatypes
from rerun.datatypes.visible_time_range import VisibleTimeRange


class VisibleTimeRangeExt(VisibleTimeRange):
    """The range also by its `start=` and `end=`."""

    @staticmethod
    def _derive_fields(
        timeline: Any,
        range: Any = None,
        *,
        start: datatypes.TimeRangeBoundaryLike | None = None,
        end: datatypes.TimeRangeBoundaryLike | None = None,
    ) -> dict[str, Any]:
        """The range on `timeline`: either `range` (a TimeRange), or its `start` and `end`.

        Parameters
        ----------
        range : TimeRangeLike, optional
            Which times on that timeline are shown, with both boundaries.
        start : TimeRangeBoundaryLike, optional
            Where the range begins, e.g. `TimeRangeBoundary.cursor_relative(seconds=-5)` or
            `TimeRangeBoundary.infinite()`.
        end : TimeRangeBoundaryLike, optional
            Where the range ends, e.g. `TimeRangeBoundary.cursor_relative()` for the time cursor.
        """
        if range is None:
            if start is None or end is None:
                raise ValueError("Specify either `range`, or both `start` and `end`")
            range = datatypes.TimeRange(start=start, end=end)
        elif start is not None or end is not None:
            raise ValueError("`range` cannot be combined with `start` and `end`")
        return {"timeline": timeline, "range": range}
