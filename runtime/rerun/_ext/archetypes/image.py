"""Image: buffer and format from a numpy array (or from raw bytes with an explicit layout)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa

from rerun._ext.archetypes import _image_conversion
from rerun._ext.archetypes._image_utils import channel_datatype, image_buffer, warn_or_raise
from rerun.datatypes import ColorModel, ImageFormat
from rerun.error_utils import catch_and_log_exceptions

_CHANNELS = {ColorModel.L: 1, ColorModel.RGB: 3, ColorModel.RGBA: 4, ColorModel.BGR: 3, ColorModel.BGRA: 4}
_MODEL_OF_CHANNELS = {1: ColorModel.L, 3: ColorModel.RGB, 4: ColorModel.RGBA}


def _from_array(image: Any, color_model: Any) -> tuple[pa.Array, ImageFormat]:
    """An (height, width) or (height, width, channels) array; the color model is inferred if not given."""
    pixels = np.asarray(image)
    if pixels.ndim not in (2, 3):
        raise ValueError(f"Expected a 2D or 3D tensor, got {pixels.shape}")
    channels = 1 if pixels.ndim == 2 else pixels.shape[2]
    if color_model is None:
        model = _MODEL_OF_CHANNELS.get(channels)
        if model is None:
            warn_or_raise(f"Expected 1, 3, or 4 channels; got {channels}")
    else:
        model = ColorModel.auto(color_model)
        if channels != _CHANNELS[model]:
            warn_or_raise(f"Expected {_CHANNELS[model]} channels for {model}; got {channels} channels")
    height, width = pixels.shape[:2]
    image_format = ImageFormat(
        width=width, height=height, color_model=model, channel_datatype=channel_datatype(pixels.dtype)
    )
    return image_buffer(pixels), image_format


def _from_bytes(
    data: Any, width: int | None, height: int | None, pixel_format: Any, color_model: Any, datatype: Any
) -> tuple[pa.Array, ImageFormat]:
    """Raw bytes laid out as `pixel_format`, or as `color_model` with channels of `datatype`."""
    if data is None:
        raise ValueError("Must provide either 'image' or 'bytes'")
    if width is None or height is None:
        raise ValueError("Must provide 'width' and 'height' together with 'bytes'")
    if pixel_format is None and (color_model is None or datatype is None):
        raise ValueError(
            "Must provide 'pixel_format', or 'color_model' and 'datatype', together with 'bytes'"
        )
    image_format = ImageFormat(
        width=width,
        height=height,
        pixel_format=pixel_format,
        color_model=color_model,
        channel_datatype=None if datatype is None else channel_datatype(datatype),
    )
    return image_buffer(np.frombuffer(data, dtype=np.uint8)), image_format


class ImageExt:
    """Extension for `rerun.archetypes.Image`: infers the format from the array's shape and dtype."""

    __slots__ = ()

    def __init__(
        self: Any,
        image: Any = None,
        color_model: Any = None,
        *,
        pixel_format: Any = None,
        datatype: Any = None,
        bytes: Any = None,
        width: int | None = None,
        height: int | None = None,
        opacity: Any = None,
        draw_order: Any = None,
        magnification_filter: Any = None,
    ) -> None:
        """An image from an array (`image`, optionally with its `color_model`), or from raw `bytes` of
        `width` x `height` pixels laid out as `pixel_format`, or as `color_model` with `datatype`.

        Parameters
        ----------
        image : npt.ArrayLike, optional
            The pixels, as an array of shape (height, width) or (height, width, channels), stored
            row by row with the channels of a pixel side by side. The element type (any integer
            or float of 8 to 64 bits) becomes the channel datatype. Give either `image` or
            `bytes`.
        color_model : ColorModelLike, optional
            What the channels are: `L`, `RGB`, `RGBA`, `BGR` or `BGRA` (a `ColorModel` or its
            name in any case, e.g. `"bgr"`).

            With `image` it is inferred from the number of channels when left out (1: L, 3: RGB,
            4: RGBA); a channel count that does not fit it is warned about (an error in strict
            mode). With `bytes` it describes their layout together with `datatype`.
        pixel_format : PixelFormatLike, optional
            A layout of `bytes` that a color model cannot express, such as the chroma-subsampled
            `PixelFormat.NV12`, `PixelFormat.YUY2` or `PixelFormat.Y_U_V16_FullRange`. Only
            with `bytes`; it takes the place of `color_model` and `datatype`.
        datatype : ChannelDatatypeLike | type | numpy.dtype, optional
            The type of each channel of `bytes`, as a `ChannelDatatype` (or its name, e.g.
            `"U16"`) or a numpy type such as `np.uint16`. Only with `bytes`, where it is needed
            unless `pixel_format` is given; for an array it comes from the array's element type.
        bytes : bytes, optional
            The raw pixel data, any object exposing a byte buffer, laid out as `pixel_format`, or
            as `color_model` with channels of `datatype`. Needs `width` and `height`; cannot be
            combined with `image`.
        width : int, optional
            The width of the image in pixels. Only with `bytes`, and required there.
        height : int, optional
            The height of the image in pixels. Only with `bytes`, and required there.
        """
        if image is None:
            buffer, image_format = _from_bytes(bytes, width, height, pixel_format, color_model, datatype)
        elif bytes is not None or width is not None or height is not None:
            raise ValueError("Cannot combine 'image' with 'bytes', 'width' or 'height'")
        elif pixel_format is not None or datatype is not None:
            raise ValueError("'pixel_format' and 'datatype' go with 'bytes', not with 'image'")
        else:
            buffer, image_format = _from_array(image, color_model)
        with catch_and_log_exceptions("Image") as guard:
            self._set_fields(
                buffer=buffer,
                format=image_format,
                opacity=opacity,
                draw_order=draw_order,
                magnification_filter=magnification_filter,
            )
            return
        if guard.failed:
            self._clear_fields()

    def image_format(self: Any) -> ImageFormat:
        """The format of this image: its size and pixel layout."""
        return _image_conversion.image_format(self)

    def as_pil_image(self: Any) -> Any:
        """The image as a PIL image (BGR(A) images come out as RGB(A)); needs Pillow."""
        return _image_conversion.as_pil_image(self)

    def compress(self: Any, jpeg_quality: int = 95) -> Any:
        """This image as an `EncodedImage` holding a JPEG file, or the image itself if it cannot be.

        JPEG suits photographs; only 8-bit grayscale, RGB and BGR images can be compressed (not
        RGBA). Compressing costs CPU time when logging and when viewing. Needs Pillow.

        Parameters
        ----------
        jpeg_quality : int, optional
            From 1 to 95 and more: higher means larger files that look closer to the original.
        """
        from rerun.archetypes import EncodedImage

        with catch_and_log_exceptions("Image.compress"):
            return EncodedImage.from_fields(
                blob=_image_conversion.jpeg(self, jpeg_quality),
                media_type="image/jpeg",
                opacity=self.opacity,
                draw_order=self.draw_order,
                magnification_filter=self.magnification_filter,
            )
        return self
