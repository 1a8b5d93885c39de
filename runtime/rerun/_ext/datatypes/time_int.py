"""TimeInt: a point on a timeline, as a sequence number, seconds or nanoseconds."""

from __future__ import annotations

from typing import Any


class TimeIntExt:
    """Extension for `rerun.datatypes.TimeInt`: exactly one of `seq=`, `seconds=` or `nanos=`."""

    __slots__ = ()

    def __init__(
        self: Any, *, seq: int | None = None, seconds: float | None = None, nanos: int | None = None
    ) -> None:
        """A sequence number, or a time in seconds or nanoseconds (stored as nanoseconds).

        Exactly one of `seq`, `seconds` and `nanos` must be given.

        Parameters
        ----------
        seq : int, optional
            A position on a sequence timeline, such as a frame number.
        seconds : float, optional
            A time in seconds, rounded to the nearest nanosecond: a duration, or seconds since
            the Unix epoch, depending on the timeline.
        nanos : int, optional
            A time in nanoseconds: a duration, or nanoseconds since the Unix epoch, depending on
            the timeline.
        """
        if sum(value is not None for value in (seq, seconds, nanos)) != 1:
            raise ValueError("Exactly one of `seq`, `seconds` or `nanos` must be given")
        if seconds is not None:
            self.value = round(seconds * 1e9)
        else:
            self.value = int(seq if seq is not None else nanos)  # type: ignore[arg-type]
