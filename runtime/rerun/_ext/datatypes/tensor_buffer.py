"""TensorBuffer: a flat numpy array whose dtype picks the union variant."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

# The union variant (`kind`) for each supported element type.
KIND_OF_DTYPE: dict[np.dtype[Any], str] = {
    np.dtype(np.uint8): "u8",
    np.dtype(np.uint16): "u16",
    np.dtype(np.uint32): "u32",
    np.dtype(np.uint64): "u64",
    np.dtype(np.int8): "i8",
    np.dtype(np.int16): "i16",
    np.dtype(np.int32): "i32",
    np.dtype(np.int64): "i64",
    np.dtype(np.float16): "f16",
    np.dtype(np.float32): "f32",
    np.dtype(np.float64): "f64",
}


def flat_elements(array: npt.NDArray[Any]) -> tuple[npt.NDArray[Any], str]:
    """The elements of `array` in row-major order (a view when possible) and their union variant."""
    kind = KIND_OF_DTYPE.get(array.dtype.newbyteorder("="))
    if kind is None:
        raise ValueError(f"Unsupported tensor element type: {array.dtype}")
    return np.ravel(array.astype(array.dtype.newbyteorder("="), copy=False)), kind


class TensorBufferExt:
    """Extension for `rerun.datatypes.TensorBuffer`: built from any numeric array."""

    __slots__ = ()

    def __init__(self: Any, inner: npt.ArrayLike) -> None:
        """The elements of `inner`, flattened; the variant follows from their dtype."""
        self.inner, self.kind = flat_elements(np.asarray(inner))
