"""TensorBuffer: a flat numpy array whose dtype picks the union variant."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from rerun.datatypes.tensor_buffer import TensorBuffer

# The variant (`kind`) of each supported element type: "u8" for uint8, ..., "f64" for float64.
_KINDS = {np.dtype(f"{kind}{bits // 8}"): f"{kind}{bits}" for kind in "ui" for bits in (8, 16, 32, 64)}
_KINDS |= {np.dtype(f"f{bits // 8}"): f"f{bits}" for bits in (16, 32, 64)}


class TensorBufferExt(TensorBuffer):
    """Buffers from any numeric array, the variant following from its dtype."""

    def __init__(self, inner: npt.ArrayLike) -> None:
        """The elements of `inner` in row-major order (a view when possible); the variant follows
        from their dtype."""
        values = np.asarray(inner)
        dtype = values.dtype.newbyteorder("=")
        if dtype not in _KINDS:
            raise ValueError(f"Unsupported tensor element type: {values.dtype}")
        self.inner, self.kind = np.ravel(values.astype(dtype, copy=False)), _KINDS[dtype]
