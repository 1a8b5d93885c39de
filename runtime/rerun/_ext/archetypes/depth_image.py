"""DepthImage: buffer and format from a 2D numpy array."""

from __future__ import annotations

from typing import Any

from rerun._ext.archetypes import _image_conversion
from rerun._ext.archetypes._image_utils import single_channel_image
from rerun.datatypes import ImageFormat
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
        """A depth image; its width, height and channel datatype come from the array.

        Parameters
        ----------
        image : npt.ArrayLike
            The depth of each pixel, as an array of shape (height, width) of any integer or float
            type (8 to 64 bits); the values keep that type. Extra dimensions of size 1 before or
            after the two image dimensions are dropped, so (1, 480, 640, 1) is a 480x640 image.
            Any other shape, or another element type, raises a ValueError.
        """
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

    def image_format(self: Any) -> ImageFormat:
        """The format of this depth image: its size and channel datatype."""
        return _image_conversion.image_format(self)

    def as_pil_image(self: Any) -> Any:
        """The depth image as a PIL image; needs Pillow."""
        return _image_conversion.as_pil_image(self)

    def compress(self: Any, compress_level: int = 6) -> Any:
        """This depth image as an `EncodedDepthImage` holding a PNG file, or itself if it cannot be.

        PNG is lossless; only U8 and U16 depth images can be compressed, the single-channel types
        the viewer decodes from PNG. Compressing costs CPU time when logging and when viewing.
        Needs Pillow.

        Parameters
        ----------
        compress_level : int, optional
            The PNG compression level, from 0 (none) and 1 (fastest) to 9 (smallest files).
        """
        from rerun.archetypes import EncodedDepthImage

        with catch_and_log_exceptions("DepthImage.compress"):
            return EncodedDepthImage.from_fields(
                blob=_image_conversion.png(self, compress_level),
                media_type="image/png",
                meter=self.meter,
                colormap=self.colormap,
                depth_range=self.depth_range,
                point_fill_ratio=self.point_fill_ratio,
                draw_order=self.draw_order,
                magnification_filter=self.magnification_filter,
            )
        return self
