"""Radius: sizes in UI points, which rerun stores as negative radii."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt


class RadiusExt:
    """Extension for `rerun.components.Radius`: `Radius.ui_points(...)`."""

    __slots__ = ()

    @staticmethod
    def ui_points(radii: float | npt.ArrayLike) -> npt.NDArray[np.float32]:
        """One radius or many, in UI points rather than scene units.

        A negative radius means UI points, so this returns every value with its sign made
        negative, whatever sign it was given with; pass the result wherever radii are accepted.
        UI points keep their size on screen when zooming, and follow the viewer's UI scale (at
        100% scale one UI point is one pixel).

        Parameters
        ----------
        radii : float | npt.ArrayLike
            One radius, or any array of radii, in UI points.

        Returns
        -------
        numpy.ndarray
            The radii as float32 values, all negative (or zero), in the shape given.
        """
        return -np.abs(np.asarray(radii, dtype=np.float32))
