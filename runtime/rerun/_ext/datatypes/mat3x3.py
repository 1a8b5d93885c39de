"""Mat3x3: a 3x3 matrix given row by row, stored column by column."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt
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


def flat_columns(matrix_class: type[Any], rows: Any, columns: Any, size: int) -> npt.NDArray[np.float32]:
    """The square matrix given by exactly one of `rows` and `columns`, as its flat column-major values.

    An instance of `matrix_class` is the same matrix whichever argument it is given as; any other
    value is `size` x `size` numbers (nested or flat) listed row by row, or column by column.
    """
    name = matrix_class.__name__
    if (rows is None) == (columns is None):
        raise ValueError(f"{name} needs exactly one of `rows` and `columns`")
    matrix = rows if columns is None else columns
    if isinstance(matrix, matrix_class):
        return np.array(matrix.flat_columns, dtype=np.float32).reshape(-1)
    values = np.array(matrix, dtype=np.float32)  # a copy: the caller's array may change later
    if values.size != size * size:
        raise ValueError(
            f"{name} expects {size}x{size} = {size * size} values, got an array of shape {values.shape}"
        )
    lines = values.reshape(size, size)
    return (lines if columns is not None else lines.T).reshape(-1)


class Mat3x3Ext:
    """Extension for `rerun.datatypes.Mat3x3`: rows in, columns out."""

    __slots__ = ()

    def __init__(self: Any, rows: Any = None, *, columns: Any = None) -> None:
        """A 3x3 matrix from its rows or, with `columns=`, from its columns.

        Exactly one of `rows` and `columns` must be given. A `Mat3x3` given as either is copied.

        Parameters
        ----------
        rows : Mat3x3Like, optional
            The matrix as it is written down: three rows of three numbers (a nested sequence or a
            3x3 array), or nine numbers row after row.
        columns : Mat3x3Like, optional
            The matrix column by column: three columns of three numbers, or nine numbers column
            after column (the order they are stored in).
        """
        from rerun.datatypes import Mat3x3

        self.flat_columns = flat_columns(Mat3x3, rows, columns, 3)

    @staticmethod
    def native_to_pa_array_override(data: Any, data_type: pa.DataType) -> pa.Array:
        return column_major(data, data_type, 3)
