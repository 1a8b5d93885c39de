"""Mat3x3: a 3x3 matrix given row by row, stored column by column."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa


def column_major(data: Any, data_type: pa.DataType, size: int) -> pa.Array:
    """Matrices given as (size, size) arrays (row-major, as written) or flat lists already in
    column-major order, as a batch of flat column-major matrices."""
    values = np.asarray(data, dtype=np.float32)
    count = size * size
    if values.shape[-2:] == (size, size):
        values = np.swapaxes(values.reshape(-1, size, size), 1, 2)
    elif values.size % count != 0:
        raise ValueError(
            f"Expected {size}x{size} matrices or flat arrays of {count}, got shape {values.shape}"
        )
    flat = pa.array(values.reshape(-1), type=pa.float32())
    return pa.FixedSizeListArray.from_arrays(flat, type=data_type)


class Mat3x3Ext:
    """Extension for `rerun.datatypes.Mat3x3`: rows in, columns out."""

    __slots__ = ()

    @staticmethod
    def native_to_pa_array_override(data: Any, data_type: pa.DataType) -> pa.Array:
        return column_major(data, data_type, 3)
