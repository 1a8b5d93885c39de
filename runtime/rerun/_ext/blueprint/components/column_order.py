"""ColumnOrder: the whole input of a batch is one ordering of entity paths."""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from rerun.blueprint.components.column_order import ColumnOrder, ColumnOrderBatch


class ColumnOrderBatchExt(ColumnOrderBatch):
    """One ordering per batch, its items taken as text."""

    @staticmethod
    def _native_to_pa_array(data: Any, data_type: pa.DataType) -> pa.Array:
        """The whole input is one ordering (a `ColumnOrder` is its own), and each of its items is
        taken as text (`str()`), as the reference SDK does, even nested lists and `ColumnOrder`s."""
        if isinstance(data, ColumnOrder):
            data = data.entity_paths
        items = [data] if isinstance(data, str) else list(data)
        return pa.array([[str(item) for item in items]], type=data_type)
