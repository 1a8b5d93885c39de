"""SegmentationImage: buffer and format from a 2D numpy array of class ids."""

from __future__ import annotations

from typing import Any

import numpy.typing as npt

from rerun._image import single_channel_image
from rerun.archetypes.segmentation_image import SegmentationImage


class SegmentationImageExt(SegmentationImage):
    """The format inferred from an array's shape and element type."""

    @staticmethod
    def _derive_fields_unguarded(image: npt.ArrayLike) -> dict[str, Any]:
        """A segmentation image; its width, height and channel datatype come from the array.

        Parameters
        ----------
        image : npt.ArrayLike
            The class id of each pixel, of shape (height, width) and usually of an unsigned
            integer type such as uint8 or uint16, which the values keep. Extra dimensions of size
            1 before or after those two are dropped.
        """
        buffer, image_format = single_channel_image("SegmentationImage", image)
        return {"buffer": buffer, "format": image_format}
