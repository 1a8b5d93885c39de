"""ColumnOrder: one ordering of entity paths per value."""

from __future__ import annotations

from typing import Any

import pyarrow as pa


class ColumnOrderExt:
    """Extension for `rerun.blueprint.components.ColumnOrder`.

    The whole input is one ordering, and each of its items is taken as text (`str()`), which is
    what the reference SDK does too, even for nested lists and ColumnOrder values inside a list.
    A ColumnOrder value on its own is its own ordering.
    """

    __slots__ = ()

    @staticmethod
    def native_to_pa_array_override(input_data: Any, data_type: pa.DataType) -> pa.Array:
        if isinstance(input_data, ColumnOrderExt):
            input_data = getattr(input_data, "entity_paths")  # noqa: B009 - declared by the generated class
        items = [input_data] if isinstance(input_data, str) else list(input_data)
        return pa.array([[str(item) for item in items]], type=data_type)
