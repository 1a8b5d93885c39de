"""VisualBounds2D: the `range` is given as its two axis ranges."""

from __future__ import annotations

from typing import Any

from rerun import datatypes
from rerun.blueprint.archetypes.visual_bounds2d import VisualBounds2D
from rerun.datatypes import Range2D


class VisualBounds2DExt(VisualBounds2D):
    """The visible rectangle from its x and y ranges."""

    @staticmethod
    def _derive_fields(
        *, x_range: datatypes.Range1DLike | None = None, y_range: datatypes.Range1DLike | None = None
    ) -> dict[str, Any]:
        """The visible rectangle, from `x_range` and `y_range` (both or neither).

        Parameters
        ----------
        x_range : Range1DLike, optional
            The (minimum, maximum) of the visible part along the x axis, in scene units.
        y_range : Range1DLike, optional
            The (minimum, maximum) of the visible part along the y axis, in scene units.
        """
        if x_range is None and y_range is None:
            return {"range": None}
        if x_range is None or y_range is None:
            raise ValueError("VisualBounds2D needs both `x_range` and `y_range`")
        return {"range": Range2D(x_range=x_range, y_range=y_range)}
