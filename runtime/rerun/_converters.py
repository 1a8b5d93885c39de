"""Conversions from Python and numpy input to Arrow arrays, called by the generated Batch classes.

Each function handles one shape of Arrow type; the generator picks the function and its arguments
from the model, so a type needs hand-written code only when its input conventions are special.
Numeric input stays in numpy end to end: one conversion to the target dtype, then zero-copy into
Arrow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Enum
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa

__all__ = [
    "bool_array",
    "enum_array",
    "fixed_size_numeric_array",
    "numeric_array",
    "string_array",
    "struct_array",
]


def _is_scalar(data: Any) -> bool:
    return isinstance(data, str | bytes | int | float | bool | np.generic) or not isinstance(data, Iterable)


def numeric_array(data: Any, data_type: pa.DataType, dtype: npt.DTypeLike) -> pa.Array:
    """One number, or any array-like of numbers, as a flat array of `data_type`."""
    values = np.asarray(data, dtype=dtype).reshape(-1)
    return pa.array(values, type=data_type)


def bool_array(data: Any, data_type: pa.DataType) -> pa.Array:
    values = np.asarray(data, dtype=np.bool_).reshape(-1)
    return pa.array(values, type=data_type)


def string_array(data: Any, data_type: pa.DataType) -> pa.Array:
    """One string, or a sequence of them (anything with `str()`)."""
    if isinstance(data, str) or _is_scalar(data):
        return pa.array([str(data)], type=data_type)
    return pa.array([str(value) for value in data], type=data_type)


def fixed_size_numeric_array(data: Any, data_type: pa.DataType, dtype: npt.DTypeLike, size: int) -> pa.Array:
    """Values of `size` numbers each: a flat array whose length is a multiple of `size`, or (n, size)."""
    values = np.asarray(data, dtype=dtype)
    if (values.ndim > 1 and values.shape[-1] != size) or values.size % size != 0:
        raise ValueError(
            f"Expected either a flat array with a length multiple of {size} elements, or an array with "
            f"shape (`num_elements`, {size}). Shape of passed array was {values.shape}."
        )
    flat = pa.array(values.reshape(-1), type=data_type.value_type)
    return pa.FixedSizeListArray.from_arrays(flat, type=data_type)


def enum_array(data: Any, data_type: pa.DataType, parse: Callable[[Any], Enum]) -> pa.Array:
    """One enum value (member, name or integer) or a sequence of them."""
    if isinstance(data, str | int | Enum) or _is_scalar(data):
        data = [data]
    return pa.array([parse(value).value for value in data], type=data_type)


def struct_array(
    data: Any,
    data_type: pa.DataType,
    cls: type[Any],
    children: tuple[Callable[[Any, pa.DataType], pa.Array] | None, ...],
) -> pa.Array:
    """Struct values from instances of `cls`, tuples of its arguments, dicts of them, or sequences.

    `children` holds, per field in Arrow order, the conversion of a referenced datatype's Batch, or
    None to let pyarrow convert plain values. Missing values of nullable fields become nulls.
    """
    single = isinstance(data, cls | tuple | dict) or _is_scalar(data)
    items = [_instance(cls, value) for value in ([data] if single else data)]
    arrays = []
    for index, convert in enumerate(children):
        field = data_type.field(index)
        values = [getattr(item, field.name) for item in items]
        if convert is None:
            arrays.append(pa.array(values, type=field.type))
            continue
        present = [value for value in values if value is not None]
        converted = convert(present, field.type) if present else pa.array([], type=field.type)
        if len(present) < len(values):
            converted = _with_nulls(converted, [value is None for value in values])
        arrays.append(converted)
    return pa.StructArray.from_arrays(arrays, fields=list(data_type))


def _instance(cls: type[Any], value: Any) -> Any:
    if isinstance(value, cls):
        return value
    if isinstance(value, tuple):
        return cls(*value)
    if isinstance(value, dict):
        return cls(**value)
    return cls(value)


def _with_nulls(present: pa.Array, missing: list[bool]) -> pa.Array:
    """`present` spread out to the length of `missing`, with nulls where `missing` is set."""
    positions = np.cumsum(np.logical_not(missing)) - 1
    indices = pa.array(positions, type=pa.int64(), mask=np.asarray(missing))
    return present.take(indices)
