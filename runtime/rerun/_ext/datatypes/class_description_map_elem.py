"""ClassDescriptionMapElem: a class id with its description; a bare description supplies its own id."""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from rerun import datatypes
from rerun.datatypes.class_description_map_elem import ClassDescriptionMapElem, ClassDescriptionMapElemBatch


def _map_elem(value: Any) -> tuple[int, datatypes.ClassDescription]:
    """(class id, ClassDescription) of an entry, or of a description keyed by its own info id."""
    if isinstance(value, ClassDescriptionMapElem):
        return int(value.class_id), datatypes.ClassDescription._from_any(value.class_description)
    description = datatypes.ClassDescription._from_any(value)
    return int(description.info.id), description


class ClassDescriptionMapElemBatchExt(ClassDescriptionMapElemBatch):
    """Entries also from class descriptions, keyed by their own class id."""

    @staticmethod
    def _native_to_pa_array(data: Any, data_type: pa.DataType) -> pa.Array:
        one = (
            ClassDescriptionMapElem,
            datatypes.ClassDescription,
            datatypes.AnnotationInfo,
            tuple,
            dict,
            int,
            str,
        )
        entries = [_map_elem(value) for value in ([data] if isinstance(data, one) else data)]
        class_ids = pa.array([class_id for class_id, _ in entries], type=data_type.field("class_id").type)
        descriptions = datatypes.ClassDescriptionBatch._native_to_pa_array(
            [description for _, description in entries], data_type.field("class_description").type
        )
        return pa.StructArray.from_arrays([class_ids, descriptions], fields=list(data_type))
