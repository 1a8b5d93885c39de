"""Shared by the archetypes that hold a file: contents from a path or from memory, and media types."""

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


def read_contents(path: str | Path | None, contents: Any) -> Any:
    """The file's bytes: read from `path`, or `contents` itself (read first if it is a file object)."""
    if (path is None) == (contents is None):
        raise ValueError("Must provide exactly one of 'path' or 'contents'")
    if path is not None:
        return Path(path).read_bytes()
    if hasattr(contents, "read"):
        return contents.read()
    return contents
