"""AssetVideo: the video file from a path or from bytes, and the frame timestamps of an MP4 file."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

import numpy as np
import numpy.typing as npt

from rerun import _mp4, datatypes
from rerun._assets import read_file
from rerun.archetypes.asset_video import AssetVideo


class AssetVideoExt(AssetVideo):
    """The video file from `path` or `contents`, and the presentation times of its frames."""

    @staticmethod
    def _derive_fields(
        *,
        path: str | Path | None = None,
        contents: datatypes.BlobLike | IO[bytes] | None = None,
        media_type: Any = None,
    ) -> dict[str, Any]:
        """A video (e.g. MP4) read from the file at `path`, or given as `contents`.

        Without a `media_type`, it is guessed from the extension of `path`.

        Parameters
        ----------
        path : str | Path, optional
            A video file, read right away. Give either `path` or `contents`.
        contents : BlobLike | IO[bytes], optional
            The file's bytes, or a binary file object (such as `BytesIO`) read to its end.
        """
        blob, media_type = read_file(path, contents, media_type)
        return {"blob": blob, "media_type": media_type}

    def read_frame_timestamps_nanos(self) -> npt.NDArray[np.int64]:
        """The presentation time of every frame of the video, in nanoseconds, in presentation order.

        Times are measured from the first frame shown, so the first one is 0 even when the file
        starts its timeline later (as encoders do for video with B-frames). Only MP4 files are
        read; their first video track counts. The result fits `VideoFrameReference.columns_nanos`.
        Raises RuntimeError when there is no video, the media type is not `video/mp4`, or the MP4
        data cannot be parsed.
        """
        if self.blob is None or len(self.blob) != 1:
            raise RuntimeError("AssetVideo holds no video to read timestamps from")
        if self.media_type is not None and len(self.media_type) == 1:
            media_type = self.media_type.as_arrow_array()[0].as_py()
            if media_type != "video/mp4":
                raise RuntimeError(f"Can only read frame timestamps of MP4 video, not {media_type!r}")
        data = self.blob.as_arrow_array()[0].values.to_numpy(zero_copy_only=False)
        try:
            return _mp4.frame_timestamps_nanos(memoryview(data))
        except _mp4.Mp4Error as error:
            raise RuntimeError(f"Cannot read the frame timestamps of the MP4 video: {error}") from error
