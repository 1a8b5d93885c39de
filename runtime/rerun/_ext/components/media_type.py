"""MediaType: a guess from a file name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rerun._ext.archetypes._asset_utils import guess_media_type


class MediaTypeExt:
    """Extension for `rerun.components.MediaType`: `guess_from_path`."""

    __slots__ = ()

    @staticmethod
    def guess_from_path(path: str | Path) -> Any:
        """The media type of a file from its extension (e.g. `.png`), or None if rerun knows no such type.

        Parameters
        ----------
        path : str | Path
            The file's name or path; only its extension is looked at (in any case), the file is
            not opened.
        """
        from rerun.components import MediaType

        media_type = guess_media_type(path)
        return None if media_type is None else MediaType(media_type)
