"""Image and DepthImage back to pixels: their ImageFormat, a PIL image, and JPEG / PNG encoded copies."""

from __future__ import annotations

import io
from typing import Any

import numpy as np
import numpy.typing as npt

from rerun._ext.archetypes._image_utils import CHANNEL_DATATYPES, CHANNELS
from rerun.datatypes import ColorModel, ImageFormat

_NUMPY_TYPES = {channel: dtype for dtype, channel in CHANNEL_DATATYPES.items()}
_TO_RGB = {ColorModel.BGR: [2, 1, 0], ColorModel.BGRA: [2, 1, 0, 3]}


def image_format(archetype: Any) -> ImageFormat:
    """The one `ImageFormat` that an Image or DepthImage holds."""
    if archetype.format is None or len(archetype.format) != 1:
        raise ValueError(f"The {type(archetype).__name__} holds no image format")
    row = archetype.format.as_arrow_array()[0].as_py()
    return ImageFormat(
        row["width"],
        row["height"],
        pixel_format=row["pixel_format"],
        color_model=row["color_model"],
        channel_datatype=row["channel_datatype"],
    )


def pixels(archetype: Any) -> tuple[npt.NDArray[Any], ColorModel]:
    """The pixels as (height, width) or (height, width, channels), in RGB(A) order, and their color model.

    BGR(A) images come back as RGB(A). Images laid out by a `PixelFormat` (such as NV12) are not
    supported.
    """
    layout = image_format(archetype)
    if layout.pixel_format is not None:
        raise ValueError(f"Cannot read the pixels of {layout.pixel_format.name} images, only of color models")
    if layout.channel_datatype is None:
        raise ValueError("The image format has no channel datatype")
    model = ColorModel.L if layout.color_model is None else layout.color_model
    if archetype.buffer is None or len(archetype.buffer) != 1:
        raise ValueError(f"The {type(archetype).__name__} holds no pixel buffer")
    data = archetype.buffer.as_arrow_array()[0].values.to_numpy(zero_copy_only=False)
    dtype = _NUMPY_TYPES[layout.channel_datatype]
    shape = (layout.height, layout.width, CHANNELS[model])
    expected = dtype.itemsize * shape[0] * shape[1] * shape[2]
    if data.size != expected:
        raise ValueError(
            f"The buffer holds {data.size} bytes, but a {layout.width}x{layout.height} "
            f"{model.name} {layout.channel_datatype.name} image takes {expected}"
        )
    image = data.view(dtype).reshape(shape)
    if model in _TO_RGB:
        return image[..., _TO_RGB[model]], ColorModel.RGBA if model is ColorModel.BGRA else ColorModel.RGB
    return (image[..., 0] if model is ColorModel.L else image), model


def as_pil_image(archetype: Any) -> Any:
    """A PIL image of the pixels (needs Pillow)."""
    from PIL import Image as PILImage

    return PILImage.fromarray(pixels(archetype)[0])


def _encode(image: npt.NDArray[Any], file_format: str, **options: Any) -> bytes:
    from PIL import Image as PILImage

    encoded = io.BytesIO()
    PILImage.fromarray(image).save(encoded, format=file_format, **options)
    return encoded.getvalue()


def jpeg(archetype: Any, quality: int) -> bytes:
    """The image as a JPEG file: only 8-bit grayscale or RGB (or BGR) images can be."""
    image, model = pixels(archetype)
    if image.dtype != np.uint8 or model not in (ColorModel.L, ColorModel.RGB):
        raise ValueError(
            f"Only U8 L, RGB and BGR images can be compressed to JPEG, not {model.name} of {image.dtype}"
        )
    return _encode(image, "JPEG", quality=quality)


def png(archetype: Any, compress_level: int) -> bytes:
    """The depth image as a PNG file: only U8 and U16 depth images can be."""
    image, _ = pixels(archetype)
    if image.dtype not in (np.uint8, np.uint16):
        raise ValueError(f"Only U8 and U16 depth images can be compressed to PNG, not {image.dtype}")
    return _encode(image, "PNG", compress_level=compress_level)
