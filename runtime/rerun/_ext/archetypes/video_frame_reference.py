"""VideoFrameReference: the timestamp in seconds or nanoseconds."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from rerun._baseclasses import ComponentColumnList
from rerun._ext.components.video_timestamp import to_nanoseconds
from rerun.error_utils import catch_and_log_exceptions


class VideoFrameReferenceExt:
    """Extension for `rerun.archetypes.VideoFrameReference`: `timestamp=`, `seconds=` or `nanoseconds=`."""

    __slots__ = ()

    def __init__(
        self: Any,
        timestamp: Any = None,
        *,
        seconds: float | None = None,
        nanoseconds: int | None = None,
        video_reference: Any = None,
        opacity: Any = None,
        draw_order: Any = None,
    ) -> None:
        """A reference to the video frame at `timestamp` (a VideoTimestamp), `seconds` or `nanoseconds`.

        Exactly one of `timestamp`, `seconds` and `nanoseconds` must be given.

        Parameters
        ----------
        seconds : float, optional
            The time of the wanted frame in seconds from the start of the video, stored as
            nanoseconds (rounded to the nearest one).
        nanoseconds : int, optional
            The time of the wanted frame in nanoseconds from the start of the video.
        """
        with catch_and_log_exceptions("VideoFrameReference") as guard:
            if sum(value is not None for value in (timestamp, seconds, nanoseconds)) != 1:
                raise ValueError("Must provide exactly one of 'timestamp', 'seconds' or 'nanoseconds'")
            if seconds is not None:
                timestamp = to_nanoseconds(seconds, 1e9)
            elif nanoseconds is not None:
                timestamp = nanoseconds
            self._set_fields(
                timestamp=timestamp, video_reference=video_reference, opacity=opacity, draw_order=draw_order
            )
            return
        if guard.failed:
            self._clear_fields()

    @classmethod
    def columns_secs(cls: Any, seconds: npt.ArrayLike) -> ComponentColumnList:
        """Timestamp columns for `send_columns`, one row per time in seconds.

        Parameters
        ----------
        seconds : npt.ArrayLike
            The time of the referenced frame in each row, in seconds from the start of the video;
            stored as nanoseconds.
        """
        columns: ComponentColumnList = cls.columns(timestamp=to_nanoseconds(seconds, 1e9))
        return columns

    @classmethod
    def columns_millis(cls: Any, milliseconds: npt.ArrayLike) -> ComponentColumnList:
        """Timestamp columns for `send_columns`, one row per time in milliseconds.

        Parameters
        ----------
        milliseconds : npt.ArrayLike
            The time of the referenced frame in each row, in milliseconds from the start of the
            video; stored as nanoseconds.
        """
        columns: ComponentColumnList = cls.columns(timestamp=to_nanoseconds(milliseconds, 1e6))
        return columns

    @classmethod
    def columns_nanos(cls: Any, nanoseconds: npt.ArrayLike) -> ComponentColumnList:
        """Timestamp columns for `send_columns`, one row per time in nanoseconds.

        Parameters
        ----------
        nanoseconds : npt.ArrayLike
            The time of the referenced frame in each row, in nanoseconds from the start of the
            video, such as the result of `AssetVideo.read_frame_timestamps_nanos`.
        """
        columns: ComponentColumnList = cls.columns(timestamp=np.asarray(nanoseconds, dtype=np.int64))
        return columns
