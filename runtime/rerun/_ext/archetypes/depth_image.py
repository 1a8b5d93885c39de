"""DepthImage: buffer and format from a 2D numpy array."""

from __future__ import annotations

from typing import Any

from rerun._ext.archetypes._image_utils import single_channel_image
from rerun.error_utils import catch_and_log_exceptions


class DepthImageExt:
    """Extension for `rerun.archetypes.DepthImage`: built from a 2D array of depth values."""

    __slots__ = ()

    def __init__(
        self: Any,
        image: Any,
        *,
        meter: Any = None,
        colormap: Any = None,
        depth_range: Any = None,
        point_fill_ratio: Any = None,
        draw_order: Any = None,
        magnification_filter: Any = None,
    ) -> None:
        """A depth image; its width, height and channel datatype come from the array."""
        buffer, image_format = single_channel_image("DepthImage", image)
        with catch_and_log_exceptions("DepthImage") as guard:
            self._set_fields(
                buffer=buffer,
                format=image_format,
                meter=meter,
                colormap=colormap,
                depth_range=depth_range,
                point_fill_ratio=point_fill_ratio,
                draw_order=draw_order,
                magnification_filter=magnification_filter,
            )
            return
        if guard.failed:
            self._clear_fields()
