"""Mat4x4: a 4x4 matrix given row by row, stored column by column."""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from rerun._ext.datatypes.mat3x3 import column_major, flat_columns


class Mat4x4Ext:
    """Extension for `rerun.datatypes.Mat4x4`: rows in, columns out."""

    __slots__ = ()

    def __init__(self: Any, rows: Any = None, *, columns: Any = None) -> None:
        """A 4x4 matrix from its rows or, with `columns=`, from its columns.

        Exactly one of `rows` and `columns` must be given. A `Mat4x4` given as either is copied.

        Parameters
        ----------
        rows : Mat4x4Like, optional
            The matrix as it is written down: four rows of four numbers (a nested sequence or a
            4x4 array), or sixteen numbers row after row.
        columns : Mat4x4Like, optional
            The matrix column by column: four columns of four numbers, or sixteen numbers column
            after column (the order they are stored in).
        """
        from rerun.datatypes import Mat4x4

        self.flat_columns = flat_columns(Mat4x4, rows, columns, 4)

    @staticmethod
    def native_to_pa_array_override(data: Any, data_type: pa.DataType) -> pa.Array:
        return column_major(data, data_type, 4)
