"""Mesh3D: the albedo texture is given as an image array and stored as a buffer and a format."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from rerun._image import COLOR_MODEL_OF_CHANNELS, pixel_image
from rerun.archetypes.mesh3d import Mesh3D


class Mesh3DExt(Mesh3D):
    """The albedo texture as one image array."""

    @staticmethod
    def _derive_fields(*, albedo_texture: npt.ArrayLike | None = None) -> dict[str, Any]:
        """A triangle mesh; `albedo_texture` is an image array, sampled at `vertex_texcoords`.

        Parameters
        ----------
        albedo_texture : npt.ArrayLike, optional
            The base color texture, in sRGB, as an image array of shape (height, width), or
            (height, width, channels) with 1 (luminance), 3 (RGB) or 4 (RGBA) channels; the
            element type is the channel datatype. It is stored as the `albedo_texture_buffer`
            and `albedo_texture_format` fields.
        """
        if albedo_texture is None:
            return {"albedo_texture_buffer": None, "albedo_texture_format": None}
        pixels = np.asarray(albedo_texture)
        channels = pixels.shape[2] if pixels.ndim == 3 else 1
        if pixels.ndim not in (2, 3) or channels not in COLOR_MODEL_OF_CHANNELS:
            raise ValueError(
                f"Expected an albedo texture of shape (h, w), or (h, w, 1|3|4), got {pixels.shape}"
            )
        buffer, image_format = pixel_image(pixels, COLOR_MODEL_OF_CHANNELS[channels])
        return {"albedo_texture_buffer": buffer, "albedo_texture_format": image_format}
