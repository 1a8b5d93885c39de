"""VisualBounds2D (component): both ranges are given by keyword."""

from __future__ import annotations

from typing import Any


class VisualBounds2DExt:
    """Extension for `rerun.blueprint.components.VisualBounds2D`: `x_range=` and `y_range=`."""

    __slots__ = ()

    def __init__(self: Any, *, x_range: Any, y_range: Any) -> None:
        """The visible part of a 2D view, as an interval on each axis.

        Parameters
        ----------
        x_range : Range1DLike
            The interval shown along the x axis: its lower bound, then its upper bound.
        y_range : Range1DLike
            The interval shown along the y axis: its lower bound, then its upper bound.
        """
        from rerun.datatypes import Range1D

        self.x_range = x_range if isinstance(x_range, Range1D) else Range1D(x_range)
        self.y_range = y_range if isinstance(y_range, Range1D) else Range1D(y_range)
