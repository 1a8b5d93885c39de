"""TensorData: built from a numpy array (or a shape and a flat buffer); Arrow conversion of many."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from rerun._ext.datatypes.tensor_buffer import flat_elements
from rerun.datatypes.tensor_buffer import TensorBuffer


class _Tensor(NamedTuple):
    """What one tensor contributes to the Arrow arrays."""

    shape: npt.NDArray[np.uint64]
    names: list[str] | None
    elements: npt.NDArray[Any]
    kind: str


class TensorDataExt:
    """Extension for `rerun.datatypes.TensorData`: `array=` (or `shape=` with `buffer=`), `dim_names=`."""

    __slots__ = ()

    def __init__(
        self: Any,
        *,
        shape: Sequence[int] | None = None,
        buffer: Any = None,
        array: Any = None,
        dim_names: Sequence[str] | None = None,
    ) -> None:
        """A tensor from `array` (its shape and elements), or from `shape` and a flat `buffer`.

        Parameters
        ----------
        shape : Sequence[int], optional
            The size of each dimension, from the outermost to the innermost. Required with
            `buffer`; with `array` it may be given as a check, and must equal the array's shape.
        buffer : TensorBufferLike, optional
            The elements in row-major order, as a flat array of one numeric type; their count
            must be the product of `shape`. Cannot be combined with `array`.
        array : npt.ArrayLike | TensorData, optional
            The tensor as an array-like (numpy array, nested lists), whose shape and elements are
            used, or another `TensorData` to copy. Cannot be combined with `buffer`.
        dim_names : Sequence[str], optional
            A name for each dimension, outermost first, e.g. `["height", "width", "channel"]`;
            there must be exactly one per dimension. Replaces the names of a copied `TensorData`.
        """
        if array is not None and buffer is not None:
            raise ValueError("Can only provide one of 'array' or 'buffer'")
        if isinstance(array, TensorDataExt):
            other: Any = array
            dims: Sequence[int] = [int(d) for d in other.shape]
            buffer = other.buffer
            dim_names = other.names if dim_names is None else dim_names
        elif array is not None:
            values = np.asarray(array)
            dims = values.shape
            buffer = TensorBuffer(values)
        elif buffer is not None:
            if shape is None:
                raise ValueError("Must provide 'shape' together with 'buffer'")
            dims = shape
            buffer = buffer if isinstance(buffer, TensorBuffer) else TensorBuffer(buffer)
        else:
            raise ValueError("Must provide one of 'array' or 'buffer'")
        if shape is not None and tuple(shape) != tuple(dims):
            raise ValueError(f"Provided shape {tuple(shape)} does not match the array shape {tuple(dims)}")
        self.shape = np.asarray(dims, dtype=np.uint64).reshape(-1)
        if int(np.prod(self.shape)) != buffer.inner.size:
            raise ValueError(f"Shape {tuple(dims)} does not match the buffer of {buffer.inner.size} elements")
        if dim_names is not None and len(dim_names) != len(self.shape):
            raise ValueError(f"Got {len(dim_names)} dim_names for a tensor of {len(self.shape)} dimensions")
        names: Any = None if dim_names is None else [str(name) for name in dim_names]
        self.names = names
        self.buffer = buffer

    def numpy(self: Any, force: bool) -> npt.NDArray[Any]:
        """The elements as a numpy array of the tensor's shape.

        Parameters
        ----------
        force : bool
            Has no effect, and is accepted for compatibility: the stored elements are always
            returned, reshaped without copying.
        """
        elements: npt.NDArray[Any] = self.buffer.inner
        return elements.reshape([int(d) for d in self.shape])

    @staticmethod
    def native_to_pa_array_override(data: Any, data_type: pa.DataType) -> pa.Array:
        tensors = [_tensor(item) for item in _items(data)]
        shape_type = data_type.field("shape").type
        dims = np.concatenate([t.shape for t in tensors]) if tensors else np.empty(0, np.uint64)
        shape_offsets = _offsets([len(t.shape) for t in tensors])
        shapes = pa.ListArray.from_arrays(shape_offsets, pa.array(dims, pa.uint64()), type=shape_type)
        names = pa.array([t.names for t in tensors], type=data_type.field("names").type)
        buffers = _union(tensors, data_type.field("buffer").type)
        return pa.StructArray.from_arrays([shapes, names, buffers], fields=list(data_type))


def _items(data: Any) -> list[Any]:
    """One tensor, or a sequence of TensorData values."""
    if isinstance(data, Sequence) and data and all(isinstance(item, TensorDataExt) for item in data):
        return list(data)
    return [data]


def _tensor(item: Any) -> _Tensor:
    if isinstance(item, TensorDataExt):
        tensor: Any = item
        return _Tensor(tensor.shape, tensor.names, tensor.buffer.inner, tensor.buffer.kind)
    values = np.asarray(item)
    elements, kind = flat_elements(values)
    return _Tensor(np.asarray(values.shape, dtype=np.uint64), None, elements, kind)


def _offsets(lengths: list[int]) -> pa.Array:
    offsets = np.zeros(len(lengths) + 1, dtype=np.int32)
    np.cumsum(lengths, out=offsets[1:])
    return pa.array(offsets)


@functools.lru_cache(maxsize=4)
def _union_layout(union_type: pa.DataType) -> tuple[dict[str, tuple[int, int]], list[pa.Array]]:
    """Per element kind its (child, type code), and an empty array for every child."""
    kinds = {
        union_type.field(child).name.lower(): (child, union_type.type_codes[child])
        for child in range(union_type.num_fields)
    }
    empty = [pa.nulls(0, union_type.field(child).type) for child in range(union_type.num_fields)]
    return kinds, empty


def _union(tensors: list[_Tensor], union_type: pa.DataType) -> pa.Array:
    """The dense union of the tensors' buffers: one child list array per element type."""
    kinds, children = _union_layout(union_type)
    children = list(children)
    codes = np.empty(len(tensors), dtype=np.int8)
    offsets = np.empty(len(tensors), dtype=np.int32)
    members: dict[int, list[npt.NDArray[Any]]] = {}
    for position, tensor in enumerate(tensors):
        child, codes[position] = kinds[tensor.kind]
        group = members.setdefault(child, [])
        offsets[position] = len(group)
        group.append(tensor.elements)
    for child, arrays in members.items():
        list_type = union_type.field(child).type
        flat = arrays[0] if len(arrays) == 1 else np.concatenate(arrays)
        values = pa.array(flat, type=list_type.value_type)
        lengths = [array.size for array in arrays]
        children[child] = pa.ListArray.from_arrays(_offsets(lengths), values, type=list_type)
    buffers = [None, pa.py_buffer(codes), pa.py_buffer(offsets)]
    return pa.UnionArray.from_buffers(union_type, len(tensors), buffers, children=children)
