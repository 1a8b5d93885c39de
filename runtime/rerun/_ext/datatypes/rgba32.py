"""Rgba32: colours packed as 0xRRGGBBAA from integers, RGB(A) channel values or arrays of either."""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from rerun.datatypes.rgba32 import Rgba32, Rgba32Batch, Rgba32Like
from rerun.error_utils import RerunWarning

_CHANNEL_COUNTS = (3, 4)


def _pack_channels(channels: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint32]:
    """(n, 3) or (n, 4) 8-bit channels as packed 0xRRGGBBAA values (alpha 255 when missing).

    Four bytes R, G, B, A in a row are one big-endian 0xRRGGBBAA, so the packing is a byte-order
    conversion that numpy does in one pass. For RGB rows, each 32-bit read starting at a row also
    takes the next row's red byte as its lowest byte, which the alpha then overwrites.
    """
    rows = np.ascontiguousarray(channels)
    count, width = rows.shape
    if width == 4:
        return rows.view(">u4").reshape(-1).astype(np.uint32)
    packed = np.empty(count, dtype=np.uint32)
    if count == 0:
        return packed
    packed[:-1] = np.ndarray((count - 1,), dtype=">u4", buffer=rows, strides=(3,))
    red, green, blue = rows[-1].tolist()  # its read would run past the end of the buffer
    packed[-1] = (red << 24) | (green << 16) | (blue << 8)
    packed |= 0xFF
    return packed


def _channel_rows(values: npt.NDArray[Any]) -> npt.NDArray[Any]:
    """Channel values as rows of 3 or 4, or a ValueError naming the length that was found."""
    length = values.shape[-1] if values.ndim > 0 else 1
    if length not in _CHANNEL_COUNTS:
        raise ValueError(f"expected sequence of length of 3 or 4, received {length}")
    return values.reshape(-1, length)


def _as_uint32(data: Any, values: npt.NDArray[Any]) -> npt.NDArray[np.uint32]:
    """Integers that already are packed colours (out-of-range Python integers raise OverflowError)."""
    if isinstance(data, np.ndarray):
        return values.astype(np.uint32).reshape(-1)
    return np.asarray(data, dtype=np.uint32).reshape(-1)


def _is_single_color(values: npt.NDArray[Any]) -> bool:
    """Whether a flat integer sequence of length 3 or 4 is one colour's channels, not packed colours."""
    if values.ndim != 1 or len(values) not in _CHANNEL_COUNTS:
        return False
    if values.min() >= 0 and values.max() <= 0xFF:
        return True
    warnings.warn(
        f"Ambiguous input for colors of length {len(values)}. If using 0xRRGGBBAA values, "
        "please wrap as np.array with dtype=np.uint32",
        RerunWarning,
        stacklevel=5,
    )
    return False


def _packed_python_channels(data: Any) -> int | None:
    """A list or tuple of 3 or 4 Python ints in 0-255 as one packed colour; None for anything else.

    The common case of a single colour written inline, converted without numpy.
    """
    if type(data) not in (list, tuple) or len(data) not in _CHANNEL_COUNTS:
        return None
    packed = 0
    for channel in data:
        if type(channel) is not int or not 0 <= channel <= 0xFF:
            return None
        packed = (packed << 8) | channel
    return packed if len(data) == 4 else (packed << 8) | 0xFF


def rgba_u32(data: Any) -> npt.NDArray[np.uint32]:
    """Any accepted colour input as a flat array of packed 0xRRGGBBAA values.

    - `uint32` arrays are packed colours already; `uint8` arrays hold channels.
    - Floats are channels in 0-1 (rounded to 8 bits).
    - Other integers are channels when the last axis has 3 or 4 entries, otherwise packed colours.
    A flat list of 3 or 4 integers is one colour when every value fits in 8 bits; otherwise the
    values are taken as packed colours, with a warning about the ambiguity.
    """
    single = _packed_python_channels(data)
    if single is not None:
        return np.array([single], dtype=np.uint32)
    try:
        values = np.asarray(data)
    except ValueError:  # ragged: colours given in different forms, e.g. RGB next to RGBA
        parts = [rgba_u32(item) for item in data]
        return np.concatenate(parts).astype(np.uint32) if parts else np.zeros(0, dtype=np.uint32)
    if values.size == 0:
        return np.zeros(0, dtype=np.uint32)
    kind = values.dtype.kind
    if values.dtype == np.uint32:
        return values.reshape(-1)
    if values.dtype == np.uint8:
        return _pack_channels(_channel_rows(values))
    if kind == "f":
        scaled = np.clip(np.round(_channel_rows(values) * 255.0), 0, 255)
        return _pack_channels(scaled.astype(np.uint8))
    if kind in "iu":
        if values.ndim == 0 or values.shape[-1] not in _CHANNEL_COUNTS:
            return _as_uint32(data, values)
        if values.ndim == 1 and not _is_single_color(values):
            return _as_uint32(data, values)
        return _pack_channels(_channel_rows(values).astype(np.uint8))
    # Anything else (strings, objects) can only be channel values.
    return _pack_channels(_channel_rows(values).astype(np.float64).round().astype(np.uint8))


class Rgba32Ext(Rgba32):
    """Colours from packed integers, RGB(A) channels or arrays of either."""

    @staticmethod
    def _derive_fields(rgba: Rgba32Like) -> dict[str, Any]:
        """One colour: a packed 0xRRGGBBAA integer, or RGB(A) channels (integers 0-255, floats 0-1).

        Parameters
        ----------
        rgba : Rgba32Like
            The colour: an integer 0xRRGGBBAA, three or four channels, or another `Rgba32`.
        """
        packed = rgba_u32(rgba)
        if len(packed) != 1:
            raise ValueError(f"expected a single color, received {len(packed)}")
        return {"rgba": int(packed[0])}


class Rgba32BatchExt(Rgba32Batch):
    """Batches of packed colours from any of the colour inputs."""

    @staticmethod
    def _native_to_pa_array(data: Any, data_type: pa.DataType) -> pa.Array:
        return pa.array(rgba_u32(data), type=data_type)
