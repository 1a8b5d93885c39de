"""VisibleTimeRanges: the ranges, or the parts of a single range given as keywords."""

from __future__ import annotations

from typing import Any

from rerun.error_utils import catch_and_log_exceptions


class VisibleTimeRangesExt:
    """Extension for `rerun.blueprint.archetypes.VisibleTimeRanges`."""

    __slots__ = ()

    def __init__(
        self: Any,
        ranges: Any = None,
        *,
        timeline: Any = None,
        range: Any = None,
        start: Any = None,
        end: Any = None,
    ) -> None:
        """Visible time ranges: `ranges`, or one range on `timeline` from `range` or `start` and `end`.

        Parameters
        ----------
        timeline : Utf8Like, optional
            The name of the timeline of a single range, given instead of `ranges`; the range
            itself comes from `range`, or from `start` and `end`.
        range : TimeRangeLike, optional
            The single range on `timeline`, with both of its boundaries. Needs `timeline`; cannot
            be combined with `start` and `end`.
        start : TimeRangeBoundaryLike, optional
            Where the single range on `timeline` begins, e.g.
            `TimeRangeBoundary.cursor_relative(seconds=-5)`. Needs `timeline` and `end`.
        end : TimeRangeBoundaryLike, optional
            Where the single range on `timeline` ends, e.g. `TimeRangeBoundary.cursor_relative()`.
            Needs `timeline` and `start`.
        """
        from rerun.datatypes import VisibleTimeRange

        with catch_and_log_exceptions("VisibleTimeRanges") as guard:
            if timeline is not None:
                if ranges is not None:
                    raise ValueError("Give either `ranges` or `timeline` with its range, not both")
                ranges = VisibleTimeRange(timeline, range, start=start, end=end)
            elif range is not None or start is not None or end is not None:
                raise ValueError("`range`, `start` and `end` need a `timeline`")
            self._set_fields(ranges=ranges)
        if guard.failed:
            self._clear_fields()
