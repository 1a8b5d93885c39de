"""Conversions from Python and numpy input to Arrow arrays, called by the generated Batch classes.

Each function handles one shape of Arrow type; the generator picks the function and its arguments
from the model, so a type needs hand-written code only when its input conventions are special.
Numeric input stays in numpy end to end: one conversion to the target dtype, then zero-copy into
Arrow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Enum
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt
import pyarrow as pa

__all__ = [
    "bool_array",
    "empty_array",
    "enum_array",
    "fixed_size_numeric_array",
    "instance_of",
    "list_array",
    "list_of",
    "matrix_array",
    "matrix_values",
    "numeric_array",
    "numeric_values",
    "plain_array",
    "string_array",
    "struct_array",
    "union_array",
]


T = TypeVar("T")

_SCALAR_TYPES = (str, bytes, int, float, bool, np.generic)
# Bytes-like values: one blob of unsigned 8-bit integers. (Tuples, not `a | b` unions, in the hot
# paths: a union is built again each time the expression runs.)
BYTES_LIKE = (bytes, bytearray, memoryview)
_ONE_ITEM = (*BYTES_LIKE, dict)


def _is_scalar(data: Any) -> bool:
    return isinstance(data, _SCALAR_TYPES) or not isinstance(data, Iterable)


def empty_array(data_type: pa.DataType) -> pa.Array:
    """An empty array of any type (pyarrow cannot build an empty dense union from a list)."""
    if pa.types.is_union(data_type):
        children = [empty_array(data_type.field(i).type) for i in range(data_type.num_fields)]
        buffers = [None, pa.py_buffer(b""), pa.py_buffer(b"")]
        return pa.UnionArray.from_buffers(data_type, 0, buffers, children=children)
    if pa.types.is_struct(data_type):
        fields = list(data_type)
        return pa.StructArray.from_arrays([empty_array(f.type) for f in fields], fields=fields)
    if pa.types.is_list(data_type):
        offsets = pa.array([0], type=pa.int32())
        return pa.ListArray.from_arrays(offsets, empty_array(data_type.value_type), type=data_type)
    if pa.types.is_fixed_size_list(data_type):
        return pa.FixedSizeListArray.from_arrays(empty_array(data_type.value_type), type=data_type)
    return pa.array([], type=data_type)


# The Arrow type of each numpy dtype the generated conversions use (cheaper than asking pyarrow).
_NUMERIC_DTYPES = (
    np.uint8,
    np.uint16,
    np.uint32,
    np.uint64,
    np.int8,
    np.int16,
    np.int32,
    np.int64,
    np.float16,
    np.float32,
    np.float64,
)
_ARROW_TYPE_OF = {np.dtype(dtype): pa.from_numpy_dtype(dtype) for dtype in _NUMERIC_DTYPES}


def _primitive(values: npt.NDArray[Any], data_type: pa.DataType) -> pa.Array:
    """Numbers already of the numpy dtype of `data_type`, as a flat Arrow array sharing their memory.

    Wrapping the buffer directly skips the type inference and checks of `pa.array`, which are most
    of the cost of converting a few values.
    """
    flat = values.ravel()  # contiguous; a copy only when `values` is not
    return pa.Array.from_buffers(data_type, flat.size, [None, pa.py_buffer(flat)])


def numeric_values(value: Any, dtype: npt.DTypeLike) -> npt.NDArray[Any]:
    """A value-class field of numbers as a numpy array of `dtype` (no copy when it already is one).

    Bytes (a blob or a UUID given as `bytes`) are read as unsigned 8-bit integers.
    """
    if isinstance(value, BYTES_LIKE):
        return np.frombuffer(value, dtype=np.uint8).astype(dtype, copy=False)
    return np.asarray(value, dtype=dtype)


def numeric_array(data: Any, data_type: pa.DataType, dtype: npt.DTypeLike) -> pa.Array:
    """One number, or any array-like of numbers, as a flat array of `data_type`."""
    return _primitive(np.asarray(data, dtype=dtype), data_type)


def bool_array(data: Any, data_type: pa.DataType) -> pa.Array:
    values = np.asarray(data, dtype=np.bool_).reshape(-1)
    return pa.array(values, type=data_type)


def string_array(data: Any, data_type: pa.DataType) -> pa.Array:
    """One string, or a sequence of them (anything with `str()`)."""
    if _is_scalar(data):
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
    flat = _primitive(values, _ARROW_TYPE_OF[values.dtype])  # the dtype of `data_type`'s values
    return pa.Array.from_buffers(data_type, values.size // size, [None], children=[flat])


def enum_array(data: Any, data_type: pa.DataType, parse: Callable[[Any], Enum]) -> pa.Array:
    """One enum value (member, name or integer) or a sequence of them."""
    if _is_scalar(data):  # a member, a name or an integer
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
    if type(data) is cls:
        items = [data]
    elif isinstance(data, (cls, tuple, dict)) or _is_scalar(data):
        items = [instance_of(cls, data)]
    else:
        items = [instance_of(cls, value) for value in data]
    count = len(items)
    arrays = []
    for index, convert in enumerate(children):
        field = data_type.field(index)  # much cheaper than iterating over `data_type`
        name, field_type = field.name, field.type
        values = [getattr(items[0], name)] if count == 1 else [getattr(item, name) for item in items]
        if convert is None:
            converted = pa.array(values, type=field_type)
        else:
            if count == 1:  # one value, the common case: no loop over the values
                present = values if values[0] is not None else []
            else:
                present = [value for value in values if value is not None]
            converted = convert(present, field_type) if present else empty_array(field_type)
            if len(present) < count:
                converted = _with_nulls(converted, [value is None for value in values])
        if len(converted) != count:
            raise pa.ArrowInvalid("Mismatching child array lengths")
        arrays.append(converted)
    return pa.Array.from_buffers(data_type, count, [None], children=arrays)


def instance_of(cls: type[T], value: Any) -> T:
    """A value class from an instance of it, a tuple of its arguments, a dict of them, or its one
    argument."""
    if isinstance(value, cls):
        return value
    build: Callable[..., T] = cls
    if isinstance(value, tuple):
        return build(*value)
    if isinstance(value, dict):
        return build(**value)
    return build(value)


def _with_nulls(present: pa.Array, missing: list[bool]) -> pa.Array:
    """`present` spread out to the length of `missing`, with nulls where `missing` is set."""
    positions = np.cumsum(np.logical_not(missing)) - 1
    indices = pa.array(positions, type=pa.int64(), mask=np.asarray(missing))
    return present.take(indices)


def list_of(convert: Callable[[Any, pa.DataType], pa.Array]) -> Callable[[Any, pa.DataType], pa.Array]:
    """The conversion of a struct's list field whose items convert with `convert` (a Batch's
    conversion): one list per value, the items of all of them converted at once."""

    def lists(groups: Any, list_type: pa.DataType) -> pa.Array:
        offsets = np.cumsum([0, *(len(group) for group in groups)], dtype=np.int32)
        flat = [item for group in groups for item in group]
        item_type = list_type.value_type
        values = convert(flat, item_type) if flat else empty_array(item_type)
        return pa.ListArray.from_arrays(pa.array(offsets), values, type=list_type)

    return lists


def list_array(
    data: Any,
    data_type: pa.DataType,
    cls: type[Any],
    field_name: str,
    item_convert: Callable[[Any, pa.DataType], pa.Array],
    item_depth: int,
    struct_items: bool = False,
) -> pa.Array:
    """Variable-length lists (a blob, a line strip, a map of pairs) from one list or many.

    One list is: an instance of `cls`, bytes, a dict (of pairs), a numpy array with `item_depth + 1`
    dimensions, or a sequence of items; anything one level deeper is many lists. With
    `struct_items`, a tuple is one item (a struct given by its fields), not a level of nesting.
    Items are converted all at once by `item_convert`.
    """
    item_type = data_type.value_type
    flat: Any
    if isinstance(data, np.ndarray) and data.ndim == item_depth + 2:
        # Many lists of equal length in one array: no per-list work at all.
        offsets = np.arange(data.shape[0] + 1, dtype=np.int32) * data.shape[1]
        flat = data.reshape(data.shape[0] * data.shape[1], *data.shape[2:])
    else:
        entries = [data] if _is_one_list(data, cls, item_depth, struct_items) else list(data)
        all_arrays = bool(entries) and set(map(type, entries)) == {np.ndarray}
        lists = entries if all_arrays else [_list_items(entry, cls, field_name) for entry in entries]
        offsets = np.zeros(len(lists) + 1, dtype=np.int32)
        np.cumsum(np.fromiter(map(len, lists), dtype=np.int32, count=len(lists)), out=offsets[1:])
        if all_arrays or (lists and all(type(items) is np.ndarray for items in lists)):
            flat = lists[0] if len(lists) == 1 else np.concatenate(lists)
        else:
            flat = [item for items in lists for item in items]
    values = item_convert(flat, item_type) if len(flat) else empty_array(item_type)
    return pa.ListArray.from_arrays(pa.array(offsets), values, type=data_type)


def _depth(value: Any, struct_items: bool) -> int:
    if isinstance(value, np.ndarray):
        return value.ndim
    if isinstance(value, _ONE_ITEM):
        return 1
    if isinstance(value, tuple) and struct_items:
        return 0
    if isinstance(value, (list, tuple)):
        return 1 + (_depth(value[0], struct_items) if value else 0)
    return 0


def _is_one_list(data: Any, cls: type[Any], item_depth: int, struct_items: bool) -> bool:
    if isinstance(data, (cls, *_ONE_ITEM)):
        return True
    if isinstance(data, np.ndarray):
        return bool(data.ndim <= item_depth + 1)
    if isinstance(data, (list, tuple)) and data:
        first = data[0]
        if isinstance(first, (cls, *_ONE_ITEM, np.ndarray)):
            return False
        return _depth(data, struct_items) <= item_depth + 1
    return False  # an empty sequence is no lists at all


def _list_items(entry: Any, cls: type[Any], field_name: str) -> Any:
    if type(entry) is np.ndarray:
        return entry
    if isinstance(entry, cls):
        entry = getattr(entry, field_name)
    if isinstance(entry, BYTES_LIKE):
        return np.frombuffer(entry, dtype=np.uint8)
    if isinstance(entry, dict):
        return list(entry.items())
    if isinstance(entry, np.ndarray):
        return entry
    return list(entry)


def union_array(
    data: Any,
    data_type: pa.DataType,
    cls: type[Any],
    variants: tuple[tuple[str, Callable[[Any, pa.DataType], pa.Array] | None], ...],
) -> pa.Array:
    """A dense union from instances of `cls` (with `kind` and `inner`); None is a null value.

    `variants` lists, per union child after the null markers, its `kind` name and the conversion
    of its payload (None for payload-less variants).
    """
    items = [data] if isinstance(data, cls) or data is None else list(data)
    kinds = {name: index + 1 for index, (name, _) in enumerate(variants)}
    child_of = np.zeros(len(items), dtype=np.int8)
    offsets = np.zeros(len(items), dtype=np.int32)
    payloads: list[list[Any]] = [[] for _ in range(len(variants) + 1)]
    for position, item in enumerate(items):
        item = item if item is None or isinstance(item, cls) else cls(item)
        child = 0 if item is None else kinds[item.kind]
        child_of[position] = child
        offsets[position] = len(payloads[child])
        payloads[child].append(None if item is None else item.inner)
    children = [pa.nulls(len(payloads[0]), type=pa.null())]
    for index, (_, convert) in enumerate(variants, start=1):
        child_type = data_type.field(index).type
        if convert is None:
            children.append(pa.nulls(len(payloads[index]), type=pa.null()))
        elif payloads[index]:
            children.append(convert(payloads[index], child_type))
        else:
            children.append(empty_array(child_type))
    codes = np.asarray(data_type.type_codes, dtype=np.int8)[child_of]
    buffers = [None, pa.py_buffer(codes.tobytes()), pa.py_buffer(offsets.tobytes())]
    return pa.UnionArray.from_buffers(data_type, len(items), buffers, children=children)


def plain_array(values: Any, data_type: pa.DataType) -> pa.Array:
    """Values pyarrow can convert as they are (nested lists of numbers, strings, None)."""
    return pa.array(values, type=data_type)


def matrix_values(
    cls: type[Any], rows: Any, columns: Any, size: int, *, column_major: bool
) -> npt.NDArray[np.float32]:
    """The flat stored values of the square matrix given by exactly one of `rows` and `columns`.

    An instance of `cls` is the same matrix whichever argument it is given as; any other value is
    `size` x `size` numbers (nested or flat) listed row by row, or column by column.
    """
    name = cls.__name__
    if (rows is None) == (columns is None):
        raise ValueError(f"{name} needs exactly one of `rows` and `columns`")
    matrix = rows if columns is None else columns
    if isinstance(matrix, cls):
        return np.array(matrix, dtype=np.float32).reshape(-1)
    values = np.array(matrix, dtype=np.float32)  # a copy: the caller's array may change later
    if values.size != size * size:
        raise ValueError(
            f"{name} expects {size}x{size} = {size * size} values, got an array of shape {values.shape}"
        )
    lines = values.reshape(size, size)
    given_by_columns = columns is not None
    return (lines if given_by_columns == column_major else lines.T).reshape(-1)


def matrix_array(data: Any, data_type: pa.DataType, size: int, *, column_major: bool) -> pa.Array:
    """Square matrices given as (size, size) arrays (rows as written) or as flat values already in
    storage order, as a batch of flat matrices."""
    values = np.asarray(data, dtype=np.float32)
    count = size * size
    if values.shape[-2:] == (size, size):
        values = values.reshape(-1, size, size)
        if column_major:
            values = np.swapaxes(values, 1, 2)
    elif values.size % count != 0:
        raise ValueError(
            f"Expected {size}x{size} matrices or flat arrays of {count}, got shape {values.shape}"
        )
    flat = pa.array(values.reshape(-1), type=pa.float32())
    return pa.FixedSizeListArray.from_arrays(flat, type=data_type)
