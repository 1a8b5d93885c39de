"""Boxes2D: boxes also given by size and minimum corner, or as an array in a `Box2DFormat`."""

from __future__ import annotations

from typing import Any

import numpy.typing as npt

from rerun import datatypes
from rerun._boxes import Box2DFormat, box_extents, boxes_from_array
from rerun.archetypes.boxes2d import Boxes2D


class Boxes2DExt(Boxes2D):
    """Boxes also by their full sizes and minimum corners, or as an array in a `Box2DFormat`."""

    @staticmethod
    def _derive_fields(
        *,
        sizes: datatypes.Vec2DArrayLike | None = None,
        mins: datatypes.Vec2DArrayLike | None = None,
        half_sizes: Any = None,
        centers: Any = None,
        array: npt.ArrayLike | None = None,
        array_format: Box2DFormat | None = None,
    ) -> dict[str, Any]:
        """2D boxes, by `half_sizes` and `centers`, by `sizes` and `mins`, or as an `array` of rows of
        four numbers laid out as `array_format` says.

        Parameters
        ----------
        sizes : Vec2DArrayLike, optional
            The full width and height of each box, used instead of `half_sizes` (they are halved).
            Cannot be combined with `half_sizes` or `array`.
        mins : Vec2DArrayLike, optional
            The corner of each box with the smallest x and y, used instead of `centers`. Needs
            `sizes` or `half_sizes` to find the centers; cannot be combined with `centers` or
            `array`.
        array : npt.ArrayLike, optional
            All boxes at once, four numbers per box (an array of shape (N, 4), or a flat run of
            4N numbers) in the layout `array_format` names. Cannot be combined with `sizes`,
            `mins`, `half_sizes` or `centers`.
        array_format : Box2DFormat, optional
            How the four numbers of each row of `array` are laid out, e.g. `Box2DFormat.XYWH` for
            minimum corner, width and height, or `Box2DFormat.XCYCWH` for center, width and height.
            Required with `array`, ignored without it.
        """
        if array is not None:
            if array_format is None:
                raise ValueError("Must specify `array_format` when specifying `array`.")
            if any(value is not None for value in (sizes, mins, half_sizes, centers)):
                raise ValueError("`array` can't be combined with `sizes`, `mins`, `half_sizes` or `centers`.")
            half_sizes, centers = boxes_from_array(array, Box2DFormat(array_format))
        half_sizes, centers = box_extents(sizes, mins, half_sizes, centers)
        return {"half_sizes": half_sizes, "centers": centers}
