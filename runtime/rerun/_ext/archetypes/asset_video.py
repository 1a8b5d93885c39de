"""AssetVideo: a video file from a path or from bytes; the media type is guessed from the path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rerun._ext.archetypes._asset_utils import guess_media_type, read_contents
from rerun.error_utils import catch_and_log_exceptions


class AssetVideoExt:
    """Extension for `rerun.archetypes.AssetVideo`: `path=` or `contents=`."""

    __slots__ = ()

    def __init__(
        self: Any, *, path: str | Path | None = None, contents: Any = None, media_type: Any = None
    ) -> None:
        """A video (e.g. MP4) read from `path`, or given as `contents`."""
        with catch_and_log_exceptions("AssetVideo") as guard:
            blob = read_contents(path, contents)
            if media_type is None and path is not None:
                media_type = guess_media_type(path)
            self._set_fields(blob=blob, media_type=media_type)
            return
        if guard.failed:
            self._clear_fields()
