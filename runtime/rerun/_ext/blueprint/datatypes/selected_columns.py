"""SelectedColumns: one mixed list of columns, sorted into time columns and component columns."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pyarrow as pa

from rerun import datatypes
from rerun._converters import list_of
from rerun.blueprint import components as blueprint_components
from rerun.blueprint import datatypes as blueprint_datatypes
from rerun.blueprint.datatypes.selected_columns import SelectedColumns, SelectedColumnsBatch


class SelectedColumnsExt(SelectedColumns):
    """Selections from one mixed list of columns."""

    @staticmethod
    def _derive_fields(columns: Iterable[Any]) -> dict[str, Any]:
        """The columns to show, sorted into timelines and component columns.

        Parameters
        ----------
        columns : Iterable[str | Utf8 | rerun.blueprint.components.ComponentColumnSelector]
            The columns, in order: a string `"entity/path:Component"` or a
            `rerun.blueprint.components.ComponentColumnSelector` is a component column, any other
            string (or `Utf8`) names a timeline. Anything else raises a ValueError, as does (like
            rerun 0.33.1) a `rerun.blueprint.datatypes.ComponentColumnSelector`.
        """
        time_columns: list[datatypes.Utf8] = []
        component_columns: list[blueprint_components.ComponentColumnSelector] = []
        for column in columns:
            if isinstance(column, blueprint_components.ComponentColumnSelector):
                component_columns.append(column)
            elif isinstance(column, str) and ":" in column:
                component_columns.append(blueprint_components.ComponentColumnSelector(column))
            elif isinstance(column, (str, datatypes.Utf8)):
                time_columns.append(datatypes.Utf8(column) if isinstance(column, str) else column)
            else:
                raise ValueError(f"Unexpected column type: {column}")
        return {"time_columns": time_columns, "component_columns": component_columns}


class SelectedColumnsBatchExt(SelectedColumnsBatch):
    """Batches also from one flat list of columns."""

    @staticmethod
    def _native_to_pa_array(data: Any, data_type: pa.DataType) -> pa.Array:
        """A `SelectedColumns`, a list of them (or of column lists), or one flat list of columns."""
        if isinstance(data, SelectedColumns):
            items = [data]
        else:
            data = list(data)
            column = (str, datatypes.Utf8, blueprint_datatypes.ComponentColumnSelector)
            if not data or any(isinstance(value, column) for value in data):
                items = [SelectedColumns(data)]
            else:
                items = [v if isinstance(v, SelectedColumns) else SelectedColumns(v) for v in data]
        time_type, component_type = data_type.field(0).type, data_type.field(1).type
        time_columns = pa.array([[str(name) for name in item.time_columns] for item in items], type=time_type)
        selectors = list_of(blueprint_datatypes.ComponentColumnSelectorBatch._native_to_pa_array)
        component_columns = selectors([item.component_columns for item in items], component_type)
        return pa.StructArray.from_arrays([time_columns, component_columns], fields=list(data_type))
