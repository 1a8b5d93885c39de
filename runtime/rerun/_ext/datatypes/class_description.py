"""ClassDescription: an annotation for a class, with optional keypoint annotations and connections."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pyarrow as pa


def annotation_info(value: Any) -> Any:
    """An `AnnotationInfo` from one, an `(id, label[, color])` tuple, a dict of its fields or an id."""
    from rerun.datatypes import AnnotationInfo

    if isinstance(value, AnnotationInfo):
        return value
    if isinstance(value, tuple):
        return AnnotationInfo(*value)
    if isinstance(value, dict):
        return AnnotationInfo(**value)
    return AnnotationInfo(value)


def class_description(value: Any) -> Any:
    """A `ClassDescription` from one, or from anything accepted as its `AnnotationInfo`."""
    from rerun.datatypes import ClassDescription

    if isinstance(value, ClassDescription):
        return value
    if isinstance(value, dict) and "info" in value:
        return ClassDescription(**value)
    return ClassDescription(info=value)


def _keypoint_pair(value: Any) -> Any:
    from rerun.datatypes import KeypointPair

    return value if isinstance(value, KeypointPair) else KeypointPair(*value)


def _list_array(
    groups: list[list[Any]], list_type: pa.DataType, convert: Callable[[Any, pa.DataType], pa.Array]
) -> pa.Array:
    """One list per group, its items converted together by `convert`."""
    offsets = np.zeros(len(groups) + 1, dtype=np.int32)
    np.cumsum([len(group) for group in groups], out=offsets[1:])
    flat = [item for group in groups for item in group]
    values = convert(flat, list_type.value_type) if flat else pa.array([], type=list_type.value_type)
    return pa.ListArray.from_arrays(pa.array(offsets, type=pa.int32()), values, type=list_type)


def class_description_array(descriptions: list[Any], data_type: pa.DataType) -> pa.Array:
    """Arrow struct array of `ClassDescription` instances."""
    from rerun.datatypes import AnnotationInfoBatch, KeypointPairBatch

    infos = AnnotationInfoBatch._native_to_pa_array(
        [d.info for d in descriptions], data_type.field("info").type
    )
    annotations = _list_array(
        [d.keypoint_annotations for d in descriptions],
        data_type.field("keypoint_annotations").type,
        AnnotationInfoBatch._native_to_pa_array,
    )
    connections = _list_array(
        [d.keypoint_connections for d in descriptions],
        data_type.field("keypoint_connections").type,
        KeypointPairBatch._native_to_pa_array,
    )
    return pa.StructArray.from_arrays([infos, annotations, connections], fields=list(data_type))


class ClassDescriptionExt:
    """Extension for `rerun.datatypes.ClassDescription`: keyword construction with converted fields."""

    __slots__ = ()

    def __init__(
        self: Any,
        *,
        info: Any,
        keypoint_annotations: Sequence[Any] | None = [],
        keypoint_connections: Sequence[Any] | None = [],
    ) -> None:
        """A class `info` (AnnotationInfo-like), its keypoints and which keypoints are connected."""
        self.info = annotation_info(info)
        self.keypoint_annotations = [annotation_info(a) for a in keypoint_annotations or ()]
        self.keypoint_connections = [_keypoint_pair(p) for p in keypoint_connections or ()]

    def as_component_batches(self: Any) -> list[Any]:
        """Logged on its own, a class description is an annotation context holding just it."""
        from rerun.archetypes import AnnotationContext

        batches: list[Any] = AnnotationContext([self]).as_component_batches()
        return batches

    @staticmethod
    def native_to_pa_array_override(data: Any, data_type: pa.DataType) -> pa.Array:
        from rerun.datatypes import AnnotationInfo, ClassDescription

        single = isinstance(data, ClassDescription | AnnotationInfo | tuple | dict | int | str)
        items = [class_description(value) for value in ([data] if single else data)]
        return class_description_array(items, data_type)
