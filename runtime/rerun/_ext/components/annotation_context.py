"""AnnotationContext: the input of a batch is always one context (a list of class descriptions)."""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from rerun import datatypes
from rerun._converters import list_array
from rerun.components.annotation_context import AnnotationContext, AnnotationContextBatch


class AnnotationContextBatchExt(AnnotationContextBatch):
    """One context per batch, even an empty one."""

    @staticmethod
    def _native_to_pa_array(data: Any, data_type: pa.DataType) -> pa.Array:
        convert = datatypes.ClassDescriptionMapElemBatch._native_to_pa_array
        return list_array([data], data_type, AnnotationContext, "class_map", convert, 0, True)
