"""SegmentationImage: buffer and format from a 2D numpy array of class ids."""

from __future__ import annotations

from typing import Any

from rerun._ext.archetypes._image_utils import single_channel_image
from rerun.error_utils import catch_and_log_exceptions


class SegmentationImageExt:
    """Extension for `rerun.archetypes.SegmentationImage`: built from a 2D array of class ids."""

    __slots__ = ()

    def __init__(self: Any, image: Any, *, opacity: Any = None, draw_order: Any = None) -> None:
        """A segmentation image; its width, height and channel datatype come from the array.

        Parameters
        ----------
        image : npt.ArrayLike
            The class id of each pixel, as an array of shape (height, width), usually of an
            unsigned integer type such as uint8 or uint16; the values keep that type. Extra
            dimensions of size 1 before or after the two image dimensions are dropped. Any other
            shape, or an element type that is not an integer or float of 8 to 64 bits, raises a
            ValueError.
        """
        buffer, image_format = single_channel_image("SegmentationImage", image)
        with catch_and_log_exceptions("SegmentationImage") as guard:
            self._set_fields(buffer=buffer, format=image_format, opacity=opacity, draw_order=draw_order)
            return
        if guard.failed:
            self._clear_fields()
