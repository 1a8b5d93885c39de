"""ImageFormat: width and height by position, the pixel layout by keyword."""

from __future__ import annotations

from typing import Any


class ImageFormatExt:
    """Extension for `rerun.datatypes.ImageFormat` (and the `ImageFormat` component built on it)."""

    __slots__ = ()

    def __init__(
        self: Any,
        width: int,
        height: int,
        *,
        pixel_format: Any = None,
        color_model: Any = None,
        channel_datatype: Any = None,
    ) -> None:
        """The size of an image and how its pixels are laid out.

        Give either `pixel_format`, or `color_model` and `channel_datatype` (a single-channel
        image needs only the channel datatype). The layout values may be enum members or their
        names, in any case (`"RGB"`, `"u8"`).

        Parameters
        ----------
        width : int
            Width of the image in pixels.
        height : int
            Height of the image in pixels.
        pixel_format : PixelFormatLike, optional
            A complete, named description of the pixel layout, such as a YUV format. When set,
            `color_model` and `channel_datatype` are ignored.
        color_model : ColorModelLike, optional
            Which channels each pixel has and in which order, such as RGB or grayscale.
        channel_datatype : ChannelDatatypeLike, optional
            The numeric type of each channel value, such as 8-bit unsigned integers.
        """
        from rerun.datatypes import ChannelDatatype, ColorModel, PixelFormat

        self.width, self.height = int(width), int(height)
        if self.width < 0 or self.height < 0:
            raise ValueError(f"ImageFormat needs a non-negative size, got {self.width}x{self.height}")
        self.pixel_format = None if pixel_format is None else PixelFormat.auto(pixel_format)
        self.color_model = None if color_model is None else ColorModel.auto(color_model)
        self.channel_datatype = None if channel_datatype is None else ChannelDatatype.auto(channel_datatype)
