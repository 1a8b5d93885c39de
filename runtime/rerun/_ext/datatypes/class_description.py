"""ClassDescription: an annotation for a class, with optional keypoint annotations and connections."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pyarrow as pa

from rerun import archetypes, datatypes
from rerun._baseclasses import DescribedComponentBatch
from rerun._converters import struct_array
from rerun.datatypes.class_description import ClassDescription, ClassDescriptionBatch


def _annotation_info(value: Any) -> datatypes.AnnotationInfo:
    """An `AnnotationInfo` from one, an `(id, label[, color])` tuple, a dict of its fields or an id."""
    if isinstance(value, datatypes.AnnotationInfo):
        return value
    if isinstance(value, tuple):
        return datatypes.AnnotationInfo(*value)
    if isinstance(value, dict):
        return datatypes.AnnotationInfo(**value)
    return datatypes.AnnotationInfo(value)


def _lists(
    groups: list[Any], list_type: pa.DataType, convert: Callable[[Any, pa.DataType], pa.Array]
) -> pa.Array:
    """One list per group, the items of all of them converted together by `convert`."""
    offsets = np.cumsum([0] + [len(group) for group in groups], dtype=np.int32)
    flat = [item for group in groups for item in group]
    values = convert(flat, list_type.value_type) if flat else pa.array([], type=list_type.value_type)
    return pa.ListArray.from_arrays(pa.array(offsets), values, type=list_type)


class ClassDescriptionExt(ClassDescription):
    """Fields from loose forms, by keyword; logged on its own, an annotation context."""

    @staticmethod
    def _derive_fields(
        *,
        info: Any,
        keypoint_annotations: Sequence[datatypes.AnnotationInfoLike] | None = [],
        keypoint_connections: Sequence[datatypes.KeypointPairLike] | None = [],
    ) -> dict[str, Any]:
        """A class `info` (AnnotationInfo-like), its keypoints and which keypoints are connected."""
        return {
            "info": _annotation_info(info),
            "keypoint_annotations": [_annotation_info(a) for a in keypoint_annotations or ()],
            "keypoint_connections": [
                p if isinstance(p, datatypes.KeypointPair) else datatypes.KeypointPair(*p)
                for p in keypoint_connections or ()
            ],
        }

    @staticmethod
    def _from_any(value: Any) -> ClassDescription:
        """A `ClassDescription` from one, a dict of its fields, or anything taken as its `AnnotationInfo`."""
        if isinstance(value, ClassDescription):
            return value
        if isinstance(value, dict) and "info" in value:
            return ClassDescription(**value)
        return ClassDescription(info=value)

    def as_component_batches(self) -> list[DescribedComponentBatch]:
        """Logged on its own, a class description is an annotation context holding just it."""
        return archetypes.AnnotationContext([self]).as_component_batches()


class ClassDescriptionBatchExt(ClassDescriptionBatch):
    """Batches also from anything accepted as an `AnnotationInfo`."""

    @staticmethod
    def _native_to_pa_array(data: Any, data_type: pa.DataType) -> pa.Array:
        single = isinstance(data, ClassDescription | datatypes.AnnotationInfo | tuple | dict | int | str)
        items = [ClassDescription._from_any(value) for value in ([data] if single else data)]
        infos = datatypes.AnnotationInfoBatch._native_to_pa_array
        pairs = datatypes.KeypointPairBatch._native_to_pa_array
        children = (infos, functools.partial(_lists, convert=infos), functools.partial(_lists, convert=pairs))
        return struct_array(items, data_type, ClassDescription, children)
