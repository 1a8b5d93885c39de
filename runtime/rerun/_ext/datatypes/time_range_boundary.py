"""TimeRangeBoundary: factories for each kind of boundary."""

from __future__ import annotations

from typing import Any

_KINDS = ("cursor_relative", "absolute", "infinite")


def _time(name: str, time: Any, seq: int | None, seconds: float | None, nanos: int | None) -> int | None:
    """The one time given among `time` (the argument called `name`), `seq`, `seconds` and `nanos`,
    as an integer (seconds become nanoseconds); None when none of them is given."""
    given = [
        n for n, v in ((name, time), ("seq", seq), ("seconds", seconds), ("nanos", nanos)) if v is not None
    ]
    if len(given) > 1:
        raise ValueError(
            f"Give only one of `{name}`, `seq`, `seconds` and `nanos`, not {' and '.join(given)}"
        )
    if seconds is not None:
        return round(seconds * 1e9)
    value = next((v for v in (time, seq, nanos) if v is not None), None)
    return None if value is None else int(value)


class TimeRangeBoundaryExt:
    """Extension for `rerun.datatypes.TimeRangeBoundary`: `cursor_relative`, `absolute`, `infinite`."""

    __slots__ = ()

    def __init__(self: Any, inner: Any, kind: str = "cursor_relative") -> None:
        """A boundary of the given `kind`; the factories below are the easier way to make one.

        Parameters
        ----------
        inner : TimeIntLike | None
            The time: the offset from the cursor for `cursor_relative`, the position on the
            timeline for `absolute`, None for `infinite`.
        kind : str, optional
            `"cursor_relative"` (the default), `"absolute"` or `"infinite"`.
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
        offset: Any = None,
        *,
        seq: int | None = None,
        seconds: float | None = None,
        nanos: int | None = None,
    ) -> Any:
        """A boundary at an offset from the time cursor (the cursor itself when nothing is given).

        At most one of `offset`, `seq`, `seconds` and `nanos` may be given; the offset may be
        negative.

        Parameters
        ----------
        offset : TimeIntLike, optional
            The offset as a `TimeInt` or an integer, in the timeline's own unit (steps of a
            sequence timeline, nanoseconds on a temporal one).
        seq : int, optional
            The offset in steps of a sequence timeline.
        seconds : float, optional
            The offset in seconds, on a temporal timeline; rounded to the nearest nanosecond.
        nanos : int, optional
            The offset in nanoseconds, on a temporal timeline.
        """
        from rerun.datatypes import TimeRangeBoundary

        value = _time("offset", offset, seq, seconds, nanos)
        return TimeRangeBoundary(0 if value is None else value, "cursor_relative")

    @staticmethod
    def absolute(
        time: Any = None,
        *,
        seq: int | None = None,
        seconds: float | None = None,
        nanos: int | None = None,
    ) -> Any:
        """A boundary at a fixed position on the timeline.

        Exactly one of `time`, `seq`, `seconds` and `nanos` must be given.

        Parameters
        ----------
        time : TimeIntLike, optional
            The position as a `TimeInt` or an integer, in the timeline's own unit (steps of a
            sequence timeline, nanoseconds on a temporal one).
        seq : int, optional
            The position on a sequence timeline.
        seconds : float, optional
            The time in seconds on a temporal timeline (a duration, or since the Unix epoch,
            depending on the timeline); rounded to the nearest nanosecond.
        nanos : int, optional
            The time in nanoseconds on a temporal timeline (a duration, or since the Unix epoch,
            depending on the timeline).
        """
        from rerun.datatypes import TimeRangeBoundary

        value = _time("time", time, seq, seconds, nanos)
        if value is None:
            raise ValueError("TimeRangeBoundary.absolute needs one of `time`, `seq`, `seconds` and `nanos`")
        return TimeRangeBoundary(value, "absolute")

    @staticmethod
    def infinite() -> Any:
        """No boundary on this side: back to the start of the timeline, or on to its end."""
        from rerun.datatypes import TimeRangeBoundary

        return TimeRangeBoundary(None, "infinite")
