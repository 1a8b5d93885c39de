"""AnnotationContext: the input is always one context (a list of class descriptions)."""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from rerun._converters import list_array


class AnnotationContextExt:
    """Extension for `rerun.components.AnnotationContext`: one context per batch, even when empty."""

    __slots__ = ()

    @staticmethod
    def native_to_pa_array_override(data: Any, data_type: pa.DataType) -> pa.Array:
        from rerun.components import AnnotationContext
        from rerun.datatypes import ClassDescriptionMapElemBatch

        convert = ClassDescriptionMapElemBatch._native_to_pa_array
        return list_array([data], data_type, AnnotationContext, "class_map", convert, 0, True)
