"""Images as numpy pixels and back: `ImageBuffer` and `ImageFormat` from pixels (for Image,
DepthImage, SegmentationImage and Mesh3D textures), and pixels, PIL images, JPEG and PNG files
from an Image or DepthImage."""

from __future__ import annotations

import io
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from rerun.components import ImageBufferBatch
from rerun.datatypes import ChannelDatatype, ColorModel, ImageFormat

CHANNEL_DATATYPES: dict[np.dtype[Any], ChannelDatatype] = {
    np.dtype(np.uint8): ChannelDatatype.U8,
    np.dtype(np.int8): ChannelDatatype.I8,
    np.dtype(np.uint16): ChannelDatatype.U16,
    np.dtype(np.int16): ChannelDatatype.I16,
    np.dtype(np.uint32): ChannelDatatype.U32,
    np.dtype(np.int32): ChannelDatatype.I32,
    np.dtype(np.uint64): ChannelDatatype.U64,
    np.dtype(np.int64): ChannelDatatype.I64,
    np.dtype(np.float16): ChannelDatatype.F16,
    np.dtype(np.float32): ChannelDatatype.F32,
    np.dtype(np.float64): ChannelDatatype.F64,
}
CHANNELS = {ColorModel.L: 1, ColorModel.RGB: 3, ColorModel.RGBA: 4, ColorModel.BGR: 3, ColorModel.BGRA: 4}
COLOR_MODEL_OF_CHANNELS = {1: ColorModel.L, 3: ColorModel.RGB, 4: ColorModel.RGBA}


def channel_datatype(datatype: Any) -> ChannelDatatype:
    """The channel datatype of a numpy dtype or type, or of a ChannelDatatype-like (member, name, value)."""
    if isinstance(datatype, (type, np.dtype)):
        dtype = np.dtype(datatype)
        found = CHANNEL_DATATYPES.get(dtype.newbyteorder("="))
        if found is None:
            raise ValueError(f"Unsupported image channel type: {dtype}")
        return found
    return ChannelDatatype.auto(datatype)


def image_buffer(pixels: npt.NDArray[Any]) -> pa.Array:
    """One `ImageBuffer` holding the bytes of `pixels`, row-major, without copying when possible."""
    native = np.ascontiguousarray(pixels.astype(pixels.dtype.newbyteorder("="), copy=False))
    data = native.reshape(-1).view(np.uint8)
    offsets = pa.array(np.array([0, data.size], dtype=np.int32))
    return pa.ListArray.from_arrays(offsets, pa.array(data), type=ImageBufferBatch._ARROW_DATATYPE)


def pixel_image(pixels: npt.NDArray[Any], color_model: ColorModel | None) -> tuple[pa.Array, ImageFormat]:
    """Buffer and format of (height, width) or (height, width, channels) pixels; the element type
    is the channel datatype."""
    height, width = pixels.shape[:2]
    datatype = channel_datatype(pixels.dtype)
    image_format = ImageFormat(width=width, height=height, color_model=color_model, channel_datatype=datatype)
    return image_buffer(pixels), image_format


def single_channel_image(archetype: str, image: npt.ArrayLike) -> tuple[pa.Array, ImageFormat]:
    """Buffer and format of a single-channel (depth or segmentation) image.

    Dimensions of size 1 before or after the two image dimensions are ignored.
    """
    pixels = np.asarray(image)
    shape = list(pixels.shape)
    while len(shape) > 2 and shape[0] == 1:
        shape.pop(0)
    while len(shape) > 2 and shape[-1] == 1:
        shape.pop()
    if len(shape) != 2:
        raise ValueError(f"{archetype} must be 2D, got shape {pixels.shape}")
    return pixel_image(pixels.reshape(shape), None)


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
