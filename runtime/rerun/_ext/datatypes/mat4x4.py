"""Mat4x4: a 4x4 matrix given row by row, stored column by column."""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from rerun._ext.datatypes.mat3x3 import column_major


class Mat4x4Ext:
    """Extension for `rerun.datatypes.Mat4x4`: rows in, columns out."""

    __slots__ = ()

    @staticmethod
    def native_to_pa_array_override(data: Any, data_type: pa.DataType) -> pa.Array:
        return column_major(data, data_type, 4)
