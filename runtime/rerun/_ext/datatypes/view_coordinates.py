"""ViewCoordinates: one direction code (1-6) per axis."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa


class ViewCoordinatesExt:
    """Extension for `rerun.datatypes.ViewCoordinates`: three direction codes, checked on conversion."""

    __slots__ = ()

    def __init__(self: Any, coordinates: Any) -> None:
        """The directions of the x, y and z axes (Up=1, Down=2, Right=3, Left=4, Forward=5, Back=6)."""
        self.coordinates = np.asarray(coordinates, dtype=np.uint8)

    @staticmethod
    def native_to_pa_array_override(data: Any, data_type: pa.DataType) -> pa.Array:
        values = np.atleast_2d(np.asarray(data, dtype=np.uint8))
        if values.ndim != 2 or values.shape[1] != 3:
            raise ValueError(f"ViewCoordinates must be a 3-element array. Got: {values.shape}")
        flat = pa.array(values.reshape(-1), type=data_type.value_type)
        return pa.FixedSizeListArray.from_arrays(flat, type=data_type)
