"""VideoFrameReference: the timestamp in seconds or nanoseconds, and timestamp columns in any unit."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from rerun._baseclasses import ComponentColumnList
from rerun._time import whole_nanoseconds
from rerun.archetypes.video_frame_reference import VideoFrameReference


class VideoFrameReferenceExt(VideoFrameReference):
    """The frame's time in seconds or nanoseconds, and timestamp columns in any of three units."""

    @staticmethod
    def _derive_fields(
        timestamp: Any = None, *, seconds: float | None = None, nanoseconds: int | None = None
    ) -> dict[str, Any]:
        """A reference to the video frame at `timestamp`, `seconds` or `nanoseconds` (exactly one).

        Parameters
        ----------
        seconds : float, optional
            The time of the frame in seconds from the start of the video, stored as nanoseconds
            (rounded to the nearest one).
        nanoseconds : int, optional
            The time of the frame in nanoseconds from the start of the video.
        """
        if sum(value is not None for value in (timestamp, seconds, nanoseconds)) != 1:
            raise ValueError("Must provide exactly one of 'timestamp', 'seconds' or 'nanoseconds'")
        if seconds is not None:
            timestamp = whole_nanoseconds(seconds, 1e9)
        elif nanoseconds is not None:
            timestamp = nanoseconds
        return {"timestamp": timestamp}

    @classmethod
    def columns_secs(cls, seconds: npt.ArrayLike) -> ComponentColumnList:
        """Timestamp columns for `send_columns`: the frame of each row by its time in seconds from
        the start of the video (stored as nanoseconds)."""
        return cls.columns(timestamp=whole_nanoseconds(seconds, 1e9))

    @classmethod
    def columns_millis(cls, milliseconds: npt.ArrayLike) -> ComponentColumnList:
        """Timestamp columns for `send_columns`: the frame of each row by its time in milliseconds
        from the start of the video (stored as nanoseconds)."""
        return cls.columns(timestamp=whole_nanoseconds(milliseconds, 1e6))

    @classmethod
    def columns_nanos(cls, nanoseconds: npt.ArrayLike) -> ComponentColumnList:
        """Timestamp columns for `send_columns`: the frame of each row by its time in nanoseconds
        from the start of the video, e.g. from `AssetVideo.read_frame_timestamps_nanos`."""
        return cls.columns(timestamp=np.asarray(nanoseconds, dtype=np.int64))
