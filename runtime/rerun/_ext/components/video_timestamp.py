"""VideoTimestamp: batches of timestamps from seconds, milliseconds or nanoseconds."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt


def to_nanoseconds(values: npt.ArrayLike, nanoseconds_per_unit: float) -> npt.NDArray[np.int64]:
    """Times in some unit as whole nanoseconds, each rounded to the nearest one."""
    return np.rint(np.asarray(values, dtype=np.float64) * nanoseconds_per_unit).astype(np.int64)


def _batch(values: npt.ArrayLike, nanoseconds_per_unit: float) -> Any:
    """Timestamps in some unit as a batch of whole nanoseconds."""
    from rerun.components import VideoTimestampBatch

    return VideoTimestampBatch(to_nanoseconds(values, nanoseconds_per_unit).reshape(-1))


class VideoTimestampExt:
    """Extension for `rerun.components.VideoTimestamp`: `seconds`, `milliseconds`, `nanoseconds`."""

    __slots__ = ()

    def __init__(self: Any, *, nanoseconds: int | None = None, seconds: float | None = None) -> None:
        """A time in the video, given in nanoseconds or in seconds.

        Exactly one of `nanoseconds` and `seconds` must be given.

        Parameters
        ----------
        nanoseconds : int, optional
            The time in whole nanoseconds from the start of the video.
        seconds : float, optional
            The time in seconds from the start of the video, rounded to the nearest nanosecond.
        """
        if nanoseconds is not None and seconds is None:
            self.timestamp_ns = int(nanoseconds)
        elif seconds is not None and nanoseconds is None:
            self.timestamp_ns = round(seconds * 1e9)
        else:
            raise ValueError("VideoTimestamp needs exactly one of `nanoseconds` and `seconds`")

    @staticmethod
    def seconds(seconds: npt.ArrayLike) -> Any:
        """A batch of timestamps given in seconds.

        Parameters
        ----------
        seconds : npt.ArrayLike
            One time or many, in seconds from the start of the video; each is rounded to the
            nearest nanosecond.
        """
        return _batch(seconds, 1e9)

    @staticmethod
    def milliseconds(milliseconds: npt.ArrayLike) -> Any:
        """A batch of timestamps given in milliseconds.

        Parameters
        ----------
        milliseconds : npt.ArrayLike
            One time or many, in milliseconds from the start of the video; each is rounded to the
            nearest nanosecond.
        """
        return _batch(milliseconds, 1e6)

    @staticmethod
    def nanoseconds(nanoseconds: npt.ArrayLike) -> Any:
        """A batch of timestamps given in nanoseconds.

        Parameters
        ----------
        nanoseconds : npt.ArrayLike
            One time or many, in whole nanoseconds from the start of the video.
        """
        from rerun.components import VideoTimestampBatch

        return VideoTimestampBatch(np.asarray(nanoseconds, dtype=np.int64).reshape(-1))
