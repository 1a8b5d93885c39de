"""Asset3D: a mesh file from a path or from bytes; the media type is guessed from the path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rerun._ext.archetypes._asset_utils import guess_media_type, read_contents
from rerun.error_utils import catch_and_log_exceptions


class Asset3DExt:
    """Extension for `rerun.archetypes.Asset3D`: `path=` or `contents=`."""

    __slots__ = ()

    def __init__(
        self: Any,
        *,
        path: str | Path | None = None,
        contents: Any = None,
        media_type: Any = None,
        albedo_factor: Any = None,
    ) -> None:
        """A 3D asset (GLB, glTF, OBJ, STL) read from `path`, or given as `contents`."""
        with catch_and_log_exceptions("Asset3D") as guard:
            blob = read_contents(path, contents)
            if media_type is None and path is not None:
                media_type = guess_media_type(path)
            self._set_fields(blob=blob, media_type=media_type, albedo_factor=albedo_factor)
            return
        if guard.failed:
            self._clear_fields()
