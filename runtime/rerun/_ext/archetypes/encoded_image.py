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
        """An encoded image (JPEG, PNG, ...) from `path`, or `contents` with its `media_type`.

        Parameters
        ----------
        path : str | Path, optional
            An image file on the local filesystem; its bytes are read right away. Give either
            `path` or `contents`, not both.
        contents : bytes | IO[bytes] | BlobLike, optional
            The encoded bytes, or an open binary file (such as `BytesIO`) that is read to its end.
            Give either `path` or `contents`, not both; `contents` needs a `media_type`.
        media_type : Utf8Like, optional
            The media type of the file, such as `image/jpeg` or `image/png`.

            Required together with `contents`. With `path` it may be left out: it is then guessed
            from the file's extension (e.g. `.jpg`, `.png`), and when the extension is unknown the
            viewer tries to detect the format from the bytes.
        """
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
