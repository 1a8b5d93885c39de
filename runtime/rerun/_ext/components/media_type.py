"""MediaType: a guess from a file name."""

from __future__ import annotations

from pathlib import Path

from rerun._assets import guess_media_type
from rerun.components.media_type import MediaType


class MediaTypeExt(MediaType):
    """`MediaType.guess_from_path(path)`."""

    @staticmethod
    def guess_from_path(path: str | Path) -> MediaType | None:
        """The media type of a file from its extension (e.g. `.png`, in any case), or None if rerun
        knows no such type. The file is not opened."""
        media_type = guess_media_type(path)
        return None if media_type is None else MediaType(media_type)
