"""FilterIsNotNull: a column selector alone stands for an active filter on that column."""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from rerun import datatypes
from rerun._converters import struct_array
from rerun.blueprint import datatypes as blueprint_datatypes
from rerun.blueprint.datatypes.filter_is_not_null import FilterIsNotNull, FilterIsNotNullBatch


class FilterIsNotNullBatchExt(FilterIsNotNullBatch):
    """A column selector (or its string) is an active filter on that column."""

    @staticmethod
    def _native_to_pa_array(data: Any, data_type: pa.DataType) -> pa.Array:
        selector = (str, blueprint_datatypes.ComponentColumnSelector)
        if isinstance(data, (*selector, FilterIsNotNull, tuple, dict)):
            data = [data]
        filters = [FilterIsNotNull(True, value) if isinstance(value, selector) else value for value in data]
        children = (
            datatypes.BoolBatch._native_to_pa_array,
            blueprint_datatypes.ComponentColumnSelectorBatch._native_to_pa_array,
        )
        return struct_array(filters, data_type, FilterIsNotNull, children)
