"""EncodedImage: the image file from a path (media type guessed) or from bytes (media type required)."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from rerun import datatypes
from rerun._assets import read_file
from rerun.archetypes.encoded_image import EncodedImage


class EncodedImageExt(EncodedImage):
    """The image file from `path` or `contents`."""

    @staticmethod
    def _derive_fields(
        *,
        path: str | Path | None = None,
        contents: datatypes.BlobLike | IO[bytes] | None = None,
        media_type: Any = None,
    ) -> dict[str, Any]:
        """An encoded image (JPEG, PNG, ...) read from the file at `path`, or given as `contents`.

        `contents` needs a `media_type`; with `path` it is guessed from the file's extension when
        left out.

        Parameters
        ----------
        path : str | Path, optional
            An image file, read right away. Give either `path` or `contents`.
        contents : BlobLike | IO[bytes], optional
            The encoded bytes, or a binary file object (such as `BytesIO`) read to its end.
        """
        blob, media_type = read_file(path, contents, media_type)
        if media_type is None and path is None:
            raise ValueError("Must provide 'media_type' when 'contents' is provided")
        return {"blob": blob, "media_type": media_type}
