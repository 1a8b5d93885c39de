"""Image: buffer and format from a numpy array (or from raw bytes with an explicit layout)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa

from rerun._ext.archetypes._image_utils import channel_datatype, image_buffer, warn_or_raise
from rerun.datatypes import ColorModel, ImageFormat
from rerun.error_utils import catch_and_log_exceptions

_CHANNELS = {ColorModel.L: 1, ColorModel.RGB: 3, ColorModel.RGBA: 4, ColorModel.BGR: 3, ColorModel.BGRA: 4}
_MODEL_OF_CHANNELS = {1: ColorModel.L, 3: ColorModel.RGB, 4: ColorModel.RGBA}


def _from_array(image: Any, color_model: Any) -> tuple[pa.Array, ImageFormat]:
    """An (height, width) or (height, width, channels) array; the color model is inferred if not given."""
    pixels = np.asarray(image)
    if pixels.ndim not in (2, 3):
        raise ValueError(f"Expected a 2D or 3D tensor, got {pixels.shape}")
    channels = 1 if pixels.ndim == 2 else pixels.shape[2]
    if color_model is None:
        model = _MODEL_OF_CHANNELS.get(channels)
        if model is None:
            warn_or_raise(f"Expected 1, 3, or 4 channels; got {channels}")
    else:
        model = ColorModel.auto(color_model)
        if channels != _CHANNELS[model]:
            warn_or_raise(f"Expected {_CHANNELS[model]} channels for {model}; got {channels} channels")
    height, width = pixels.shape[:2]
    image_format = ImageFormat(
        width=width, height=height, color_model=model, channel_datatype=channel_datatype(pixels.dtype)
    )
    return image_buffer(pixels), image_format


def _from_bytes(
    data: Any, width: int | None, height: int | None, pixel_format: Any, color_model: Any, datatype: Any
) -> tuple[pa.Array, ImageFormat]:
    """Raw bytes laid out as `pixel_format`, or as `color_model` with channels of `datatype`."""
    if data is None:
        raise ValueError("Must provide either 'image' or 'bytes'")
    if width is None or height is None:
        raise ValueError("Must provide 'width' and 'height' together with 'bytes'")
    if pixel_format is None and (color_model is None or datatype is None):
        raise ValueError(
            "Must provide 'pixel_format', or 'color_model' and 'datatype', together with 'bytes'"
        )
    image_format = ImageFormat(
        width=width,
        height=height,
        pixel_format=pixel_format,
        color_model=color_model,
        channel_datatype=None if datatype is None else channel_datatype(datatype),
    )
    return image_buffer(np.frombuffer(data, dtype=np.uint8)), image_format


class ImageExt:
    """Extension for `rerun.archetypes.Image`: infers the format from the array's shape and dtype."""

    __slots__ = ()

    def __init__(
        self: Any,
        image: Any = None,
        color_model: Any = None,
        *,
        pixel_format: Any = None,
        datatype: Any = None,
        bytes: Any = None,
        width: int | None = None,
        height: int | None = None,
        opacity: Any = None,
        draw_order: Any = None,
        magnification_filter: Any = None,
    ) -> None:
        """An image from an array (`image`, optionally with its `color_model`), or from raw `bytes` of
        `width` x `height` pixels laid out as `pixel_format`, or as `color_model` with `datatype`."""
        if image is None:
            buffer, image_format = _from_bytes(bytes, width, height, pixel_format, color_model, datatype)
        elif bytes is not None or width is not None or height is not None:
            raise ValueError("Cannot combine 'image' with 'bytes', 'width' or 'height'")
        elif pixel_format is not None or datatype is not None:
            raise ValueError("'pixel_format' and 'datatype' go with 'bytes', not with 'image'")
        else:
            buffer, image_format = _from_array(image, color_model)
        with catch_and_log_exceptions("Image") as guard:
            self._set_fields(
                buffer=buffer,
                format=image_format,
                opacity=opacity,
                draw_order=draw_order,
                magnification_filter=magnification_filter,
            )
            return
        if guard.failed:
            self._clear_fields()
