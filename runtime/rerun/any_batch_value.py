"""AnyBatchValue: log arbitrary data as one component batch (or column), converted by pyarrow."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa

from rerun._baseclasses import ComponentColumn, ComponentDescriptor
from rerun.error_utils import catch_and_log_exceptions

__all__ = ["AnyBatchValue"]

# The Arrow type each component name was first logged with, so that later untyped values
# (None, empty lists) can still be given a type.
_KNOWN_TYPES: dict[str, pa.DataType] = {}


class AnyBatchValue:
    """Arbitrary data as a component batch: Rerun batches are used as they are, anything else goes
    through `numpy.atleast_1d` and `pyarrow.array`."""

    def __init__(
        self,
        descriptor: str | ComponentDescriptor,
        value: Any,
        *,
        drop_untyped_nones: bool = True,
        expect_column: bool = False,
    ) -> None:
        self.descriptor = ComponentDescriptor(descriptor) if isinstance(descriptor, str) else descriptor
        self.pa_array: pa.Array | None = None
        with catch_and_log_exceptions(f"Converting data for '{self.descriptor.component}'"):
            self.pa_array = _to_arrow(self.descriptor.component, value, drop_untyped_nones, expect_column)

    def is_valid(self) -> bool:
        """Whether the value could be converted (invalid values are left out when logging)."""
        return self.pa_array is not None

    def component_descriptor(self) -> ComponentDescriptor:
        return self.descriptor

    def as_arrow_array(self) -> pa.Array:
        if self.pa_array is None:
            raise ValueError(f"no data for component '{self.descriptor.component}'")
        return self.pa_array

    @classmethod
    def column(
        cls, descriptor: str | ComponentDescriptor, value: Any, drop_untyped_nones: bool = True
    ) -> ComponentColumn | None:
        """The value as a column for `send_columns`, one row per entry of its first axis."""
        batch = cls(descriptor, value, drop_untyped_nones=drop_untyped_nones, expect_column=True)
        if not batch.is_valid():
            return None
        return ComponentColumn(batch.descriptor, batch)


def _to_arrow(name: str, value: Any, drop_untyped_nones: bool, expect_column: bool) -> pa.Array | None:
    """Rerun batches as they are; otherwise `pyarrow.array(numpy.atleast_1d(value))`, or for
    nested or ragged data `pyarrow.array(value)` with one entry per outer element."""
    if hasattr(value, "as_arrow_array"):
        array: pa.Array = value.as_arrow_array()
        _KNOWN_TYPES.setdefault(name, array.type)
        return array
    known = _KNOWN_TYPES.get(name)
    if value is None or (isinstance(value, (list, tuple)) and len(value) == 0):
        if known is not None:
            return pa.array([], type=known)
        if drop_untyped_nones:
            return None
        raise ValueError(f"cannot infer a type for '{name}' from an empty value")
    try:
        array = pa.array(np.atleast_1d(np.asarray(value)))
    except (pa.ArrowException, ValueError, TypeError):
        array = pa.array(value if isinstance(value, (list, tuple)) or expect_column else [value])
    if known is not None and array.type != known:
        array = array.cast(known)
    _KNOWN_TYPES.setdefault(name, array.type)
    return array
