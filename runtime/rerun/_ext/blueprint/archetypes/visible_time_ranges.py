"""VisibleTimeRanges: the ranges, or the parts of a single range given as keywords."""

from __future__ import annotations

from typing import Any

from rerun import datatypes
from rerun.blueprint.archetypes.visible_time_ranges import VisibleTimeRanges
from rerun.datatypes import VisibleTimeRange


class VisibleTimeRangesExt(VisibleTimeRanges):
    """A single range from its timeline and boundaries."""

    @staticmethod
    def _derive_fields(
        ranges: Any = None,
        *,
        timeline: datatypes.Utf8Like | None = None,
        range: datatypes.TimeRangeLike | None = None,
        start: datatypes.TimeRangeBoundaryLike | None = None,
        end: datatypes.TimeRangeBoundaryLike | None = None,
    ) -> dict[str, Any]:
        """Visible time ranges: `ranges`, or one range on `timeline` from `range` or `start` and `end`.

        Parameters
        ----------
        timeline : Utf8Like, optional
            The timeline of a single range, given instead of `ranges`.
        range : TimeRangeLike, optional
            The single range on `timeline`, both of its boundaries; or else give `start` and `end`.
        start : TimeRangeBoundaryLike, optional
            Where the single range on `timeline` begins, e.g.
            `TimeRangeBoundary.cursor_relative(seconds=-5)`.
        end : TimeRangeBoundaryLike, optional
            Where the single range on `timeline` ends, e.g. `TimeRangeBoundary.cursor_relative()`.
        """
        if timeline is not None:
            if ranges is not None:
                raise ValueError("Give either `ranges` or `timeline` with its range, not both")
            ranges = VisibleTimeRange(timeline, range, start=start, end=end)
        elif range is not None or start is not None or end is not None:
            raise ValueError("`range`, `start` and `end` need a `timeline`")
        return {"ranges": ranges}
