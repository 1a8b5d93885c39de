"""Time values for timelines: sequences, durations and timestamps, single or as columns.

Durations and timestamps are stored in nanoseconds. Numbers are seconds (since the Unix epoch
for timestamps); `datetime.timedelta`, `datetime.datetime`, `numpy.timedelta64` and
`numpy.datetime64` values are converted exactly. A naive `datetime` is taken to be in UTC.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from rerun._chunk import TIMELINE_ARROW_TYPES, TimelineKind

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_NS_PER_SECOND = 1_000_000_000
_I64_MIN = -(2**63)
_I64_MAX = 2**63 - 1


def _check_range(ns: int, what: str) -> int:
    if ns <= _I64_MIN or ns > _I64_MAX:
        raise ValueError(f"{what} {ns} is out of the 64-bit range of a timeline")
    return ns


def _seconds_to_ns(value: float, what: str) -> int:
    if not np.isfinite(value):
        raise ValueError(f"{what} must be a finite number of seconds, got {value}")
    return _check_range(round(value * _NS_PER_SECOND), what)


def sequence_value(value: Any) -> int:
    """A sequence number: an integer."""
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise TypeError(f"a sequence value must be an integer, got {type(value).__name__} {value!r}")
    return _check_range(int(value), "sequence value")


def _timedelta_ns(delta: timedelta, what: str) -> int:
    return _check_range(
        (delta.days * 86_400 + delta.seconds) * _NS_PER_SECOND + delta.microseconds * 1000, what
    )


def _number_seconds_ns(value: Any, what: str, accepted: str) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise TypeError(f"a {what} must be {accepted}, got {type(value).__name__} {value!r}")
    return _seconds_to_ns(float(value), what)


def duration_ns(value: Any) -> int:
    """A duration in nanoseconds from seconds, `timedelta` or `numpy.timedelta64`."""
    if isinstance(value, timedelta):
        return _timedelta_ns(value, "duration")
    if isinstance(value, np.timedelta64):
        return _check_range(int(value.astype("timedelta64[ns]").astype(np.int64)), "duration")
    return _number_seconds_ns(value, "duration", "seconds (int or float), timedelta or numpy.timedelta64")


def timestamp_ns(value: Any) -> int:
    """Nanoseconds since the Unix epoch from seconds, `datetime` or `numpy.datetime64`."""
    if isinstance(value, datetime):
        return _timedelta_ns(
            (value if value.tzinfo is not None else value.replace(tzinfo=UTC)) - _EPOCH, "timestamp"
        )
    if isinstance(value, np.datetime64):
        return _check_range(int(value.astype("datetime64[ns]").astype(np.int64)), "timestamp")
    return _number_seconds_ns(
        value, "timestamp", "seconds since the Unix epoch (int or float), datetime or numpy.datetime64"
    )


def _the_one_given(sequence: Any, duration: Any, timestamp: Any, where: str) -> tuple[TimelineKind, Any]:
    """Which of sequence=, duration= and timestamp= was given, and its value; TypeError unless exactly one."""
    candidates: tuple[tuple[TimelineKind, Any], ...] = (
        ("sequence", sequence),
        ("duration", duration),
        ("timestamp", timestamp),
    )
    given = [(name, value) for name, value in candidates if value is not None]
    if len(given) != 1:
        found = ", ".join(name for name, _ in given) if given else "none"
        raise TypeError(
            f"{where}exactly one of sequence=, duration= or timestamp= must be given (got {found})"
        )
    return given[0]


def time_value(sequence: Any, duration: Any, timestamp: Any) -> tuple[TimelineKind, int]:
    """Exactly one of the three keyword values, converted to its kind and integer value."""
    kind, value = _the_one_given(sequence, duration, timestamp, "")
    convert = {"sequence": sequence_value, "duration": duration_ns, "timestamp": timestamp_ns}[kind]
    return kind, convert(value)


def whole_nanoseconds(
    values: npt.ArrayLike, nanoseconds_per_unit: float, what: str = "times"
) -> npt.NDArray[np.int64]:
    """Times in some unit (seconds: 1e9, milliseconds: 1e6) as whole nanoseconds, each rounded to
    the nearest one, flat. NaN and infinities are a ValueError naming `what`."""
    scaled = np.asarray(values, dtype=np.float64).reshape(-1) * nanoseconds_per_unit
    if not np.all(np.isfinite(scaled)):
        raise ValueError(f"{what} must be finite numbers, got {np.asarray(values).reshape(-1).tolist()[:8]}")
    return np.rint(scaled).astype(np.int64)


def _column_ns(values: Any, kind: TimelineKind) -> npt.NDArray[np.int64]:
    array = np.asarray(values)
    if array.ndim != 1:
        raise ValueError(f"time column values must be one-dimensional, got shape {array.shape}")
    if kind == "sequence":
        if array.dtype.kind not in "iu":
            if array.size == 0:
                return np.zeros(0, dtype=np.int64)
            raise TypeError(f"sequence values must be integers, got dtype {array.dtype}")
        return array.astype(np.int64)
    unit_kind = "m" if kind == "duration" else "M"
    if array.dtype.kind == unit_kind:
        result = array.astype("timedelta64[ns]" if kind == "duration" else "datetime64[ns]").view(np.int64)
        if np.any(result == _I64_MIN):
            raise ValueError(f"{kind} values must not contain NaT")
        return result
    if array.dtype == object:
        convert = duration_ns if kind == "duration" else timestamp_ns
        return np.array([convert(value) for value in array], dtype=np.int64)
    if array.dtype.kind in "iuf":
        return whole_nanoseconds(array, _NS_PER_SECOND, f"{kind} values (seconds)")
    if array.size == 0:
        return np.zeros(0, dtype=np.int64)
    raise TypeError(
        f"{kind} values must be seconds, {'timedelta64' if kind == 'duration' else 'datetime64'} "
        f"or Python objects, got dtype {array.dtype}"
    )


class TimeColumnLike(Protocol):
    """Anything `send_columns` accepts as an index: a timeline name and its values."""

    def timeline_name(self) -> str:
        """The name of the timeline."""
        ...

    def as_arrow_array(self) -> pa.Array:
        """The values as an Arrow int64, duration[ns] or timestamp[ns] array."""
        ...


class TimeColumn:
    """The values of one timeline for `send_columns`: exactly one of sequence=, duration=, timestamp=.

    Durations and timestamps are seconds (floats or ints), `numpy.timedelta64`/`datetime64`
    arrays, or sequences of `timedelta`/`datetime`.
    """

    def __init__(
        self,
        timeline: str,
        *,
        sequence: Iterable[int] | None = None,
        duration: Iterable[float] | Iterable[timedelta] | npt.ArrayLike | None = None,
        timestamp: Iterable[float] | Iterable[datetime] | npt.ArrayLike | None = None,
    ) -> None:
        kind, values = _the_one_given(sequence, duration, timestamp, f"TimeColumn({timeline!r}): ")
        self.timeline = timeline
        self.kind: TimelineKind = kind
        self.values = _column_ns(values if isinstance(values, np.ndarray) else list(values), kind)

    def timeline_name(self) -> str:
        """The name of the timeline."""
        return self.timeline

    def as_arrow_array(self) -> pa.Array:
        """The values as an Arrow array of the timeline's type."""
        return pa.array(self.values, type=pa.int64()).cast(TIMELINE_ARROW_TYPES[self.kind])

    def __len__(self) -> int:
        return len(self.values)

    def __repr__(self) -> str:
        return f"TimeColumn({self.timeline!r}, {self.kind}=<{len(self.values)} values>)"
