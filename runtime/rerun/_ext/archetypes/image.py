"""Image: buffer and format from a numpy array (or from raw bytes with an explicit layout)."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from rerun import _image, datatypes
from rerun.archetypes.encoded_image import EncodedImage
from rerun.archetypes.image import Image
from rerun.datatypes import ColorModel, ImageFormat
from rerun.error_utils import catch_and_log_exceptions, warn_or_raise


def _from_array(image: npt.ArrayLike, color_model: Any) -> tuple[pa.Array, ImageFormat]:
    """An (height, width) or (height, width, channels) array; the color model is inferred if not given."""
    pixels = np.asarray(image)
    if pixels.ndim not in (2, 3):
        raise ValueError(f"Expected a 2D or 3D tensor, got {pixels.shape}")
    channels = 1 if pixels.ndim == 2 else pixels.shape[2]
    if color_model is None:
        model = _image.COLOR_MODEL_OF_CHANNELS.get(channels)
        if model is None:
            warn_or_raise(f"Expected 1, 3, or 4 channels; got {channels}")
    else:
        model = ColorModel.auto(color_model)
        if channels != _image.CHANNELS[model]:
            warn_or_raise(f"Expected {_image.CHANNELS[model]} channels for {model}; got {channels} channels")
    return _image.pixel_image(pixels, model)


class ImageExt(Image):
    """The format inferred from an array's shape and element type; back to pixels, PIL or JPEG."""

    @staticmethod
    def _derive_fields_unguarded(
        image: npt.ArrayLike | None = None,
        color_model: datatypes.ColorModelLike | None = None,
        *,
        pixel_format: datatypes.PixelFormatLike | None = None,
        datatype: datatypes.ChannelDatatypeLike | type | np.dtype[Any] | None = None,
        bytes: bytes | None = None,
        width: int | None = None,
        height: int | None = None,
    ) -> dict[str, Any]:
        """An image from an array (`image`, optionally with its `color_model`), or from raw `bytes` of
        `width` x `height` pixels laid out as `pixel_format`, or as `color_model` with `datatype`.

        Parameters
        ----------
        image : npt.ArrayLike, optional
            The pixels, of shape (height, width) or (height, width, channels); the element type
            (any integer or float of 8 to 64 bits) is the channel datatype.
        color_model : ColorModelLike, optional
            What the channels are: `L`, `RGB`, `RGBA`, `BGR` or `BGRA`, in any case. With `image`
            it defaults to what the channel count suggests (1: L, 3: RGB, 4: RGBA), and a count
            that does not fit it is warned about (an error in strict mode).
        pixel_format : PixelFormatLike, optional
            A layout of `bytes` that a color model cannot express, such as `NV12`; it takes the
            place of `color_model` and `datatype`.
        datatype : ChannelDatatypeLike | type | numpy.dtype, optional
            The type of each channel of `bytes`: a `ChannelDatatype`, its name, or a numpy type.
        bytes : bytes, optional
            The raw pixel data (any object exposing a byte buffer), used instead of `image`.
        width : int, optional
            The width of the image in pixels; required with `bytes`, and only there.
        height : int, optional
            The height of the image in pixels; required with `bytes`, and only there.
        """
        if image is not None:
            if bytes is not None or width is not None or height is not None:
                raise ValueError("Cannot combine 'image' with 'bytes', 'width' or 'height'")
            if pixel_format is not None or datatype is not None:
                raise ValueError("'pixel_format' and 'datatype' go with 'bytes', not with 'image'")
            buffer, image_format = _from_array(image, color_model)
            return {"buffer": buffer, "format": image_format}
        if bytes is None:
            raise ValueError("Must provide either 'image' or 'bytes'")
        if width is None or height is None:
            raise ValueError("Must provide 'width' and 'height' together with 'bytes'")
        if pixel_format is None and (color_model is None or datatype is None):
            raise ValueError(
                "Must provide 'pixel_format', or 'color_model' and 'datatype', together with 'bytes'"
            )
        image_format = ImageFormat(
            width,
            height,
            pixel_format=pixel_format,
            color_model=color_model,
            channel_datatype=None if datatype is None else _image.channel_datatype(datatype),
        )
        buffer = _image.image_buffer(np.frombuffer(bytes, dtype=np.uint8))
        return {"buffer": buffer, "format": image_format}

    def image_format(self) -> ImageFormat:
        """The format of this image: its size and pixel layout."""
        return _image.image_format(self)

    def as_pil_image(self) -> Any:
        """The image as a PIL image (BGR(A) images come out as RGB(A)); needs Pillow."""
        return _image.as_pil_image(self)

    def compress(self, jpeg_quality: int = 95) -> EncodedImage | Image:
        """This image as an `EncodedImage` holding a JPEG file, or the image itself if it cannot be.

        Only 8-bit grayscale, RGB and BGR images can be compressed; JPEG suits photographs, and
        costs CPU time when logging and when viewing. Needs Pillow.

        Parameters
        ----------
        jpeg_quality : int, optional
            From 1 to 95 and more: higher means larger files that look closer to the original.
        """
        with catch_and_log_exceptions("Image.compress"):
            jpeg = _image.jpeg(self, jpeg_quality)
            encoded = EncodedImage.from_fields(blob=jpeg, media_type="image/jpeg")
            encoded.opacity, encoded.draw_order = self.opacity, self.draw_order
            encoded.magnification_filter = self.magnification_filter
            return encoded
        return self
