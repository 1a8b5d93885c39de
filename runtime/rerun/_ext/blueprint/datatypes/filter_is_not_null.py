"""FilterIsNotNull: a column selector alone stands for an active filter on that column."""

from __future__ import annotations

from typing import Any

import pyarrow as pa


class FilterIsNotNullExt:
    """Extension for `rerun.blueprint.datatypes.FilterIsNotNull`."""

    __slots__ = ()

    @staticmethod
    def native_to_pa_array_override(input_data: Any, data_type: pa.DataType) -> pa.Array:
        from rerun._converters import struct_array
        from rerun.blueprint.datatypes import (
            ComponentColumnSelector,
            ComponentColumnSelectorBatch,
            FilterIsNotNull,
        )
        from rerun.datatypes import BoolBatch

        def as_filter(value: Any) -> Any:
            if isinstance(value, str | ComponentColumnSelector):
                return FilterIsNotNull(True, value)
            return value

        if isinstance(input_data, str | ComponentColumnSelector | FilterIsNotNull | tuple | dict):
            input_data = [input_data]
        children = (BoolBatch._native_to_pa_array, ComponentColumnSelectorBatch._native_to_pa_array)
        return struct_array([as_filter(value) for value in input_data], data_type, FilterIsNotNull, children)
