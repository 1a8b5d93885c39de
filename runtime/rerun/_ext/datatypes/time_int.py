"""TimeInt: a point on a timeline, as a sequence number, seconds or nanoseconds."""

from __future__ import annotations

from typing import Any

from rerun.datatypes.time_int import TimeInt


class TimeIntExt(TimeInt):
    """Times from exactly one of `seq=`, `seconds=` or `nanos=`."""

    @staticmethod
    def _derive_fields(
        *, seq: int | None = None, seconds: float | None = None, nanos: int | None = None
    ) -> dict[str, Any]:
        """A sequence number, or a time in seconds or nanoseconds (stored as nanoseconds): exactly one.

        A time is a duration, or a time since the Unix epoch, depending on the timeline.

        Parameters
        ----------
        seq : int, optional
            A position on a sequence timeline, such as a frame number.
        seconds : float, optional
            A time in seconds, rounded to the nearest nanosecond.
        nanos : int, optional
            A time in nanoseconds.
        """
        if sum(value is not None for value in (seq, seconds, nanos)) != 1:
            raise ValueError("Exactly one of `seq`, `seconds` or `nanos` must be given")
        if seconds is not None:
            return {"value": round(seconds * 1e9)}
        return {"value": seq if seq is not None else nanos}
