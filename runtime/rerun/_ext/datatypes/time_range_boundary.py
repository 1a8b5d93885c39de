"""TimeRangeBoundary: a constructor that checks the time against the kind, and a factory per kind."""

from __future__ import annotations

from typing import Any

from rerun import datatypes
from rerun.datatypes.time_range_boundary import TimeRangeBoundary

_KINDS = ("cursor_relative", "absolute", "infinite")


def _time(name: str, time: Any, seq: int | None, seconds: float | None, nanos: int | None) -> int | None:
    """The one time given among `time` (the argument called `name`), `seq`, `seconds` and `nanos`,
    as an integer (seconds become nanoseconds); None when none of them is given."""
    given = {
        n: v for n, v in ((name, time), ("seq", seq), ("seconds", seconds), ("nanos", nanos)) if v is not None
    }
    if len(given) > 1:
        raise ValueError(
            f"Give only one of `{name}`, `seq`, `seconds` and `nanos`, not {' and '.join(given)}"
        )
    if seconds is not None:
        return round(seconds * 1e9)
    return next((int(value) for value in given.values()), None)


class TimeRangeBoundaryExt(TimeRangeBoundary):
    """Boundaries checked against their kind; `cursor_relative`, `absolute` and `infinite`."""

    def __init__(self, inner: datatypes.TimeIntLike | None, kind: str = "cursor_relative") -> None:
        """A boundary of the given `kind`; the factories below are the easier way to make one.

        Parameters
        ----------
        inner : TimeIntLike | None
            The time: the offset from the cursor for `cursor_relative`, the position on the
            timeline for `absolute`, None for `infinite`.
        """
        if kind not in _KINDS:
            raise ValueError(
                f"unknown kind {kind!r} for TimeRangeBoundary, expected one of {', '.join(_KINDS)}"
            )
        if kind == "infinite" and inner is not None:
            raise ValueError(f"An infinite TimeRangeBoundary holds no time, got {inner!r}")
        if kind != "infinite" and inner is None:
            raise ValueError(f"A TimeRangeBoundary of kind {kind!r} needs a time, got None")
        self.inner = inner
        self.kind = kind

    @staticmethod
    def cursor_relative(
        offset: datatypes.TimeIntLike | None = None,
        *,
        seq: int | None = None,
        seconds: float | None = None,
        nanos: int | None = None,
    ) -> TimeRangeBoundary:
        """A boundary at an offset from the time cursor (the cursor itself when nothing is given).

        Give at most one of `offset` (a `TimeInt` or an integer in the timeline's own unit: steps of
        a sequence timeline, nanoseconds on a temporal one), `seq` (steps), `seconds` (rounded to
        the nearest nanosecond) and `nanos`. The offset may be negative.
        """
        value = _time("offset", offset, seq, seconds, nanos)
        return TimeRangeBoundary(0 if value is None else value, "cursor_relative")

    @staticmethod
    def absolute(
        time: datatypes.TimeIntLike | None = None,
        *,
        seq: int | None = None,
        seconds: float | None = None,
        nanos: int | None = None,
    ) -> TimeRangeBoundary:
        """A boundary at a fixed position on the timeline.

        Give exactly one of `time` (a `TimeInt` or an integer in the timeline's own unit: steps of a
        sequence timeline, nanoseconds on a temporal one), `seq`, `seconds` (rounded to the nearest
        nanosecond) and `nanos`. On a temporal timeline the time is a duration or a time since the
        Unix epoch, depending on the timeline.
        """
        value = _time("time", time, seq, seconds, nanos)
        if value is None:
            raise ValueError("TimeRangeBoundary.absolute needs one of `time`, `seq`, `seconds` and `nanos`")
        return TimeRangeBoundary(value, "absolute")

    @staticmethod
    def infinite() -> TimeRangeBoundary:
        """No boundary on this side: back to the start of the timeline, or on to its end."""
        return TimeRangeBoundary(None, "infinite")
