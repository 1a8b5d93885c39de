"""SelectedColumns: one mixed list of columns, sorted into time columns and component columns."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
import pyarrow as pa


class SelectedColumnsExt:
    """Extension for `rerun.blueprint.datatypes.SelectedColumns`."""

    __slots__ = ()

    def __init__(self: Any, columns: Iterable[Any]) -> None:
        """Sort `columns` into their fields.

        A string `"entity/path:Component"` (or a `rerun.blueprint.components.ComponentColumnSelector`)
        is a component column; any other string (or `Utf8`) names a timeline. Like rerun 0.33.1, a
        `rerun.blueprint.datatypes.ComponentColumnSelector` is rejected.

        Parameters
        ----------
        columns : Iterable[str | Utf8 | rerun.blueprint.components.ComponentColumnSelector]
            The columns to show, in order: timeline names, and component columns written as
            `"entity/path:Component"` or given as selectors. Any other value raises a ValueError.
        """
        from rerun.blueprint.components import ComponentColumnSelector
        from rerun.datatypes import Utf8

        time_columns: list[Any] = []
        component_columns: list[Any] = []
        for column in columns:
            if isinstance(column, ComponentColumnSelector):
                component_columns.append(column)
            elif isinstance(column, str) and ":" in column:
                component_columns.append(ComponentColumnSelector(column))
            elif isinstance(column, str | Utf8):
                time_columns.append(column if isinstance(column, Utf8) else Utf8(column))
            else:
                raise ValueError(f"Unexpected column type: {column}")
        self.time_columns = time_columns
        self.component_columns = component_columns

    @staticmethod
    def native_to_pa_array_override(input_data: Any, data_type: pa.DataType) -> pa.Array:
        """A `SelectedColumns`, a list of them (or of column lists), or one flat list of columns."""
        from rerun.blueprint.datatypes import (
            ComponentColumnSelector,
            ComponentColumnSelectorBatch,
            SelectedColumns,
        )
        from rerun.datatypes import Utf8

        if isinstance(input_data, SelectedColumns):
            items = [input_data]
        else:
            input_data = list(input_data)
            if not input_data or any(
                isinstance(value, str | Utf8 | ComponentColumnSelector) for value in input_data
            ):
                items = [SelectedColumns(input_data)]
            else:
                items = [v if isinstance(v, SelectedColumns) else SelectedColumns(v) for v in input_data]

        time_type, component_type = data_type.field(0).type, data_type.field(1).type
        time_columns = pa.array([[str(name) for name in item.time_columns] for item in items], type=time_type)
        selectors = [selector for item in items for selector in item.component_columns]
        offsets = np.cumsum([0] + [len(item.component_columns) for item in items], dtype=np.int32)
        values = ComponentColumnSelectorBatch._native_to_pa_array(selectors, component_type.value_type)
        component_columns = pa.ListArray.from_arrays(pa.array(offsets), values, type=component_type)
        return pa.StructArray.from_arrays([time_columns, component_columns], fields=list(data_type))
