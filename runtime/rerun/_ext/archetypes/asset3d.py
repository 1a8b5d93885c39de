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
        """A 3D asset (GLB, glTF, OBJ, STL) read from `path`, or given as `contents`.

        Parameters
        ----------
        path : str | Path, optional
            A file on the local filesystem; its bytes are read right away. Give either `path` or
            `contents`, not both.
        contents : bytes | IO[bytes] | BlobLike, optional
            The file's bytes, or an open binary file (such as `BytesIO`) that is read to its end.
            Give either `path` or `contents`, not both.
        media_type : Utf8Like, optional
            The media type of the file, such as `model/gltf-binary`, `model/gltf+json`, `model/obj`
            or `model/stl`.

            When missing, it is guessed from the extension of `path` (`.glb`, `.gltf`, `.obj`,
            `.stl`); failing that, the viewer tries to detect the format from the bytes and
            cannot show the model if that fails too.
        """
        with catch_and_log_exceptions("Asset3D") as guard:
            blob = read_contents(path, contents)
            if media_type is None and path is not None:
                media_type = guess_media_type(path)
            self._set_fields(blob=blob, media_type=media_type, albedo_factor=albedo_factor)
            return
        if guard.failed:
            self._clear_fields()
