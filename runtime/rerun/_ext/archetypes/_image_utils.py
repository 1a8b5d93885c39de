"""Shared by the image archetypes: numpy pixels to an `ImageBuffer` and an `ImageFormat`."""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from rerun.components import ImageBufferBatch
from rerun.datatypes import ChannelDatatype, ColorModel, ImageFormat
from rerun.error_utils import RerunWarning, strict_mode

CHANNEL_DATATYPES: dict[np.dtype[Any], ChannelDatatype] = {
    np.dtype(np.uint8): ChannelDatatype.U8,
    np.dtype(np.int8): ChannelDatatype.I8,
    np.dtype(np.uint16): ChannelDatatype.U16,
    np.dtype(np.int16): ChannelDatatype.I16,
    np.dtype(np.uint32): ChannelDatatype.U32,
    np.dtype(np.int32): ChannelDatatype.I32,
    np.dtype(np.uint64): ChannelDatatype.U64,
    np.dtype(np.int64): ChannelDatatype.I64,
    np.dtype(np.float16): ChannelDatatype.F16,
    np.dtype(np.float32): ChannelDatatype.F32,
    np.dtype(np.float64): ChannelDatatype.F64,
}
CHANNELS = {ColorModel.L: 1, ColorModel.RGB: 3, ColorModel.RGBA: 4, ColorModel.BGR: 3, ColorModel.BGRA: 4}
COLOR_MODEL_OF_CHANNELS = {1: ColorModel.L, 3: ColorModel.RGB, 4: ColorModel.RGBA}


def warn_or_raise(message: str) -> None:
    """Questionable input: a ValueError in strict mode, otherwise a RerunWarning and carry on."""
    if strict_mode():
        raise ValueError(message)
    warnings.warn(message, RerunWarning, stacklevel=3)


def channel_datatype(datatype: Any) -> ChannelDatatype:
    """The channel datatype of a numpy dtype or type, or of a ChannelDatatype-like (member, name, value)."""
    if isinstance(datatype, type | np.dtype):
        dtype = np.dtype(datatype)
        found = CHANNEL_DATATYPES.get(dtype.newbyteorder("="))
        if found is None:
            raise ValueError(f"Unsupported image channel type: {dtype}")
        return found
    return ChannelDatatype.auto(datatype)


def image_buffer(pixels: npt.NDArray[Any]) -> pa.Array:
    """One `ImageBuffer` holding the bytes of `pixels`, row-major, without copying when possible."""
    native = np.ascontiguousarray(pixels.astype(pixels.dtype.newbyteorder("="), copy=False))
    data = native.reshape(-1).view(np.uint8)
    offsets = pa.array(np.array([0, data.size], dtype=np.int32))
    return pa.ListArray.from_arrays(offsets, pa.array(data), type=ImageBufferBatch._ARROW_DATATYPE)


def pixel_image(pixels: npt.NDArray[Any], color_model: ColorModel | None) -> tuple[pa.Array, ImageFormat]:
    """Buffer and format of (height, width) or (height, width, channels) pixels; the element type
    is the channel datatype."""
    height, width = pixels.shape[:2]
    datatype = channel_datatype(pixels.dtype)
    image_format = ImageFormat(width=width, height=height, color_model=color_model, channel_datatype=datatype)
    return image_buffer(pixels), image_format


def single_channel_image(archetype: str, image: npt.ArrayLike) -> tuple[pa.Array, ImageFormat]:
    """Buffer and format of a single-channel (depth or segmentation) image.

    Dimensions of size 1 before or after the two image dimensions are ignored.
    """
    pixels = np.asarray(image)
    shape = list(pixels.shape)
    while len(shape) > 2 and shape[0] == 1:
        shape.pop(0)
    while len(shape) > 2 and shape[-1] == 1:
        shape.pop()
    if len(shape) != 2:
        raise ValueError(f"{archetype} must be 2D, got shape {pixels.shape}")
    return pixel_image(pixels.reshape(shape), None)
