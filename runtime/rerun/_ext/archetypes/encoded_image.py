"""EncodedImage: an image file from a path (media type guessed) or from bytes (media type required)."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from rerun._ext.archetypes._asset_utils import guess_media_type, read_contents
from rerun.error_utils import catch_and_log_exceptions


class EncodedImageExt:
    """Extension for `rerun.archetypes.EncodedImage`: `path=` or `contents=`."""

    __slots__ = ()

    def __init__(
        self: Any,
        *,
        path: str | Path | None = None,
        contents: bytes | IO[bytes] | Any = None,
        media_type: Any = None,
        opacity: Any = None,
        draw_order: Any = None,
        magnification_filter: Any = None,
    ) -> None:
        """An encoded image (JPEG, PNG, ...) from `path`, or `contents` with its `media_type`."""
        with catch_and_log_exceptions("EncodedImage") as guard:
            blob = read_contents(path, contents)
            if media_type is None:
                if path is None:
                    raise ValueError("Must provide 'media_type' when 'contents' is provided")
                media_type = guess_media_type(path)
            self._set_fields(
                blob=blob,
                media_type=media_type,
                opacity=opacity,
                draw_order=draw_order,
                magnification_filter=magnification_filter,
            )
            return
        if guard.failed:
            self._clear_fields()
