"""Uuid: 16 bytes, from `bytes`, `uuid.UUID`, byte arrays or sequences of any of these."""

from __future__ import annotations

import uuid
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from rerun.datatypes.uuid import UuidBatch


def _uuid_bytes(data: Any) -> npt.NDArray[np.uint8]:
    """All the bytes of the given UUIDs, one after the other."""
    if isinstance(data, uuid.UUID):
        data = data.bytes
    if isinstance(data, (bytes, bytearray)):
        return np.frombuffer(data, dtype=np.uint8)
    if isinstance(data, np.ndarray) or not isinstance(data, (list, tuple)):
        return np.asarray(data, dtype=np.uint8).reshape(-1)
    if all(isinstance(item, (bytes, bytearray)) for item in data):
        return np.frombuffer(b"".join(data), dtype=np.uint8)
    parts = [_uuid_bytes(item) for item in data]
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.uint8)


class UuidBatchExt(UuidBatch):
    """UUIDs also as `bytes` and `uuid.UUID`, besides byte arrays."""

    @staticmethod
    def _native_to_pa_array(data: Any, data_type: pa.DataType) -> pa.Array:
        values = _uuid_bytes(data)
        if values.size % 16 != 0:
            raise ValueError(f"A UUID is 16 bytes, got {values.size} bytes")
        return pa.FixedSizeListArray.from_arrays(pa.array(values, type=data_type.value_type), type=data_type)
