"""TensorData: built from a numpy array (or a shape and a flat buffer); Arrow conversion of many."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from rerun import datatypes
from rerun.datatypes.tensor_data import TensorData, TensorDataBatch


class TensorDataExt(TensorData):
    """Tensors from an array, or a shape and a flat buffer; `numpy()`."""

    @staticmethod
    def _derive_fields(
        *,
        shape: Sequence[int] | None = None,
        buffer: Any = None,
        array: Any = None,
        dim_names: Sequence[str] | None = None,
    ) -> dict[str, Any]:
        """A tensor from `array` (its shape and elements), or from `shape` and a flat `buffer`.

        Parameters
        ----------
        shape : Sequence[int], optional
            The size of each dimension, outermost first. Required with `buffer`; with `array`, a
            check that must equal the array's shape.
        buffer : TensorBufferLike, optional
            The elements in row-major order, as a flat array of one numeric type; as many as the
            product of `shape`.
        array : npt.ArrayLike | TensorData, optional
            The tensor as an array-like (numpy array, nested lists), or another `TensorData` to
            copy; instead of `buffer`.
        dim_names : Sequence[str], optional
            One name per dimension, outermost first, e.g. `["height", "width", "channel"]`;
            replaces the names of a copied `TensorData`.
        """
        if array is not None and buffer is not None:
            raise ValueError("Can only provide one of 'array' or 'buffer'")
        dims: Sequence[int]
        if isinstance(array, TensorData):
            dims, buffer = [int(d) for d in array.shape], array.buffer
            dim_names = array.names if dim_names is None else dim_names
        elif array is not None:
            values = np.asarray(array)
            dims, buffer = values.shape, datatypes.TensorBuffer(values)
        elif buffer is not None:
            if shape is None:
                raise ValueError("Must provide 'shape' together with 'buffer'")
            dims = shape
            buffer = buffer if isinstance(buffer, datatypes.TensorBuffer) else datatypes.TensorBuffer(buffer)
        else:
            raise ValueError("Must provide one of 'array' or 'buffer'")
        if shape is not None and tuple(shape) != tuple(dims):
            raise ValueError(f"Provided shape {tuple(shape)} does not match the array shape {tuple(dims)}")
        sizes = np.asarray(dims, dtype=np.uint64).reshape(-1)
        if int(np.prod(sizes)) != buffer.inner.size:
            raise ValueError(f"Shape {tuple(dims)} does not match the buffer of {buffer.inner.size} elements")
        if dim_names is not None and len(dim_names) != len(sizes):
            raise ValueError(f"Got {len(dim_names)} dim_names for a tensor of {len(sizes)} dimensions")
        names = None if dim_names is None else [str(name) for name in dim_names]
        return {"shape": sizes, "names": names, "buffer": buffer}

    def numpy(self, force: bool) -> npt.NDArray[Any]:
        """The elements as a numpy array of the tensor's shape, reshaped without copying (`force`
        has no effect and is accepted for compatibility)."""
        assert self.buffer is not None
        elements: npt.NDArray[Any] = self.buffer.inner
        return elements.reshape([int(d) for d in self.shape])


class TensorDataBatchExt(TensorDataBatch):
    """Batches of tensors of any element types, their buffers in one dense union."""

    @staticmethod
    def _native_to_pa_array(data: Any, data_type: pa.DataType) -> pa.Array:
        """One tensor (anything `TensorData(array=...)` takes), or a sequence of `TensorData`s."""
        if not (isinstance(data, Sequence) and data and all(isinstance(item, TensorData) for item in data)):
            data = [data]
        tensors = [t if isinstance(t, TensorData) else TensorData(array=t) for t in data]
        shapes = pa.array([t.shape for t in tensors], type=data_type.field("shape").type)
        names = pa.array([t.names for t in tensors], type=data_type.field("names").type)
        buffers = _union([t.buffer for t in tensors], data_type.field("buffer").type)
        return pa.StructArray.from_arrays([shapes, names, buffers], fields=list(data_type))


def _union(buffers: list[Any], union_type: pa.DataType) -> pa.Array:
    """The dense union of tensor buffers: one child list array per element type."""
    kinds = {field.name.lower(): child for child, field in enumerate(union_type)}
    codes = np.empty(len(buffers), dtype=np.int8)
    offsets = np.empty(len(buffers), dtype=np.int32)
    members: dict[int, list[npt.NDArray[Any]]] = {}
    for position, buffer in enumerate(buffers):
        child = kinds[buffer.kind]
        codes[position] = union_type.type_codes[child]
        group = members.setdefault(child, [])
        offsets[position] = len(group)
        group.append(buffer.inner)
    # `@null_markers_every_row` on TensorBuffer: the `_null_markers` child has a null per row.
    children = [
        pa.nulls(len(buffers) if child == 0 else 0, field.type) for child, field in enumerate(union_type)
    ]
    for child, arrays in members.items():
        list_type = union_type.field(child).type
        flat = arrays[0] if len(arrays) == 1 else np.concatenate(arrays)
        starts = pa.array(np.cumsum([0] + [array.size for array in arrays], dtype=np.int32))
        children[child] = pa.ListArray.from_arrays(
            starts, pa.array(flat, type=list_type.value_type), type=list_type
        )
    layout = [None, pa.py_buffer(codes), pa.py_buffer(offsets)]
    return pa.UnionArray.from_buffers(union_type, len(buffers), layout, children=children)
