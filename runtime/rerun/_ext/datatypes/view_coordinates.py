"""ViewCoordinates: one direction code (1-6) per axis, checked on conversion."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa

from rerun.datatypes.view_coordinates import ViewCoordinatesBatch


class ViewCoordinatesBatchExt(ViewCoordinatesBatch):
    """Values checked to be three direction codes each."""

    @staticmethod
    def _native_to_pa_array(data: Any, data_type: pa.DataType) -> pa.Array:
        values = np.atleast_2d(np.asarray(data, dtype=np.uint8))
        if values.ndim != 2 or values.shape[1] != 3:
            raise ValueError(f"ViewCoordinates must be a 3-element array. Got: {values.shape}")
        flat = pa.array(values.reshape(-1), type=data_type.value_type)
        return pa.FixedSizeListArray.from_arrays(flat, type=data_type)
