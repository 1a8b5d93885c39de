"""TensorData: built from a numpy array (or a shape and a flat buffer); Arrow conversion of many."""

from __future__ import annotations

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
        """A tensor from `array` (its shape and elements), or from `shape` and a flat `buffer`."""
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
        """The elements as a numpy array of the tensor's shape."""
        elements: npt.NDArray[Any] = self.buffer.inner
        return elements.reshape([int(d) for d in self.shape])

    @staticmethod
    def native_to_pa_array_override(data: Any, data_type: pa.DataType) -> pa.Array:
        tensors = [_tensor(item) for item in _items(data)]
        shape_type = data_type.field("shape").type
        lengths = np.fromiter((len(t.shape) for t in tensors), dtype=np.int32, count=len(tensors))
        dims = np.concatenate([t.shape for t in tensors]) if tensors else np.empty(0, np.uint64)
        shapes = pa.ListArray.from_arrays(_offsets(lengths), pa.array(dims, pa.uint64()), type=shape_type)
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


def _offsets(lengths: npt.NDArray[np.int32]) -> pa.Array:
    return pa.array(np.concatenate([np.zeros(1, np.int32), np.cumsum(lengths, dtype=np.int32)]))


def _union(tensors: list[_Tensor], union_type: pa.DataType) -> pa.Array:
    """The dense union of the tensors' buffers: one child list array per element type."""
    child_of_kind = {union_type.field(i).name.lower(): i for i in range(union_type.num_fields)}
    codes = np.empty(len(tensors), dtype=np.int8)
    offsets = np.empty(len(tensors), dtype=np.int32)
    members: list[list[npt.NDArray[Any]]] = [[] for _ in range(union_type.num_fields)]
    for position, tensor in enumerate(tensors):
        child = child_of_kind[tensor.kind]
        codes[position] = union_type.type_codes[child]
        offsets[position] = len(members[child])
        members[child].append(tensor.elements)
    children = [pa.nulls(0)]
    for child in range(1, union_type.num_fields):
        list_type = union_type.field(child).type
        arrays = members[child]
        lengths = np.fromiter((a.size for a in arrays), dtype=np.int32, count=len(arrays))
        flat: Any = arrays[0] if len(arrays) == 1 else np.concatenate(arrays) if arrays else []
        values = pa.array(flat, type=list_type.value_type)
        children.append(pa.ListArray.from_arrays(_offsets(lengths), values, type=list_type))
    buffers = [None, pa.py_buffer(codes), pa.py_buffer(offsets)]
    return pa.UnionArray.from_buffers(union_type, len(tensors), buffers, children=children)
