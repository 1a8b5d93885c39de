"""ClassDescriptionMapElem: a class id with its description; a bare description supplies its own id."""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from rerun._ext.datatypes.class_description import class_description, class_description_array


def _map_elem(value: Any) -> tuple[int, Any]:
    """(class id, ClassDescription) of an entry, or of a description keyed by its own info id."""
    from rerun.datatypes import ClassDescriptionMapElem

    if isinstance(value, ClassDescriptionMapElem):
        return int(value.class_id), class_description(value.class_description)
    description = class_description(value)
    return int(description.info.id), description


class ClassDescriptionMapElemExt:
    """Extension for `rerun.datatypes.ClassDescriptionMapElem`: also built from class descriptions."""

    __slots__ = ()

    @staticmethod
    def native_to_pa_array_override(data: Any, data_type: pa.DataType) -> pa.Array:
        from rerun.datatypes import AnnotationInfo, ClassDescription, ClassDescriptionMapElem

        single = isinstance(
            data, ClassDescriptionMapElem | ClassDescription | AnnotationInfo | tuple | dict | int | str
        )
        entries = [_map_elem(value) for value in ([data] if single else data)]
        class_ids = pa.array([class_id for class_id, _ in entries], type=data_type.field("class_id").type)
        descriptions = class_description_array(
            [description for _, description in entries], data_type.field("class_description").type
        )
        return pa.StructArray.from_arrays([class_ids, descriptions], fields=list(data_type))
