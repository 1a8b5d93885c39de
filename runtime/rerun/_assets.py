"""Shared by the archetypes that hold a file: its bytes from a path or from memory, and media types."""

from __future__ import annotations

from pathlib import Path
from typing import Any

# Media types rerun knows by file extension.
_MEDIA_TYPES = {
    ".glb": "model/gltf-binary",
    ".gltf": "model/gltf+json",
    ".jpeg": "image/jpeg",
    ".jpg": "image/jpeg",
    ".md": "text/markdown",
    ".mp4": "video/mp4",
    ".obj": "model/obj",
    ".png": "image/png",
    ".rvl": "application/rvl",
    ".stl": "model/stl",
    ".txt": "text/plain",
}


def guess_media_type(path: str | Path) -> str | None:
    """The media type of a file from its extension, if rerun knows it."""
    return _MEDIA_TYPES.get(Path(path).suffix.lower())


def read_file(path: str | Path | None, contents: Any, media_type: Any) -> tuple[Any, Any]:
    """(blob, media type) of a file given by exactly one of `path` and `contents` (bytes, or a
    binary file object read to its end); without a media type, it is guessed from `path`."""
    if (path is None) == (contents is None):
        raise ValueError("Must provide exactly one of 'path' or 'contents'")
    if path is None:
        return (contents.read() if hasattr(contents, "read") else contents), media_type
    return Path(path).read_bytes(), guess_media_type(path) if media_type is None else media_type
