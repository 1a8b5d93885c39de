"""Radius: sizes in UI points, which rerun stores as negative radii."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from rerun.components.radius import Radius


class RadiusExt(Radius):
    """`Radius.ui_points(...)`."""

    @staticmethod
    def ui_points(radii: float | npt.ArrayLike) -> npt.NDArray[np.float32]:
        """One radius or many (any array, in its shape), in UI points rather than scene units.

        A negative radius means UI points, so this returns every value as a float32 with its sign
        made negative, whatever sign it was given with; pass the result wherever radii are accepted.
        UI points keep their size on screen when zooming, and follow the viewer's UI scale (at
        100% scale one UI point is one pixel).
        """
        return -np.abs(np.asarray(radii, dtype=np.float32))
