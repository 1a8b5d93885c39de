"""ClassDescription: an annotation for a class, with optional keypoint annotations and connections."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pyarrow as pa

from rerun import archetypes, datatypes
from rerun._baseclasses import DescribedComponentBatch
from rerun._converters import instance_of, list_of, struct_array
from rerun.datatypes.class_description import ClassDescription, ClassDescriptionBatch


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
            "info": instance_of(datatypes.AnnotationInfo, info),
            "keypoint_annotations": [
                instance_of(datatypes.AnnotationInfo, a) for a in keypoint_annotations or ()
            ],
            "keypoint_connections": [
                instance_of(datatypes.KeypointPair, p) for p in keypoint_connections or ()
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
        single = isinstance(data, (ClassDescription, datatypes.AnnotationInfo, tuple, dict, int, str))
        items = [ClassDescription._from_any(value) for value in ([data] if single else data)]
        infos = datatypes.AnnotationInfoBatch._native_to_pa_array
        pairs = datatypes.KeypointPairBatch._native_to_pa_array
        return struct_array(items, data_type, ClassDescription, (infos, list_of(infos), list_of(pairs)))
