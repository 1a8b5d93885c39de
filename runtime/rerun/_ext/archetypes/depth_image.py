"""DepthImage: buffer and format from a 2D numpy array, and back to pixels, PIL or PNG."""

from __future__ import annotations

from typing import Any

import numpy.typing as npt

from rerun import _image
from rerun._image import single_channel_image
from rerun.archetypes.depth_image import DepthImage
from rerun.archetypes.encoded_depth_image import EncodedDepthImage
from rerun.datatypes import ImageFormat
from rerun.error_utils import catch_and_log_exceptions


class DepthImageExt(DepthImage):
    """The format inferred from an array's shape and element type; back to pixels, PIL or PNG."""

    @staticmethod
    def _derive_fields_unguarded(image: npt.ArrayLike) -> dict[str, Any]:
        """A depth image; its width, height and channel datatype come from the array.

        Parameters
        ----------
        image : npt.ArrayLike
            The depth of each pixel, of shape (height, width) and any integer or float type of 8
            to 64 bits, which the values keep. Extra dimensions of size 1 before or after those
            two are dropped: (1, 480, 640, 1) is a 480x640 image.
        """
        buffer, image_format = single_channel_image("DepthImage", image)
        return {"buffer": buffer, "format": image_format}

    def image_format(self) -> ImageFormat:
        """The format of this depth image: its size and channel datatype."""
        return _image.image_format(self)

    def as_pil_image(self) -> Any:
        """The depth image as a PIL image; needs Pillow."""
        return _image.as_pil_image(self)

    def compress(self, compress_level: int = 6) -> EncodedDepthImage | DepthImage:
        """This depth image as an `EncodedDepthImage` holding a PNG file, or itself if it cannot be.

        PNG is lossless; only U8 and U16 depth images can be compressed. Compressing costs CPU
        time when logging and when viewing. Needs Pillow.

        Parameters
        ----------
        compress_level : int, optional
            The PNG compression level, from 0 (none) and 1 (fastest) to 9 (smallest files).
        """
        with catch_and_log_exceptions("DepthImage.compress"):
            encoded = EncodedDepthImage.from_fields(
                blob=_image.png(self, compress_level), media_type="image/png"
            )
            encoded.meter, encoded.colormap, encoded.depth_range = self.meter, self.colormap, self.depth_range
            encoded.point_fill_ratio, encoded.draw_order = self.point_fill_ratio, self.draw_order
            encoded.magnification_filter = self.magnification_filter
            return encoded
        return self
