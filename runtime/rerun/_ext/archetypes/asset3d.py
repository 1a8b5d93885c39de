"""Asset3D: the model file from a path or from bytes; the media type is guessed from the path."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from rerun import datatypes
from rerun._assets import read_file
from rerun.archetypes.asset3d import Asset3D


class Asset3DExt(Asset3D):
    """The model file from `path` or `contents`."""

    @staticmethod
    def _derive_fields(
        *,
        path: str | Path | None = None,
        contents: datatypes.BlobLike | IO[bytes] | None = None,
        media_type: Any = None,
    ) -> dict[str, Any]:
        """A 3D model (GLB, glTF, OBJ, STL) read from the file at `path`, or given as `contents`.

        Without a `media_type`, it is guessed from the extension of `path`.

        Parameters
        ----------
        path : str | Path, optional
            A model file, read right away. Give either `path` or `contents`.
        contents : BlobLike | IO[bytes], optional
            The file's bytes, or a binary file object (such as `BytesIO`) read to its end.
        """
        blob, media_type = read_file(path, contents, media_type)
        return {"blob": blob, "media_type": media_type}
