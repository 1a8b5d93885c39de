"""Mesh3D: the albedo texture is given as an image array and stored as a buffer and a format."""

from __future__ import annotations

from typing import Any

import numpy as np

from rerun.error_utils import catch_and_log_exceptions

_COLOR_MODELS = {1: "L", 3: "RGB", 4: "RGBA"}


def _texture(image: Any) -> tuple[Any, Any]:
    """(albedo_texture_buffer, albedo_texture_format) of an (h, w) or (h, w, 1|3|4) image array."""
    from rerun._ext.archetypes._image_utils import channel_datatype, image_buffer
    from rerun.datatypes import ImageFormat

    pixels = np.asarray(image)
    channels = pixels.shape[2] if pixels.ndim == 3 else 1
    if pixels.ndim not in (2, 3) or channels not in _COLOR_MODELS:
        raise ValueError(f"Expected an albedo texture of shape (h, w), or (h, w, 1|3|4), got {pixels.shape}")
    height, width = pixels.shape[:2]
    image_format = ImageFormat(
        width=width,
        height=height,
        color_model=_COLOR_MODELS[channels],
        channel_datatype=channel_datatype(pixels.dtype),
    )
    return image_buffer(pixels), image_format


class Mesh3DExt:
    """Extension for `rerun.archetypes.Mesh3D`."""

    def __init__(
        self: Any,
        *,
        vertex_positions: Any,
        triangle_indices: Any = None,
        vertex_normals: Any = None,
        vertex_colors: Any = None,
        vertex_texcoords: Any = None,
        albedo_texture: Any = None,
        albedo_factor: Any = None,
        face_rendering: Any = None,
        class_ids: Any = None,
    ) -> None:
        """A triangle mesh; `albedo_texture` is an image array, sampled at `vertex_texcoords`.

        Parameters
        ----------
        albedo_texture : npt.ArrayLike, optional
            The base color texture, as an image array of shape (height, width) for luminance, or
            (height, width, channels) with 1, 3 (RGB) or 4 (RGBA) channels, in sRGB; the element
            type becomes the channel datatype. It is stored as the `albedo_texture_buffer` and
            `albedo_texture_format` fields and mapped onto the mesh by `vertex_texcoords`.
        """
        with catch_and_log_exceptions("Mesh3D") as guard:
            buffer, image_format = (None, None) if albedo_texture is None else _texture(albedo_texture)
            self._set_fields(
                vertex_positions=vertex_positions,
                triangle_indices=triangle_indices,
                vertex_normals=vertex_normals,
                vertex_colors=vertex_colors,
                vertex_texcoords=vertex_texcoords,
                albedo_factor=albedo_factor,
                face_rendering=face_rendering,
                albedo_texture_buffer=buffer,
                albedo_texture_format=image_format,
                class_ids=class_ids,
            )
            return
        if guard.failed:
            self._clear_fields()
