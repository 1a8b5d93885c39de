"""VisualBounds2D (component): both ranges are given by keyword."""

from __future__ import annotations

from rerun import datatypes
from rerun.blueprint.components.visual_bounds2d import VisualBounds2D


class VisualBounds2DExt(VisualBounds2D):
    """A constructor that takes both ranges by keyword."""

    def __init__(self, *, x_range: datatypes.Range1DLike, y_range: datatypes.Range1DLike) -> None:
        """The visible part of a 2D view, as an interval on each axis.

        Parameters
        ----------
        x_range : Range1DLike
            The interval shown along the x axis: its lower bound, then its upper bound.
        y_range : Range1DLike
            The interval shown along the y axis: its lower bound, then its upper bound.
        """
        self.x_range = x_range if isinstance(x_range, datatypes.Range1D) else datatypes.Range1D(x_range)
        self.y_range = y_range if isinstance(y_range, datatypes.Range1D) else datatypes.Range1D(y_range)
