"""AnnotationInfo: an id with an optional label and colour, given in any form those accept."""

from __future__ import annotations

from typing import Any


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


class AnnotationInfoExt:
    """Extension for `rerun.datatypes.AnnotationInfo`: the label and colour are converted on creation."""

    __slots__ = ()

    def __init__(self: Any, id: int, label: Any = None, color: Any = None) -> None:
        """The annotation of class or keypoint `id`, drawn with `label` and `color` when given."""
        from rerun.datatypes import Rgba32, Utf8

        self.id = int(id)
        self.label = label if label is None or isinstance(label, Utf8) else Utf8(label)
        self.color = color if color is None or isinstance(color, Rgba32) else Rgba32(color)
