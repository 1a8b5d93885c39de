"""VisualBounds2D: the `range` is given as its two axis ranges."""

from __future__ import annotations

from typing import Any

from rerun.error_utils import catch_and_log_exceptions


class VisualBounds2DExt:
    """Extension for `rerun.blueprint.archetypes.VisualBounds2D`."""

    __slots__ = ()

    def __init__(self: Any, *, x_range: Any = None, y_range: Any = None) -> None:
        """The visible rectangle, from `x_range` and `y_range` (both or neither).

        Parameters
        ----------
        x_range : Range1DLike, optional
            The (minimum, maximum) of the visible part along the x axis, in scene units. Needs
            `y_range`.
        y_range : Range1DLike, optional
            The (minimum, maximum) of the visible part along the y axis, in scene units. Needs
            `x_range`.
        """
        from rerun.datatypes import Range2D

        with catch_and_log_exceptions("VisualBounds2D") as guard:
            if x_range is None and y_range is None:
                bounds = None
            elif x_range is None or y_range is None:
                raise ValueError("VisualBounds2D needs both `x_range` and `y_range`")
            else:
                bounds = Range2D(x_range=x_range, y_range=y_range)
            self._set_fields(range=bounds)
        if guard.failed:
            self._clear_fields()
