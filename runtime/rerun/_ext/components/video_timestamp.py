"""VideoTimestamp: from nanoseconds or seconds; batches from seconds, milliseconds or nanoseconds."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from rerun._time import whole_nanoseconds
from rerun.components.video_timestamp import VideoTimestamp, VideoTimestampBatch


class VideoTimestampExt(VideoTimestamp):
    """A constructor by keyword, and batches from seconds, milliseconds or nanoseconds."""

    def __init__(self, *, nanoseconds: int | None = None, seconds: float | None = None) -> None:
        """A time in the video, given in exactly one of nanoseconds and seconds.

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
    def seconds(seconds: npt.ArrayLike) -> VideoTimestampBatch:
        """Timestamps (one or many) in seconds from the start of the video, rounded to nanoseconds."""
        return VideoTimestampBatch(whole_nanoseconds(seconds, 1e9))

    @staticmethod
    def milliseconds(milliseconds: npt.ArrayLike) -> VideoTimestampBatch:
        """Timestamps (one or many) in milliseconds from the start of the video, rounded to nanoseconds."""
        return VideoTimestampBatch(whole_nanoseconds(milliseconds, 1e6))

    @staticmethod
    def nanoseconds(nanoseconds: npt.ArrayLike) -> VideoTimestampBatch:
        """Timestamps (one or many) in whole nanoseconds from the start of the video."""
        return VideoTimestampBatch(np.asarray(nanoseconds, dtype=np.int64).reshape(-1))
