"""TimeRangeBoundary: factories for each kind of boundary."""

from __future__ import annotations

from typing import Any


def _time(seq: int | None, seconds: float | None, nanos: int | None) -> int:
    """A timeline position from exactly one of a sequence number, seconds or nanoseconds."""
    given = [value for value in (seq, seconds, nanos) if value is not None]
    if len(given) != 1:
        raise ValueError("Exactly one of `seq`, `seconds` and `nanos` must be given")
    if seconds is not None:
        return round(seconds * 1e9)
    return int(given[0])


class TimeRangeBoundaryExt:
    """Extension for `rerun.datatypes.TimeRangeBoundary`: `cursor_relative`, `absolute`, `infinite`."""

    __slots__ = ()

    @classmethod
    def cursor_relative(
        cls, seq: int | None = None, *, seconds: float | None = None, nanos: int | None = None
    ) -> Any:
        """A boundary at an offset from the time cursor (0 when nothing is given)."""
        offset = 0 if seq is None and seconds is None and nanos is None else _time(seq, seconds, nanos)
        return cls(inner=offset, kind="cursor_relative")  # type: ignore[call-arg]

    @classmethod
    def absolute(
        cls, seq: int | None = None, *, seconds: float | None = None, nanos: int | None = None
    ) -> Any:
        """A boundary at a fixed position on the timeline."""
        return cls(inner=_time(seq, seconds, nanos), kind="absolute")  # type: ignore[call-arg]

    @classmethod
    def infinite(cls) -> Any:
        """No boundary on this side."""
        return cls(inner=None, kind="infinite")  # type: ignore[call-arg]
