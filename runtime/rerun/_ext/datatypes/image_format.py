"""ImageFormat: width and height by position, the pixel layout by keyword."""

from __future__ import annotations

from typing import Any

from rerun import datatypes
from rerun.datatypes.image_format import ImageFormat


class ImageFormatExt(ImageFormat):
    """The size checked, the layout given by keyword and parsed from names."""

    @staticmethod
    def _derive_fields(
        width: int,
        height: int,
        *,
        pixel_format: Any = None,
        color_model: Any = None,
        channel_datatype: Any = None,
    ) -> dict[str, Any]:
        """The size of an image and how its pixels are laid out.

        Give either `pixel_format`, or `color_model` and `channel_datatype` (a single-channel
        image needs only the channel datatype). The layout values may be enum members or their
        names, in any case (`"RGB"`, `"u8"`).
        """
        width, height = int(width), int(height)
        if width < 0 or height < 0:
            raise ValueError(f"ImageFormat needs a non-negative size, got {width}x{height}")
        return {
            "width": width,
            "height": height,
            "pixel_format": None if pixel_format is None else datatypes.PixelFormat.auto(pixel_format),
            "color_model": None if color_model is None else datatypes.ColorModel.auto(color_model),
            "channel_datatype": None
            if channel_datatype is None
            else datatypes.ChannelDatatype.auto(channel_datatype),
        }
